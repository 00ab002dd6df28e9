/**
 * Leaky integrate-and-fire neurons (Lapicque 1907; Brette et al. 2007 benchmarks):
 *
 *   C_m dV/dt = −g_L (V − E_L) + I_syn + I_bias + I_ext − w
 *
 * with one of three synapse types:
 * - "conductance": I_syn = g_E (E_E − V) + g_I (E_I − V); g_E, g_I (nS) jump by the weight at each
 *   spike and decay with τ_E, τ_I (COBA, Brette et al. 2007 benchmark 1); optionally NMDA and
 *   GABA_B receptors (`receptors: ["NMDA", "GABA_B"]`, see models/receptors.ts).
 * - "current": I_syn = I_E + I_I (pA), exponentially decaying currents (CUBA, benchmark 2).
 * - "delta": each spike makes V jump by the weight (mV) (Brunel 2000).
 * Threshold V > V_th → spike, V = V_reset, V held for t_ref. Optional spike-triggered adaptation:
 * w (pA) jumps by b at each spike and decays with τ_w.
 *
 * Internal units: ms, mV, nS, pF, pA. Defaults are the COBA benchmark cell:
 * C_m = 200 pF, g_L = 10 nS (τ_m = 20 ms), E_L = V_reset = −60 mV, V_th = −50 mV, t_ref = 5 ms,
 * E_E = 0, E_I = −80 mV, τ_E = 5 ms, τ_I = 10 ms, no bias current, no adaptation.
 * The step (order, integration) is in lif-step.ts; the generated kernels in lif-kernel.ts.
 */
import { readParams, type Params, type Quantity } from "../params/quantity.js";
import type { Varying } from "../network/values.js";
import type { Kind, Model, PopulationState, Receptor, Variable } from "../engine/model.js";
import type { Rng } from "../random/rng.js";
import type { Warn } from "../params/warn.js";
import { fill } from "../network/values.js";
import { registerModel } from "../engine/registry.js";
import { FAST_RECEPTOR_SCHEMA, SLOW_RECEPTOR_SCHEMA, conductanceReceptors, readSlowReceptors, type SlowReceptor } from "./receptors.js";
import { stepConductance, stepConstants, stepCurrent, stepDelta, type StepConstants } from "./lif-step.js";
import { lifKernel } from "./lif-kernel.js";
import { lifProgram } from "./lif-program.js";

/** The synapse types a LIF population can have. */
export type SynapseType = "conductance" | "current" | "delta";

const pos = (unit: string, def: number, doc: string) => ({ unit, default: def, min: 0, exclusiveMin: true, doc });

/** Scalar parameters of the LIF model (those that may vary per neuron are in LIF_VARYING). */
export const LIF_SCHEMA = {
  C_m: pos("pF", 200, "membrane capacitance"),
  g_L: pos("nS", 10, "leak conductance"),
  t_ref: { unit: "ms", default: 5, min: 0, doc: "absolute refractory period" },
  ...FAST_RECEPTOR_SCHEMA,
  b: { unit: "pA", default: 0, min: 0, doc: "spike-triggered adaptation increment" },
  tau_w: pos("ms", 100, "adaptation time constant"),
};

/** Parameters that may differ per neuron, with their units and defaults. */
export const LIF_VARYING = {
  E_L: { unit: "mV", default: -60, doc: "leak reversal potential" },
  V_th: { unit: "mV", default: -50, doc: "spike threshold" },
  V_reset: { unit: "mV", default: -60, doc: "reset potential" },
  I_bias: { unit: "pA", default: 0, doc: "constant bias current" },
} as const;

/** Names of the per-neuron parameters. */
export type VaryingName = keyof typeof LIF_VARYING;

/** Options of {@link lif}: scalar parameters as quantities, per-neuron ones as any {@link Varying}. */
export type LifOptions = Partial<Record<keyof typeof LIF_SCHEMA | keyof typeof SLOW_RECEPTOR_SCHEMA, Quantity>> &
  Partial<Record<VaryingName, Varying>> & { synapse?: SynapseType; receptors?: SlowReceptor[] };

