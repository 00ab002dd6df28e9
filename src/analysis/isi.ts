/**
 * Irregularity: the coefficient of variation of inter-spike intervals, CV = sd(ISI)/mean(ISI),
 * per neuron (neurons with fewer than `minSpikes` spikes are NaN). A Poisson train has CV = 1, a
 * clock CV = 0; cortical neurons in vivo have CV ≈ 1 (Softky & Koch 1993).
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { checkOptions } from "../params/options.js";

/** CV of ISIs per neuron (NaN where a neuron has fewer than minSpikes spikes, default 3). */
export function isiCV(spikes: Spikes, options: { minSpikes?: number } = {}): Float64Array {
  checkOptions("isiCV", options, ["minSpikes"]);
  const { minSpikes = 3 } = options;
  const n = spikes.n;
  const last = new Float64Array(n).fill(NaN);
  const count = new Float64Array(n);
  const sum = new Float64Array(n);
  const sum2 = new Float64Array(n);
  const spk = new Int32Array(n);
  for (let k = 0; k < spikes.i.length; k++) {
    const i = spikes.i[k];
    const t = spikes.t[k];
    spk[i]++;
    if (last[i] === last[i]) {
      const d = t - last[i];
      count[i]++;
      sum[i] += d;
      sum2[i] += d * d;
    }
    last[i] = t;
  }
  const cv = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (spk[i] < minSpikes || count[i] < 2) { cv[i] = NaN; continue; }
    const m = sum[i] / count[i];
    const v = Math.max(0, (sum2[i] - count[i] * m * m) / (count[i] - 1));
    cv[i] = Math.sqrt(v) / m;
  }
  return cv;
}

/** Mean of the finite values of an array (NaN when none). */
export function nanMean(x: ArrayLike<number>): number {
  let s = 0, c = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i])) { s += x[i]; c++; }
  return c ? s / c : NaN;
}
