/**
 * Times to whole time steps, by one rule everywhere: synaptic delays, run durations, state-monitor
 * intervals, population-rate bins, refractory periods, current onsets and spike times.
 *
 * Rule: n = ⌊value/dt + ½⌋ — the nearest whole step, halves rounded up — where value/dt within
 * 10⁻⁶ steps of a whole number counts as that number (floating-point error: 0.3/0.1 =
 * 2.9999999999999996 is 3 steps, 0.15/0.1 = 1.4999999999999998 is a half and rounds up to 2).
 * A value that is not a multiple of dt warns once (per key), saying what it was rounded to;
 * a value below the allowed minimum (one step for intervals and bins) is raised to it, with a warning.
 */
import { shortNumber as num, warnOnce, type Warn } from "../params/warn.js";

/** How far (in steps) value/dt may be from a whole number and still count as a multiple of dt. */
export const STEP_TOLERANCE = 1e-6;

/** value/dt by the rule above, and whether value is a multiple of dt. */
export function roundSteps(value: number, dt: number): { steps: number; exact: boolean } {
  const r = value / dt;
  const steps = Math.floor(r + 0.5 + STEP_TOLERANCE);
  return { steps, exact: Math.abs(r - steps) <= STEP_TOLERANCE };
}

/** Options of {@link toSteps}. */
export interface StepOptions {
  /** Fewest steps allowed (default 0); a shorter value is raised to it with a warning. */
  min?: number;
  /** Where warnings go (default: once per process, {@link warnOnce}; networks pass their own). */
  warn?: Warn;
}

/**
 * A time (ms) as whole steps of dt (ms) by the rule above; Infinity stays Infinity.
 * Warns once when `value` is not a multiple of dt, naming it (`name`) and saying how it was rounded:
 * `delay of E→I = 0.25 ms is not a multiple of dt = 0.1 ms: rounded to 3 steps = 0.3 ms (…)`.
 */
export function toSteps(value: number, dt: number, name: string, { min = 0, warn = warnOnce }: StepOptions = {}): number {
  if (value === Infinity) return Infinity;
  const { steps, exact } = roundSteps(value, dt);
  const key = `steps:${name}:${value}:${dt}`;
  if (steps < min) {
    warn(key, `${name} = ${num(value)} ms is shorter than ${min === 1 ? "one step" : `${min} steps`} (dt = ${num(dt)} ms): ` +
      `using ${min} step${min === 1 ? "" : "s"} = ${num(min * dt)} ms`);
    return min;
  }
  if (!exact) {
    warn(key, `${name} = ${num(value)} ms is not a multiple of dt = ${num(dt)} ms: rounded to ${steps} step${steps === 1 ? "" : "s"} = ` +
      `${num(steps * dt)} ms (times are rounded to the nearest step, halves up)`);
  }
  return steps;
}

/**
 * Many times (ms) as whole steps of dt by the rule above (e.g. one delay per synapse). Warns once
 * (key `name`) with how many values are not multiples of dt and one example.
 */
export function toStepsEach(values: ArrayLike<number>, dt: number, name: string, warn: Warn = warnOnce): Float64Array {
  const out = new Float64Array(values.length);
  let off = 0, example = -1;
  for (let k = 0; k < values.length; k++) {
    const { steps, exact } = roundSteps(values[k], dt);
    out[k] = steps;
    if (!exact) { off++; if (example < 0) example = k; }
  }
  if (off > 0) {
    const x = values[example];
    warn(`steps:${name}:${dt}`, `${off} of ${values.length} values of ${name} are not multiples of dt = ${num(dt)} ms ` +
      `(e.g. ${num(x)} ms → ${out[example]} steps = ${num(out[example] * dt)} ms): each is rounded to the nearest step, halves up`);
  }
  return out;
}

/**
 * `n` steps of dt as a time (ms) without float noise: when 1/dt is a whole number the time is
 * n/(1/dt), correctly rounded, so 3 steps of 0.1 ms are 0.3 ms, not 0.30000000000000004.
 */
export function stepsToTime(n: number, dt: number): number {
  const inv = Math.round(1 / dt);
  return inv > 0 && Math.abs(inv * dt - 1) < 1e-12 ? n / inv : n * dt;
}
