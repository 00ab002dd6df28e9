/**
 * A probabilistic E/I network whose branching ratio is set by the ratio of inhibitory to excitatory
 * weights. N_E excitatory binary units each project to K random excitatory units; a target hit by
 * n_E active excitatory inputs fires in the next step with probability 1 − (1 − w_E)^{n_E}, times
 * the shunting factor (1 − w_I)^{n_I} of the n_I inhibitory inputs it receives in that step.
 * The inhibitory population (N_I units, each projecting to K excitatory units) fires tonically with
 * probability q per unit and step, independently of the excitatory activity, so each excitatory unit
 * receives n_I ~ Poisson(λ_I), λ_I = N_I q K / N_E inhibitory inputs per step (drawn directly rather
 * than by simulating the interneurons — the same distribution). External drive starts avalanches:
 * Poisson(h) spontaneous activations per step. In the linear regime
 *
 *   m = K w_E · E[(1 − w_I)^{n_I}] = K w_E · e^{−λ_I w_I},
 *
 * so increasing w_I/w_E moves the network from super-critical through critical (m = 1) to
 * sub-critical. Modelling choice (stated): inhibition acts multiplicatively (shunting) and tonically,
 * which is what lets it act on sparse activity; a subtractive, clipped inhibition would have no
 * effect on a target that receives no simultaneous excitation.
 */
import { Rng } from "../random/rng.js";
import { connect } from "../network/connect.js";
import { quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link eiBranchingNetwork}. */
export interface EiBranchingOptions {
  nE?: number; nI?: number;
  /** Outgoing connections per unit (onto excitatory units). */
  K?: number;
  /** Transmission probability of one excitatory input, and shunting of one inhibitory input. */
  wE: number; wI: number;
  /** Firing probability of an inhibitory unit per step. */
  q?: number;
  /** Spontaneous activations per step (network-wide). */
  h?: number;
  steps: number;
  /** Stop early once this many events have occurred (super-critical runs saturate; default 1e7). */
  maxEvents?: number;
  seed?: number;
}

const EI_BRANCHING_OPTIONS = optionNames<EiBranchingOptions>({
  nE: true, nI: true, K: true, wE: true, wI: true, q: true, h: true, steps: true, maxEvents: true, seed: true,
});

/**
 * The branching ratio of the linear theory, m = K w_E e^{−λ_I w_I}. Takes the options of
 * {@link eiBranchingNetwork} (steps, h, maxEvents and seed do not change m).
 */
export function eiBranchingRatio(options: Omit<EiBranchingOptions, "steps" | "h" | "seed"> & Partial<Pick<EiBranchingOptions, "steps" | "h" | "seed">>): number {
  checkOptions("eiBranchingRatio", options, EI_BRANCHING_OPTIONS);
  const { nE = 8000, nI = 2000, K = 10, wE, wI, q = 0.2 } = options;
  const lambdaI = (nI * q * K) / nE;
  return K * wE * Math.exp(-lambdaI * wI);
}

/** Excitatory activity per step (shorter than `steps` when the event budget ran out), and m of the linear theory. */
export function eiBranchingNetwork(options: EiBranchingOptions): { activity: Int32Array; m: number } {
  checkOptions("eiBranchingNetwork", options, EI_BRANCHING_OPTIONS);
  const { nE = 8000, nI = 2000, K = 10, wE, wI, q = 0.2, h = 0.01, steps, maxEvents = 1e7, seed = 1 } = options;
  const n = quantity("nE", nE, "", { min: 2, integer: true });
  quantity("wE", wE, "", { min: 0, max: 1 });
  quantity("wI", wI, "", { min: 0, max: 1, exclusiveMax: true });
  const lambdaI = (quantity("nI", nI, "", { min: 0, integer: true }) * quantity("q", q, "", { min: 0, max: 1 }) * K) / n;
  const csr = connect({ rule: "outdegree", k: quantity("K", K, "", { min: 1, integer: true }) }, n, n, Rng.stream(seed, "ei-graph"), { self: true, autapses: false });
  const rng = Rng.stream(seed, "ei-branching");
  const hits = new Int32Array(n);
  const touched = new Int32Array(n);
  const fired = new Uint8Array(n);
  let active = new Int32Array(n), nActive = 0;
  let next = new Int32Array(n);
  const activity = new Int32Array(steps);
  let events = 0, t = 0;
  const logNotE = Math.log1p(-wE), logNotI = Math.log1p(-wI);
  for (; t < steps && events < maxEvents; t++) {
    let nTouched = 0;
    for (let a = 0; a < nActive; a++) {
      const i = active[a];
      for (let k = csr.rowPtr[i]; k < csr.rowPtr[i + 1]; k++) {
        const j = csr.col[k];
        if (hits[j]++ === 0) touched[nTouched++] = j;
      }
    }
    let nNext = 0;
    for (let s = 0; s < nTouched; s++) {
      const j = touched[s];
      const nI_ = rng.poisson(lambdaI);
      const p = (1 - Math.exp(hits[j] * logNotE)) * Math.exp(nI_ * logNotI);
      hits[j] = 0;
      if (rng.uniform() < p) { next[nNext++] = j; fired[j] = 1; }
    }
    const spont = rng.poisson(h);
    for (let s = 0; s < spont; s++) {
      const j = rng.integer(n);
      if (!fired[j]) { next[nNext++] = j; fired[j] = 1; }
    }
    for (let s = 0; s < nNext; s++) fired[next[s]] = 0;
    activity[t] = nNext;
    events += nNext;
    const tmp = active; active = next; next = tmp; nActive = nNext;
  }
  return { activity: activity.slice(0, t), m: eiBranchingRatio({ nE, nI, K, wE, wI, q }) };
}

/**
 * First-order correction of the linear theory for collisions: A active units hit a given target
 * ~Binomial(A K, 1/N_E) times, so E[A_{t+1} | A_t = A] = N_E s [1 − (1 − w_E K/N_E)^A] ≈ m A − m (w_E K/2N_E) A(A − 1)
 * (s = e^{−λ_I w_I}, m = K w_E s). Regressing A_{t+1} on A_t then gives a slope lower by
 *   δ = m · (w_E K / 2N_E) · Cov(A, A(A − 1)) / Var(A),
 * evaluated on the run's activity. Negligible for sparse activity, ~0.01 near m = 1 where avalanches
 * are large. Returns δ (the expected m̂ is m − δ); NaN when the activity has no variance.
 */
export function eiCollisionCorrection(activity: ArrayLike<number>, options: { nE?: number; K?: number; wE: number; m: number }): number {
  checkOptions("eiCollisionCorrection", options, ["nE", "K", "wE", "m"]);
  const { nE = 8000, K = 10, wE, m } = options;
  const n = activity.length;
  let ma = 0, mq = 0;
  for (let t = 0; t < n; t++) { const a = activity[t]; ma += a; mq += a * (a - 1); }
  ma /= n; mq /= n;
  let cov = 0, va = 0;
  for (let t = 0; t < n; t++) { const a = activity[t]; cov += (a - ma) * (a * (a - 1) - mq); va += (a - ma) ** 2; }
  return va > 0 ? (m * (wE * K) / (2 * nE)) * (cov / va) : NaN;
}
