/**
 * Weights and delays of a projection's synapses, in the form the engine stores them: a constant
 * (number) when every synapse shares it, otherwise one value per synapse in CSR order. Weights are
 * in the target's synapse unit (nS, pA or mV), checked for Dale's law and for values that look like
 * SI units; delays are in ms, rounded to whole steps of dt by the rule of steps.ts.
 */
import { quantity } from "../params/quantity.js";
import { shortNumber as num, type Warn } from "../params/warn.js";
import type { Rng } from "../random/rng.js";
import type { Kind, Receptor } from "../engine/model.js";
import { fill, isConstant, type Varying } from "./values.js";
import { checkSign, checkWeightScale, hasUnits } from "./checks.js";
import { stepsToTime, toSteps, toStepsEach } from "./steps.js";

/** The weight unit of each synapse type. */
export const WEIGHT_UNIT = { conductance: "nS", current: "pA", delta: "mV" } as const;

/**
 * The synapse type whose sign and SI-unit checks a receptor follows: weights that must be ≥ 0 are
 * "conductance"; signed ones "current" (pA), "delta" (mV), or rate couplings (unitless, checked like currents).
 */
export function synapseTypeOf(receptor: Pick<Receptor, "unit" | "sign">): "conductance" | "current" | "delta" {
  return receptor.sign === "positive" ? "conductance" : receptor.unit === "mV" ? "delta" : "current";
}

/** The largest delay in steps a projection can have (delays are stored as 16-bit integers). */
export const MAX_DELAY_STEPS = 65535;

/**
 * Weights of `count` synapses named `name` onto `receptor` from a source of `kind`: a number, or a
 * Float32Array in CSR order. Draws from `rng` only for varying weights.
 * @throws RangeError when a weight breaks Dale's law (see checks.ts).
 */
export function synapseWeights(name: string, weight: Varying, receptor: Pick<Receptor, "unit" | "sign">, kind: Kind, count: number, rng: Rng, warn: Warn): number | Float32Array {
  const unit = receptor.unit;
  const synapse = synapseTypeOf(receptor);
  const trusted = hasUnits(weight) || unit === "";
  if (isConstant(weight)) {
    const w = quantity(`${name}.weight`, weight, unit);
    checkSign(name, kind, synapse, w, w, unit);
    if (!trusted) checkWeightScale(name, synapse, w, true, warn);
    return w;
  }
  const tmp = fill(`${name}.weight`, weight, unit, new Float64Array(count), rng);
  let lo = Infinity, hi = -Infinity, largest = 0;
  for (let k = 0; k < tmp.length; k++) {
    const x = tmp[k];
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    if (Math.abs(x) > Math.abs(largest)) largest = x;
  }
  if (tmp.length) checkSign(name, kind, synapse, lo, hi, unit);
  if (!trusted) checkWeightScale(name, synapse, largest, false, warn);
  return toFloat32(name, tmp, unit, warn);
}

/** Largest finite single-precision value. */
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Per-synapse weights in single precision (4 bytes each). A weight beyond the float32 range is an
 * error; non-zero weights that underflow to 0 are reported (count and the first one).
 */
export function toFloat32(name: string, w: Float64Array, unit: string, warn: Warn): Float32Array {
  const out = Float32Array.from(w);
  let zeroed = 0, first = 0;
  for (let k = 0; k < w.length; k++) {
    if (Math.abs(w[k]) > FLOAT32_MAX) throw new RangeError(`invalid ${name}.weight: ${w[k]} ${unit} at synapse ${k} (per-synapse weights are stored in single precision: expected |w| ≤ ${FLOAT32_MAX.toPrecision(3)})`);
    if (out[k] === 0 && w[k] !== 0 && zeroed++ === 0) first = w[k];
  }
  if (zeroed) warn(`float32-underflow:${name}`, `${name}.weight: ${zeroed} non-zero weight(s) such as ${first} ${unit} underflow to 0 in single precision (per-synapse weights are stored as float32)`);
  return out;
}

/**
 * Delays of `count` synapses in whole steps of dt: a number, or a Uint16Array in CSR order. A delay
 * that is not a multiple of dt is rounded to the nearest step (halves up) with a warning.
 * @throws RangeError for a negative delay or one longer than {@link MAX_DELAY_STEPS} steps (naming the
 *   projection, the delay in ms and steps, the synapse, and the longest delay allowed), checked before
 *   the steps are stored as 16-bit integers (where they would wrap modulo 65536).
 */
export function synapseDelays(name: string, delay: Varying, count: number, dt: number, rng: Rng, warn: Warn): number | Uint16Array {
  if (isConstant(delay)) {
    const ms = quantity(`${name}.delay`, delay, "ms", { min: 0 });
    const steps = toSteps(ms, dt, `${name}.delay`, { warn });
    if (steps > MAX_DELAY_STEPS) throw tooLong(name, ms, steps, dt, "");
    return steps;
  }
  const ms = fill(`${name}.delay`, delay, "ms", new Float64Array(count), rng);
  for (let k = 0; k < ms.length; k++) {
    if (!(ms[k] >= 0)) throw new RangeError(`invalid ${name}.delay: ${ms[k]} ms at synapse ${k} (expected ≥ 0 ms)`);
  }
  const steps = toStepsEach(ms, dt, `${name}.delay`, warn);
  let at = -1;
  for (let k = 0; k < steps.length; k++) if (steps[k] > MAX_DELAY_STEPS && (at < 0 || steps[k] > steps[at])) at = k;
  if (at >= 0) throw tooLong(name, ms[at], steps[at], dt, ` at synapse ${at}`);
  return Uint16Array.from(steps);
}

/** The error for a delay of `ms` (= `steps` steps of dt) longer than {@link MAX_DELAY_STEPS} steps. */
function tooLong(name: string, ms: number, steps: number, dt: number, where: string): RangeError {
  return new RangeError(`invalid ${name}.delay: ${num(ms)} ms${where} = ${steps} steps of dt = ${num(dt)} ms ` +
    `(expected ≤ ${num(stepsToTime(MAX_DELAY_STEPS, dt))} ms = ${MAX_DELAY_STEPS} steps, the longest delay a projection can have: ` +
    `delays are stored as 16-bit step counts; use a shorter delay or a larger dt)`);
}

/** The largest of a constant delay or per-synapse delays (in steps). */
export function largestDelay(d: number | ArrayLike<number>): number {
  if (typeof d === "number") return d;
  let m = 0;
  for (let k = 0; k < d.length; k++) if (d[k] > m) m = d[k];
  return m;
}
