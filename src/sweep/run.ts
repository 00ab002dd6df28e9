/**
 * Parameter sweeps on every core. Each point runs a self-contained function
 * `(params, tr, seed) => result` in a worker thread, where `tr` is the tightrope library and `seed`
 * is derived from the sweep seed and the point (see grid.ts): the same sweep gives the same results
 * whatever the worker count or shard. Completed points are cached on disk (one JSON file per point,
 * keyed by the function's source, the point and the seed), so an interrupted sweep resumes where it
 * stopped; a point that throws is reported with its parameters and does not lose the others.
 *
 * The function is sent to the workers as source text: it may use only its arguments (no variables
 * of the notebook around it). Results must be plain records of numbers, strings, booleans or arrays
 * of them (NaN, ±Infinity and −0 survive the cache). See pool.ts for what happens when a worker dies.
 */
import { cpus } from "node:os";
import { pointKey, pointSeed, parseShard, shardPoints, type Point, type Shard } from "./grid.js";
import { makeProgress } from "../network/progress.js";
import { VERSION } from "../version.js";
import { SweepCache, hash } from "./cache.js";
import { checkResult, encodeJSON, type ResultValue } from "./codec.js";
import { runPool, type Job } from "./pool.js";
import { checkOptions, optionNames } from "../params/options.js";

/** The function run at each point. */
export type PointFunction = (params: any, tr: any, seed: number) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Options of {@link runSweep}. */
export interface SweepOptions {
  /** Points to run (e.g. from grid()). */
  points: readonly Point[];
  /** The function of a point; sent to workers as source text. */
  fn: PointFunction | string;
  /** Sweep seed (default 1). */
  seed?: number;
  /** Worker threads: a whole number ≥ 1 (default: number of cores). */
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
  /** Per-point time limit (s, default none): a point that runs longer fails and its worker is replaced. */
  timeLimit?: number;
  /** Heap limit of each worker (MB, default V8's): a point that runs out of memory fails; the others go on. */
  memoryLimit?: number;
}

/** The option names of {@link runSweep}. */
export const SWEEP_OPTIONS = optionNames<SweepOptions>({
  points: true, fn: true, seed: true, workers: true, cache: true, shard: true, library: true, label: true, timeLimit: true, memoryLimit: true,
});

/** One row per point: its index, parameters, seed, status, and the function's result fields. */
export interface SweepRow {
  index: number;
  seed: number;
  ok: boolean;
  error?: string;
  cached: boolean;
  seconds: number;
  params: Point;
  result: Record<string, ResultValue>;
}

/**
 * What makes two sweep runs the same sweep: the point function's source, the library version, the
 * sweep seed and the list of points. Stored with shard files, so `merge` can refuse parts of
 * different sweeps.
 */
export interface SweepIdentity {
  /** Hash of everything below. */
  id: string;
  version: string;
  seed: number;
  /** Hash of the point function's source. */
  fn: string;
  /** Hash of the points (in order). */
  points: string;
  total: number;
}

function sourceOf(fn: PointFunction | string): string {
  const source = typeof fn === "function" ? fn.toString() : String(fn);
  if (!/=>|function/.test(source)) throw new TypeError(`invalid fn: expected a function (params, tr, seed) => result`);
  return source;
}

/** The identity of a sweep (see {@link SweepIdentity}). */
export function sweepIdentity({ points, fn, seed = 1 }: Pick<SweepOptions, "points" | "fn" | "seed">): SweepIdentity {
  const fnHash = hash(sourceOf(fn));
  const pointsHash = hash(points.map(pointKey).join("\n"));
  return { id: hash(`${VERSION}|${seed}|${fnHash}|${pointsHash}`), version: VERSION, seed, fn: fnHash, points: pointsHash, total: points.length };
}

function checkCount(name: string, value: number | undefined, min: number, integer: boolean): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new RangeError(`invalid ${name}: ${String(value)} (expected ${integer ? "a whole number" : "a number"} ≥ ${min})`);
  }
}

/**
 * Runs a sweep across worker threads; resolves to one row per point of the (shard of the) sweep.
 * Cached points are read back (with their index in this sweep); every finished point is cached at
 * once, so a sweep killed at any moment resumes with what it had done.
 */
export async function runSweep(options: SweepOptions): Promise<SweepRow[]> {
  checkOptions("runSweep", options, SWEEP_OPTIONS);
  const { points, fn, seed = 1, workers = cpus().length, cache, library = "tightrope/core", label = "sweep", timeLimit, memoryLimit } = options;
  checkCount("workers", workers, 1, true);
  checkCount("timeLimit", timeLimit, Number.MIN_VALUE, false);
  checkCount("memoryLimit", memoryLimit, 16, true);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const source = sourceOf(fn);
  const todo = shardPoints(points, shard);
  const rows: SweepRow[] = [];
  const store = cache ? new SweepCache(cache, `${hash(source)}|${VERSION}`) : null;

  const queue: Job[] = [];
  for (const { index, point } of todo) {
    const s = pointSeed(seed, point);
    const key = pointKey(point);
    const saved = store?.read<SweepRow>(key, s);
    if (saved) rows.push({ ...saved, index, params: point, seed: s, cached: true });
    else queue.push({ index, point, seed: s });
  }
  const bar = queue.length ? makeProgress(todo.length, label, Date.now()) : null;
  let done = rows.length;
  bar?.update(done);
  await runPool(queue, { source, library, workers, timeLimit, memoryLimit }, (job, outcome) => {
    const where = `point ${job.index} ${JSON.stringify(job.point)}`;
    let result: Record<string, ResultValue> = {};
    let ok = outcome.ok;
    let error = outcome.error;
    if (ok) {
      try { result = checkResult(outcome.result, where); } catch (e) { ok = false; error = (e as Error).message; }
    }
    const row: SweepRow = { index: job.index, seed: job.seed, ok, error, cached: false, seconds: outcome.seconds, params: job.point, result };
    rows.push(row);
    if (store && ok) store.write(pointKey(job.point), job.seed, row);
    bar?.update(++done);
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
      if (prev && encodeJSON(prev.result) !== encodeJSON(row.result)) {
        throw new RangeError(`invalid merge: point ${row.index} ${JSON.stringify(row.params)} has two different results`);
      }
      byIndex.set(row.index, row);
    }
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}
