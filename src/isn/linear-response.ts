/**
 * The steady-state linear response of a rate network to a small change of its constant inputs.
 * At a fixed point r* of τ_i dr_i/dt = −r_i + F_i(Σ_j W_ij r_j + I_i), a change δI moves the fixed
 * point by δr with 0 = −δr + D (W δr + δI), D = diag(F′_i(u*_i)):
 *
 *   δr = (1 − D W)⁻¹ D δI = −J⁻¹ diag(F′/τ) δI,   J = diag(1/τ)(−1 + D W)  (the Jacobian at r*).
 *
 * Exact for threshold-linear units as long as no unit crosses its threshold; first order in δI
 * otherwise. Units: δr in the unit of r per unit of I (Hz per Hz of drive for threshold-linear units).
 */
import { checkPoint, solveLinear } from "../dynamics/system.js";
import type { RateSystem } from "../dynamics/rate-system.js";

/**
 * δr = (1 − D W)⁻¹ D δI at the point `r` (a fixed point of `sys`) for the input change `dI` (one
 * value per unit). Throws a RangeError if 1 − D W is singular (a fold: no linear response).
 * @example linearResponse(sys, [5, 10], [0, 1])  // the change of both rates per unit of extra drive to I
 */
export function linearResponse(sys: RateSystem, r: readonly number[], dI: readonly number[]): number[] {
  checkPoint("linearResponse r", sys, r);
  checkPoint("linearResponse dI", sys, dI);
  const u = sys.input(r);
  const d = sys.units.map((unit, i) => unit.F(u[i]).dF);
  const A = sys.W.map((row, i) => row.map((w, j) => (i === j ? 1 : 0) - d[i] * w));
  const x = solveLinear(A, dI.map((v, i) => d[i] * v));
  if (x === null) throw new RangeError("invalid linearResponse point: 1 − D W is singular there (a fold of the fixed point; no finite linear response)");
  return x;
}
