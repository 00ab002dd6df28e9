#!/usr/bin/env node
// Speed-up of a parameter sweep on worker threads: 36 points of the CUBA network (4000 neurons,
// 1 s each, excitatory and inhibitory weights scaled) with 1 worker and with one worker per core.
// Appends a section to bench/results/bench.md and writes bench/results/sweep.json.
// Run it as `node --single-threaded-gc …` (npm run bench does): V8's parallel garbage-collection
// threads otherwise compete with the workers for the cores (on 2 cores: 1.83 × instead of 2.3 ×).
import { appendFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const spec = {
  grid: { wE: [1.2, 1.3, 1.4, 1.5, 1.62, 1.8], wI: [-6, -7, -8, -9, -10, -11] },
  seed: 1,
  point: ({ wE, wI }, lib, seed) => {
    const net = lib.cuba({ wE, wI, seed });
    const m = net.monitorSpikes("E");
    net.run(1000);
    return { rate: lib.meanRate(m.spikes(net.dt)) };
  },
};
const points = tr.grid(spec.grid);
const library = join(root, "dist", "core.js");
const time = async (workers) => {
  const t0 = performance.now();
  const rows = await tr.runSweep({ points, fn: spec.point, seed: spec.seed, workers, library });
  return { seconds: (performance.now() - t0) / 1000, rows };
};
const cores = cpus().length;
// warm-up (page faults, lazy compilation of the library in this thread), then the two timed runs
await tr.runSweep({ points: points.slice(0, 2), fn: spec.point, seed: spec.seed, workers: cores, library });
const one = await time(1);
const all = await time(cores);
const same = JSON.stringify(one.rows.map((r) => r.result)) === JSON.stringify(all.rows.map((r) => r.result));
const speedup = one.seconds / all.seconds;
const gc = process.execArgv.includes("--single-threaded-gc") ? "single-threaded GC" : "V8's default parallel GC";
const md = `\n## Sweep on worker threads\n\n(${gc}) ${points.length} points (CUBA-4000, 1 s each, weights varied): 1 worker ${one.seconds.toFixed(2)} s, ` +
  `${cores} workers ${all.seconds.toFixed(2)} s — speed-up **${speedup.toFixed(2)} ×** on ${cores} cores (target ≥ 1.9 ×); ` +
  `results identical: ${same ? "yes" : "NO"}.\n`;
writeFileSync(join(root, "bench", "results", "sweep.json"), JSON.stringify({ points: points.length, cores, gc, one: one.seconds, all: all.seconds, speedup, identical: same }, null, 1) + "\n");
if (process.argv.includes("--append")) appendFileSync(join(root, "bench", "results", "bench.md"), md);
console.log(md);
