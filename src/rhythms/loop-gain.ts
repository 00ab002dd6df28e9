/**
 * The linearised STN–GPe loop (Nevado-Holgado, Terry & Bogacz 2010). Linearised about a fixed point
 * (S*, G*) with slopes F′_S, F′_G of the transfers at the fixed point's inputs, perturbations e^{λt}
 * solve
 *
 *   (1 + λτ_S)(1 + λτ_G + c e^{−λT_GG}) + L e^{−λ(T_SG + T_GS)} = 0,
 *   L = w_SG F′_G · w_GS F′_S   (the gain once round the STN → GPe → STN loop),
 *   c = w_GG F′_G               (the gain of GPe's self-inhibition),
 *
 * the characteristic equation of the rate system's delayed linearisation written out for two units.
 * {@link stnGpeLoopGain} evaluates L and c at a fixed point of a two-unit system built as
 * {@link stnGpeSystem} builds it (unit 0 STN, unit 1 GPe). {@link loopGainThreshold} gives the loop
 * gain at which the fixed point loses stability for given time constants and delays: on the
 * imaginary axis λ = iω the equation needs L real and positive,
 *
 *   arg[(1 + iωτ_S)(1 + iωτ_G + c e^{−iωT_GG})] + ω (T_SG + T_GS) = π,   L_c = |(1 + iωτ_S)(1 + iωτ_G + c e^{−iωT_GG})|,
 *
 * at the smallest ω > 0 (the phase starts at 0 for ω = 0 and grows with ω; the loop oscillates when
 * L > L_c, at about ω/2π — 1000·ω/2π Hz with ω in rad/ms). A longer loop delay adds phase faster,
 * so π is reached at a lower ω where the low-pass factors are smaller: the threshold L_c falls as
 * the delay grows. Valid when GPe's self-inhibition alone is stable (c below its own threshold).
 */
import type { RateSystem } from "../dynamics/rate-system.js";
import { checkOptions } from "../params/options.js";

/** Loop gain L and GPe self-gain c of a two-unit STN–GPe system at the state x (see the file comment). */
export function stnGpeLoopGain(sys: RateSystem, x: readonly number[]): { loop: number; self: number; slopes: [number, number] } {
  if (sys.dim !== 2) throw new RangeError(`invalid stnGpeLoopGain system: ${sys.dim} units (expected 2: STN, GPe)`);
  if (!Array.isArray(x) || x.length !== 2 || !x.every(Number.isFinite)) throw new RangeError(`invalid stnGpeLoopGain state: ${JSON.stringify(x)} (expected [S, G] in spk/s)`);
  const u = sys.input(x);
  const dS = sys.units[0].F(u[0]).dF, dG = sys.units[1].F(u[1]).dF;
  const W = sys.W;
  return { loop: -W[0][1] * W[1][0] * dS * dG, self: -W[1][1] * dG, slopes: [dS, dG] };
}

/** Options of {@link loopGainThreshold}: time constants and delays in ms, c dimensionless. */
export interface LoopThresholdOptions {
  tauS: number;
  tauG: number;
  /** Total loop delay T_SG + T_GS (ms). */
  loopDelay: number;
  /** GPe self-gain c = w_GG F′_G (default 0). */
  self?: number;
  /** Delay of GPe's self-inhibition T_GG (ms, default 0). */
  selfDelay?: number;
}

/** The complex number (1 + iωτ_S)(1 + iωτ_G + c e^{−iωT_GG}) as [re, im]. */
function P(w: number, o: Required<LoopThresholdOptions>): [number, number] {
  const ar = 1, ai = w * o.tauS;
  const br = 1 + o.self * Math.cos(w * o.selfDelay), bi = w * o.tauG - o.self * Math.sin(w * o.selfDelay);
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/**
 * The loop gain L_c at which the loop loses stability, the angular frequency ω (rad/ms) and frequency
 * (Hz) of the oscillation born there (see the file comment). Returns gain Infinity and frequency
 * NaN when the phase never reaches π below ω = 10 rad/ms (e.g. no delay and no self-inhibition:
 * two low-pass stages never turn the phase by π).
 * @throws RangeError for negative or non-finite parameters.
 */
export function loopGainThreshold(options: LoopThresholdOptions): { gain: number; omega: number; frequency: number } {
  checkOptions("loopGainThreshold", options, ["tauS", "tauG", "loopDelay", "self", "selfDelay"]);
  const o = { self: 0, selfDelay: 0, ...options };
  for (const k of ["tauS", "tauG", "loopDelay", "self", "selfDelay"] as const) {
    if (!(Number.isFinite(o[k]) && o[k] >= 0)) throw new RangeError(`invalid loopGainThreshold.${k}: ${o[k]} (expected a finite number ≥ 0)`);
  }
  // continuous phase of P(iω) + ω T_loop, unwrapped on a fine grid, then the first crossing of π bisected
  const phase = (w: number, prev: number) => {
    const [re, im] = P(w, o);
    let a = Math.atan2(im, re);
    while (a - prev > Math.PI) a -= 2 * Math.PI;
    while (a - prev < -Math.PI) a += 2 * Math.PI;
    return a;
  };
  const h = 1e-4, wMax = 10;
  let w0 = 0, a0 = Math.atan2(P(0, o)[1], P(0, o)[0]);
  for (let w = h; w <= wMax; w += h) {
    const a = phase(w, a0);
    if (a + w * o.loopDelay >= Math.PI) {
      let lo = w0, hi = w, alo = a0;
      for (let k = 0; k < 60; k++) {
        const mid = (lo + hi) / 2, am = phase(mid, alo);
        if (am + mid * o.loopDelay >= Math.PI) hi = mid; else { lo = mid; alo = am; }
      }
      const omega = (lo + hi) / 2, [re, im] = P(omega, o);
      return { gain: Math.hypot(re, im), omega, frequency: (1000 * omega) / (2 * Math.PI) };
    }
    w0 = w; a0 = a;
  }
  return { gain: Infinity, omega: NaN, frequency: NaN };
}
