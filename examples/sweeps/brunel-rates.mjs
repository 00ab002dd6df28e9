// Example sweep: Brunel's network (N_E = 2000, ε = 0.1) over inhibition g and external drive η.
// Each point simulates 400 ms and reports the E rate, CV, synchrony and the Siegert mean-field rate.
//   node scripts/sweep.mjs run examples/sweeps/brunel-rates.mjs --shard 0/2 --out results/part-0.json
export const grid = { g: [4, 5, 6, 7], eta: [1, 2, 3] };
export const seed = 1;

export function point({ g, eta }, tr, seed) {
  const net = tr.brunel({ g, eta, nE: 2000, seed });
  const m = net.monitorSpikes("E");
  net.run(400);
  const reg = tr.classifyRegime(tr.timeWindow(m.spikes(net.dt), 100, 400));
  return { rate: reg.rate, cv: reg.cv, chi: reg.chi, state: reg.label, meanField: tr.brunelRate({ g, eta, C_E: 200 }).rate };
}
