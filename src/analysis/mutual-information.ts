/**
 * Mutual information between a stimulus and a response over trials, with a bias correction:
 *
 *   I(S; R) = Σ_{s,r} p(s, r) log₂ [ p(s, r) / (p(s) p(r)) ]       (bits)
 *
 * estimated by plugging in the trial frequencies (the "plug-in" or direct estimate). The plug-in
 * estimate is biased upwards with few trials per stimulus (Treves & Panzeri 1995, Neural Comput
 * 7:399; Panzeri et al. 2007, J Neurophysiol 98:1064); two corrections are offered:
 *   - "shuffle": subtract the mean plug-in information of the same data with the stimulus labels
 *     randomly permuted (which destroys the stimulus–response relation but keeps both marginals);
 *   - "panzeri-treves": subtract the first-order bias [Σ_s (R_s − 1) − (R − 1)] / (2 N ln 2), with
 *     R_s the number of response classes seen with stimulus s, R those seen at all, and N trials
 *     (Panzeri & Treves 1996, Network 7:87; the naive count of occupied classes, not their
 *     Bayesian estimate of relevant ones, so it under-corrects when classes are sparsely filled).
 * Neither correction is exact: they remove the bias to first order in 1/N. The shuffle estimates
 * the bias of independent data with the same marginals; when the information is large the real
 * bias is smaller (the joint distribution occupies fewer classes), so "shuffle" then over-corrects
 * slightly.
 *
 * Stimuli and responses are class labels (any numbers; equal numbers are one class). Continuous or
 * many-valued responses (spike counts) are first put into `bins` classes of about equal size by
 * rank ({@link quantileBins}). Units: bits. Deterministic for a given seed.
 */
import { Rng } from "../random/rng.js";
import { checkOptions } from "../params/options.js";
import { spread } from "../checks/spread.js";

/** Options of {@link mutualInformation}. */
export interface MutualInformationOptions {
  /** Put the responses into this many equal-population classes first (integer ≥ 2; default: use them as labels). */
  bins?: number;
  /** Bias correction: "shuffle" (default), "panzeri-treves" or "none". */
  correction?: "shuffle" | "panzeri-treves" | "none";
  /** Number of shuffles for the "shuffle" correction (default 100). */
  shuffles?: number;
  /** Seed of the shuffles (default 1). */
  seed?: number;
}

/** Result of {@link mutualInformation} (bits). */
export interface MutualInformation {
  /** Corrected estimate: plugin − bias. */
  bits: number;
  /** Plug-in (uncorrected) estimate. */
  plugin: number;
  /** The subtracted bias estimate (0 for correction "none"). */
  bias: number;
  /** Sample sd of the shuffled estimates (NaN unless correction "shuffle"). */
  shuffleSd: number;
  /** Number of stimulus classes, response classes and trials. */
  stimuli: number;
  responses: number;
  trials: number;
}

/** Dense class indices 0 … k−1 of the values of x (in order of first appearance of each sorted value). */
function classes(x: ArrayLike<number>): { index: Int32Array; k: number } {
  const values = Array.from(new Set(Array.from(x))).sort((a, b) => a - b);
  const map = new Map(values.map((v, i) => [v, i]));
  return { index: Int32Array.from(x, (v) => map.get(v)!), k: values.length };
}

/**
 * Equal-population binning: class floor(rank · n / N) of each value by its rank among the N values,
 * ties (equal values) all in the class of the first of them, so classes may be fewer than n.
 * @throws RangeError unless n is an integer ≥ 2 and x holds finite numbers.
 * @example quantileBins([5, 1, 3, 9], 2) // Int32Array [1, 0, 0, 1]
 */
export function quantileBins(x: ArrayLike<number>, n: number): Int32Array {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`invalid bins: ${n} (expected an integer ≥ 2)`);
  const N = x.length;
  for (let i = 0; i < N; i++) if (!Number.isFinite(x[i])) throw new RangeError(`invalid response at trial ${i}: ${x[i]} (expected a finite number)`);
  const order = Array.from({ length: N }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const out = new Int32Array(N);
  let cls = 0;
  for (let r = 0; r < N; r++) {
    const i = order[r];
    if (r === 0 || x[i] !== x[order[r - 1]]) cls = Math.floor((r * n) / N);
    out[i] = cls;
  }
  return out;
}

