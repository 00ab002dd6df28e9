/**
 * Branching processes: the ground truth of criticality. In each time step every active unit
 * activates on average m others, plus external drive h:
 *   A_{t+1} ~ Poisson(m A_t + h)
 * (Harris 1963; Wilting & Priesemann 2018). m < 1 is sub-critical, m = 1 critical, m > 1
 * super-critical (activity is capped at N). Subsampling n of N units thins each step's activity:
 *   a_t ~ Binomial(A_t, n/N).
 */
import { Rng } from "../random/rng.js";
import { quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link branchingProcess}. */
export interface BranchingOptions {
  /** Number of units (activity is capped at N). */
  N: number;
  /** Branching ratio. */
  m: number;
  /** External drive: mean number of spontaneous activations per step (default 0). */
  h?: number;
  /** Number of steps. */
  steps: number;
  /** Initial activity (default h/(1 − m) for m < 1, else 1). */
  A0?: number;
  seed?: number;
}

const BRANCHING_OPTIONS = optionNames<BranchingOptions>({ N: true, m: true, h: true, steps: true, A0: true, seed: true });

/** Activity A_t of a branching process (units active per step). */
export function branchingProcess(options: BranchingOptions): Int32Array {
  checkOptions("branchingProcess", options, BRANCHING_OPTIONS);
  const { N, m, h = 0, steps, A0, seed = 1 } = options;
  const n = quantity("N", N, "", { min: 1, integer: true });
  const mm = quantity("m", m, "", { min: 0 });
  const hh = quantity("h", h, "", { min: 0 });
  const T = quantity("steps", steps, "", { min: 1, integer: true });
  const rng = Rng.stream(seed, "branching");
  const A = new Int32Array(T);
  let a = Math.min(n, Math.round(A0 ?? (mm < 1 && hh > 0 ? hh / (1 - mm) : 1)));
  for (let t = 0; t < T; t++) {
    A[t] = a;
    a = Math.min(n, rng.poisson(mm * a + hh));
  }
  return A;
}

/** Activity seen when only n of N units are observed: each active unit is seen with probability n/N. */
export function subsample(activity: ArrayLike<number>, N: number, n: number, seed = 1): Int32Array {
  const frac = quantity("n", n, "", { min: 0, max: N }) / N;
  const rng = Rng.stream(seed, "subsample", n);
  return Int32Array.from(activity, (a) => rng.binomial(a, frac));
}

/** Many avalanches of an undriven branching process, each started by one active unit (sizes and durations). */
export function branchingAvalanches(options: { m: number; count: number; maxSize?: number; seed?: number }): { sizes: Float64Array; durations: Float64Array } {
  checkOptions("branchingAvalanches", options, ["m", "count", "maxSize", "seed"]);
  const { m, count, maxSize = 1e6, seed = 1 } = options;
  const rng = Rng.stream(seed, "branching-avalanches");
  const sizes = new Float64Array(count), durations = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    let a = 1, s = 0, d = 0;
    while (a > 0 && s < maxSize) { s += a; d++; a = rng.poisson(m * a); }
    sizes[k] = s; durations[k] = d;
  }
  return { sizes, durations };
}
