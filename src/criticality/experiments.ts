/**
 * Bookkeeping for criticality experiments (notebook 07): fit an avalanche ensemble and test the fits,
 * say in words what the likelihood-ratio tests found, estimate m at several subsampling levels, and
 * shuffle an activity series in time (the surrogate that keeps the activity distribution and destroys
 * the temporal structure).
 */
import { Rng } from "../random/rng.js";
import { fmt } from "../checks/format.js";
import { fitPowerLaw, powerLawPValue } from "./powerlaw.js";
import type { PowerLawFit } from "./powerlaw.js";
import { comparePowerLaw } from "./compare.js";
import type { LikelihoodRatio } from "./compare.js";
import { subsample } from "./branching.js";
import { mrEstimate } from "./mr.js";
import type { MrFit } from "./mr.js";
import type { RunStatus } from "../checks/status.js";
import { checkOptions } from "../params/options.js";

/** A discrete power-law fit of one avalanche quantity, its bootstrap p (NaN if not computed) and LR tests. */
export interface AvalancheFit {
  quantity: "size" | "duration";
  fit: PowerLawFit;
  p: number;
  comparisons: LikelihoodRatio[];
}

/** Fits sizes and durations as discrete power laws (x_min by KS scan), with LR tests and, if `bootstraps` > 0, the bootstrap p. */
export function fitAvalanches(av: { sizes: ArrayLike<number>; durations: ArrayLike<number> }, options: { bootstraps?: number; seed?: number; compare?: boolean } = {}): AvalancheFit[] {
  checkOptions("fitAvalanches", options, ["bootstraps", "seed", "compare"]);
  const { bootstraps = 0, seed = 1, compare = true } = options;
  return (["size", "duration"] as const).map((quantity) => {
    const data = quantity === "size" ? av.sizes : av.durations;
    const fit = fitPowerLaw(data, { discrete: true });
    const p = bootstraps > 0 ? powerLawPValue(data, fit, { bootstraps, seed }) : NaN;
    return { quantity, fit, p, comparisons: compare ? comparePowerLaw(data, fit) : [] };
  });
}

/**
 * The model the LR tests prefer: the favoured alternative with the most negative R; else "power law"
 * if it beats every alternative, "power law (tied with the …)" if it beats some and ties with the
 * rest, and "undecided" if every test is inconclusive.
 */
export function preferredModel(comparisons: readonly LikelihoodRatio[]): string {
  let best: LikelihoodRatio | null = null;
  for (const c of comparisons) if (c.favours === c.alternative && (!best || c.R < best.R)) best = c;
  if (best) return best.alternative;
  const ties = comparisons.filter((c) => c.favours !== "power law").map((c) => c.alternative);
  if (ties.length === 0) return "power law";
  if (ties.length === comparisons.length) return "undecided";
  return `power law (tied with the ${ties.join(" and the ")})`;
}

const pText = (p: number) => (p < 1e-4 ? "p < 10⁻⁴" : `p = ${fmt(p, 2)}`);

/** One sentence on the LR tests, e.g. "the power law beats the exponential (R = 1.1e5, p < 10⁻⁴), cannot be told from the lognormal (R = 0.1, p = 0.5) and loses to the truncated power law (R = −3.8, p = 0.006)". */
export function describeComparisons(comparisons: readonly LikelihoodRatio[]): string {
  const parts = comparisons.map((c) => {
    const verb = c.favours === "power law" ? "beats" : c.favours === c.alternative ? "loses to" : "cannot be told from";
    return `${verb} the ${c.alternative} (R = ${fmt(c.R, 2)}, ${pText(c.p)})`;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts.join("");
  return `the power law ${list}`;
}

/** One MR fit per observed-unit count n (n = N: the full activity), each subsample drawn with its own stream of `seed`. */
export function mrSubsampling(activity: ArrayLike<number>, options: { N: number; levels: readonly number[]; seed?: number; kmax?: number }): (MrFit & { n: number })[] {
  checkOptions("mrSubsampling", options, ["N", "levels", "seed", "kmax"]);
  const { N, levels, seed = 1, kmax = 40 } = options;
  return levels.map((n) => ({ n, ...mrEstimate(n === N ? activity : subsample(activity, N, n, seed), { kmax }) }));
}

/**
 * The conventional estimator's expectation under binomial subsampling of n = αN units (Wilting &
 * Priesemann 2018, Nat Commun 9:2325: r₁ = m α² Var A / Var a, with Var a = α² Var A + α(1 − α)⟨A⟩),
 * for a Poisson branching process, whose stationary Var A/⟨A⟩ = 1/(1 − m²):
 *   r₁ = m / (1 + (1 − α)(1 − m²)/α).
 */
export function conventionalR1(m: number, alpha: number): number {
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`invalid alpha: ${alpha} (expected a sampled fraction in (0, 1])`);
  return m / (1 + ((1 - alpha) * (1 - m * m)) / alpha);
}

/** A copy of `counts` with its time steps shuffled (Fisher–Yates, seeded): same activity distribution, no temporal structure. */
export function shuffleSteps(counts: ArrayLike<number>, seed = 1): Int32Array {
  const rng = Rng.stream(seed, "shuffle-steps");
  const out = Int32Array.from(counts);
  for (let i = out.length - 1; i > 0; i--) { const j = rng.integer(i + 1); const t = out[i]; out[i] = out[j]; out[j] = t; }
  return out;
}

function status(label: string, kind: RunStatus["status"], message: string, to: number): RunStatus {
  return { ok: kind === "ok", status: kind, rate: NaN, population: label, from: 0, to, message };
}

/** Status of an E/I branching run: "runaway" if the event budget stopped it before `steps`, "died out" if no unit ever fired. */
export function eiRunStatus(activity: ArrayLike<number>, steps: number, label = "E/I network"): RunStatus {
  let events = 0;
  for (let t = 0; t < activity.length; t++) events += activity[t];
  if (activity.length < steps) return status(label, "runaway", `${label}: activity ran away — the event budget stopped the run after ${activity.length} of ${steps} steps`, activity.length);
  if (events === 0) return status(label, "died out", `${label}: no unit fired in ${steps} steps`, steps);
  return status(label, "ok", `${label}: ${events} events in ${steps} steps`, steps);
}

/**
 * Status of an avalanche ensemble with a size cap: "runaway" if more than `maxFraction` (default
 * 1 %) of the avalanches reached `maxSize` (a critical branching process reaches 10⁶ with probability
 * ≈ 0.08 %, a super-critical one with probability 1 − q, q the extinction probability).
 */
export function avalancheStatus(sizes: ArrayLike<number>, maxSize: number, label = "avalanches", maxFraction = 0.01): RunStatus & { capped: number } {
  let capped = 0;
  for (let k = 0; k < sizes.length; k++) if (sizes[k] >= maxSize) capped++;
  const frac = sizes.length ? capped / sizes.length : NaN;
  const text = `${capped} of ${sizes.length} avalanches (${fmt(100 * frac, 2)} %) reached the size cap ${fmt(maxSize)}`;
  if (sizes.length === 0) return { ...status(label, "died out", `${label}: no avalanches`, 0), capped };
  return { ...status(label, frac > maxFraction ? "runaway" : "ok", `${label}: ${text}`, sizes.length), capped };
}
