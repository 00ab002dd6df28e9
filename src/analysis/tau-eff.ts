/**
 * Measuring the effective membrane time constant and input resistance in simulation, as an
 * experimenter would: inject a small current step and watch the voltage respond. Under synaptic
 * bombardment the response is buried in noise, so each trial is run twice with the same ("frozen")
 * bombardment, with and without the step, and the difference — the response alone, exactly, since
 * the membrane is linear in V for given conductances — is averaged over trials (Destexhe & Paré 1999;
 * Rudolph & Destexhe 2003).
 *
 *   τ_eff from the exponential decay of ΔV after the step ends;
 *   R_in = ΔV_plateau / I, the plateau corrected for incomplete charging by 1 − e^{−t/τ_eff}.
 */
import { toSteps } from "../network/steps.js";
import { checkOptions, checkRequired, optionNames } from "../params/options.js";

/** Runs one trial: V trace (sampled every dt) with the step current on or off, for a given seed. */
export type Trial = (withStep: boolean, seed: number) => ArrayLike<number>;

/** Options of {@link stepResponse}. */
export interface StepResponseOptions {
  /** Sampling interval of the traces (ms). */
  dt: number;
  /** Step onset and width (ms); the trace must last until at least onset + 2 × width. */
  start: number;
  width: number;
  /** Step amplitude (pA); negative (hyperpolarising) steps avoid spikes. */
  amplitude: number;
  /** Number of frozen-noise trial pairs averaged (default 10). */
  trials?: number;
  seed?: number;
}

/** The averaged response to a current step and what it tells. */
export interface StepResponse {
  /** Time from step onset (ms) and mean voltage difference (mV). */
  t: Float64Array;
  dv: Float64Array;
  /** Input resistance (MΩ) from the last fifth of the step, corrected for incomplete charging. */
  Rin: number;
  /** Effective time constant (ms) from the decay after the step. */
  tau: number;
}

/**
 * Least-squares fit of y = a e^{−t/τ} on the points where y/y[0] > `floor` (default 0.05), by linear
 * regression of ln(y) on t. Returns τ (same unit as t) and a.
 */
export function fitExponentialDecay(t: ArrayLike<number>, y: ArrayLike<number>, options: { floor?: number } = {}): { tau: number; a: number } {
  checkOptions("fitExponentialDecay", options, ["floor"]);
  const { floor = 0.05 } = options;
  if (!(Math.abs(y[0]) > 0)) throw new RangeError("invalid y: the decay must start away from 0");
  const sign = Math.sign(y[0]);
  let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let k = 0; k < y.length; k++) {
    const r = (sign * y[k]) / Math.abs(y[0]);
    if (!(r > floor)) break;
    const ly = Math.log(sign * y[k]);
    n++; sx += t[k]; sy += ly; sxx += t[k] * t[k]; sxy += t[k] * ly;
  }
  if (n < 3) throw new RangeError(`invalid decay: only ${n} points above ${floor} of the start (sample more finely)`);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  return { tau: -1 / slope, a: sign * Math.exp(intercept) };
}

const STEP_RESPONSE_OPTIONS = optionNames<StepResponseOptions>({
  dt: true, start: true, width: true, amplitude: true, trials: true, seed: true,
});

/** Average frozen-noise step response, input resistance and effective time constant. */
export function stepResponse(trial: Trial, options: StepResponseOptions): StepResponse {
  checkOptions("stepResponse", options, STEP_RESPONSE_OPTIONS);
  const { dt, start, width, amplitude, trials = 10, seed = 1 } = options;
  if (!(amplitude !== 0 && Number.isFinite(amplitude))) throw new RangeError(`invalid amplitude: ${amplitude} pA (expected a non-zero current)`);
  const i0 = toSteps(start, dt, "stepResponse start");
  const w = toSteps(width, dt, "stepResponse width", { min: 1 });
  const len = 2 * w;
  const dv = new Float64Array(len);
  for (let r = 0; r < trials; r++) {
    const s = seed + 7919 * r;
    const on = trial(true, s), off = trial(false, s);
    if (on.length < i0 + len) throw new RangeError(`invalid trial: trace of ${on.length} samples, need ${i0 + len} (run until start + 2 × width)`);
    for (let k = 0; k < len; k++) dv[k] += (on[i0 + k] - off[i0 + k]) / trials;
  }
  const t = Float64Array.from({ length: len }, (_, k) => (k + 1) * dt);
  const after = dv.subarray(w - 1);
  const tAfter = Float64Array.from({ length: after.length }, (_, k) => k * dt);
  const { tau } = fitExponentialDecay(tAfter, after);
  // plateau from the last fifth of the step, corrected for charging not yet complete: ΔV = I R (1 − e^{−t/τ})
  let plateau = 0, charge = 0;
  const from = Math.floor(0.8 * w);
  for (let k = from; k < w; k++) { plateau += dv[k]; charge += 1 - Math.exp(-t[k] / tau); }
  const Rin = (plateau / charge / amplitude) * 1000; // mV / pA = GΩ → MΩ
  return { t, dv, Rin, tau };
}

/**
 * Bound on the bias of a frozen-noise step measurement under fluctuating conductances. After the
 * step, ΔV obeys C dΔV/dt = −g_T(t) ΔV exactly, so the trial average decays as
 * E[exp(−∫g_T/C)] = exp(−ḡ_T t/C + Var(∫δg_T)/(2C²)) (Gaussian δg), and Var(∫δg_k) ≤ 2σ_k²τ_k t for
 * an Ornstein–Uhlenbeck conductance. The averaged decay rate is therefore at least
 * ḡ_T/C − Σσ_k²τ_k/C²: τ and R_in are overestimated by at most the relative amount
 *
 *   ε = Σ σ_k² τ_k / (C ḡ_T)
 *
 * (Jensen's inequality; ≈ 1.6 % for the Destexhe et al. 2001 point-conductance state). Units: pF, nS, ms.
 */
export function frozenNoiseBias(options: { C: number; gTotal: number; sources: readonly { sd: number; tau: number }[] }): number {
  checkRequired("frozenNoiseBias", options, ["C", "gTotal", "sources"]);
  const { C, gTotal, sources } = options;
  if (!(C > 0)) throw new RangeError(`invalid C: ${C} pF (expected > 0)`);
  if (!(gTotal > 0)) throw new RangeError(`invalid gTotal: ${gTotal} nS (expected > 0)`);
  let s = 0;
  sources.forEach(({ sd, tau }, k) => {
    if (!(sd >= 0 && tau > 0)) throw new RangeError(`invalid sources[${k}]: sd ${sd} nS, tau ${tau} ms (expected sd ≥ 0, tau > 0)`);
    s += sd * sd * tau;
  });
  return s / (C * gTotal);
}
