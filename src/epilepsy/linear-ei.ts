/**
 * The fixed point of a threshold-linear E–I rate pair whose inhibitory output is scaled by s = 1 − f
 * (a fraction f of the interneurons missing, in the mean-field form of interneuronDeficit):
 *
 *   τ_E dr_E/dt = −r_E + [w_EE r_E − s w_EI r_I + I_E]₊
 *   τ_I dr_I/dt = −r_I + [w_IE r_E − s w_II r_I + I_I]₊
 *
 * (w_XY ≥ 0 the weight onto X from Y, inhibitory ones entering with a minus sign). With both rates
 * positive the fixed point solves the linear system (1 − w_EE) r_E + s w_EI r_I = I_E,
 * −w_IE r_E + (1 + s w_II) r_I = I_I (Cramer's rule), with determinant
 * D(s) = (1 − w_EE)(1 + s w_II) + s w_EI w_IE. The Jacobian is J = [[(w_EE − 1)/τ_E, −s w_EI/τ_E],
 * [w_IE/τ_I, −(1 + s w_II)/τ_I]]; det J = D/(τ_E τ_I), so the fixed point is stable iff D > 0 and
 * tr J < 0. When D falls to 0 the rates diverge as 1/D: the runaway point (see {@link runawayFraction}).
 * Units: rates and inputs in Hz (input stated as the rate it evokes), weights dimensionless, τ in ms.
 */
import { checkOptions, checkRequired } from "../params/options.js";

/** The weights, inputs and time constants of {@link linearEIFixedPoint}. */
export interface LinearEI {
  wEE: number; wEI: number; wIE: number; wII: number;
  /** External inputs (Hz). */
  IE: number; II: number;
  /** Time constants (ms; default 10 and 5). */
  tauE?: number; tauI?: number;
}

const KEYS = ["wEE", "wEI", "wIE", "wII", "IE", "II", "tauE", "tauI"];

/** Checks a {@link LinearEI} (shared with runawayFraction). */
export function checkLinearEI(where: string, w: LinearEI): void {
  if (typeof w !== "object" || w === null) throw new TypeError(`invalid options for ${where}: ${JSON.stringify(w)} (expected { wEE, wEI, wIE, wII, IE, II })`);
  checkOptions(where, w, KEYS);
  checkRequired(where, w, ["wEE", "wEI", "wIE", "wII", "IE", "II"]);
  for (const k of KEYS) {
    const v = (w as unknown as Record<string, number | undefined>)[k];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`invalid ${k} for ${where}: ${JSON.stringify(v)} (expected a finite number)`);
    if (k.startsWith("w") && v < 0) throw new RangeError(`invalid ${k} for ${where}: ${v} (expected a weight magnitude ≥ 0; inhibition enters with a minus sign)`);
    if (k.startsWith("tau") && v <= 0) throw new RangeError(`invalid ${k} for ${where}: ${v} ms (expected > 0)`);
  }
}

/**
 * Fixed point (r_E, r_I in Hz) of the pair with inhibitory output × s, the determinant D(s) and
 * whether it is a stable fixed point with both rates positive (`valid`; otherwise the linear solution
 * is not a state of the network — e.g. past the runaway point).
 * @throws TypeError/RangeError for bad weights or s outside [0, 1].
 */
export function linearEIFixedPoint(w: LinearEI, s = 1): { rE: number; rI: number; D: number; stable: boolean; valid: boolean } {
  checkLinearEI("linearEIFixedPoint", w);
  if (typeof s !== "number" || !(s >= 0 && s <= 1)) throw new RangeError(`invalid s for linearEIFixedPoint: ${s} (expected the surviving inhibitory output, in [0, 1])`);
  const { wEE, wEI, wIE, wII, IE, II, tauE = 10, tauI = 5 } = w;
  const a = 1 - wEE, b = s * wEI, c = -wIE, d = 1 + s * wII;
  const D = a * d - b * c;
  const rE = (IE * d - b * II) / D, rI = (a * II - c * IE) / D;
  const trace = -a / tauE - d / tauI;
  const stable = D > 0 && trace < 0;
  return { rE, rI, D, stable, valid: stable && rE > 0 && rI > 0 };
}
