/**
 * The speed-up of a parameter sweep on worker threads, measured honestly: both arms (1 worker and
 * N workers) in the same process with the same V8 flags, alternated (1, N), (N, 1), (1, N), …, the
 * medians of the repeats compared, and CPU time recorded beside wall time.
 *
 * speed-up S = T₁/T_N (wall medians), efficiency E = S/N. E cannot exceed 1 if both arms do the same
 * work with a core each; it factorises as E = (U_N/U₁)/(C_N/C₁), with C the CPU seconds of an arm and
 * U = C/(k·T) the fraction of its k cores it kept busy. So E > 1 means either the serial arm waited
 * for its core (U₁ < U_N: the machine was busy while it ran) or the parallel arm did less CPU work
 * (C_N < C₁) — the cause is in the numbers this returns.
 */
import { cpus } from "node:os";
import { runSweep, SWEEP_OPTIONS, type SweepOptions, type SweepRow } from "../sweep/run.js";
import { checkOptions } from "../params/options.js";
import { median } from "./stats.js";
import { timedAsync, type Timing } from "./timing.js";

/** Medians of the two arms and what follows from them. */
export interface SpeedupSummary {
  /** Workers of the parallel arm (N). */
  workers: number;
  /** Repeats of each arm. */
  repeats: number;
  /** Median wall and CPU seconds with 1 worker. */
  serial: Timing;
  /** Median wall and CPU seconds with N workers. */
  parallel: Timing;
  /** T₁ / T_N (wall medians). */
  speedup: number;
  /**
   * The same ratio from the means of the repeats. Where run times are bimodal (V8 may compile a
   * worker's loop into faster or slower code), the median jumps between the modes and the mean is
   * steadier; where one run was disturbed by other processes, the median is.
   */
  meanSpeedup: number;
  /** speed-up / N; ≤ 1 when both arms do the same work on N free cores. */
  efficiency: number;
  /** C_N / C₁: CPU work of the parallel arm relative to the serial one (1 = no parallel overhead). */
  cpuRatio: number;
  /** C₁ / T₁: fraction of one core the serial arm kept busy. */
  serialUtilisation: number;
  /** C_N / (N·T_N): fraction of N cores the parallel arm kept busy. */
  parallelUtilisation: number;
  /** Largest relative spread max/min − 1 of either arm's wall times over the repeats. */
  wallSpread: number;
}

/** Summarises timed repeats of a serial arm (1 worker) and a parallel arm (`workers` workers). */
export function speedupSummary(serial: readonly Timing[], parallel: readonly Timing[], workers: number): SpeedupSummary {
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`invalid workers: ${workers} (expected an integer ≥ 1)`);
  if (serial.length === 0 || parallel.length === 0) throw new RangeError(`invalid repeats: ${serial.length} serial and ${parallel.length} parallel (expected at least one of each)`);
  const med = (arm: readonly Timing[]): Timing => ({ wall: median(arm.map((t) => t.wall)), cpu: median(arm.map((t) => t.cpu)) });
  const s = med(serial), p = med(parallel);
  const spreadOf = (arm: readonly Timing[]) => Math.max(...arm.map((t) => t.wall)) / Math.min(...arm.map((t) => t.wall)) - 1;
  const speedup = s.wall / p.wall;
  const mean = (arm: readonly Timing[]) => arm.reduce((a, t) => a + t.wall, 0) / arm.length;
  return {
    workers, repeats: Math.min(serial.length, parallel.length), serial: s, parallel: p, speedup, meanSpeedup: mean(serial) / mean(parallel),
    efficiency: speedup / workers,
    cpuRatio: p.cpu / s.cpu, serialUtilisation: s.cpu / s.wall, parallelUtilisation: p.cpu / (workers * p.wall),
    wallSpread: Math.max(spreadOf(serial), spreadOf(parallel)),
  };
}

/** Options of {@link measureSweepSpeedup}: a sweep (without a cache) and how often to time each arm. */
export interface SpeedupOptions extends Omit<SweepOptions, "cache" | "shard"> {
  /** Timed runs of each arm (default 3), alternating which arm goes first. */
  repeats?: number;
  /** First run one point per worker, untimed (default true): loads the library from disk. */
  warmup?: boolean;
}

/** One timed run of an arm. */
export interface SpeedupRun extends Timing {
  repeat: number;
  arm: "serial" | "parallel";
  workers: number;
}

/**
 * Runs the sweep with 1 worker and with `workers` (default: one per core), `repeats` times each in
 * the order (1, N), (N, 1), (1, N), …, and returns every timed run, the summary, the rows of the
 * last run and whether every run gave identical results.
 */
export async function measureSweepSpeedup(options: SpeedupOptions): Promise<{ runs: SpeedupRun[]; summary: SpeedupSummary; identical: boolean; rows: SweepRow[] }> {
  const { repeats = 3, warmup = true, workers = cpus().length, ...sweep } = options;
  if ("cache" in options && (options as SweepOptions).cache !== undefined) {
    throw new TypeError(`invalid cache: ${(options as SweepOptions).cache} (a speed-up is measured without a cache: cached points would not be run)`);
  }
  checkOptions("measureSweepSpeedup", options, [...SWEEP_OPTIONS.filter((k) => k !== "cache" && k !== "shard"), "repeats", "warmup"]);
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`invalid repeats: ${repeats} (expected an integer ≥ 1)`);
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`invalid workers: ${workers} (expected an integer ≥ 1)`);
  if (warmup) await runSweep({ ...sweep, points: sweep.points.slice(0, workers), workers, label: `${sweep.label ?? "sweep"} (warm-up)` });
  const runs: SpeedupRun[] = [];
  let first: string | null = null;
  let identical = true;
  let rows: SweepRow[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const arms = ["serial", "parallel"] as const;
    for (const arm of repeat % 2 === 0 ? arms : [...arms].reverse()) {
      const k = arm === "serial" ? 1 : workers;
      const t = await timedAsync(() => runSweep({ ...sweep, workers: k, label: `${sweep.label ?? "sweep"}: ${k} worker${k > 1 ? "s" : ""}` }));
      runs.push({ repeat, arm, workers: k, wall: t.wall, cpu: t.cpu });
      const key = JSON.stringify(t.value.map((r) => [r.ok, r.result]));
      if (first === null) first = key;
      else if (key !== first) identical = false;
      rows = t.value;
    }
  }
  const summary = speedupSummary(runs.filter((r) => r.arm === "serial"), runs.filter((r) => r.arm === "parallel"), workers);
  return { runs, summary, identical, rows };
}
