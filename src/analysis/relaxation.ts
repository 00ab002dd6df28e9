/**
 * How a sampled trajectory y(t) returns to a fixed point y*: the time constant of its exponential
 * approach (least-squares slope of ln|y − y*| against t), and its first overshoot past y* (size as a
 * fraction of the initial displacement, and when it peaks). Used to compare a simulated homeostatic
 * rule with its linearisation (decay time, damping). Times in ms (any unit works, consistently).
 */
import { checkOptions } from "../params/options.js";

/** Result of {@link decayTime}. */
export interface DecayFit {
  /** Time constant (same unit as t). */
  tau: number;
  /** Samples used. */
  n: number;
  /** First and last time used. */
  from: number;
  to: number;
}

function validate(t: ArrayLike<number>, y: ArrayLike<number>, target: number, fn: string): void {
  if (t.length !== y.length) throw new RangeError(`invalid ${fn} input: ${t.length} times for ${y.length} values (expected equal lengths)`);
  if (t.length < 3) throw new RangeError(`invalid ${fn} input: ${t.length} samples (expected at least 3)`);
  if (!Number.isFinite(target)) throw new RangeError(`invalid target: ${target} (expected a finite fixed point)`);
  if (y[0] === target) throw new RangeError(`invalid ${fn} input: y[0] = target = ${target} (expected a displaced start)`);
}

/**
 * Time constant τ of y(t) − y* ≈ A e^{−t/τ}, fitted by least squares to ln|y − y*| over the samples
 * whose deviation lies within `band` = [lo, hi] of the initial deviation |y(t₀) − y*| (defaults
 * [0.15, 0.7]): from the first sample at or below hi·|d₀| (past the start-up transient, e.g. the fast
 * mode of a two-exponential approach) to the last one before the deviation first drops below lo·|d₀|
 * (where noise takes over). Throws a RangeError when fewer than 3 samples fall in the band.
 */
export function decayTime(t: ArrayLike<number>, y: ArrayLike<number>, target: number, options: { band?: readonly [number, number] } = {}): DecayFit {
  checkOptions("decayTime", options, ["band"]);
  const { band = [0.15, 0.7] } = options;
  validate(t, y, target, "decayTime");
  const [lo, hi] = band;
  if (!(lo > 0 && hi > lo && hi <= 1)) throw new RangeError(`invalid band: [${lo}, ${hi}] (expected 0 < lo < hi ≤ 1)`);
  const d0 = Math.abs(y[0] - target);
  let a = 0;
  while (a < y.length && Math.abs(y[a] - target) > hi * d0) a++;
  let b = a;
  while (b < y.length && Math.abs(y[b] - target) >= lo * d0 && Math.sign(y[b] - target) === Math.sign(y[0] - target)) b++;
  const n = b - a;
  if (n < 3) throw new RangeError(`invalid decayTime input: ${n} samples with deviation in [${lo}, ${hi}] of the initial one (expected at least 3; sample more often)`);
  let st = 0, sl = 0, stt = 0, stl = 0;
  for (let k = a; k < b; k++) {
    const l = Math.log(Math.abs(y[k] - target));
    st += t[k]; sl += l; stt += t[k] * t[k]; stl += t[k] * l;
  }
  const slope = (n * stl - st * sl) / (n * stt - st * st);
  return { tau: -1 / slope, n, from: t[a], to: t[b - 1] };
}

/** Result of {@link firstOvershoot}. */
export interface Overshoot {
  /** Largest excursion past y*, on the far side from the start, as a fraction of |y(t₀) − y*| (0 if y never crosses). */
  fraction: number;
  /** When it peaks (NaN if y never crosses). */
  time: number;
}

/**
 * The first overshoot of y past y*: after the first crossing of y*, the largest excursion on the far
 * side before y crosses back (or the series ends), relative to the initial displacement. A linear
 * second-order system released from rest at y* + Δ overshoots by exp(−πζ/√(1 − ζ²)) at t = π/ω_d.
 */
export function firstOvershoot(t: ArrayLike<number>, y: ArrayLike<number>, target: number): Overshoot {
  validate(t, y, target, "firstOvershoot");
  const sign = Math.sign(y[0] - target);
  const d0 = Math.abs(y[0] - target);
  let k = 0;
  while (k < y.length && Math.sign(y[k] - target) === sign) k++;
  if (k === y.length) return { fraction: 0, time: NaN };
  let best = 0, time = t[k];
  for (; k < y.length && Math.sign(y[k] - target) !== sign; k++) {
    const ex = -sign * (y[k] - target);
    if (ex > best) { best = ex; time = t[k]; }
  }
  return { fraction: best / d0, time };
}
