/**
 * All fixed points of a dynamical system in a box: Newton's method (with a backtracking line search
 * on |f|²) from every point of a grid of starts, converged points de-duplicated, each with its
 * Jacobian, eigenvalues and stability class. Newton from a grid finds every fixed point whose basin
 * (for Newton) meets the grid; refine `grid` if two fixed points could lie within one grid cell.
 */
import { checkOptions } from "../params/options.js";
import { eigenvalues, type Eigenvalue } from "./eigen.js";
import { checkPoint, jacobianOf, solveLinear, type DynamicalSystem } from "./system.js";

/** Stability class of a fixed point from the eigenvalues of its Jacobian. */
export type Stability = "stable node" | "stable focus" | "unstable node" | "unstable focus" | "saddle" | "non-hyperbolic";

/**
 * The class of a fixed point from its eigenvalues λ: all Re λ < 0 stable, all > 0 unstable, mixed
 * signs a saddle; "focus" if the leading eigenvalue is complex (trajectories spiral), else "node";
 * "non-hyperbolic" if some |Re λ| ≤ tol·max(1, max|λ|) (a centre, or a bifurcation point).
 */
export function classify(eigs: readonly Eigenvalue[], { tol = 1e-9 }: { tol?: number } = {}): Stability {
  if (eigs.length === 0) throw new RangeError("invalid eigenvalues: none");
  const size = Math.max(1, ...eigs.map((e) => Math.hypot(e.re, e.im)));
  if (eigs.some((e) => Math.abs(e.re) <= tol * size)) return "non-hyperbolic";
  const pos = eigs.filter((e) => e.re > 0).length;
  if (pos > 0 && pos < eigs.length) return "saddle";
  const lead = pos === 0 ? eigs.reduce((a, b) => (b.re > a.re ? b : a)) : eigs.reduce((a, b) => (b.re < a.re ? b : a));
  const kind = Math.abs(lead.im) > tol * size ? "focus" : "node";
  return `${pos === 0 ? "stable" : "unstable"} ${kind}` as Stability;
}

/** A fixed point with its linearisation. */
export interface FixedPoint {
  x: number[];
  /** max_i |f_i(x)| (units of x per ms). */
  residual: number;
  jacobian: number[][];
  /** Eigenvalues of the Jacobian (1/ms), rightmost first. */
  eigenvalues: Eigenvalue[];
  stability: Stability;
  /** Whether every eigenvalue has Re λ < 0. */
  stable: boolean;
}

/** Options of {@link fixedPoints} and {@link newton}. */
export interface FixedPointOptions {
  /** Box [lo, hi] per variable to start from (and to keep: points outside are dropped). */
  bounds: readonly (readonly [number, number])[];
  /** Starts per variable (default 11; a 2-D system gets 121 starts). */
  grid?: number;
  /** Converged when max|f| ≤ tol (default 1e-12 per ms). */
  tol?: number;
  /** Points closer than this (max-norm, default 1e-6) are one fixed point. */
  distinct?: number;
}

/**
 * Newton's method for f(x) = 0 from x0, with backtracking: returns the converged point, or null if it
 * did not converge in 100 iterations or the Jacobian was singular.
 */
export function newton(sys: DynamicalSystem, x0: readonly number[], { tol = 1e-12 }: { tol?: number } = {}): number[] | null {
  checkPoint("newton start", sys, x0);
  let x = x0.slice();
  let fx = sys.f(x);
  let norm = Math.max(...fx.map(Math.abs));
  for (let it = 0; it < 100; it++) {
    if (norm <= tol) return x;
    const dx = solveLinear(jacobianOf(sys, x), fx.map((v) => -v));
    if (dx === null) return null;
    let t = 1, next = x, fn = fx, nn = Infinity;
    for (let k = 0; k < 30; k++, t /= 2) {
      next = x.map((v, i) => v + t * dx[i]);
      fn = sys.f(next);
      nn = Math.max(...fn.map(Math.abs));
      if (Number.isFinite(nn) && nn < norm) break;
    }
    if (!(nn < norm)) return norm <= 1e3 * tol ? x : null;
    x = next; fx = fn; norm = nn;
  }
  return norm <= tol ? x : null;
}

/** The linearisation at a point (which should be a fixed point). */
export function fixedPointAt(sys: DynamicalSystem, x: readonly number[]): FixedPoint {
  checkPoint("fixed point", sys, x);
  const J = jacobianOf(sys, x);
  const eigs = eigenvalues(J);
  const stability = classify(eigs);
  return { x: x.slice(), residual: Math.max(...sys.f(x).map(Math.abs)), jacobian: J, eigenvalues: eigs, stability, stable: eigs.every((e) => e.re < 0) };
}

/**
 * All fixed points found in `bounds` (see the file comment), sorted by their first coordinate.
 * @example fixedPoints(wc, { bounds: [[0, 1], [0, 1]] })  // Wilson–Cowan: 3 points for NMA's default set
 */
export function fixedPoints(sys: DynamicalSystem, options: FixedPointOptions): FixedPoint[] {
  checkOptions("fixedPoints", options, ["bounds", "grid", "tol", "distinct"]);
  const { bounds, grid = 11, tol = 1e-12, distinct = 1e-6 } = options;
  if (!Array.isArray(bounds) || bounds.length !== sys.dim) throw new RangeError(`invalid fixedPoints.bounds: expected ${sys.dim} ranges [lo, hi] (${sys.names.join(", ")})`);
  bounds.forEach(([lo, hi], i) => { if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new RangeError(`invalid fixedPoints.bounds[${i}]: [${lo}, ${hi}] (expected lo < hi)`); });
  if (!(Number.isInteger(grid) && grid >= 1)) throw new RangeError(`invalid fixedPoints.grid: ${grid} (expected a positive integer)`);
  const total = grid ** sys.dim;
  if (total > 1e6) throw new RangeError(`invalid fixedPoints.grid: ${grid} per variable makes ${total} starts in ${sys.dim} dimensions (expected ≤ 1e6; use a smaller grid)`);
  const found: number[][] = [];
  const inside = (x: number[]) => x.every((v, i) => v >= bounds[i][0] - distinct && v <= bounds[i][1] + distinct);
  for (let k = 0; k < total; k++) {
    let rest = k;
    const x0 = bounds.map(([lo, hi]) => {
      const j = rest % grid; rest = Math.floor(rest / grid);
      return grid === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * j) / (grid - 1);
    });
    const x = newton(sys, x0, { tol });
    if (x === null || !inside(x)) continue;
    if (found.some((y) => y.every((v, i) => Math.abs(v - x[i]) <= distinct))) continue;
    found.push(x);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => fixedPointAt(sys, x));
}
