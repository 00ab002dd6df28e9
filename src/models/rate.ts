/**
 * Rate units (Wilson & Cowan 1972; the form of Neuromatch Academy, W2D4 "Dynamic Networks"):
 *
 *   τ dr/dt = −r + F(I),   I(t) = Σ_j w_ij r_j(t − d_ij) + I_bias + I_ext(t)
 *
 * with the transfer function F chosen by `transfer`:
 *   "sigmoid"           F(x) = 1/(1 + e^{−a(x−θ)}) − 1/(1 + e^{aθ})   (F(0) = 0, F < 1)
 *   "logistic"          F(x) = M/(1 + e^{−a(x−θ)})                    (0 < F < M, M = `max`; see {@link nevadoHolgado})
 *   "threshold-linear"  F(x) = a [x − θ]₊
 *   "linear"            F(x) = a (x − θ)
 * where a is `gain` and θ is `theta`. The sum runs over rate projections (models/rate-projection.ts;
 * `w_ij` is the weight onto unit i from unit j, post ← pre) with their delays d_ij.
 *
 * Units. Time is in ms like everywhere in the engine: τ and delays are stated in ms. Neuromatch
 * Academy states its time constants in ms too (τ_E = 1 ms, τ_I = 2 ms, dt = 0.1 ms), so its numbers
 * carry over unchanged. The rate r is dimensionless for the sigmoid (the fraction of active cells,
 * as in Wilson–Cowan: F < 1, and F < 0 only for negative input) and in Hz for the threshold-linear and linear transfers; the input
 * I and the threshold θ are in the unit of r (a drive stated as the rate it evokes at gain 1), so
 * weights are dimensionless and a is dimensionless. External currents (pop.Iext, from
 * net.current) are read in the unit of I, not in pA, and are taken as constant over each step.
 *
 * Dale's law: receptor "E" takes excitatory populations with w ≥ 0, receptor "I" inhibitory ones
 * with w ≤ 0 (sign "by-kind": the sign of a weight is the sign of its effect, as for current and
 * delta synapses). Neuromatch Academy's −w_EI r_I with w_EI = 4 is therefore weight −4 here.
 *
 * Integration: an exponential integrator with the input as a cubic over each step — fourth order
 * for delayed loops, constant inputs exact (models/rate-step.ts states the scheme and its error).
 *
 * State: r (rate), drdt and drdt0 (dr/dt at the end and at the start of the last step: the one-sided
 * slopes delayed projections read), and s0, ds0, s1, ds1: the recurrent input over the coming step
 * (value and slope at its start and end), which projections fill in their "deliver" phase and the
 * step consumes. Between steps, s0 is the recurrent input at the current time.
 *
 * Defaults: sigmoid, τ = 10 ms, a = 1, θ = 0, I_bias = 0, r(0) = 0.
 */
import { closest, readParams, type Params, type Quantity } from "../params/quantity.js";
import { fill, type Varying } from "../network/values.js";
import type { Kind, Model, PopulationState, Receptor, Variable } from "../engine/model.js";
import type { Rng } from "../random/rng.js";
import { registerModel } from "../engine/registry.js";
import { TRANSFERS, rateConstants, rateKernel, rateStep, transfer, transferOffset, type RateConstants, type Transfer } from "./rate-step.js";

/** Scalar parameters of rate units. */
export const RATE_SCHEMA = {
  tau: { unit: "ms", default: 10, min: 0, exclusiveMin: true, doc: "time constant τ" },
  gain: { unit: "", default: 1, min: 0, exclusiveMin: true, doc: "gain a of the transfer function (sigmoid slope parameter)" },
  max: { unit: "", default: 1, min: 0, exclusiveMin: true, doc: "maximum M of the logistic transfer (unit of r)" },
};

