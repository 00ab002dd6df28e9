/**
 * Small statistics for timings: the median of repeats (robust to one run disturbed by the machine),
 * a least-squares line, and the exponent of a power law T ∝ N^s fitted on log–log axes.
 */
import { checkOptions } from "../params/options.js";

function finiteNumbers(name: string, values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (typeof v !== "number") throw new TypeError(`invalid ${name}[${k}]: ${String(v)} (expected a number)`);
    if (!Number.isNaN(v)) out.push(v);
  }
  return out;
}

/**
 * Median of `values`, ignoring NaN entries; NaN when none is left. Even counts average the two
 * middle values: median([3, 1, 2]) = 2, median([4, 1, 3, 2]) = 2.5.
 */
export function median(values: ArrayLike<number>): number {
  const s = finiteNumbers("values", values).sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** A fitted line y = intercept + slope·x, with the coefficient of determination r². */
export interface LineFit {
  intercept: number;
  slope: number;
  /** 1 − (residual sum of squares)/(total sum of squares); 1 for a perfect fit. */
  r2: number;
}

/**
 * Least-squares line through (x, y); needs ≥ 2 points with distinct x. With `weights`, minimises
 * Σ wᵢ (yᵢ − a − b xᵢ)²: weights 1/yᵢ² fit relative errors, as suits timings whose noise is a
 * fraction of the time.
 */
export function linearFit(x: ArrayLike<number>, y: ArrayLike<number>, options: { weights?: ArrayLike<number> } = {}): LineFit {
  checkOptions("linearFit", options, ["weights"]);
  const { weights } = options;
  if (x.length !== y.length) throw new RangeError(`invalid y: length ${y.length} (expected the length of x, ${x.length})`);
  const n = x.length;
  if (n < 2) throw new RangeError(`invalid x: ${n} point(s) (expected at least 2)`);
  if (weights !== undefined && weights.length !== n) throw new RangeError(`invalid weights: length ${weights.length} (expected the length of x, ${n})`);
  const w = (k: number) => (weights === undefined ? 1 : weights[k]);
  let sw = 0, mx = 0, my = 0;
  for (let k = 0; k < n; k++) {
    if (!Number.isFinite(x[k]) || !Number.isFinite(y[k])) throw new RangeError(`invalid point ${k}: (${x[k]}, ${y[k]}) (expected finite numbers)`);
    if (!(w(k) >= 0) || !Number.isFinite(w(k))) throw new RangeError(`invalid weights[${k}]: ${w(k)} (expected a finite number ≥ 0)`);
    sw += w(k);
    mx += w(k) * x[k];
    my += w(k) * y[k];
  }
  if (!(sw > 0)) throw new RangeError(`invalid weights: all zero (expected some > 0)`);
  mx /= sw;
  my /= sw;
  let sxx = 0, sxy = 0, syy = 0;
  for (let k = 0; k < n; k++) {
    sxx += w(k) * (x[k] - mx) ** 2;
    sxy += w(k) * (x[k] - mx) * (y[k] - my);
    syy += w(k) * (y[k] - my) ** 2;
  }
  if (sxx === 0) throw new RangeError(`invalid x: all values equal ${x[0]} (expected at least two distinct values)`);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssr = 0;
  for (let k = 0; k < n; k++) ssr += w(k) * (y[k] - intercept - slope * x[k]) ** 2;
  return { intercept, slope, r2: syy > 0 ? 1 - ssr / syy : 1 };
}

/** A power law y = prefactor · x^exponent fitted on log–log axes. */
export interface PowerFit {
  /** The exponent s: the slope of ln y against ln x (1 = linear scaling, 2 = quadratic). */
  exponent: number;
  prefactor: number;
  /** r² of the straight line on log–log axes. */
  r2: number;
}

/**
 * Exponent of y ∝ x^s by least squares on (ln x, ln y): the log–log slope of, e.g., loop time
 * against network size. x and y must be positive. loglogSlope([1, 10, 100], [2, 20, 200]).exponent = 1.
 */
export function loglogSlope(x: ArrayLike<number>, y: ArrayLike<number>): PowerFit {
  const lx: number[] = [], ly: number[] = [];
  for (let k = 0; k < x.length; k++) {
    if (!(x[k] > 0)) throw new RangeError(`invalid x[${k}]: ${x[k]} (expected > 0 on a log axis)`);
    if (!(y[k] > 0)) throw new RangeError(`invalid y[${k}]: ${y[k]} (expected > 0 on a log axis)`);
    lx.push(Math.log(x[k]));
    ly.push(Math.log(y[k]));
  }
  const fit = linearFit(lx, ly);
  return { exponent: fit.slope, prefactor: Math.exp(fit.intercept), r2: fit.r2 };
}
