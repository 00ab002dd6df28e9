/**
 * Local power-law exponent of a sampled relation y(x) over a window of x: the least-squares slope of
 * ln y against ln x over the samples with lo ≤ x ≤ hi (samples with x ≤ 0 or y ≤ 0 are left out),
 *
 *   y ∝ x^a  ⇒  a = d ln y / d ln x.
 *
 * Used for how a network's inhibitory rate follows its excitatory rate within an output band,
 * γ = d ln r_I / d ln r_E (γ > 1: the inhibitory cells respond expansively, γ < 1: compressively),
 * and for a response's exponent against its input. A window with fewer than two usable samples gives
 * NaN: the exponent is then unmeasured, not zero.
 */
import { logLogSlope } from "../criticality/crackling.js";

/** Result of {@link logSlopeWithin}. */
export interface WindowSlope {
  /** Least-squares slope of ln y against ln x in the window (NaN with fewer than 2 samples). */
  slope: number;
  /** Samples used. */
  n: number;
}

/**
 * The log–log slope of y against x over the samples with `window[0]` ≤ x ≤ `window[1]` (see the file comment).
 * @throws RangeError for mismatched lengths or a window that is not 0 ≤ lo < hi.
 */
export function logSlopeWithin(x: ArrayLike<number>, y: ArrayLike<number>, window: readonly [number, number]): WindowSlope {
  if (x.length !== y.length) throw new RangeError(`invalid samples: ${x.length} x and ${y.length} y values (expected equal lengths)`);
  const [lo, hi] = window;
  if (!(lo >= 0 && hi > lo)) throw new RangeError(`invalid window: [${lo}, ${hi}] (expected 0 ≤ lo < hi)`);
  const xs: number[] = [], ys: number[] = [];
  for (let k = 0; k < x.length; k++) {
    if (x[k] >= lo && x[k] <= hi && x[k] > 0 && y[k] > 0 && Number.isFinite(x[k]) && Number.isFinite(y[k])) { xs.push(x[k]); ys.push(y[k]); }
  }
  return { slope: xs.length >= 2 ? logLogSlope(xs, ys) : NaN, n: xs.length };
}
