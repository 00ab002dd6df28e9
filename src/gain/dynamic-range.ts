/**
 * Dynamic range of a response curve, in decibels: the input range that carries the response from a
 * fraction `lo` to a fraction `hi` of its span (default 10 % → 90 %),
 *
 *   DR = 20 log₁₀(x_hi / x_lo) dB,
 *
 * the "amplitude" decibel of sensory physiology (a factor 10 in input = 20 dB). The curve is sampled
 * (x increasing, e.g. contrasts or input rates) and the crossings are interpolated linearly in log x
 * (x > 0), so a curve sampled evenly on a log axis is handled at its natural resolution.
 * The closed forms for a Naka–Rushton curve and a clipped power law are in analytic-range.ts.
 */
import { levelCrossing } from "../analysis/coincidence.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link dynamicRange}. */
export interface DynamicRangeOptions {
  /** Lower and upper fractions of the span (defaults 0.1 and 0.9; 0 ≤ lo < hi ≤ 1). */
  lo?: number;
  hi?: number;
  /** The response the fractions refer to as 0 (default 0). */
  floor?: number;
  /** The response the fractions refer to as 1 (default: the largest sampled response). */
  ceiling?: number;
}

/** Result of {@link dynamicRange}. */
export interface DynamicRange {
  /** Inputs at which the curve first reaches the lower and upper levels (Infinity: not within the samples). */
  xLo: number;
  xHi: number;
  /** The two response levels (floor + fraction × (ceiling − floor)). */
  levelLo: number;
  levelHi: number;
  /** x_hi/x_lo and 20 log₁₀ of it (NaN when a level is not reached). */
  ratio: number;
  dB: number;
}

const OPTIONS = optionNames<DynamicRangeOptions>({ lo: true, hi: true, floor: true, ceiling: true });

/** 20 log₁₀(ratio): an amplitude ratio in decibels (2 → 6.02 dB, 10 → 20 dB). */
export function decibels(ratio: number): number {
  if (!(ratio > 0)) throw new RangeError(`invalid ratio: ${ratio} (expected > 0)`);
  return 20 * Math.log10(ratio);
}

/**
 * The input range from the `lo` to the `hi` level of a sampled response curve y(x) (x > 0 and
 * increasing), in dB (see the file comment). A level the samples never reach gives Infinity for its
 * input and NaN for the range: the range is then unmeasured, not zero.
 * @throws RangeError for mismatched lengths, fewer than 2 samples, x ≤ 0 or not increasing, bad fractions.
 */
export function dynamicRange(x: ArrayLike<number>, y: ArrayLike<number>, options: DynamicRangeOptions = {}): DynamicRange {
  checkOptions("dynamicRange", options, OPTIONS);
  const { lo = 0.1, hi = 0.9, floor = 0 } = options;
  if (!(lo >= 0 && hi > lo && hi <= 1)) throw new RangeError(`invalid lo, hi: ${lo}, ${hi} (expected 0 ≤ lo < hi ≤ 1)`);
  for (let k = 0; k < x.length; k++) if (!(x[k] > 0)) throw new RangeError(`invalid x[${k}]: ${x[k]} (expected inputs > 0 on a log axis)`);
  let top = -Infinity;
  for (let k = 0; k < y.length; k++) top = Math.max(top, y[k]);
  const ceiling = options.ceiling ?? top;
  if (!(Number.isFinite(floor) && ceiling > floor)) throw new RangeError(`invalid floor, ceiling: ${floor}, ${ceiling} (expected finite numbers, ceiling > floor)`);
  const logx = Array.from(x, Math.log);
  const levelLo = floor + lo * (ceiling - floor), levelHi = floor + hi * (ceiling - floor);
  const at = (level: number) => Math.exp(levelCrossing(logx, y, level));
  const xLo = at(levelLo), xHi = at(levelHi);
  const ratio = Number.isFinite(xLo) && Number.isFinite(xHi) ? xHi / xLo : NaN;
  return { xLo, xHi, levelLo, levelHi, ratio, dB: ratio > 0 ? decibels(ratio) : NaN };
}
