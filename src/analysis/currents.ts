/**
 * Synaptic current statistics from state traces: per neuron the mean and the variance of
 * I_E, I_I and their sum, and the correlation between E and I currents. In the balanced,
 * fluctuation-driven regime the net current has a mean near zero (relative to either
 * component) and large fluctuations, and E and I currents track each other
 * (anti-correlated currents; van Vreeswijk & Sompolinsky 1996, Okun & Lampl 2008).
 */
import type { StateTraces } from "../monitors/state-monitor.js";
import { checkOptions } from "../params/options.js";

/** Per-neuron statistics of synaptic currents (pA). */
export interface CurrentStats {
  neuron: number;
  meanE: number;
  meanI: number;
  meanNet: number;
  sdNet: number;
  /** Pearson correlation of I_E and I_I over time (≈ −1 when inhibition tracks excitation). */
  corrEI: number;
  /** |mean net| / mean excitatory: how far from cancellation (0 = perfect balance). */
  imbalance: number;
}

function stats(a: Float64Array, b: Float64Array, from: number): { ma: number; mb: number; va: number; vb: number; cov: number } {
  let ma = 0, mb = 0;
  const n = a.length - from;
  for (let k = from; k < a.length; k++) { ma += a[k]; mb += b[k]; }
  ma /= n; mb /= n;
  let va = 0, vb = 0, cov = 0;
  for (let k = from; k < a.length; k++) {
    const x = a[k] - ma, y = b[k] - mb;
    va += x * x; vb += y * y; cov += x * y;
  }
  return { ma, mb, va: va / (n - 1), vb: vb / (n - 1), cov: cov / (n - 1) };
}

/** Current statistics of each recorded neuron, from samples at t ≥ `from` ms. Needs I_E and I_I traces. */
export function currentStats(traces: StateTraces, options: { from?: number } = {}): CurrentStats[] {
  checkOptions("currentStats", options, ["from"]);
  const { from = 0 } = options;
  const IE = traces.values.I_E, II = traces.values.I_I;
  if (!IE || !II) throw new TypeError("invalid traces: record I_E and I_I (monitorState(pop, [\"I_E\", \"I_I\"]))");
  let start = 0;
  while (start < traces.t.length && traces.t[start] < from) start++;
  if (traces.t.length - start < 3) throw new RangeError(`invalid from: ${from} ms leaves fewer than 3 samples`);
  return Array.from(traces.neurons, (neuron, k) => {
    const s = stats(IE[k], II[k], start);
    const varNet = s.va + s.vb + 2 * s.cov;
    return {
      neuron,
      meanE: s.ma,
      meanI: s.mb,
      meanNet: s.ma + s.mb,
      sdNet: Math.sqrt(Math.max(0, varNet)),
      corrEI: s.cov / Math.sqrt(s.va * s.vb),
      imbalance: Math.abs(s.ma + s.mb) / Math.abs(s.ma),
    };
  });
}

/** Averages of {@link CurrentStats} over the recorded neurons (pA, except the ratios). */
export interface CurrentSummary {
  neurons: number;
  meanE: number;
  meanI: number;
  meanNet: number;
  /** Mean over neurons of the sd of the net current in time. */
  sdNet: number;
  /** Mean over neurons of |mean net| / mean I_E. */
  imbalance: number;
  /** Mean over neurons of corr(I_E, I_I); NaN correlations (a constant current) are left out. */
  corrEI: number;
}

/**
 * Means over neurons of per-neuron current statistics: one row summarising a population's balance.
 * @throws RangeError for an empty list.
 */
export function currentSummary(stats: readonly CurrentStats[]): CurrentSummary {
  if (!stats.length) throw new RangeError("invalid stats: an empty list (record I_E and I_I of at least one neuron)");
  const mean = (f: (s: CurrentStats) => number) => {
    let sum = 0, n = 0;
    for (const s of stats) { const x = f(s); if (!Number.isNaN(x)) { sum += x; n++; } }
    return n ? sum / n : NaN;
  };
  return {
    neurons: stats.length,
    meanE: mean((s) => s.meanE),
    meanI: mean((s) => s.meanI),
    meanNet: mean((s) => s.meanNet),
    sdNet: mean((s) => s.sdNet),
    imbalance: mean((s) => s.imbalance),
    corrEI: mean((s) => s.corrEI),
  };
}