const SYNAPSES: readonly SynapseType[] = ["conductance", "current", "delta"];
const SYN_UNIT = { conductance: "nS", current: "pA", delta: "mV" } as const;

/** A LIF model: checked scalar parameters plus the per-neuron values still to draw. */
export class LifModel implements Model<StepConstants> {
  readonly type = "lif";
  readonly output = "spikes";
  readonly synapse: SynapseType;
  /** Slow receptors this model has (conductance synapses only). */
  readonly slow: readonly SlowReceptor[];
  readonly params: Params<typeof LIF_SCHEMA> & Record<string, number>;
  readonly values: Record<VaryingName, Varying>;
  readonly varying = LIF_VARYING;
  readonly variables: Record<string, Variable>;
  readonly receptors: Record<string, Receptor>;
  readonly options: Readonly<Record<string, unknown>>;

  constructor(options: LifOptions = {}) {
    const { synapse = "conductance", receptors, E_L, V_th, V_reset, I_bias, ...scalars } = options ?? {};
    if (!SYNAPSES.includes(synapse)) {
      throw new TypeError(`invalid synapse: ${JSON.stringify(synapse)} (expected "conductance", "current" or "delta")`);
    }
    this.slow = readSlowReceptors(receptors, "lif");
    if (this.slow.length > 0 && synapse !== "conductance") {
      throw new TypeError(`invalid lif.receptors: ${this.slow.join(", ")} need conductance synapses (got synapse: "${synapse}")`);
    }
    const schema = this.slow.length > 0 ? { ...LIF_SCHEMA, ...SLOW_RECEPTOR_SCHEMA } : LIF_SCHEMA;
    this.params = readParams(schema, scalars as Record<string, Quantity>, "lif") as LifModel["params"];
    this.synapse = synapse;
    this.options = Object.freeze({ ...options });
    this.values = {
      E_L: E_L ?? LIF_VARYING.E_L.default,
      V_th: V_th ?? LIF_VARYING.V_th.default,
      V_reset: V_reset ?? LIF_VARYING.V_reset.default,
      I_bias: I_bias ?? LIF_VARYING.I_bias.default,
    };
    const unit = SYN_UNIT[synapse];
    this.variables = { v: { unit: "mV", doc: "membrane potential" } };
    if (synapse === "conductance") {
      const c = conductanceReceptors(this.slow, this.params);
      this.receptors = c.receptors;
      Object.assign(this.variables, c.variables);
    } else if (synapse === "current") {
      this.variables.gE = { unit, doc: "excitatory synaptic current I_E" };
      this.variables.gI = { unit, doc: "inhibitory synaptic current I_I" };
      this.receptors = {
        E: { variable: "gE", unit, from: "excitatory", sign: "by-kind", direct: true, tau: this.params.tau_E },
        I: { variable: "gI", unit, from: "inhibitory", sign: "by-kind", direct: true, tau: this.params.tau_I },
      };
    } else {
      this.receptors = {
        E: { variable: "v", unit, from: "excitatory", sign: "by-kind", direct: false },
        I: { variable: "v", unit, from: "inhibitory", sign: "by-kind", direct: false },
      };
    }
    this.variables.w = { unit: "pA", doc: "adaptation current" };
    this.variables.refractory = { unit: "steps", doc: "refractory steps left", int: true, derived: true };
    this.variables.drive = { unit: "pA", doc: "constant drive g_L E_L + I_bias", derived: true };
  }

  defaultReceptor(kind: Kind): string {
    return kind === "excitatory" ? "E" : "I";
  }

  timeConstants(): Record<string, number> {
    const { C_m, g_L, tau_E, tau_I, tau_w, b } = this.params;
    const taus: Record<string, number> = { tau_m: C_m / g_L };
    if (this.synapse !== "delta") { taus.tau_E = tau_E; taus.tau_I = tau_I; }
    if (b > 0) taus.tau_w = tau_w;
    for (const r of this.slow) taus[`tau_${r}_rise`] = this.params[`tau_${r}_rise`];
    return taus;
  }

