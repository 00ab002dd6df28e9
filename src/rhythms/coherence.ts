/**
 * Population coherence κ of Wang & Buzsáki (1996, J Neurosci 16:6402, "Model and methods"): time is
 * cut into bins of width τ; for neurons i, j with binary trains X_i(l), X_j(l) (1 if the neuron
 * fired in bin l),
 *
 *   κ_ij(τ) = Σ_l X_i(l) X_j(l) / √(Σ_l X_i(l) · Σ_l X_j(l)),
 *
 * and κ(τ) is the mean of κ_ij over pairs. κ = 1 when all neurons fire in the same bins; for
 * independent trains κ ≈ the probability of a spike in a bin (ν τ for a rate ν). Wang & Buzsáki
 * take τ = 10 % of the oscillation period. Pairs with a silent neuron are left out (κ_ij undefined).
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { checkOptions } from "../params/options.js";

/**
 * κ of the neurons in `spikes` with bins of `bin` ms over [from, to) (default the recording), and the
 * number of pairs averaged (NaN κ if none). At most `maxNeurons` (default 200) neurons, the first
 * ones, enter: the cost grows with their square.
 * @throws RangeError for a non-positive bin or an empty window.
 */
export function coherence(spikes: Spikes, options: { bin: number; from?: number; to?: number; maxNeurons?: number }): { kappa: number; pairs: number } {
  checkOptions("coherence", options, ["bin", "from", "to", "maxNeurons"]);
  const { bin, from = spikes.start, to = spikes.stop, maxNeurons = 200 } = options;
  if (!(bin > 0 && Number.isFinite(bin))) throw new RangeError(`invalid coherence.bin: ${bin} ms (expected > 0 ms)`);
  const nb = Math.floor((to - from) / bin);
  if (!(nb >= 1)) throw new RangeError(`invalid coherence window: [${from}, ${to}) ms holds no bin of ${bin} ms`);
  const n = Math.min(spikes.n, maxNeurons);
  const X = Array.from({ length: n }, () => new Uint8Array(nb));
  for (let k = 0; k < spikes.i.length; k++) {
    const i = spikes.i[k];
    if (i >= n) continue;
    const b = Math.floor((spikes.t[k] - from) / bin);
    if (b >= 0 && b < nb) X[i][b] = 1;
  }
  const counts = X.map((x) => { let c = 0; for (let b = 0; b < nb; b++) c += x[b]; return c; });
  let sum = 0, pairs = 0;
  for (let i = 0; i < n; i++) {
    if (counts[i] === 0) continue;
    const xi = X[i];
    for (let j = i + 1; j < n; j++) {
      if (counts[j] === 0) continue;
      const xj = X[j];
      let c = 0;
      for (let b = 0; b < nb; b++) c += xi[b] & xj[b];
      sum += c / Math.sqrt(counts[i] * counts[j]);
      pairs++;
    }
  }
  return { kappa: pairs ? sum / pairs : NaN, pairs };
}
