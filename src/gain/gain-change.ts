/**
 * Divisive or subtractive? Given a control input–output curve and a manipulated one (e.g. f–I curves
 * without and with extra background input), fit both with a threshold-linear curve y = g [x − θ]₊
 * ({@link fitThresholdLinear}) and compare two one-parameter descriptions of the manipulated curve
 * (Chance, Abbott & Reyes 2002; Holt & Koch 1997):
 *
 * - divisive: the control's threshold θ₀ kept, the gain refitted (y₁ ≈ (g₀/k)[x − θ₀]₊);
 * - subtractive: the control's gain g₀ kept, the threshold refitted (y₁ ≈ g₀[x − θ₀ − Δ]₊).
 *
 * The model with the smaller root-mean-square residual is the better one-parameter description; the
 * free fit gives the gain ratio g₁/g₀ (1: no gain change) and the threshold shift θ₁ − θ₀.
 */
import { fitThresholdLinear, type ThresholdLinearFit } from "./threshold-linear-fit.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Result of {@link gainChange}. */
export interface GainChange {
  /** Free threshold-linear fits of the control and the manipulated curve. */
  control: ThresholdLinearFit;
  manipulated: ThresholdLinearFit;
  /** g₁/g₀ and θ₁ − θ₀ from the free fits. */
  gainRatio: number;
  shift: number;
  /** The manipulated curve with θ held at θ₀ (divisive) and with g held at g₀ (subtractive). */
  divisive: ThresholdLinearFit;
  subtractive: ThresholdLinearFit;
  /** The one-parameter model with the smaller rmse. */
  better: "divisive" | "subtractive";
}

const OPTIONS = optionNames<{ maxY?: number }>({ maxY: true });

/**
 * Compares a manipulated curve y1(x) with a control y0(x) sampled at the same inputs x (see the file
 * comment); `maxY` limits every fit to samples with y ≤ maxY (e.g. below saturation).
 * @throws RangeError for curves of different lengths (and whatever {@link fitThresholdLinear} rejects).
 */
export function gainChange(x: ArrayLike<number>, y0: ArrayLike<number>, y1: ArrayLike<number>, options: { maxY?: number } = {}): GainChange {
  checkOptions("gainChange", options, OPTIONS);
  if (y0.length !== x.length || y1.length !== x.length) throw new RangeError(`invalid curves: ${x.length} inputs, ${y0.length} and ${y1.length} responses (expected equal lengths)`);
  const { maxY } = options;
  const control = fitThresholdLinear(x, y0, { maxY });
  const manipulated = fitThresholdLinear(x, y1, { maxY });
  const divisive = fitThresholdLinear(x, y1, { maxY, threshold: control.threshold });
  const subtractive = fitThresholdLinear(x, y1, { maxY, slope: control.slope });
  return {
    control, manipulated, gainRatio: manipulated.slope / control.slope, shift: manipulated.threshold - control.threshold,
    divisive, subtractive, better: divisive.rmse <= subtractive.rmse ? "divisive" : "subtractive",
  };
}
