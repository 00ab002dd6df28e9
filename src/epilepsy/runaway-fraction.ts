/**
 * The interneuron deficit at which a threshold-linear E–I pair runs away (linear-ei.ts): the
 * fraction f* = 1 − s* where the determinant D(s) = (1 − w_EE)(1 + s w_II) + s w_EI w_IE reaches 0,
 *
 *   s* = (w_EE − 1) / (w_EI w_IE − (w_EE − 1) w_II).
 *
 * For w_EE ≤ 1 the E population is stable on its own (D > 0 at every s): no deficit makes it run away
 * and f* is Infinity. When even s = 1 leaves D ≤ 0 the healthy
 * network already runs away: f* = 0. Inputs do not enter (they set the rates, not the stability).
 * Assumes tr J < 0 along the way (it is when (w_EE − 1)/τ_E < 1/τ_I, checked by linearEIFixedPoint).
 */
import { checkLinearEI, type LinearEI } from "./linear-ei.js";

/**
 * f* = 1 − s* (dimensionless): the missing fraction of inhibitory output at which the fixed point's
 * rates diverge; Infinity if none (w_EE ≤ 1), 0 if the healthy pair already runs away.
 * @throws TypeError/RangeError for bad weights.
 */
export function runawayFraction(w: LinearEI): number {
  checkLinearEI("runawayFraction", w);
  const { wEE, wEI, wIE, wII } = w;
  if (wEE <= 1) return Infinity;
  const denom = wEI * wIE - (wEE - 1) * wII;
  if (denom <= 0) return 0;
  const s = (wEE - 1) / denom;
  return s >= 1 ? 0 : 1 - s;
}
