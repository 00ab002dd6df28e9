/**
 * The aperiodic (1/f-like) component of a power spectrum, in log10 power, as in specparam/FOOOF
 * (Donoghue et al. 2020, Nat Neurosci 23:1655):
 * - fixed mode: L(f) = b − log10(f^χ) = b − χ log10 f (a straight line in log–log axes; χ the
 *   exponent, b the offset);
 * - knee mode: L(f) = b − log10(k + f^χ), flat below the knee frequency f_k = k^{1/χ} and falling as
 *   f^{−χ} above it (a Lorentzian when χ = 2).
 * Fixed mode is linear in (b, χ) and fitted in closed form (ordinary least squares in log–log axes,
 * the minimum curve_fit converges to); knee mode by bounded Levenberg–Marquardt (k ≥ 0).
 * Frequencies in Hz (> 0), power in linear units (the fits take log10 themselves) unless stated.
 */
import { leastSquares } from "./least-squares.js";
import { linearFit } from "../perf/stats.js";

/** Aperiodic mode: "fixed" (no knee) or "knee". */
export type AperiodicMode = "fixed" | "knee";

/** Aperiodic parameters: offset b (log10 power), knee k (Hz^χ; 0 in fixed mode), exponent χ. */
export interface AperiodicParams {
  offset: number;
  knee: number;
  exponent: number;
}

/** L(f) = b − log10(k + f^χ) (log10 power) at frequency f (Hz); k = 0 is fixed mode. */
export function aperiodicLog10(f: number, p: AperiodicParams): number {
  return p.knee === 0 ? p.offset - p.exponent * Math.log10(f) : p.offset - Math.log10(p.knee + Math.pow(f, p.exponent));
}

/** The knee frequency k^{1/χ} (Hz) of knee-mode parameters (0 for k = 0; NaN for k < 0). */
export function kneeFrequency(p: AperiodicParams): number {
  return p.knee < 0 ? NaN : Math.pow(p.knee, 1 / p.exponent);
}

function checkSpectrum(where: string, f: ArrayLike<number>, logPower: ArrayLike<number>, min: number): void {
  if (f.length !== logPower.length) throw new RangeError(`invalid ${where} input: ${f.length} frequencies for ${logPower.length} powers (expected equal lengths)`);
  if (f.length < min) throw new RangeError(`invalid ${where} input: ${f.length} frequencies (expected at least ${min})`);
  for (let i = 0; i < f.length; i++) {
    if (!(f[i] > 0)) throw new RangeError(`invalid f[${i}]: ${f[i]} Hz (expected > 0: log10 f is taken)`);
    if (!Number.isFinite(logPower[i])) throw new RangeError(`invalid log power at ${f[i]} Hz: ${logPower[i]} (expected finite; power must be > 0)`);
  }
}

/** log10 of every power (throws for power ≤ 0). */
export function log10Power(power: ArrayLike<number>): Float64Array {
  return Float64Array.from(power, (p, i) => {
    if (!(p > 0)) throw new RangeError(`invalid power[${i}]: ${p} (expected > 0 for log10)`);
    return Math.log10(p);
  });
}

/**
 * Fixed-mode fit to log10 power: ordinary least squares of L against log10 f, so b and χ are exact
 * for a spectrum that is a power law. Returns knee 0.
 */
export function fitFixed(f: ArrayLike<number>, logPower: ArrayLike<number>): AperiodicParams {
  checkSpectrum("fitFixed", f, logPower, 2);
  const line = linearFit(Float64Array.from(f, (x) => Math.log10(x)), logPower);
  return { offset: line.intercept, knee: 0, exponent: -line.slope };
}

/**
 * Knee-mode fit to log10 power by bounded Levenberg–Marquardt (k ≥ 0), started from specparam's
 * guess (offset = first log power, knee = 0 … here a small positive knee at the spectrum's lowest
 * frequency, exponent = |end-to-end log–log slope|), polished from a grid of starting knees, the best
 * kept (the knee fit has local minima when the knee lies near the range's edge).
 */
export function fitKnee(f: ArrayLike<number>, logPower: ArrayLike<number>): AperiodicParams {
  checkSpectrum("fitKnee", f, logPower, 3);
  const n = f.length;
  const model = (x: Float64Array, p: Float64Array, out: Float64Array) => { for (let i = 0; i < x.length; i++) out[i] = p[0] - Math.log10(p[1] + Math.pow(x[i], p[2])); };
  const fixed = fitFixed(f, logPower);
  const chi0 = Math.max(0.1, Math.abs(fixed.exponent));
  let best: { params: Float64Array; cost: number } | null = null;
  const fmin = f[0], fmax = f[n - 1];
  for (const fk of [0, fmin, Math.sqrt(fmin * fmax), fmax / 4, fmax]) {
    const chi = fk === 0 ? chi0 : chi0 * 1.5;
    const k = fk === 0 ? 0 : Math.pow(fk, chi);
    const offset = fk === 0 ? fixed.offset : fixed.offset + Math.log10(k + 1) * 0.5;
    const r = leastSquares(model, f, logPower, [offset, k, chi], { lower: [-Infinity, 0, 0], upper: [Infinity, Infinity, 20] });
    if (!best || r.cost < best.cost) best = r;
  }
  const p = best!.params;
  return { offset: p[0], knee: p[1], exponent: p[2] };
}

/** Fits the aperiodic component in `mode` to log10 power at f (Hz). */
export function fitAperiodic(f: ArrayLike<number>, logPower: ArrayLike<number>, mode: AperiodicMode = "fixed"): AperiodicParams {
  if (mode !== "fixed" && mode !== "knee") throw new TypeError(`invalid mode: ${JSON.stringify(mode)} (expected "fixed" or "knee")`);
  return mode === "fixed" ? fitFixed(f, logPower) : fitKnee(f, logPower);
}

/**
 * The log–log exponent of a spectrum over a band (Hz): χ of a fixed-mode fit to the points with
 * lo ≤ f ≤ hi (Gao et al. 2017 fit 30–50 Hz this way). Power in linear units.
 */
export function bandExponent(f: ArrayLike<number>, power: ArrayLike<number>, band: readonly [number, number]): number {
  const [lo, hi] = band;
  if (!(lo > 0 && lo < hi)) throw new RangeError(`invalid band: [${lo}, ${hi}] Hz (expected 0 < lo < hi)`);
  const fs: number[] = [], ls: number[] = [];
  for (let i = 0; i < f.length; i++) if (f[i] >= lo && f[i] <= hi) { fs.push(f[i]); ls.push(Math.log10(power[i])); }
  if (fs.length < 2) throw new RangeError(`invalid band: [${lo}, ${hi}] Hz holds ${fs.length} frequencies (expected at least 2)`);
  return fitFixed(fs, ls).exponent;
}
