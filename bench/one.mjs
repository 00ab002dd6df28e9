#!/usr/bin/env node
// One benchmark network in a fresh process (so peak memory is its own):
//   node bench/one.mjs NAME [--repeats R] [--duration MS] [--n N --indegree K]
// Prints JSON: build and loop wall times and the loop's CPU time (user + system) per repeat, rates, events, synapses, bytes per synapse, peak RSS.
// COBA runs whose activity dies out after the initial transient are skipped (next seed), so every
// repeat does the sustained-activity work of the benchmark.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NETWORKS } from "./networks.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const name = process.argv[2];
const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? Number(process.argv[i + 1]) : d; };
const repeats = arg("--repeats", 3);
const duration = arg("--duration", 1000);
const n = arg("--n", NaN), indegree = arg("--indegree", NaN), wscale = arg("--wscale", 1);
// ad-hoc sizes for the scaling series: CUBA (or COBA) with n neurons and a fixed in-degree, weights × wscale
const custom = process.argv.includes("--cuba")
  ? { build: (t, seed) => t.cuba({ seed, n, indegree, wE: 1.62 * wscale, wI: -9 * wscale }), sustained: false }
  : { build: (t, seed) => t.coba({ seed, n, indegree, wE: 6 * wscale, wI: 67 * wscale }), sustained: true };
const spec = NETWORKS[name] ?? (Number.isFinite(n) ? custom : null);
if (!spec) { console.error(`unknown network ${name}; have ${Object.keys(NETWORKS).join(", ")}`); process.exit(2); }

const runs = [];
let seed = 1, skipped = 0;
while (runs.length < repeats && seed < 13) {
  const t0 = performance.now();
  const net = spec.build(tr, seed);
  const build = (performance.now() - t0) / 1000;
  const monitors = ["E", "I"].map((p) => net.monitorRate(p));
  const c0 = process.cpuUsage();
  const st = net.run(duration);
  const used = process.cpuUsage(c0);
  const rates = monitors.map((m) => { const r = m.result(net.dt); return r.counts.reduce((a, b) => a + b, 0) / r.n / (duration / 1000); });
  if (spec.sustained && rates[0] < 2) { skipped++; seed++; continue; }
  const synapses = net.projections.reduce((a, p) => a + p.size, 0);
  const bytes = net.projections.reduce((a, p) => a + p.rowPtr.byteLength + p.col.byteLength +
    (typeof p.weight === "number" ? 0 : p.weight.byteLength) + (typeof p.delaySteps === "number" ? 0 : p.delaySteps.byteLength), 0);
  const neurons = ["E", "I"].reduce((a, p) => a + net.get(p).n, 0);
  runs.push({ seed, build, loop: st.wall, cpu: (used.user + used.system) / 1e6, rateE: rates[0], rateI: rates[1], events: st.events, spikes: st.spikes, synapses, bytesPerSynapse: bytes / synapses, neurons, steps: st.steps });
  seed++;
}
console.log(JSON.stringify({ simulator: "tightrope", name, duration, skipped, runs, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
