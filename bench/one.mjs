#!/usr/bin/env node
// One timed run of one benchmark network in a fresh process (so its peak memory and V8's compiled code are its own):
//   node --expose-gc bench/one.mjs NAME --seed S [--duration MS] [--window MS] [--precision float64|float32] [--release-first]
//   node --expose-gc bench/one.mjs NAME --n N --indegree K [--cuba] [--wscale W] …   (the scaling series' ad-hoc sizes)
// Builds the network, collects the construction garbage (global.gc()), then times net.run: CPU time (user + system,
// process.cpuUsage) and wall time; then builds the same network (same seed) again and times its run ("warm": compiled code ready). Prints one JSON line: build time, loop CPU and wall, rates (whole run, last
// `window` ms), events, synapses, bytes per synapse of the projections' arrays, peak RSS and the RSS before building.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NETWORKS } from "./networks.mjs";
import { flags } from "./flags.mjs";
import { activity } from "./activity.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: node --expose-gc bench/one.mjs NAME --seed S [--duration MS] [--window MS] [--precision float64|float32] [--release-first] [--n N --indegree K [--cuba] [--wscale W]]";
const name = process.argv[2];
if (!name || name.startsWith("--")) { console.error(USAGE); process.exit(2); }
const F = flags({
  "--seed": { type: "int", default: 1 }, "--duration": { type: "number", positive: true, default: 1000 },
  "--window": { type: "number", positive: true, default: 500 }, "--precision": { type: "choice", values: ["float64", "float32"], default: "float64" },
  "--n": { type: "int", min: 10, default: NaN }, "--indegree": { type: "int", min: 1, default: NaN }, "--cuba": { type: "bool" },
  "--wscale": { type: "number", positive: true, default: 1 }, "--release-first": { type: "bool" },
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
let net = build(tr, seed, precision);
let monitors = { E: net.monitorRate("E"), I: net.monitorRate("I") };
const buildS = (performance.now() - t0) / 1000;
global.gc();
const c0 = process.cpuUsage(), w0 = performance.now();
const st = net.run(T);
const wall = (performance.now() - w0) / 1000, used = process.cpuUsage(c0);
const act = activity(monitors, net.dt, T, Math.min(F["--window"], T));
const peakRssMb = process.resourceUsage().maxRSS / 1024; // before the warm network below is built
const synapses = net.projections.reduce((a, p) => a + p.size, 0);
const bytes = net.projections.reduce((a, p) => a + p.rowPtr.byteLength + p.col.byteLength +
  (typeof p.weight === "number" ? 0 : p.weight.byteLength) + (typeof p.delaySteps === "number" ? 0 : p.delaySteps.byteLength), 0);
const neurons = net.get("E").n + net.get("I").n;
// "warm": the same network (same seed: same connections, initial state and input) built again in this process and
// run for as long, after the garbage is collected: V8's compiled code (the WebAssembly kernels optimised, the run
// loop's JavaScript) is ready, as Brian2 standalone's loop time excludes its code generation and C++ compilation, and
// the initial conditions are Brian2's run's, not the end of a first second. Deterministic: its spikes must equal the
// first run's, checked below. The first network stays alive meanwhile: when its objects die, V8 discards the optimised
// code that depends on them ("weak objects" in --trace-deopt; the run loop, delivery, monitors) and the warm run would
// compile it again. --release-first releases it before the warm run (the protocol before 2026-11-28).
const first = F["--release-first"] ? null : { net, monitors };
net = null; monitors = null;
global.gc();
const net2 = build(tr, seed, precision);
const monitors2 = { E: net2.monitorRate("E"), I: net2.monitorRate("I") };
global.gc();
const c1 = process.cpuUsage(), w1 = performance.now();
const st2 = net2.run(T);
const warmWall = (performance.now() - w1) / 1000, warmUsed = process.cpuUsage(c1);
const act2 = activity(monitors2, net2.dt, T, Math.min(F["--window"], T));
if (st2.spikes !== st.spikes) { console.error(`bench/one.mjs: the warm run of ${name} (seed ${seed}) fired ${st2.spikes} spikes, the first ${st.spikes}: not deterministic`); process.exit(1); }
const warm = { cpu: (warmUsed.user + warmUsed.system) / 1e6, wall: warmWall, lateE: act2.late.E, spikes: st2.spikes,
  firstKept: first !== null && first.net.step === st.steps }; // (also keeps the first network reachable until here)
console.log(JSON.stringify({
  simulator: "tightrope", name, seed, precision, duration: T, build: buildS, cpu: (used.user + used.system) / 1e6, wall, warm,
  runWall: st.wall, rates: act.rates, late: act.late, events: st.events, spikes: st.spikes, steps: st.steps, neurons, synapses,
  bytesPerSynapse: bytes / synapses, peakRssMb, baseRssMb,
}));
