#!/usr/bin/env node
// `npm run bench`: tightrope (float64 and float32 kernels) against Brian2 2.5 C++ standalone (double precision,
// the reference for both) on COBA-4000, the kicked COBA-40k (in-degree 80), CUBA-4000 and Brunel-12.5k regime B:
// 1 s of biological time at dt = 0.1 ms, CPU time of the simulation loop on both sides (ours: process.cpuUsage
// around net.run, after construction and a global.gc(); Brian2: the binary's std::clock() loop time), wall time
// beside it. Repeats are interleaved (ours float64, ours float32, Brian2, then the reverse order, …), each run in a
// fresh process with its own seed; a run whose activity is not the benchmark's (bench/networks.mjs `check`) is not
// timed but flagged and replaced by the next seed. Then the scaling series (CUBA sizes, float64, one run per
// point). Writes bench/results/bench.json and bench/results/bench.md (bench/report.mjs).
//
//   node bench/run.mjs [--repeats 5] [--quick] [--no-brian] [--no-float32] [--no-scaling] [--cython] [--only NAME] [--out DIR]
// --quick: 1 repeat, no scaling (1 s of biological time as always), for testing the script.
// --cython: also one run per network of Brian2's Cython runtime (wall time, not interleaved; slow on Brunel).
// Brian2 comes from Debian's python3-brian under /usr/bin/python3 (TIGHTROPE_BRIAN_PYTHON to change).
import { spawnSync } from "node:child_process";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NETWORKS } from "./networks.mjs";
import { flags } from "./flags.mjs";
import { sustained } from "./activity.mjs";
import { buildStandalone, runStandalone } from "./brian/standalone.mjs";
import { report, sweepSectionOf } from "./report.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// Every timed process runs on one CPU (taskset -c 0; children inherit it), ours and Brian2's alike: unpinned, the
// scheduler moves a process between the cores, and on this 2-core VM one 1 s run then took 0.075 or 0.110 s of CPU
// by the luck of its placement (the same process, pinned, 0.066–0.077 s on either core). V8's background threads
// (compilation, GC) share that CPU, and their time is counted as before.
if (!process.env.TIGHTROPE_BENCH_PINNED) {
  const pin = spawnSync("taskset", ["-c", "0", process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: "inherit", env: { ...process.env, TIGHTROPE_BENCH_PINNED: "cpu 0 (taskset -c 0)" } });
  if (pin.error === undefined) process.exit(pin.status ?? 1);
  process.stderr.write(`bench: taskset is missing (${pin.error.message}); the runs are not pinned to one CPU\n`);
  process.env.TIGHTROPE_BENCH_PINNED = "no (taskset missing)";
}
const USAGE = "usage: node bench/run.mjs [--repeats 5] [--quick] [--no-brian] [--no-float32] [--no-scaling] [--cython] [--only NAME] [--out DIR]";
const F = flags({
  "--repeats": { type: "int", min: 1, default: 5 }, "--quick": { type: "bool" }, "--no-brian": { type: "bool" },
  "--no-float32": { type: "bool" }, "--no-scaling": { type: "bool" }, "--cython": { type: "bool" },
  "--only": { type: "choice", values: Object.keys(NETWORKS), default: null },
  "--out": { type: "path", default: join(root, "bench", "results") },
}, USAGE);
const QUICK = F["--quick"];
const R = QUICK ? 1 : F["--repeats"];
const T = 1000, WINDOW = 500, MAX_REPLACED = 10; // per arm and network
const PY = process.env.TIGHTROPE_BRIAN_PYTHON ?? "/usr/bin/python3";
const SCRIPT = join(root, "bench", "brian", "networks.py");
const brianVersion = F["--no-brian"] ? null : spawnSync(PY, ["-c", "import brian2; print(brian2.__version__)"], { encoding: "utf8" }).stdout?.trim() || null;
const precisions = F["--no-float32"] ? ["float64"] : ["float64", "float32"];
const log = (m) => process.stderr.write(`${m}\n`);
const load = () => loadavg().map((x) => +x.toFixed(2));

