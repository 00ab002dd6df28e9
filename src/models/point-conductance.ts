/**
 * The point-conductance neuron of Destexhe, Rudolph, Fellous & Sejnowski (2001, Neuroscience 107:13) as
 * a model of the engine: one compartment whose synaptic bombardment is two Ornstein–Uhlenbeck
 * conductances,
 *
 *   C_m dV/dt = −g_L (V − E_L) − g_e (V − E_E) − g_i (V − E_I) + I_bias + I_ext
 *   dg_{e,i}/dt = −(g − λ g_0)/τ + √λ σ √(2/τ) ξ(t)          (τ = tau_E for g_e, tau_I for g_i)
 *
 * updated exactly, g ← λg_0 + (g − λg_0) e^{−dt/τ} + √λ σ √(1 − e^{−2dt/τ}) N(0,1) (Gillespie 1996), and V
 * takes an exponential-Euler step with the conductances of the step start, clipped at 0 (an OU process
 * can dip below). Optional threshold: V > V_th → V = V_reset, held for t_ref (default: no threshold).
 *
 * Projections drive the same two conductances: receptor "E" adds its weights (nS) to g_e, "I" to g_i,
 * where they decay with τ_E, τ_I — a synaptic conductance superposed on the OU process (the equation is
 * linear in g), which is what the OU process stands for: the paper's τ_e, τ_i are the synaptic decay
 * time constants of its many inputs.
 *
 * Defaults: the paper's in vivo–like state: g_e0 = 12.1 nS, g_i0 = 57.3 nS, σ_e = 3.0 nS, σ_i = 6.6 nS,
 * τ_E = 2.728 ms, τ_I = 10.49 ms, E_E = 0, E_I = −75 mV, g_L = 15.7 nS, E_L = −80 mV, C_m = 346 pF;
 * bombardment intensity λ = 1 (λ scales the means by λ and the sds by √λ, as Poisson rates would).
 * Initial state: V at the steady state of the mean conductances, g at their means.
 *
 * Random numbers: the population's noise stream (`pop.noise`: in a network its own stream
 * STREAMS.noise(name), independent of initial values; a population built by hand without one uses
 * its creation stream): per step, per neuron, one normal deviate for g_e, then one for g_i.
 * `simulatePointConductance` (point-conductance-sim.ts) runs one neuron of this model with a trace.
 *
 * Units: ms, mV, nS, pF, pA.
 */
import type { Kind, Model, PopulationState, VaryingSpec } from "../engine/model.js";
import { registerModel } from "../engine/registry.js";
import { compileKernel } from "../engine/compile.js";
import { closest, readParams, type Quantity } from "../params/quantity.js";
import type { Warn } from "../params/warn.js";
import { fill, type Varying } from "../network/values.js";
import { toSteps } from "../network/steps.js";
import type { Rng } from "../random/rng.js";

const nS = (doc: string, def: number) => ({ unit: "nS", default: def, min: 0, doc });
const pos = (unit: string, def: number, doc: string) => ({ unit, default: def, min: 0, exclusiveMin: true, doc });

/** Scalar parameters of the point-conductance model (defaults: Destexhe et al. 2001). */
export const POINT_CONDUCTANCE_MODEL_SCHEMA = {
  g_e0: nS("mean excitatory conductance", 12.1),
  g_i0: nS("mean inhibitory conductance", 57.3),
  sigma_e: nS("sd of the excitatory conductance", 3.0),
  sigma_i: nS("sd of the inhibitory conductance", 6.6),
  tau_E: pos("ms", 2.728, "excitatory correlation (synaptic decay) time"),
  tau_I: pos("ms", 10.49, "inhibitory correlation (synaptic decay) time"),
  E_E: { unit: "mV", default: 0, doc: "excitatory reversal potential" },
  E_I: { unit: "mV", default: -75, doc: "inhibitory reversal potential" },
  g_L: pos("nS", 15.7, "leak conductance"),
  C_m: pos("pF", 346, "membrane capacitance"),
  intensity: { unit: "", default: 1, min: 0, doc: "bombardment intensity λ: g0 × λ, σ × √λ" },
  V_th: { unit: "mV", default: Infinity, doc: "spike threshold (Infinity: passive membrane)" },
  V_reset: { unit: "mV", default: -70, doc: "reset potential" },
  t_ref: { unit: "ms", default: 2, min: 0, doc: "refractory period" },
};

/** Per-neuron parameters of the point-conductance model. */
export const POINT_CONDUCTANCE_VARYING: Record<"E_L" | "I_bias", VaryingSpec> = {
  E_L: { unit: "mV", default: -80, doc: "leak reversal potential" },
  I_bias: { unit: "pA", default: 0, doc: "constant bias current" },
};