/** Options of {@link rateUnit}. */
export interface RateOptions {
  /** "sigmoid" (default), "logistic", "threshold-linear" or "linear". */
  transfer?: Transfer;
  /** Time constant (ms, default 10). */
  tau?: Quantity;
  /** Gain a (default 1). */
  gain?: Quantity;
  /** Maximum M of the logistic transfer, in the unit of r (default 1; logistic only). */
  max?: Quantity;
  /** Threshold θ per unit (unit of the rate; default 0). */
  theta?: Varying;
  /** Constant input per unit (unit of the rate; default 0). */
  I_bias?: Varying;
}

const OPTIONS = ["transfer", "tau", "gain", "max", "theta", "I_bias"];

/** A rate-unit model (see the file comment). */
export class RateModel implements Model<RateConstants> {
  readonly type = "rate";
  readonly output = "rate";
  readonly transfer: Transfer;
  /** Unit of r, I and θ: "" for the sigmoid, "Hz" otherwise. */
  readonly unit: string;
  readonly params: Params<typeof RATE_SCHEMA>;
  readonly values: Record<"theta" | "I_bias", Varying>;
  readonly varying: Record<"theta" | "I_bias", { unit: string; default: number; doc: string }>;
  readonly variables: Record<string, Variable>;
  readonly receptors: Record<string, Receptor>;
  readonly options: Readonly<Record<string, unknown>>;

  constructor(options: RateOptions = {}) {
    if (options === null || typeof options !== "object") throw new TypeError(`invalid rate options: ${String(options)} (expected an object)`);
    for (const key of Object.keys(options)) {
      if (!OPTIONS.includes(key)) {
        const guess = closest(key, OPTIONS);
        throw new TypeError(`unknown option ${key} for rate` + (guess ? `; did you mean ${guess}?` : `; expected one of ${OPTIONS.join(", ")}`));
      }
    }
    const { transfer: kind = "sigmoid", theta, I_bias, ...scalars } = options;
    if (!TRANSFERS.includes(kind)) {
      throw new TypeError(`invalid rate.transfer: ${JSON.stringify(kind)} (expected "sigmoid", "logistic", "threshold-linear" or "linear")`);
    }
    if (scalars.max !== undefined && kind !== "logistic") {
      throw new TypeError(`invalid rate.max for transfer ${JSON.stringify(kind)}: max is the logistic transfer's maximum (use transfer: "logistic")`);
    }
    this.params = readParams(RATE_SCHEMA, scalars as Record<string, Quantity>, "rate");
    this.transfer = kind;
    this.options = Object.freeze({ ...options });
    const u = kind === "sigmoid" ? "" : "Hz";
    const slope = u === "" ? "1/ms" : "Hz/ms";
    this.unit = u;
    this.varying = {
      theta: { unit: u, default: 0, doc: "threshold θ of the transfer function" },
      I_bias: { unit: u, default: 0, doc: "constant input" },
    };
    this.values = { theta: theta ?? 0, I_bias: I_bias ?? 0 };
    const derived = (unit: string, doc: string) => ({ unit, doc, derived: true });
    this.variables = {
      r: { unit: u, doc: kind === "sigmoid" ? "activity (fraction of active cells)" : "rate" },
      drdt: derived(slope, "dr/dt at the end of the last step"),
      drdt0: derived(slope, "dr/dt at the start of the last step"),
      s0: derived(u, "recurrent input at the start of the coming step"),
      ds0: derived(slope, "slope of the recurrent input at the start of the coming step"),
      s1: derived(u, "recurrent input at the end of the coming step"),
      ds1: derived(slope, "slope of the recurrent input at the end of the coming step"),
      offset: derived(u, "F(0) offset of the sigmoid, 1/(1 + e^{aθ})"),
    };
    this.receptors = {
      E: { variable: "s0", unit: "", from: "excitatory", sign: "by-kind", direct: false },
      I: { variable: "s0", unit: "", from: "inhibitory", sign: "by-kind", direct: false },
    };
  }

  defaultReceptor(kind: Kind): string {
    return kind === "excitatory" ? "E" : "I";
  }

  timeConstants(): Record<string, number> {
    return { tau: this.params.tau };
  }