  maxRate(dt: number): number {
    return 1000 / (this.params.t_ref + dt);
  }

  initialize(pop: PopulationState, init: Record<string, Varying>, rng: Rng): void {
    const s = pop.state;
    if (init.v === undefined) s.v.set(s.E_L);
    for (const [key, value] of Object.entries(init)) fill(`${pop.name}.init.${key}`, value, this.variables[key].unit, s[key], rng);
    if (s.w.some((x) => x !== 0)) pop.flags.hasAdaptation = true;
  }

  /** Checks V_reset < V_th per neuron and recomputes the drive and the masks of homogeneous parameters. */
  derive(pop: PopulationState): void {
    const { V_th, V_reset, E_L, I_bias, drive } = pop.state;
    for (let i = 0; i < pop.n; i++) {
      if (!(V_reset[i] < V_th[i])) {
        throw new RangeError(`invalid V_reset: ${V_reset[i]} mV for neuron ${i} of ${pop.name} (expected below V_th = ${V_th[i]} mV)`);
      }
    }
    const same = (a: ArrayLike<number>) => { for (let i = 1; i < a.length; i++) if (a[i] !== a[0]) return false; return true; };
    const flags = pop.flags;
    flags.thresholdMask = same(V_th) && same(V_reset) ? 0 : -1;
    const g_L = this.params.g_L;
    for (let i = 0; i < pop.n; i++) drive[i] = g_L * E_L[i] + I_bias[i];
    flags.driveMask = same(drive) ? 0 : -1;
  }

  prepare(pop: PopulationState, dt: number, warn: Warn): StepConstants {
    return stepConstants(pop, dt, warn);
  }

  kernel(pop: PopulationState, dt: number) {
    return lifKernel(pop, dt);
  }

  program(pop: PopulationState, dt: number) {
    return lifProgram(pop, dt);
  }

  reference(pop: PopulationState, dt: number, step: number, c: StepConstants): number {
    const f = this.synapse === "conductance" ? stepConductance : this.synapse === "current" ? stepCurrent : stepDelta;
    return f(pop, dt, step, c);
  }

  with(options: Record<string, unknown>): LifModel {
    return new LifModel({ ...this.options, ...options } as LifOptions);
  }

  observables() {
    const cond = this.synapse === "conductance";
    const { E_E, E_I } = this.params;
    return {
      I_E: {
        unit: "pA",
        doc: "excitatory synaptic current",
        /** I_E of neuron i (pA). */
        read: (p: PopulationState, i: number) => cond ? p.state.gE[i] * (E_E - p.state.v[i]) : p.state.gE[i],
      },
      I_I: {
        unit: "pA",
        doc: "inhibitory synaptic current",
        /** I_I of neuron i (pA). */
        read: (p: PopulationState, i: number) => cond ? p.state.gI[i] * (E_I - p.state.v[i]) : p.state.gI[i],
      },
    };
  }

  describe(): string {
    return `lif(${this.synapse}${this.slow.length ? ` + ${this.slow.join(", ")}` : ""})`;
  }
}

/**
 * Describes a LIF neuron model. Scalar parameters are checked now; per-neuron parameters
 * (E_L, V_th, V_reset, I_bias) may be arrays, distributions or functions and are drawn when the
 * population is created.
 * @example lif({ synapse: "conductance", g_L: "10 nS", V_th: { dist: "normal", mean: -50, sd: 1 } })
 */
export function lif(options: LifOptions = {}): LifModel {
  return new LifModel(options);
}
registerModel("lif", (o) => lif(o as LifOptions));

/** Membrane time constant τ_m = C_m / g_L (ms). */
export function tauMembrane(model: LifModel): number {
  return model.params.C_m / model.params.g_L;
}
