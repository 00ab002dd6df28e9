/**
 * Following a fixed point as one parameter changes (natural-parameter continuation: Newton from the
 * previous point at each new value), with its leading eigenvalue, and locating a Hopf bifurcation:
 * the parameter where the rightmost complex-conjugate pair crosses Re λ = 0 (Kuznetsov 2004,
 * *Elements of Applied Bifurcation Theory*, §3.4), refined by bisection; the oscillation born there
 * has angular frequency Im λ, i.e. 1000·Im λ/2π Hz with time in ms.
 */
import { checkOptions } from "../params/options.js";
import type { Eigenvalue } from "./eigen.js";
import { fixedPointAt, newton, type Stability } from "./fixed-points.js";
import type { DynamicalSystem } from "./system.js";

/** One parameter value along a branch. */
export interface BranchPoint {
  p: number;
  x: number[];
  /** The eigenvalue with the largest real part (1/ms; the one with Im ≥ 0 of a pair). */
  leading: Eigenvalue;
  stability: Stability;
  stable: boolean;
}

/**
 * The fixed point followed from near x0 over the parameter values `values` (in order), with
 * `system(p)` the system at p. Stops early (and says so in `lost`) where Newton fails or the branch
 * jumps (max-norm step > `maxJump`, default ∞): a fold, where the branch turns back.
 */
export function followFixedPoint(system: (p: number) => DynamicalSystem, x0: readonly number[], values: readonly number[], options: { maxJump?: number } = {}): { branch: BranchPoint[]; lost: number | null } {
  checkOptions("followFixedPoint", options, ["maxJump"]);
  const { maxJump = Infinity } = options;
  if (values.length === 0) throw new RangeError("invalid followFixedPoint values: none (expected parameter values in order)");
  const branch: BranchPoint[] = [];
  let x = x0.slice();
  for (const p of values) {
    if (!Number.isFinite(p)) throw new RangeError(`invalid followFixedPoint value: ${p} (expected finite parameter values)`);
    const sys = system(p);
    const next = newton(sys, x);
    if (next === null || Math.max(...next.map((v, i) => Math.abs(v - x[i]))) > maxJump && branch.length > 0) return { branch, lost: p };
    x = next;
    branch.push(pointOf(sys, p, x));
  }
  return { branch, lost: null };
}

function pointOf(sys: DynamicalSystem, p: number, x: number[]): BranchPoint {
  const fp = fixedPointAt(sys, x);
  const lead = fp.eigenvalues[0];
  return { p, x, leading: { re: lead.re, im: Math.abs(lead.im) }, stability: fp.stability, stable: fp.stable };
}

/** A Hopf bifurcation: the parameter value, the fixed point there and the frequency born (Hz). */
export interface Hopf {
  p: number;
  x: number[];
  /** Im λ at the crossing (rad/ms). */
  omega: number;
  /** 1000·ω/2π (Hz). */
  frequency: number;
}

/**
 * The first Hopf bifurcation along a branch from {@link followFixedPoint}: between consecutive points
 * where the leading eigenvalue's real part changes sign while it is complex, bisected (Newton at each
 * trial value) until the parameter is known to `tol` (default 1e-10 relative). Null if none.
 */
export function hopfPoint(system: (p: number) => DynamicalSystem, branch: readonly BranchPoint[], { tol = 1e-10 }: { tol?: number } = {}): Hopf | null {
  for (let k = 1; k < branch.length; k++) {
    const a = branch[k - 1], b = branch[k];
    if ((a.leading.re < 0) === (b.leading.re < 0)) continue;
    if (a.leading.im === 0 && b.leading.im === 0) continue; // a real eigenvalue crossing: a fold or transcritical, not Hopf
    let lo = a, hi = b;
    for (let it = 0; it < 200 && Math.abs(hi.p - lo.p) > tol * Math.max(1, Math.abs(lo.p)); it++) {
      const p = (lo.p + hi.p) / 2;
      const sys = system(p);
      const x = newton(sys, lo.x);
      if (x === null) break;
      const mid = pointOf(sys, p, x);
      if ((mid.leading.re < 0) === (lo.leading.re < 0)) lo = mid; else hi = mid;
    }
    const at = Math.abs(lo.leading.re) <= Math.abs(hi.leading.re) ? lo : hi;
    if (at.leading.im === 0) continue;
    return { p: at.p, x: at.x, omega: at.leading.im, frequency: (1000 * at.leading.im) / (2 * Math.PI) };
  }
  return null;
}
