/**
 * The characteristic roots of a linear delay-differential system
 *
 *   dx/dt = A₀ x(t) + Σ_k A_k x(t − τ_k),
 *
 * the λ with det(λ·1 − A₀ − Σ_k A_k e^{−λτ_k}) = 0 (Hale & Verduyn Lunel 1993, *Introduction to
 * Functional Differential Equations*, §1.4). There are infinitely many, but only finitely many to the
 * right of any vertical line, and the rightmost decides stability: Re λ < 0 for all roots ⇔ the fixed
 * point is asymptotically stable. We find the roots in a box of the complex plane by Newton's method
 * (derivative by complex central differences) from a grid of starts, keeping distinct converged roots —
 * a numerical search, so the rightmost root is "the rightmost found in the box": make the box wider
 * than the rates of interest (default Re ∈ [−2s, max(1, s)] with s the largest matrix entry, Im ∈ [0, π] rad/ms, i.e. 0–500 Hz; time in ms, λ in 1/ms).
 */
import { checkOptions } from "../params/options.js";
import type { Eigenvalue } from "./eigen.js";

/** dx/dt = A₀ x + Σ_k A_k x(t − τ_k) (matrices as rows; τ_k in ms, > 0). */
export interface DelayedLinear {
  A0: number[][];
  delayed: { tau: number; A: number[][] }[];
}

type C = [number, number];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const div = (a: C, b: C): C => { const d = b[0] * b[0] + b[1] * b[1]; return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d]; };
const abs = (a: C) => Math.hypot(a[0], a[1]);

/** det(λ·1 − A₀ − Σ A_k e^{−λτ_k}) at complex λ, by Gaussian elimination with partial pivoting. */
export function characteristic(sys: DelayedLinear, lambda: Eigenvalue): Eigenvalue {
  const n = sys.A0.length;
  const l: C = [lambda.re, lambda.im];
  const M: C[][] = sys.A0.map((row, i) => row.map((a, j) => [(i === j ? l[0] : 0) - a, (i === j ? l[1] : 0)] as C));
  for (const { tau, A } of sys.delayed) {
    const m = Math.exp(-l[0] * tau);
    const e: C = [m * Math.cos(-l[1] * tau), m * Math.sin(-l[1] * tau)];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      if (A[i][j] === 0) continue;
      M[i][j] = [M[i][j][0] - A[i][j] * e[0], M[i][j][1] - A[i][j] * e[1]];
    }
  }
  let det: C = [1, 0];
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (abs(M[r][c]) > abs(M[p][c])) p = r;
    if (abs(M[p][c]) === 0) return { re: 0, im: 0 };
    if (p !== c) { [M[c], M[p]] = [M[p], M[c]]; det = [-det[0], -det[1]]; }
    det = mul(det, M[c][c]);
    for (let r = c + 1; r < n; r++) {
      const k = div(M[r][c], M[c][c]);
      for (let j = c; j < n; j++) { const t = mul(k, M[c][j]); M[r][j] = [M[r][j][0] - t[0], M[r][j][1] - t[1]]; }
    }
  }
  return { re: det[0], im: det[1] };
}

/** Options of {@link characteristicRoots}. */
export interface RootSearch {
  /** Range of Re λ searched (1/ms); default [−2s, max(1, s)] with s the largest matrix entry. */
  re?: [number, number];
  /** Range of Im λ searched (rad/ms, ≥ 0: roots come in conjugate pairs); default [0, π] (0–500 Hz). */
  im?: [number, number];
  /** Grid of starts, per axis (default [12, 40]). */
  grid?: [number, number];
}

/**
 * Characteristic roots of `sys` found in the search box (see the file comment), distinct, with
 * Im λ ≥ 0, sorted by real part (rightmost first). Each root's |det| is below 1e-9 of the scale of
 * the matrices. A frequency in Hz is 1000·Im λ/2π.
 */
export function characteristicRoots(sys: DelayedLinear, options: RootSearch = {}): Eigenvalue[] {
  checkOptions("characteristicRoots", options, ["re", "im", "grid"]);
  const n = sys.A0.length;
  if (n === 0) throw new RangeError("invalid characteristicRoots system: empty A0");
  sys.delayed.forEach(({ tau }, k) => { if (!(tau > 0 && Number.isFinite(tau))) throw new RangeError(`invalid delayed[${k}].tau: ${tau} (expected a positive delay in ms)`); });
  const scale = Math.max(1e-12, ...sys.A0.flat().map(Math.abs), ...sys.delayed.flatMap((d) => d.A.flat().map(Math.abs)));
  const { re = [-2 * scale, Math.max(1, scale)], im = [0, Math.PI], grid = [12, 40] } = options;
  if (!(re[0] < re[1]) || !(im[0] < im[1]) || im[0] < 0) throw new RangeError(`invalid characteristicRoots box: re ${re}, im ${im} (expected increasing ranges, im ≥ 0)`);
  const roots: Eigenvalue[] = [];
  const F = (z: C): C => { const d = characteristic(sys, { re: z[0], im: z[1] }); return [d.re, d.im]; };
  for (let a = 0; a < grid[0]; a++) for (let b = 0; b < grid[1]; b++) {
    let z: C = [re[0] + ((a + 0.5) * (re[1] - re[0])) / grid[0], im[0] + ((b + 0.5) * (im[1] - im[0])) / grid[1]];
    let ok = false;
    for (let it = 0; it < 60; it++) {
      const fz = F(z);
      const h = 1e-7 * Math.max(1, abs(z));
      const fp = F([z[0] + h, z[1]]), fm = F([z[0] - h, z[1]]);
      const d: C = [(fp[0] - fm[0]) / (2 * h), (fp[1] - fm[1]) / (2 * h)]; // analytic: d/dλ along the real axis
      if (abs(d) === 0) break;
      const step = div(fz, d);
      z = [z[0] - step[0], z[1] - step[1]];
      if (!Number.isFinite(z[0]) || !Number.isFinite(z[1]) || Math.abs(z[0]) > 1e3 * scale + 1e3) break;
      if (abs(step) < 1e-13 * Math.max(1, abs(z))) { ok = true; break; }
    }
    if (!ok) continue;
    if (z[1] < 0) z = [z[0], -z[1]];
    if (Math.abs(z[1]) < 1e-10) z[1] = 0;
    const residual = abs(F(z)) / Math.max(1, abs(z)) ** n;
    if (!(residual < 1e-9 * Math.max(1, scale))) continue;
    if (roots.some((r) => Math.hypot(r.re - z[0], r.im - z[1]) < 1e-7 * Math.max(1, abs(z)))) continue;
    roots.push({ re: z[0], im: z[1] });
  }
  return roots.sort((x, y) => y.re - x.re || y.im - x.im);
}

/** The rightmost characteristic root found (see {@link characteristicRoots}), or null if none. */
export function rightmostRoot(sys: DelayedLinear, options: RootSearch = {}): Eigenvalue | null {
  return characteristicRoots(sys, options)[0] ?? null;
}