/** Options of {@link pointConductance}. */
export type PointConductanceModelOptions = Partial<Record<keyof typeof POINT_CONDUCTANCE_MODEL_SCHEMA, Quantity>> &
  Partial<Record<keyof typeof POINT_CONDUCTANCE_VARYING, Varying>>;

/** Step constants: OU decays and noise amplitudes, means, refractory steps, and the population's noise stream. */
export interface PointConductanceConstants { ge0: number; gi0: number; de: number; di: number; ae: number; ai: number; refSteps: number; rng: Rng }

/** The noise stream of each population (its creation stream, kept by initialize). */

function source(f: { ringE: boolean; ringI: boolean; current: boolean }): string {
  return `
    const { n, spikes, state, counters } = pop;
    const { v, g_e, g_i, E_L, I_bias } = state, refractory = counters.refractory;
    const { C_m, g_L, E_E, E_I, V_th, V_reset } = pop.model.params;
    const { ge0, gi0, de, di, ae, ai, refSteps, rng } = c;
    const ringE = pop.ring.E, ringI = pop.ring.I, Iext = pop.Iext, off = (step % pop.ringLength) * n;
    let ns = 0;
    for (let i = 0; i < n; i++) {
      let ge = g_e[i], gi = g_i[i];
      ${f.ringE ? "ge += ringE[off + i]; ringE[off + i] = 0;" : ""}
      ${f.ringI ? "gi += ringI[off + i]; ringI[off + i] = 0;" : ""}
      const gE = ge > 0 ? ge : 0, gI = gi > 0 ? gi : 0;
      if (refractory[i] > 0) {
        refractory[i]--;
      } else {
        const gt = g_L + gE + gI;
        const vinf = (g_L * E_L[i] + I_bias[i] + gE * E_E + gI * E_I${f.current ? " + Iext[i]" : ""}) / gt;
        let vi = vinf + (v[i] - vinf) * Math.exp((-dt * gt) / C_m);
        if (vi > V_th) { vi = V_reset; refractory[i] = refSteps; spikes[ns++] = i; }
        v[i] = vi;
      }
      g_e[i] = ge0 + (ge - ge0) * de + ae * rng.normal();
      g_i[i] = gi0 + (gi - gi0) * di + ai * rng.normal();
    }
    pop.nSpikes = ns;
    return ns;`;
}

/**
 * Describes a point-conductance neuron model (Destexhe et al. 2001). Unknown option names throw with a
 * guess; V_reset must lie below V_th.
 * @example net.population("pc", 100, pointConductance({ intensity: 0.5, V_th: -55 }))
 */