/** Plug-in information (bits) of the joint counts of class arrays s (k_s classes) and r (k_r classes). */
function plugin(s: ArrayLike<number>, r: Int32Array, ks: number, kr: number, joint: Float64Array): number {
  joint.fill(0);
  const N = r.length;
  for (let t = 0; t < N; t++) joint[s[t] * kr + r[t]]++;
  const ns = new Float64Array(ks), nr = new Float64Array(kr);
  for (let a = 0; a < ks; a++) for (let b = 0; b < kr; b++) { ns[a] += joint[a * kr + b]; nr[b] += joint[a * kr + b]; }
  let I = 0;
  for (let a = 0; a < ks; a++) for (let b = 0; b < kr; b++) {
    const n = joint[a * kr + b];
    if (n > 0) I += (n / N) * Math.log2((n * N) / (ns[a] * nr[b]));
  }
  return I;
}

/**
 * Mutual information (bits) between stimulus labels and responses over trials, bias-corrected
 * (see the module comment).
 * @throws RangeError for arrays of different lengths, fewer than 2 trials, non-finite values or bad options.
 * @example mutualInformation(stimulusOfTrial, spikeCountOfTrial, { bins: 6 }).bits
 */
export function mutualInformation(stimulus: ArrayLike<number>, response: ArrayLike<number>, options: MutualInformationOptions = {}): MutualInformation {
  checkOptions("mutualInformation", options, ["bins", "correction", "shuffles", "seed"]);
  const { bins, correction = "shuffle", shuffles = 100, seed = 1 } = options;
  const N = stimulus.length;
  if (response.length !== N) throw new RangeError(`invalid response: ${response.length} trials against ${N} stimuli (expected one response per trial)`);
  if (N < 2) throw new RangeError(`invalid stimulus: ${N} trials (expected at least 2)`);
  for (let i = 0; i < N; i++) {
    if (!Number.isFinite(stimulus[i])) throw new RangeError(`invalid stimulus at trial ${i}: ${stimulus[i]} (expected a finite class label)`);
    if (!Number.isFinite(response[i])) throw new RangeError(`invalid response at trial ${i}: ${response[i]} (expected a finite number)`);
  }
  if (!["shuffle", "panzeri-treves", "none"].includes(correction)) throw new RangeError(`invalid correction: ${JSON.stringify(correction)} (expected "shuffle", "panzeri-treves" or "none")`);
  if (!Number.isInteger(shuffles) || shuffles < 2) throw new RangeError(`invalid shuffles: ${shuffles} (expected an integer ≥ 2)`);
  const S = classes(stimulus);
  const R = classes(bins === undefined ? response : quantileBins(response, bins));
  const joint = new Float64Array(S.k * R.k);
  const I = plugin(S.index, R.index, S.k, R.k, joint);
  let bias = 0, shuffleSd = NaN;
  if (correction === "panzeri-treves") {
    const seen = new Uint8Array(S.k * R.k), any = new Uint8Array(R.k);
    for (let t = 0; t < N; t++) { seen[S.index[t] * R.k + R.index[t]] = 1; any[R.index[t]] = 1; }
    let sumRs = 0;
    for (let a = 0; a < S.k; a++) { let c = 0; for (let b = 0; b < R.k; b++) c += seen[a * R.k + b]; sumRs += c - 1; }
    const Rall = any.reduce((x, y) => x + y, 0);
    bias = (sumRs - (Rall - 1)) / (2 * N * Math.LN2);
  } else if (correction === "shuffle") {
    const rng = new Rng(seed), perm = Int32Array.from(S.index), vals: number[] = [];
    for (let k = 0; k < shuffles; k++) {
      for (let i = N - 1; i > 0; i--) { const j = rng.integer(i + 1); const t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
      vals.push(plugin(perm, R.index, S.k, R.k, joint));
    }
    const s = spread(vals);
    bias = s.mean;
    shuffleSd = shuffles > 1 ? s.sd : NaN;
  }
  return { bits: I - bias, plugin: I, bias, shuffleSd, stimuli: S.k, responses: R.k, trials: N };
}

/**
 * A balanced, shuffled trial schedule: each of the stimuli 0 … k−1 exactly `repeats` times, in a
 * random order (Fisher–Yates with the seeded generator), so every stimulus is equiprobable.
 * @throws RangeError unless k ≥ 2 and repeats ≥ 1 are integers.
 * @example balancedTrials(6, 12, 1) // 72 stimulus indices
 */
export function balancedTrials(k: number, repeats: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`invalid k: ${k} (expected an integer number of stimuli ≥ 2)`);
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`invalid repeats: ${repeats} (expected an integer ≥ 1)`);
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed} (expected a finite number)`);
  const seq = Int32Array.from({ length: k * repeats }, (_, i) => i % k);
  const rng = new Rng(seed);
  for (let i = seq.length - 1; i > 0; i--) { const j = rng.integer(i + 1); const t = seq[i]; seq[i] = seq[j]; seq[j] = t; }
  return seq;
}
