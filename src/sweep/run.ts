/**
 * Parameter sweeps on every core. Each point runs a self-contained function
 * `(params, tr, seed) => result` in a worker thread, where `tr` is the tightrope library and `seed`
 * is derived from the sweep seed and the point (see grid.ts): the same sweep gives the same results
 * whatever the worker count or shard. Completed points are cached on disk (one JSON file per point,
 * keyed by the function's source, the point and the seed), so an interrupted sweep resumes where it
 * stopped; a point that throws is reported with its parameters and does not lose the others.
 *
 * The function is sent to the workers as source text: it may use only its arguments (no variables
 * of the notebook around it). Results must be JSON-serialisable objects of numbers and strings.
 */
import { Worker } from "node:worker_threads";
import { cpus } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { parseShard, pointKey, pointSeed, shardPoints, type Point, type Shard } from "./grid.js";
import { makeProgress } from "../network/progress.js";

/** The function run at each point. */
export type PointFunction = (params: Point, tr: any, seed: number) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Options of {@link runSweep}. */
export interface SweepOptions {
  /** Points to run (e.g. from grid()). */
  points: readonly Point[];
  /** The function of a point; sent to workers as source text. */
  fn: PointFunction | string;
  /** Sweep seed (default 1). */
  seed?: number;
  /** Worker threads (default: number of cores). */
  workers?: number;
  /** Folder of the on-disk cache (default none: nothing is cached). */
  cache?: string;
  /** Run only this shard, "i/n". */
  shard?: string | Shard;
  /**
   * Module the workers import as `tr` (default "tightrope/core": the core without Plot, arquero or
   * mathjs, which starts fast; it resolves inside this project and wherever tightrope is installed).
   */
  library?: string;
  /** Label of the progress bar. */
  label?: string;
}

/** One row per point: its index, parameters, seed, status, and the function's result fields. */
export interface SweepRow {
  index: number;
  seed: number;
  ok: boolean;
  error?: string;
  cached: boolean;
  seconds: number;
  params: Point;
  result: Record<string, unknown>;
}

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const fn = (0, eval)("(" + workerData.source + ")");
import(workerData.library).then((tr) => {
  parentPort.on("message", async ({ index, params, seed }) => {
    const t0 = Date.now();
    try {
      const result = await fn(params, tr, seed);
      parentPort.postMessage({ index, ok: true, result, seconds: (Date.now() - t0) / 1000 });
    } catch (e) {
      parentPort.postMessage({ index, ok: false, error: String(e && e.stack || e), seconds: (Date.now() - t0) / 1000 });
    }
  });
  parentPort.postMessage({ ready: true });
}, (e) => parentPort.postMessage({ fatal: "cannot import " + workerData.library + ": " + e.message + " (pass library: an absolute path to tightrope's dist/index.js)" }));
`;

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 20);
}

/** Runs a sweep across worker threads; resolves to one row per point of the (shard of the) sweep. */
export async function runSweep(options: SweepOptions): Promise<SweepRow[]> {
  const { points, fn, seed = 1, workers = cpus().length, cache, library = "tightrope/core", label = "sweep" } = options;
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const source = typeof fn === "function" ? fn.toString() : String(fn);
  if (!/=>|function/.test(source)) throw new TypeError(`invalid fn: expected a function (params, tr, seed) => result`);
  const nWorkers = Math.max(1, Math.floor(workers));
  const todo = shardPoints(points, shard);
  const rows: SweepRow[] = [];
  const fnHash = hash(source);
  if (cache) mkdirSync(cache, { recursive: true });
  const cacheFile = (point: Point, s: number) => join(cache!, `${hash(`${fnHash}|${pointKey(point)}|${s}`)}.json`);

  const queue: { index: number; point: Point; seed: number }[] = [];
  for (const { index, point } of todo) {
    const s = pointSeed(seed, point);
    if (cache && existsSync(cacheFile(point, s))) {
      const saved = JSON.parse(readFileSync(cacheFile(point, s), "utf8")) as SweepRow;
      rows.push({ ...saved, cached: true });
    } else {
      queue.push({ index, point, seed: s });
    }
  }
  const bar = queue.length ? makeProgress(todo.length, label, Date.now()) : null;
  let done = rows.length;
  bar?.update(done);

  await new Promise<void>((resolve, reject) => {
    if (queue.length === 0) { resolve(); return; }
    let next = 0;
    let active = 0;
    const pool: Worker[] = [];
    const finish = () => { for (const w of pool) void w.terminate(); resolve(); };
    const feed = (w: Worker) => {
      if (next >= queue.length) { if (active === 0) finish(); return; }
      const job = queue[next++];
      active++;
      w.postMessage({ index: job.index, params: job.point, seed: job.seed });
    };
    for (let k = 0; k < Math.min(nWorkers, queue.length); k++) {
      const w = new Worker(WORKER, { eval: true, workerData: { source, library } });
      pool.push(w);
      w.on("message", (m: { ready?: boolean; fatal?: string; index: number; ok: boolean; result?: Record<string, unknown>; error?: string; seconds: number }) => {
        if (m.fatal) { for (const x of pool) void x.terminate(); reject(new Error(m.fatal)); return; }
        if (m.ready) { feed(w); return; }
        active--;
        const job = queue.find((q) => q.index === m.index)!;
        const row: SweepRow = { index: m.index, seed: job.seed, ok: m.ok, error: m.error, cached: false, seconds: m.seconds, params: job.point, result: m.result ?? {} };
        rows.push(row);
        if (cache && m.ok) writeFileSync(cacheFile(job.point, job.seed), JSON.stringify(row));
        bar?.update(++done);
        feed(w);
      });
      w.on("error", (e) => { for (const x of pool) void x.terminate(); reject(e); });
    }
  });
  bar?.finish();
  return rows.sort((a, b) => a.index - b.index);
}

/** Flattens sweep rows into table rows: parameters, then result fields, then seed/ok/error. */
export function sweepRecords(rows: readonly SweepRow[]): Record<string, unknown>[] {
  return rows.map((r) => ({ ...r.params, ...r.result, seed: r.seed, ok: r.ok, error: r.error ?? "" }));
}

/** The failed points, formatted with their parameters and error message. */
export function sweepFailures(rows: readonly SweepRow[]): string[] {
  return rows.filter((r) => !r.ok).map((r) => `point ${r.index} ${JSON.stringify(r.params)} failed: ${(r.error ?? "").split("\n")[0]}`);
}

/**
 * Merges the rows of several shards (or runs) into one list ordered by point index, checking that
 * no point appears twice with different results.
 */
export function mergeSweeps(parts: readonly (readonly SweepRow[])[]): SweepRow[] {
  const byIndex = new Map<number, SweepRow>();
  for (const part of parts) {
    for (const row of part) {
      const prev = byIndex.get(row.index);
      if (prev && JSON.stringify(prev.result) !== JSON.stringify(row.result)) {
        throw new RangeError(`invalid merge: point ${row.index} ${JSON.stringify(row.params)} has two different results`);
      }
      byIndex.set(row.index, row);
    }
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}