export function pointConductance(options: PointConductanceModelOptions = {}): Model<PointConductanceConstants> {
  const names = [...Object.keys(POINT_CONDUCTANCE_MODEL_SCHEMA), ...Object.keys(POINT_CONDUCTANCE_VARYING)];
  const scalars: Record<string, Quantity> = {}, values: Record<string, Varying> = {};
  for (const [key, value] of Object.entries(options)) {
    if (!names.includes(key)) {
      const guess = closest(key, names);
      throw new TypeError(`unknown parameter ${key} for pointConductance` + (guess ? `; did you mean ${guess}?` : `; expected one of ${names.join(", ")}`));
    }
    if (value === undefined) continue;
    if (key in POINT_CONDUCTANCE_VARYING) values[key] = value as Varying;
    else scalars[key] = value as Quantity;
  }
  const p = readParams(POINT_CONDUCTANCE_MODEL_SCHEMA, scalars, "pointConductance");
  if (!(p.V_reset < p.V_th)) throw new RangeError(`invalid V_reset: ${p.V_reset} mV (expected below V_th = ${p.V_th} mV)`);
  const ge0 = p.g_e0 * p.intensity, gi0 = p.g_i0 * p.intensity;
  const model: Model<PointConductanceConstants> = {
    type: "point-conductance",
    output: "spikes",
    params: p,
    values,
    varying: POINT_CONDUCTANCE_VARYING,
    variables: {
      v: { unit: "mV", doc: "membrane potential" },
      g_e: { unit: "nS", doc: "excitatory conductance (OU bombardment + receptor E input)" },
      g_i: { unit: "nS", doc: "inhibitory conductance (OU bombardment + receptor I input)" },
      refractory: { unit: "steps", doc: "refractory steps left", int: true, derived: true },
    },
    receptors: {
      E: { variable: "g_e", unit: "nS", from: "excitatory", sign: "positive", direct: true, tau: p.tau_E },
      I: { variable: "g_i", unit: "nS", from: "inhibitory", sign: "positive", direct: true, tau: p.tau_I },
    },
    options: { ...options },
    defaultReceptor: (kind: Kind) => (kind === "excitatory" ? "E" : "I"),
    timeConstants: () => ({ tau_m: p.C_m / p.g_L, tau_eff: p.C_m / (p.g_L + ge0 + gi0), tau_E: p.tau_E, tau_I: p.tau_I }),
    maxRate: (dt: number) => (p.V_th === Infinity ? 0 : 1000 / (dt * (1 + Math.round(p.t_ref / dt)))),
    initialize(pop: PopulationState, init: Record<string, Varying>, rng: Rng) {
      const s = pop.state;
      for (let i = 0; i < pop.n; i++) s.v[i] = (p.g_L * s.E_L[i] + s.I_bias[i] + ge0 * p.E_E + gi0 * p.E_I) / (p.g_L + ge0 + gi0);
      s.g_e.fill(ge0);
      s.g_i.fill(gi0);
      for (const [key, value] of Object.entries(init)) fill(`${pop.name}.init.${key}`, value, model.variables[key].unit, s[key], rng);
    },
    prepare(pop: PopulationState, dt: number, warn: Warn): PointConductanceConstants {
      const rng = pop.noise;
      const de = Math.exp(-dt / p.tau_E), di = Math.exp(-dt / p.tau_I);
      const se = p.sigma_e * Math.sqrt(p.intensity), si = p.sigma_i * Math.sqrt(p.intensity);
      return { ge0, gi0, de, di, ae: se * Math.sqrt(1 - de * de), ai: si * Math.sqrt(1 - di * di), refSteps: toSteps(p.t_ref, dt, `${pop.name}.t_ref`, { warn }), rng };
    },
    kernel(pop: PopulationState, dt: number) {
      const f = { ringE: pop.receives.E, ringI: pop.receives.I, current: pop.Iext !== null };
      return compileKernel<PointConductanceConstants>("point-conductance", `${dt}|${f.ringE}|${f.ringI}|${f.current}`, dt, () => source(f));
    },
    reference(pop: PopulationState, dt: number, step: number, c: PointConductanceConstants): number {
      const { n, spikes, state: s, counters, ring, receives, Iext } = pop;
      const off = (step % pop.ringLength) * n;
      let ns = 0;
      for (let i = 0; i < n; i++) {
        let ge = s.g_e[i], gi = s.g_i[i];
        if (receives.E) { ge += ring.E[off + i]; ring.E[off + i] = 0; }
        if (receives.I) { gi += ring.I[off + i]; ring.I[off + i] = 0; }
        const gE = ge > 0 ? ge : 0, gI = gi > 0 ? gi : 0; // the membrane sees conductances clipped at 0
        if (counters.refractory[i] > 0) {
          counters.refractory[i]--;
        } else {
          const gt = p.g_L + gE + gI;
          let drive = p.g_L * s.E_L[i] + s.I_bias[i] + gE * p.E_E + gI * p.E_I;
          if (Iext) drive += Iext[i];
          const vinf = drive / gt;
          let vi = vinf + (s.v[i] - vinf) * Math.exp((-dt * gt) / p.C_m);
          if (vi > p.V_th) { vi = p.V_reset; counters.refractory[i] = c.refSteps; spikes[ns++] = i; }
          s.v[i] = vi;
        }
        s.g_e[i] = c.ge0 + (ge - c.ge0) * c.de + c.ae * c.rng.normal(); // exact OU step (Gillespie 1996)
        s.g_i[i] = c.gi0 + (gi - c.gi0) * c.di + c.ai * c.rng.normal();
      }
      pop.nSpikes = ns;
      return ns;
    },
    with: (o: Record<string, unknown>) => pointConductance({ ...options, ...o } as PointConductanceModelOptions),
    observables: () => ({
      I_e: { unit: "pA", doc: "excitatory current g_e (E_E − V), g_e clipped at 0", read: (pop, i) => Math.max(pop.state.g_e[i], 0) * (p.E_E - pop.state.v[i]) },
      I_i: { unit: "pA", doc: "inhibitory current g_i (E_I − V), g_i clipped at 0", read: (pop, i) => Math.max(pop.state.g_i[i], 0) * (p.E_I - pop.state.v[i]) },
    }),
    describe: () => `pointConductance(λ = ${p.intensity}${p.V_th === Infinity ? "" : `, V_th = ${p.V_th} mV`})`,
  };
  return model;
}

registerModel("point-conductance", pointConductance as (options: Record<string, unknown>) => Model);
