#!/usr/bin/env node
// One timed run of one benchmark network in a fresh process (so its peak memory and V8's compiled code are its own):
//   node --expose-gc bench/one.mjs NAME --seed S [--duration MS] [--window MS] [--precision float64|float32]
//   node --expose-gc bench/one.mjs NAME --n N --indegree K [--cuba] [--wscale W] …   (the scaling series' ad-hoc sizes)
// Builds the network, collects the construction garbage (global.gc()), then times net.run: CPU time (user + system,
// process.cpuUsage) and wall time; then times a second run of the same length ("warm": compiled code ready). Prints one JSON line: build time, loop CPU and wall, rates (whole run, last
// `window` ms), events, synapses, bytes per synapse of the projections' arrays, peak RSS and the RSS before building.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NETWORKS } from "./networks.mjs";
import { flags } from "./flags.mjs";
import { activity } from "./activity.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: node --expose-gc bench/one.mjs NAME --seed S [--duration MS] [--window MS] [--precision float64|float32] [--n N --indegree K [--cuba] [--wscale W]]";
const name = process.argv[2];
if (!name || name.startsWith("--")) { console.error(USAGE); process.exit(2); }
const F = flags({
  "--seed": { type: "int", default: 1 }, "--duration": { type: "number", positive: true, default: 1000 },
  "--window": { type: "number", positive: true, default: 500 }, "--precision": { type: "choice", values: ["float64", "float32"], default: "float64" },
  "--n": { type: "int", min: 10, default: NaN }, "--indegree": { type: "int", min: 1, default: NaN }, "--cuba": { type: "bool" },
  "--wscale": { type: "number", positive: true, default: 1 },
}, USAGE, process.argv.slice(3));
if (typeof global.gc !== "function") { console.error("bench/one.mjs needs node --expose-gc (construction garbage is collected before timing)"); process.exit(2); }
// the core (no Plot, arquero, mathjs: about 100 MB less resident memory than dist/index.js)
const tr = await import(join(root, "dist", "core.js"));
const baseRssMb = process.memoryUsage().rss / 2 ** 20;
const n = F["--n"], k = F["--indegree"], w = F["--wscale"], precision = F["--precision"];
const pOpt = precision === "float64" ? {} : { precision };
// ad-hoc sizes for the scaling series: CUBA (or COBA) with n neurons and a fixed in-degree, weights × wscale
const custom = F["--cuba"]
  ? (t, seed) => t.cuba({ seed, n, indegree: k, wE: 1.62 * w, wI: -9 * w, ...pOpt })
  : (t, seed) => t.coba({ seed, n, indegree: k, wE: 6 * w, wI: 67 * w, ...pOpt });
const build = NETWORKS[name]?.build ?? (Number.isFinite(n) && Number.isFinite(k) ? custom : null);
if (!build) { console.error(`unknown network ${name}; have ${Object.keys(NETWORKS).join(", ")} (or give --n and --indegree)\n${USAGE}`); process.exit(2); }

const T = F["--duration"], seed = F["--seed"];
const t0 = performance.now();
const net = build(tr, seed, precision);
const monitors = { E: net.monitorRate("E"), I: net.monitorRate("I") };
const buildS = (performance.now() - t0) / 1000;
global.gc();
const c0 = process.cpuUsage(), w0 = performance.now();
const st = net.run(T);
const wall = (performance.now() - w0) / 1000, used = process.cpuUsage(c0);
const act = activity(monitors, net.dt, T, Math.min(F["--window"], T));
// a second, warm run of the same length: V8's and WebAssembly's compiled code is ready (Brian2 standalone's loop time
// likewise excludes its code generation and C++ compilation); its rate is that of the second run as a whole
global.gc();
const c1 = process.cpuUsage(), w1 = performance.now();
net.run(T);
const warmWall = (performance.now() - w1) / 1000, warmUsed = process.cpuUsage(c1);
const warm = { cpu: (warmUsed.user + warmUsed.system) / 1e6, wall: warmWall, lateE: activity(monitors, net.dt, 2 * T, T).late.E };
const synapses = net.projections.reduce((a, p) => a + p.size, 0);
const bytes = net.projections.reduce((a, p) => a + p.rowPtr.byteLength + p.col.byteLength +
  (typeof p.weight === "number" ? 0 : p.weight.byteLength) + (typeof p.delaySteps === "number" ? 0 : p.delaySteps.byteLength), 0);
const neurons = net.get("E").n + net.get("I").n;
console.log(JSON.stringify({
  simulator: "tightrope", name, seed, precision, duration: T, build: buildS, cpu: (used.user + used.system) / 1e6, wall, warm,
  runWall: st.wall, rates: act.rates, late: act.late, events: st.events, spikes: st.spikes, steps: st.steps, neurons, synapses,
  bytesPerSynapse: bytes / synapses, peakRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb,
}));
