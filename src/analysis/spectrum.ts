/**
 * Power spectra of population activity (Welch's method with Hann windows and 50 % overlap), for
 * finding oscillations: the frequency of the peak and how far it stands above the background.
 * Input sampled every `dt` ms; frequencies in Hz.
 */
import { checkOptions } from "../params/options.js";

/** In-place iterative radix-2 FFT of (re, im), length a power of two. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  if ((n & (n - 1)) !== 0) throw new RangeError(`invalid length: ${n} (expected a power of two)`);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i]; re[i] = re[j]; re[j] = t;
      t = im[i]; im[i] = im[j]; im[j] = t;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = (-2 * Math.PI) / len;
    const wr = Math.cos(ang), wi = Math.sin(ang);
    for (let i = 0; i < n; i += len) {
      let cr = 1, ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = i + k, b = a + len / 2;
        const xr = re[b] * cr - im[b] * ci;
        const xi = re[b] * ci + im[b] * cr;
        re[b] = re[a] - xr; im[b] = im[a] - xi;
        re[a] += xr; im[a] += xi;
        const nr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = nr;
      }
    }
  }
}

/** A one-sided power spectral density. */
export interface Spectrum {
  /** Frequencies (Hz). */
  f: Float64Array;
  /** Power spectral density (signal units² per Hz). */
  power: Float64Array;
}

/**
 * Welch power spectrum of x (sampled every dt ms) with segments of `segment` samples (a power of
 * two; default the largest ≤ x.length/4, at least 64). The mean is removed.
 */
export function powerSpectrum(x: ArrayLike<number>, dt: number, options: { segment?: number } = {}): Spectrum {
  checkOptions("powerSpectrum", options, ["segment"]);
  const { segment } = options;
  const n = x.length;
  if (n < 16) throw new RangeError(`invalid signal: ${n} samples (expected at least 16)`);
  let seg = segment ?? 64;
  if (segment === undefined) while (seg * 2 <= n / 4) seg *= 2;
  seg = Math.min(seg, 1 << Math.floor(Math.log2(n)));
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const win = new Float64Array(seg);
  let wss = 0;
  for (let i = 0; i < seg; i++) { win[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / seg); wss += win[i] * win[i]; }
  const fs = 1000 / dt;
  const half = seg / 2 + 1;
  const power = new Float64Array(half);
  const re = new Float64Array(seg), im = new Float64Array(seg);
  let segments = 0;
  for (let start = 0; start + seg <= n; start += seg / 2) {
    for (let i = 0; i < seg; i++) { re[i] = (x[start + i] - mean) * win[i]; im[i] = 0; }
    fft(re, im);
    for (let k = 0; k < half; k++) {
      const p = (re[k] * re[k] + im[k] * im[k]) / (fs * wss);
      power[k] += k === 0 || k === seg / 2 ? p : 2 * p;
    }
    segments++;
  }
  const f = new Float64Array(half);
  for (let k = 0; k < half; k++) { power[k] /= segments; f[k] = (k * fs) / seg; }
  return { f, power };
}

/**
 * The main oscillation of a spectrum: among local maxima above `minFrequency` whose power is at least
 * half of the largest, the lowest in frequency (so a periodic signal reports its fundamental, not a
 * harmonic), with its power relative to the median power above `minFrequency`.
 */
export function spectralPeak(s: Spectrum, options: { minFrequency?: number } = {}): { frequency: number; ratio: number } {
  checkOptions("spectralPeak", options, ["minFrequency"]);
  const { minFrequency = 2 } = options;
  let maxP = -Infinity;
  const vals: number[] = [];
  for (let k = 0; k < s.f.length; k++) {
    if (s.f[k] < minFrequency) continue;
    vals.push(s.power[k]);
    if (s.power[k] > maxP) maxP = s.power[k];
  }
  if (!vals.length) return { frequency: NaN, ratio: NaN };
  vals.sort((a, b) => a - b);
  const median = vals[vals.length >> 1];
  for (let k = 0; k < s.f.length; k++) {
    if (s.f[k] < minFrequency || s.power[k] < 0.5 * maxP) continue;
    const left = k > 0 ? s.power[k - 1] : -Infinity;
    const right = k + 1 < s.f.length ? s.power[k + 1] : -Infinity;
    if (s.power[k] >= left && s.power[k] >= right) return { frequency: s.f[k], ratio: median > 0 ? s.power[k] / median : NaN };
  }
  return { frequency: NaN, ratio: NaN };
}
