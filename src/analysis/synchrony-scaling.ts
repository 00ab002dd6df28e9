/**
 * Is a network's synchrony a property of the state or a finite-size effect? Brunel (2000) defines the
 * asynchronous (AI) state by a global activity that is stationary as N → ∞; in a network of N
 * neurons it still fluctuates, by O(1/√N) (finite-size fluctuations, Brunel & Hakim 1999), and near
 * an oscillatory instability those fluctuations are amplified at the frequency of the damped mode.
 * A single χ therefore cannot tell a finite-size-amplified AI state from a weak oscillation; how χ
 * scales with N at a fixed in-degree C (the mean field depends on C only) can:
 *
 *   χ(N) ∝ N^(−α),  α = 1/2 for an asynchronous state,  α = 0 for synchrony that survives N → ∞.
 *
 * α is the least-squares slope of −log χ against log N over runs of the same network at two or
 * more sizes (several seeds per size pool into one fit). The decision boundary is α = 1/4, the
 * midpoint (on the log scale) between the two predictions. With repeats (more runs than sizes) the
 * fit has a standard error SE from the scatter of log χ about the line, and the verdict is
 * "asynchronous" when α − 2 SE > 1/4, "synchronous" when α + 2 SE < 1/4, and "undecided" otherwise;
 * with one run per size there is no SE and the verdict is the point estimate's side of 1/4. Use at
 * least a factor 4 between the smallest and largest N so that the seed-to-seed scatter of χ (a few %)
 * moves α by much less than 1/4. The premise is that the smaller network is the same state: check
 * that its rate matches (in Brunel's low-rate regime D it does not at N_E = 2500, ε = 0.4).
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { synchrony } from "./regime.js";
import { checkOptions } from "../params/options.js";

/** χ at each size and the exponent of its decay. */
export interface SynchronyScaling {
  /** Population sizes (neurons recorded) and the synchrony index of each run. */
  n: number[];
  chi: number[];
  /** Exponent α of χ ∝ N^(−α). */
  alpha: number;
  /** Standard error of α from the scatter about the fit (NaN with one run per size). */
  alphaSE: number;
  /** "asynchronous" (α − 2 SE > threshold), "synchronous" (α + 2 SE < threshold) or "undecided". */
  verdict: "asynchronous" | "synchronous" | "undecided";
  /** verdict === "asynchronous": the synchrony vanishes like a finite-size effect. */
  asynchronous: boolean;
  /** The α threshold used. */
  threshold: number;
}

/**
 * Fits χ ∝ N^(−α) over runs of one network at different sizes (each `Spikes` from the whole
 * population, `n` neurons; χ in bins of `bin` ms, default 1) and classifies the state as
 * asynchronous when α > `threshold` (default 1/4; see the module doc).
 * @throws RangeError for fewer than two distinct sizes or a run with no spikes (χ = 0).
 */
export function synchronyScaling(runs: readonly Spikes[], options: { bin?: number; threshold?: number } = {}): SynchronyScaling {
  checkOptions("synchronyScaling", options, ["bin", "threshold"]);
  const { bin = 1, threshold = 0.25 } = options;
  if (!Array.isArray(runs) || runs.length < 2) throw new RangeError(`invalid runs: ${Array.isArray(runs) ? runs.length : String(runs)} (expected at least two runs at different sizes)`);
  if (!(threshold > 0 && threshold < 0.5)) throw new RangeError(`invalid threshold: ${threshold} (expected between 0 and 1/2)`);
  const n = runs.map((s) => s.n);
  if (new Set(n).size < 2) throw new RangeError(`invalid runs: all have ${n[0]} neurons (expected at least two different sizes)`);
  const chi = runs.map((s) => synchrony(s, { bin }));
  chi.forEach((c, k) => {
    if (!(c > 0)) throw new RangeError(`invalid runs[${k}]: χ = ${c} (no spikes in ${runs[k].population}?)`);
  });
  const x = n.map(Math.log), y = chi.map(Math.log);
  const mx = x.reduce((a, b) => a + b, 0) / x.length, my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0, sxx = 0;
  for (let k = 0; k < x.length; k++) { sxy += (x[k] - mx) * (y[k] - my); sxx += (x[k] - mx) ** 2; }
  const alpha = -sxy / sxx;
  const sizes = new Set(n).size;
  let ssr = 0;
  for (let k = 0; k < x.length; k++) ssr += (y[k] - my + alpha * (x[k] - mx)) ** 2;
  const alphaSE = x.length > sizes ? Math.sqrt(ssr / (x.length - 2) / sxx) : NaN;
  const verdict = !Number.isFinite(alphaSE) ? (alpha > threshold ? "asynchronous" : "synchronous")
    : alpha - 2 * alphaSE > threshold ? "asynchronous" : alpha + 2 * alphaSE < threshold ? "synchronous" : "undecided";
  return { n, chi, alpha, alphaSE, verdict, asynchronous: verdict === "asynchronous", threshold };
}
