/**
 * How run time grows with a size: time the same work at several sizes, repeated, with the order of
 * sizes reversed on every other repeat (so a drift of the machine's load or of the heap does not
 * tilt the slope), after an untimed warm-up pass, and report per-size medians of wall and CPU time. Only the work returned by
 * `prepare` is timed — building a network is left out, so the loop's cost is what is measured.
 */
import { median } from "./stats.js";
import { collectGarbage, timed, type Timing } from "./timing.js";
import { checkOptions, optionNames } from "../params/options.js";

/** One timed run at size x. */
export interface ScalingSample<T> extends Timing {
  x: number;
  repeat: number;
  /** What the timed work returned (e.g. a network's RunStats). */
  result: T;
}

/** Medians over the repeats at one size x. */
export interface ScalingMedian extends Timing {
  x: number;
  repeats: number;
}

/** Options of {@link measureScaling}. */
export interface ScalingOptions {
  /** Timed runs per size (default 3); the median is reported. */
  repeats?: number;
  /**
   * First run every size but the largest once, untimed, in ascending order (default true): V8 keeps
   * compiling and re-optimising the hot loop over the first few runs, which would otherwise land in
   * the first timed runs (a single size is warmed up by one run of itself).
   */
  warmup?: boolean;
  /**
   * Collect the garbage of `prepare` before timing its work (default true; see {@link collectGarbage}):
   * otherwise V8 collects it during the timed run, on background threads whose CPU time counts.
   */
  gc?: boolean;
}

const SCALING_OPTIONS = optionNames<ScalingOptions>({ repeats: true, warmup: true, gc: true });

/**
 * Times `prepare(x)()` at every size x, `repeats` times: ascending order on even repeats,
 * descending on odd ones. `prepare` does the untimed set-up (e.g. builds the network) and returns
 * the work to time (e.g. `() => net.run(200)`).
 */
export function measureScaling<T>(sizes: readonly number[], prepare: (x: number) => () => T,
  options: ScalingOptions = {}): { samples: ScalingSample<T>[]; medians: ScalingMedian[] } {
  checkOptions("measureScaling", options, SCALING_OPTIONS);
  const { repeats = 3, warmup = true, gc = true } = options;
  if (!Array.isArray(sizes) || sizes.length === 0 || !sizes.every((x) => typeof x === "number" && Number.isFinite(x))) {
    throw new TypeError(`invalid sizes: ${JSON.stringify(sizes)} (expected a non-empty array of finite numbers)`);
  }
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`invalid repeats: ${repeats} (expected an integer ≥ 1)`);
  if (typeof gc !== "boolean") throw new TypeError(`invalid gc: ${JSON.stringify(gc)} (expected true or false)`);
  const ascending = [...sizes].sort((a, b) => a - b);
  if (warmup) for (const x of ascending.length > 1 ? ascending.slice(0, -1) : ascending) prepare(x)();
  const samples: ScalingSample<T>[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const x of repeat % 2 === 0 ? ascending : [...ascending].reverse()) {
      const work = prepare(x);
      if (gc) collectGarbage(); // the construction garbage, before timing
      const t = timed(work);
      samples.push({ x, repeat, wall: t.wall, cpu: t.cpu, result: t.value });
    }
  }
  const medians = ascending.map((x) => {
    const at = samples.filter((s) => s.x === x);
    return { x, repeats: at.length, wall: median(at.map((s) => s.wall)), cpu: median(at.map((s) => s.cpu)) };
  });
  return { samples, medians };
}