/** One run of ours in a fresh process; throws with the child's error message when it fails. */
function ours(name, seed, precision, extra = [], duration = T) {
  const r = spawnSync(process.execPath, ["--expose-gc", join(root, "bench", "one.mjs"), name, "--seed", String(seed), "--duration", String(duration),
    "--window", String(Math.min(WINDOW, duration)), "--precision", precision, ...extra], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    const msg = (r.stderr.split("\n").find((l) => /^\w*Error\b/.test(l)) ?? r.stderr.trim().split("\n").pop() ?? "").trim();
    throw new Error(msg || `bench/one.mjs ${name} exited with ${r.status}`);
  }
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Brian2 through networks.py directly (compile and run in one process): the scaling series and the Cython column. */
function brianDirect(args, device, seed, duration = T) {
  const r = spawnSync(PY, [SCRIPT, ...args, "--seed", String(seed), "--duration", String(duration), "--device", device, "--window", String(Math.min(WINDOW, duration))],
    { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) { log(`Brian2 ${device} ${args.join(" ")} failed: ${r.stderr.slice(-1500)}`); return null; }
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return { median: s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, n: s.length };
};

/** Median, min and max of the timed runs, with the rates and memory of the arm. */
function summarise(arm) {
  const runs = arm.runs, med = (f) => stats(runs.map(f)).median;
  const out = { seeds: runs.map((r) => r.seed), dead: arm.dead, error: arm.error, runs, cpu: stats(runs.map((r) => r.cpu)), wall: stats(runs.map((r) => r.wall)),
    ...(arm.sim === "tightrope" ? { cpuWarm: stats(runs.map((r) => r.warm.cpu)), wallWarm: stats(runs.map((r) => r.warm.wall)), lateWarmE: med((r) => r.warm.lateE) } : {}),
    rateE: med((r) => r.rates.E), rateI: med((r) => r.rates.I), lateE: med((r) => r.late.E), lateI: med((r) => r.late.I),
    synapses: runs[0]?.synapses ?? NaN, peakRssMb: stats(runs.map((r) => r.peakRssMb)).max };
  if (arm.sim === "tightrope") {
    Object.assign(out, { build: med((r) => r.build), baseRssMb: med((r) => r.baseRssMb), bytesPerSynapse: runs[0]?.bytesPerSynapse ?? NaN,
      neuronUpdatesPerS: med((r) => (r.neurons * r.steps) / r.cpu), eventsPerS: med((r) => r.events / r.cpu) });
  } else {
    out.compile = arm.compile;
  }
  return out;
}

const results = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.versions.node, brian2: brianVersion,
    date: new Date().toISOString(), loadBefore: load() },
  settings: { repeats: R, duration: T, window: WINDOW, dt: 0.1, precisions, quick: QUICK, interleaved: true, maxReplaced: MAX_REPLACED, pinned: process.env.TIGHTROPE_BENCH_PINNED },
  networks: {}, scaling: [],
};
for (const [name, spec] of Object.entries(NETWORKS)) {
  if (F["--only"] && name !== F["--only"]) continue;
  const loadStart = load();
  const arms = precisions.map((precision) => ({ sim: "tightrope", precision, key: precision, seed: 1, runs: [], dead: [], error: null }));
  let dir = null;
  if (brianVersion) {
    dir = join(tmpdir(), `tightrope-bench-${process.pid}-${name.replace(/[^A-Za-z0-9]+/g, "-")}`);
    log(`${name}: compiling Brian2 standalone…`);
    try {
      const manifest = buildStandalone(PY, SCRIPT, [...spec.brian, "--duration", String(T)], dir);
      arms.push({ sim: "brian2", key: "cpp_standalone", manifest, compile: manifest.compile, seed: 1, runs: [], dead: [], error: null });
    } catch (e) { log(String(e.message)); }
  }
  for (let r = 0; r < R; r++) {
    for (const arm of r % 2 ? [...arms].reverse() : arms) {
      while (!arm.error && arm.dead.length <= MAX_REPLACED) {
        const seed = arm.seed++;
        let run;
        try {
          run = arm.sim === "tightrope" ? ours(name, seed, arm.precision) : runStandalone(arm.manifest, seed, WINDOW);
        } catch (e) {
          arm.error = String(e.message).split("\n")[0];
          log(`${name} ${arm.key}: ${arm.error}`);
          break;
        }
        if (sustained(spec.check, run.late)) {
          arm.runs.push(run);
          log(`${name} ${arm.key} seed ${seed}: CPU ${run.cpu.toFixed(3)} s, wall ${run.wall.toFixed(3)} s, E ${run.rates.E.toFixed(1)} Hz (last ${WINDOW} ms ${run.late.E.toFixed(1)})`);
          break;
        }
        arm.dead.push({ seed, lateE: run.late.E, rateE: run.rates.E });
        log(`⚠ ${name} ${arm.key} seed ${seed}: E rate ${run.late.E.toFixed(2)} Hz over the last ${WINDOW} ms fails the check ${JSON.stringify(spec.check)}: not timed, replaced by the next seed`);
      }
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  const entry = { check: spec.check, targets: spec.targets, loadStart, tightrope: {}, brian2: {} };
  for (const arm of arms) (arm.sim === "tightrope" ? entry.tightrope : entry.brian2)[arm.key] = summarise(arm);
  if (F["--cython"] && brianVersion) {
    log(`${name}: Brian2 Cython runtime…`);
    const x = brianDirect(spec.brian, "runtime", 1);
    if (x) entry.brian2.runtime = { wall: x.loops[0], rateE: x.rate_E, rateI: x.rate_I, lateE: x.rate_E_late, seed: 1 };
  }
  results.networks[name] = entry;
}

if (!QUICK && !F["--no-scaling"] && !F["--only"]) {
  const sizes = [1000, 3000, 10000, 30000, 100000];
  const degrees = [20, 40, 80, 160, 320];
  const points = [...sizes.map((n) => ({ n, k: 80, series: "size" })), ...degrees.map((k) => ({ n: 10000, k, series: "in-degree" }))];
  for (const pt of points) {
    const w = 80 / pt.k; // keep the mean input (k × w) fixed so the rate stays comparable
    log(`scaling n = ${pt.n}, k = ${pt.k}…`);
    const o = ours(`cuba-${pt.n}-${pt.k}`, 1, "float64", ["--n", String(pt.n), "--indegree", String(pt.k), "--cuba", "--wscale", String(w)], 500);
    const row = { ...pt, tightrope: o.wall, tightropeCpu: o.cpu, rateE: o.rates.E, synapses: o.synapses, brian2: null, brianRateE: null };
    if (brianVersion) {
      const x = brianDirect(["cuba", "--n", String(pt.n), "--indegree", String(pt.k), "--wscale", String(w)], "cpp_standalone", 1, 500);
      if (x) { row.brian2 = x.loops[0]; row.brianRateE = x.rate_E; }
    }
    results.scaling.push(row);
  }
}

results.machine.loadAfter = load();
const out = F["--out"];
mkdirSync(out, { recursive: true });
// the sweep section (bench/sweep-speedup.mjs --append, which `npm run bench` runs next) is kept until rewritten
const md = report(results, sweepSectionOf(join(out, "bench.md")));
writeFileSync(join(out, "bench.md"), md);
writeFileSync(join(out, "bench.json"), JSON.stringify(results, null, 1) + "\n");
console.log(md);
