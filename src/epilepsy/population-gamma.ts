/**
 * Gamma-band power of a network's population activity, from spike recordings: the summed spike
 * count of the given populations in bins of `bin` ms, as a rate per recorded cell (Hz), its Welch
 * power spectrum (analysis/spectrum.ts: Hann windows of `segment` bins, 50 % overlap, mean removed),
 * and from it
 *   - power: ∫ PSD df over the band (default 30–80 Hz, the γ band of analysis/band-power.ts), Hz²;
 *   - fraction: that power over the power of every bin above 0 Hz (up to the Nyquist frequency
 *     500/bin Hz): a white (Poisson-like) signal gives the band's share of the bins, ≈ 50/500 = 0.1
 *     with 1 ms bins; a signal concentrated in the band approaches 1;
 *   - peak, ratio: the spectral peak in `peakRange` (default 20–200 Hz; analysis/spectrum.ts
 *     `spectralPeak`: the lowest local maximum with at least half the largest power in the range)
 *     and its power over the median power in the range.
 * Frequency resolution 1000/(segment·bin) Hz (7.8 Hz with the defaults); a spike-count signal is a
 * proxy for the LFP (which is dominated by synaptic currents), stated as such.
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { recordedNeurons } from "../monitors/spike-monitor.js";
import { powerSpectrum, spectralPeak, type Spectrum } from "../analysis/spectrum.js";
import { bandPower } from "../analysis/band-power.js";
import { checkOptions } from "../params/options.js";

/** Options of {@link populationGamma}. */
export interface PopulationGammaOptions {
  /** Analysis window (ms; default the first recording's). */
  from?: number; to?: number;
  /** Bin of the activity signal (ms, default 1). */
  bin?: number;
  /** Welch segment in bins (a power of two, default 128). */
  segment?: number;
  /** Band (Hz, default [30, 80]). */
  band?: readonly [number, number];
  /** Frequencies searched for the peak (Hz, default [20, 200]). */
  peakRange?: readonly [number, number];
}

/** What {@link populationGamma} measures (see the module comment). */
export interface PopulationGamma {
  /** Band power (Hz²). */
  power: number;
  /** Band power / power above 0 Hz. */
  fraction: number;
  /** Spectral peak in peakRange (Hz; NaN if none). */
  peak: number;
  /** Peak power / median power in peakRange. */
  ratio: number;
  /** Mean rate per recorded cell over the window (Hz). */
  rate: number;
  /** The spectrum (Hz, Hz²/Hz). */
  spectrum: Spectrum;
}

/**
 * Band power, its fraction and the spectral peak of the summed activity of `spikes` (one recording
 * or several, e.g. [E, I]) in [from, to) ms.
 * @throws RangeError for an empty window, a bin ≤ 0, a window shorter than one segment, or a bad band.
 */
export function populationGamma(spikes: Spikes | readonly Spikes[], options: PopulationGammaOptions = {}): PopulationGamma {
  const where = "populationGamma";
  checkOptions(where, options, ["from", "to", "bin", "segment", "band", "peakRange"]);
  const list = Array.isArray(spikes) ? spikes as readonly Spikes[] : [spikes as Spikes];
  if (list.length === 0) throw new RangeError(`invalid spikes for ${where}: no recordings (expected one or more spike recordings)`);
  const { from = list[0].start, to = list[0].stop, bin = 1, segment = 128, band = [30, 80], peakRange = [20, 200] } = options;
  if (!(to > from)) throw new RangeError(`invalid window for ${where}: [${from}, ${to}) ms (expected to > from)`);
  if (!(bin > 0)) throw new RangeError(`invalid bin for ${where}: ${bin} ms (expected > 0)`);
  const nb = Math.floor((to - from) / bin);
  if (nb < segment) throw new RangeError(`invalid window for ${where}: ${nb} bins of ${bin} ms (expected at least segment = ${segment} bins)`);
  const x = new Float64Array(nb);
  let cells = 0, count = 0;
  for (const s of list) {
    cells += recordedNeurons(s);
    for (let k = 0; k < s.t.length; k++) {
      const b = Math.floor((s.t[k] - from) / bin);
      if (s.t[k] >= from && b < nb) { x[b]++; count++; }
    }
  }
  for (let b = 0; b < nb; b++) x[b] *= 1000 / (bin * cells);
  const spectrum = powerSpectrum(x, bin, { segment });
  const df = spectrum.f[1];
  const power = bandPower(spectrum, band);
  const total = bandPower(spectrum, [df / 2, spectrum.f[spectrum.f.length - 1] + df]);
  if (!(peakRange[1] > peakRange[0])) throw new RangeError(`invalid peakRange for ${where}: [${peakRange[0]}, ${peakRange[1]}] Hz (expected lo < hi)`);
  const top = spectrum.f.findIndex((f) => f > peakRange[1]);
  const upTo = top < 0 ? spectrum.f.length : top;
  const pk = spectralPeak({ f: spectrum.f.subarray(0, upTo), power: spectrum.power.subarray(0, upTo) }, { minFrequency: peakRange[0] });
  return { power, fraction: total > 0 ? power / total : NaN, peak: pk.frequency, ratio: pk.ratio, rate: (count * 1000) / (cells * nb * bin), spectrum };
}
