// Brian2 C++ standalone binaries for the benchmark, built once per network and run once per seed:
// `networks.py … --build-dir DIR` compiles a binary that reads its seed from TIGHTROPE_SEED and writes,
// beside Brian2's own loop time (std::clock(), i.e. CPU time: results/last_run_info.txt), the loop's wall
// time (results/tightrope_wall.txt). Spike monitors are read from the binary's raw result arrays
// (t: float64 seconds, i: int32 index within the population).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const TIME = "/usr/bin/time";

/** Compiles the standalone project of `args` (networks.py arguments) into `dir`; returns its manifest. */
export function buildStandalone(python, script, args, dir) {
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync(python, [script, ...args, "--device", "cpp_standalone", "--build-dir", dir], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`Brian2 build of ${args.join(" ")} failed:\n${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/**
 * Runs a built binary with `seed`; returns its loop CPU time (Brian2's std::clock), loop wall time, the
 * whole process's wall time and peak resident memory (NaN without /usr/bin/time), the synapse count, and the rates (Hz) of each monitored population over the
 * whole run, over its last `window` ms and in bins of `bin` ms.
 */
export function runStandalone(manifest, seed, window, bin = 100) {
  // GNU time, when present, reports the binary's peak resident memory
  const [cmd, args] = existsSync(TIME) ? [TIME, ["-f", "TIGHTROPE_MAXRSS_KB %M", "./main"]] : ["./main", []];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: manifest.dir, env: { ...process.env, TIGHTROPE_SEED: String(seed) }, encoding: "utf8", maxBuffer: 1 << 26 });
  const process_ = (performance.now() - t0) / 1000;
  const rss = /TIGHTROPE_MAXRSS_KB (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0) throw new Error(`Brian2 binary in ${manifest.dir} failed (seed ${seed}):\n${(r.stderr || r.stdout).slice(-2000)}`);
  const [cpu, completed] = readFileSync(join(manifest.dir, "results", "last_run_info.txt"), "utf8").trim().split(/\s+/).map(Number);
  if (completed !== 1) throw new Error(`Brian2 binary in ${manifest.dir} completed ${completed} of its run`);
  const wall = Number(readFileSync(join(manifest.dir, "results", "tightrope_wall.txt"), "utf8"));
  const T = manifest.duration, from = T - window;
  const rates = {}, late = {}, bins = {};
  for (const [pop, files] of Object.entries(manifest.monitors)) {
    const buf = readFileSync(files.t);
    const t = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
    let n = 0;
    const counts = new Array(Math.ceil(T / bin - 1e-9)).fill(0);
    for (let k = 0; k < t.length; k++) {
      const ms = t[k] * 1000;
      if (ms >= from - 1e-9) n++;
      counts[Math.min(counts.length - 1, Math.floor(ms / bin + 1e-9))]++;
    }
    bins[pop] = counts.map((c) => c / manifest.sizes[pop] / (bin / 1000));
    rates[pop] = t.length / manifest.sizes[pop] / (T / 1000);
    late[pop] = n / manifest.sizes[pop] / (window / 1000);
  }
  const synapses = manifest.synapses.reduce((a, f) => a + statSync(f).size / 4, 0);
  return { seed, cpu, wall, process: process_, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, synapses, rates, late, bins };
}
