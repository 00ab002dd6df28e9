#!/usr/bin/env node
// Speed-up of a parameter sweep on worker threads: the example Brunel sweep
// (examples/sweeps/brunel-rates.mjs, 12 points) with 1 worker and with one worker per core.
// Appends a section to bench/results/bench.md and writes bench/results/sweep.json.
import { appendFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const spec = await import(pathToFileURL(join(root, "examples", "sweeps", "brunel-rates.mjs")).href);
const points = tr.grid(spec.grid);
const library = join(root, "dist", "core.js");
const time = async (workers) => {
  const t0 = performance.now();
  const rows = await tr.runSweep({ points, fn: spec.point, seed: spec.seed, workers, library });
  return { seconds: (performance.now() - t0) / 1000, rows };
};
const cores = cpus().length;
const one = await time(1);
const all = await time(cores);
const same = JSON.stringify(one.rows.map((r) => r.result)) === JSON.stringify(all.rows.map((r) => r.result));
const speedup = one.seconds / all.seconds;
const md = `\n## Sweep on worker threads\n\n${points.length} points of examples/sweeps/brunel-rates.mjs: 1 worker ${one.seconds.toFixed(2)} s, ` +
  `${cores} workers ${all.seconds.toFixed(2)} s — speed-up **${speedup.toFixed(2)} ×** on ${cores} cores (target ≥ 1.9 ×); ` +
  `results identical: ${same ? "yes" : "NO"}.\n`;
writeFileSync(join(root, "bench", "results", "sweep.json"), JSON.stringify({ points: points.length, cores, one: one.seconds, all: all.seconds, speedup, identical: same }, null, 1) + "\n");
if (process.argv.includes("--append")) appendFileSync(join(root, "bench", "results", "bench.md"), md);
console.log(md);
