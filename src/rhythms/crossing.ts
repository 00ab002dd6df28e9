/**
 * Where a quantity changes sign along a parameter: bisection of f on [lo, hi] (f(lo) and f(hi) of
 * opposite signs) to a tolerance in the parameter. With f(p) = Re λ_max(p), the real part of the
 * rightmost characteristic root of a delayed linearisation (dynamics/delay.ts), the crossing is
 * where a fixed point loses stability (a Hopf point when Im λ ≠ 0): {@link delayedHopf}.
 */
import type { DelayedLinear, RootSearch } from "../dynamics/delay.js";
import { rightmostRoot } from "../dynamics/delay.js";
import type { Eigenvalue } from "../dynamics/eigen.js";
import { checkOptions } from "../params/options.js";

/**
 * The p in [lo, hi] where f changes sign, by bisection until the bracket is below `tol` (default
 * 1e-8 of |hi − lo|); null if f(lo) and f(hi) have the same sign (or either is NaN).
 * @throws RangeError unless lo < hi.
 */
export function crossing(f: (p: number) => number, range: readonly [number, number], options: { tol?: number } = {}): number | null {
  checkOptions("crossing", options, ["tol"]);
  let [lo, hi] = range;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new RangeError(`invalid crossing range: [${lo}, ${hi}] (expected finite lo < hi)`);
  const tol = options.tol ?? 1e-8 * (hi - lo);
  let flo = f(lo);
  const fhi = f(hi);
  if (!(flo * fhi <= 0)) return null; // also when either end is NaN
  if (flo === 0) return lo;
  if (fhi === 0) return hi;
  while (hi - lo > tol) {
    const mid = (lo + hi) / 2, fm = f(mid);
    if (fm === 0) return mid;
    if ((fm < 0) === (flo < 0)) { lo = mid; flo = fm; } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Where a family of delayed linearisations loses stability. */
export interface DelayedHopf {
  /** The parameter at which Re λ_max = 0. */
  p: number;
  /** The rightmost root there (1/ms). */
  root: Eigenvalue;
  /** 1000·Im λ/2π (Hz): the frequency of the oscillation born there. */
  frequency: number;
}

/**
 * The parameter in `range` at which the rightmost characteristic root of `linearAt(p)` crosses the
 * imaginary axis (bisection on its real part, to `tol`), with the root and its frequency; null when
 * Re λ_max has the same sign at both ends. `search` is passed to rightmostRoot (make its box wide
 * enough to contain the rightmost root everywhere on the range).
 */
export function delayedHopf(linearAt: (p: number) => DelayedLinear, range: readonly [number, number], options: { tol?: number; search?: RootSearch } = {}): DelayedHopf | null {
  checkOptions("delayedHopf", options, ["tol", "search"]);
  const re = (p: number) => rightmostRoot(linearAt(p), options.search)?.re ?? NaN;
  const p = crossing(re, range, { tol: options.tol ?? 1e-6 * (range[1] - range[0]) });
  if (p === null) return null;
  const root = rightmostRoot(linearAt(p), options.search)!;
  return { p, root, frequency: (1000 * root.im) / (2 * Math.PI) };
}