  /** Rate units emit no spikes: there is no rate limit for the runaway watch. */
  maxRate(): number {
    return Infinity;
  }

  initialize(pop: PopulationState, init: Record<string, Varying>, rng: Rng): void {
    for (const [key, value] of Object.entries(init)) fill(`${pop.name}.init.${key}`, value, this.variables[key].unit, pop.state[key], rng);
  }

  /** Recomputes the sigmoid's offset 1/(1 + e^{aθ}) per unit. */
  derive(pop: PopulationState): void {
    const { theta, offset } = pop.state;
    const a = this.params.gain;
    for (let i = 0; i < pop.n; i++) offset[i] = transferOffset(this.transfer, a, theta[i]);
  }

  prepare(_pop: PopulationState, dt: number): RateConstants {
    return rateConstants(this.params.tau, dt, this.params.gain, this.params.max);
  }

  kernel(pop: PopulationState) {
    return rateKernel(this.transfer, pop.Iext !== null);
  }

  reference(pop: PopulationState, _dt: number, _step: number, c: RateConstants): number {
    return rateStep(pop, this.transfer, c);
  }

  /** F(x) and F′(x) of unit i of a population of this model (for nullclines, fixed points, Jacobians). */
  F(pop: PopulationState, i: number, x: number): { F: number; dF: number } {
    return transfer(this.transfer, this.params.gain, pop.state.theta[i], pop.state.offset[i], x, this.params.max);
  }

  /** The largest slope of F (a/4 for the sigmoid, M a/4 for the logistic, a otherwise), for stability checks. */
  maxSlope(): number {
    if (this.transfer === "logistic") return (this.params.max * this.params.gain) / 4;
    return this.transfer === "sigmoid" ? this.params.gain / 4 : this.params.gain;
  }

  with(options: Record<string, unknown>): RateModel {
    return new RateModel({ ...this.options, ...options } as RateOptions);
  }

  observables() {
    return {
      input: {
        unit: this.unit,
        doc: "recurrent input plus I_bias at the current time (external currents not included)",
        /** The input of unit i: recurrent input plus I_bias (see doc). */
        read: (p: PopulationState, i: number) => p.state.s0[i] + p.state.I_bias[i],
      },
    };
  }

  describe(): string {
    return `rate(${this.transfer}, τ = ${this.params.tau} ms)`;
  }
}

/**
 * The logistic transfer of Nevado-Holgado, Terry & Bogacz 2010 (J Neurosci 30:12340, eq. 3),
 * F(x) = M/(1 + ((M − B)/B) e^{−4x/M}): maximum M, F(0) = B and slope 1 at the midpoint F = M/2 — as rate-unit
 * options — gain a = 4/M and threshold θ = (M/4) ln((M − B)/B). M and B in spk/s (their Table 1: STN
 * M = 300, B = 17; GPe M = 400, B = 75). Needs 0 < B < M.
 * @example rateUnit({ transfer: "logistic", tau: 6, ...nevadoHolgado({ M: 300, B: 17 }) })  // STN
 */
export function nevadoHolgado({ M, B }: { M: number; B: number }): { gain: number; theta: number; max: number } {
  if (!(Number.isFinite(M) && M > 0)) throw new RangeError(`invalid nevadoHolgado.M: ${M} (expected a positive maximum rate in spk/s)`);
  if (!(Number.isFinite(B) && B > 0 && B < M)) throw new RangeError(`invalid nevadoHolgado.B: ${B} (expected a baseline rate between 0 and M = ${M})`);
  return { gain: 4 / M, theta: (M / 4) * Math.log((M - B) / B), max: M };
}

/**
 * Describes rate units (Wilson–Cowan type; see the file comment for equations and units).
 * Unknown options throw with a guess.
 * @example rateUnit({ transfer: "sigmoid", tau: 1, gain: 1.2, theta: 2.8 })  // NMA's E population
 */
export function rateUnit(options: RateOptions = {}): RateModel {
  return new RateModel(options);
}

registerModel("rate", rateUnit as (options: Record<string, unknown>) => Model);
