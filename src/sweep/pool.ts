/**
 * The worker pool behind runSweep: each worker imports the library once and runs points one at a
 * time. A worker that dies — process.exit in the point function, an uncaught error, running out of
 * its heap limit, or being stopped at the per-point time limit — fails only the point it was running
 * (named in the error) and is replaced; the sweep goes on.
 */
import { Worker } from "node:worker_threads";
import type { Point } from "./grid.js";

/** One point to run. */
export interface Job {
  index: number;
  point: Point;
  seed: number;
}

/** What came back for a job. */
export interface Outcome {
  ok: boolean;
  result?: unknown;
  error?: string;
  seconds: number;
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

/** Options of {@link runPool}. */
export interface PoolOptions {
  source: string;
  library: string;
  workers: number;
  /** Per-point time limit (s), or undefined for none. */
  timeLimit?: number;
  /** Heap limit per worker (MB), or undefined for V8's default. */
  memoryLimit?: number;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  started: number;
  timer: ReturnType<typeof setTimeout> | null;
  done: boolean;
  ready: boolean;
}

/** Runs every job on a pool of workers, calling onOutcome as each finishes; rejects only if the library cannot be imported. */
export function runPool(jobs: readonly Job[], { source, library, workers, timeLimit, memoryLimit }: PoolOptions,
  onOutcome: (job: Job, outcome: Outcome) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (jobs.length === 0) { resolve(); return; }
    let next = 0;
    let finished = 0;
    let failed = false;
    const slots = new Set<Slot>();
    const stopAll = () => { for (const s of slots) { s.done = true; if (s.timer) clearTimeout(s.timer); void s.worker.terminate(); } };
    const complete = (slot: Slot, outcome: Outcome) => {
      const job = slot.job!;
      slot.job = null;
      if (slot.timer) { clearTimeout(slot.timer); slot.timer = null; }
      onOutcome(job, outcome);
      if (++finished === jobs.length) { stopAll(); resolve(); }
    };
    const feed = (slot: Slot) => {
      if (next >= jobs.length || failed) return;
      const job = jobs[next++];
      slot.job = job;
      slot.started = Date.now();
      if (timeLimit !== undefined) {
        slot.timer = setTimeout(() => {
          const s = (Date.now() - slot.started) / 1000;
          retire(slot);
          complete(slot, { ok: false, error: `timed out: the point ran longer than the time limit of ${timeLimit} s (stopped after ${s.toFixed(1)} s)`, seconds: s });
        }, timeLimit * 1000);
      }
      slot.worker.postMessage({ index: job.index, params: job.point, seed: job.seed });
    };
    // a worker that can no longer be used: stop it, and start a replacement if work remains
    const retire = (slot: Slot) => {
      if (slot.done) return;
      slot.done = true;
      slots.delete(slot);
      void slot.worker.terminate();
      if (next < jobs.length && !failed) spawn();
    };
    const spawn = () => {
      const worker = new Worker(WORKER, {
        eval: true, workerData: { source, library },
        resourceLimits: memoryLimit !== undefined ? { maxOldGenerationSizeMb: memoryLimit } : undefined,
      });
      const slot: Slot = { worker, job: null, started: 0, timer: null, done: false, ready: false };
      slots.add(slot);
      worker.on("message", (m: { ready?: boolean; fatal?: string; index: number } & Outcome) => {
        if (slot.done) return;
        if (m.fatal) { failed = true; stopAll(); reject(new Error(m.fatal)); return; }
        if (m.ready) { slot.ready = true; feed(slot); return; }
        complete(slot, { ok: m.ok, result: m.result, error: m.error, seconds: m.seconds });
        feed(slot);
      });
      const died = (why: string) => {
        if (slot.done) return;
        if (!slot.ready) { failed = true; stopAll(); reject(new Error(`a sweep worker failed before running any point (is fn self-contained and valid?): ${why}`)); return; }
        const job = slot.job;
        retire(slot);
        if (job) complete(slot, { ok: false, error: why, seconds: (Date.now() - slot.started) / 1000 });
      };
      worker.on("error", (e: Error & { code?: string }) => died(e.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? `ran out of memory (worker heap limit ${memoryLimit ?? "default"} MB): ${e.message}` : `the worker failed: ${e.stack ?? e.message}`));
      worker.on("exit", (code) => died(`the worker exited with code ${code} while running this point (process.exit in the point function?)`));
    };
    for (let k = 0; k < Math.min(workers, jobs.length); k++) spawn();
  });
}
