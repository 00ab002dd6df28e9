/**
 * The paradoxical response of an inhibition-stabilized network (Tsodyks et al. 1997; Ozeki et al.
 * 2009): extra drive δI to an inhibitory unit lowers that unit's steady-state rate. For the E–I pair
 * the linear response (isn/linear-response.ts) gives
 *
 *   δr_I = F′_I (1 − w_EE F′_E) δI / det(1 − D W),
 *
 * and det(1 − D W) > 0 at a stable fixed point, so δr_I has the sign opposite to δI exactly when
 * w_EE F′_E > 1 — the ISN condition.
 */
import { newton } from "../dynamics/fixed-points.js";
import type { RateSystem } from "../dynamics/rate-system.js";
import { checkPoint } from "../dynamics/system.js";
import { unitIndex } from "./check.js";
import { linearResponse } from "./linear-response.js";

/** What {@link paradoxicalResponse} returns. */
export interface ParadoxicalResponse {
  /** Index of the driven unit. */
  unit: number;
  /** The input step δI given to it. */
  dI: number;
  /** Linear prediction of every rate's change, −J⁻¹ diag(F′/τ) δI. */
  linear: number[];
  /** The change to the fixed point of the driven system found by Newton's method from r (null if Newton failed). */
  exact: number[] | null;
  /** Whether the driven unit's predicted (linear) change has the sign opposite to δI. */
  paradoxical: boolean;
}

/**
 * The response of every rate to a step `dI` of the constant input of `unit` (name or index), at the
 * fixed point `r` of `sys`: the linear prediction and the exact new fixed point.
 * @example paradoxicalResponse(isn, [5, 10], "I", 2).linear[1]  // < 0 in an ISN
 */
export function paradoxicalResponse(sys: RateSystem, r: readonly number[], unit: string | number, dI: number): ParadoxicalResponse {
  checkPoint("paradoxicalResponse r", sys, r);
  const k = unitIndex("paradoxicalResponse unit", sys, unit);
  if (!(Number.isFinite(dI) && dI !== 0)) throw new RangeError(`invalid paradoxicalResponse dI: ${dI} (expected a finite, non-zero input step)`);
  const step = sys.units.map((_, i) => (i === k ? dI : 0));
  const linear = linearResponse(sys, r, step);
  const driven = sys.with({ I: sys.units.map((u, i) => (u.I ?? 0) + step[i]) });
  const x = newton(driven, r);
  return { unit: k, dI, linear, exact: x === null ? null : x.map((v, i) => v - r[i]), paradoxical: linear[k] * dI < 0 };
}
