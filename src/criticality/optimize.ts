/** Small optimisers for maximum-likelihood fits: golden-section search (1-D) and Nelder–Mead (n-D). */
import { checkOptions } from "../params/options.js";

/** Minimises f on [a, b] by golden-section search to tolerance `tol`. */
export function goldenMin(f: (x: number) => number, a: number, b: number, tol = 1e-8): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a), d = a + g * (b - a);
  let fc = f(c), fd = f(d);
  while (Math.abs(b - a) > tol * (1 + Math.abs(a) + Math.abs(b))) {
    if (fc < fd) { b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c); }
    else { a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d); }
  }
  return (a + b) / 2;
}

/** Minimises f from x0 by the Nelder–Mead simplex method (initial steps `step`). */
export function nelderMead(f: (x: number[]) => number, x0: number[], options: { step?: number; iterations?: number; tol?: number } = {}): number[] {
  checkOptions("nelderMead", options, ["step", "iterations", "tol"]);
  const { step = 0.5, iterations = 400, tol = 1e-10 } = options;
  const n = x0.length;
  let simplex = [x0.slice(), ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))];
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((v, i) => i).sort((a, b) => values[a] - values[b]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    if (Math.abs(values[n] - values[0]) < tol * (1 + Math.abs(values[0]))) break;
    const centroid = x0.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
    const at = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
    const xr = at(-1), fr = f(xr);
    if (fr < values[0]) {
      const xe = at(-2), fe = f(xe);
      if (fe < fr) { simplex[n] = xe; values[n] = fe; } else { simplex[n] = xr; values[n] = fr; }
    } else if (fr < values[n - 1]) {
      simplex[n] = xr; values[n] = fr;
    } else {
      const xc = fr < values[n] ? at(-0.5) : at(0.5), fc = f(xc);
      if (fc < Math.min(fr, values[n])) { simplex[n] = xc; values[n] = fc; }
      else {
        for (let i = 1; i <= n; i++) { simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j])); values[i] = f(simplex[i]); }
      }
    }
  }
  return simplex[values.indexOf(Math.min(...values))];
}
