/**
 * Power in the classical frequency bands of a spectrum (analysis/spectrum.ts): the integral of the
 * power spectral density over [lo, hi) Hz by the rectangle rule on the spectrum's bins. Band edges
 * follow common EEG usage (e.g. Buzsáki 2006, *Rhythms of the Brain*; boundaries vary by ±1 Hz
 * between authors): θ 4–8, α 8–13, β 13–30, γ 30–80 Hz.
 */
import type { Spectrum } from "./spectrum.js";

/** The bands (Hz). */
export const BANDS: Readonly<Record<"theta" | "alpha" | "beta" | "gamma", readonly [number, number]>> = Object.freeze({
  theta: [4, 8], alpha: [8, 13], beta: [13, 30], gamma: [30, 80],
});

/** ∫ PSD df over [lo, hi) Hz (signal units²), or over a named band of {@link BANDS}. */
export function bandPower(s: Spectrum, band: readonly [number, number] | keyof typeof BANDS): number {
  const range = typeof band === "string" ? BANDS[band] : band;
  if (range === undefined) throw new RangeError(`invalid band: ${JSON.stringify(band)} (expected [lo, hi] in Hz or one of ${Object.keys(BANDS).join(", ")})`);
  const [lo, hi] = range;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo >= 0 && lo < hi)) throw new RangeError(`invalid band: [${lo}, ${hi}] (expected 0 ≤ lo < hi in Hz)`);
  if (s.f.length < 2) throw new RangeError(`invalid spectrum: ${s.f.length} frequencies (expected at least 2)`);
  const df = s.f[1] - s.f[0];
  let p = 0;
  for (let k = 0; k < s.f.length; k++) if (s.f[k] >= lo && s.f[k] < hi) p += s.power[k] * df;
  return p;
}

/** Each band's power and its fraction of the total power above 0 Hz. */
export function bandPowers(s: Spectrum): { band: string; lo: number; hi: number; power: number; fraction: number }[] {
  const total = bandPower(s, [s.f[1] / 2, s.f[s.f.length - 1] + s.f[1]]);
  return Object.entries(BANDS).map(([band, [lo, hi]]) => {
    const power = bandPower(s, [lo, hi]);
    return { band, lo, hi, power, fraction: total > 0 ? power / total : NaN };
  });
}
