/**
 * The point-conductance model of Destexhe, Rudolph, Fellous & Sejnowski (2001, Neuroscience 107:13):
 * a single compartment whose synaptic bombardment is summarised by two Ornstein–Uhlenbeck
 * conductances,
 *
 *   C dV/dt = −g_L (V − E_L) − g_e(t) (V − E_e) − g_i(t) (V − E_i) + I(t)
 *   dg_{e,i}/dt = −(g − g0)/τ + sqrt(2σ²/τ) ξ(t),
 *
 * updated exactly: g ← g0 + (g − g0) e^{−dt/τ} + σ sqrt(1 − e^{−2dt/τ}) N(0,1) (Gillespie 1996).
 * V takes an exponential-Euler step with the conductances of the step start. Defaults are the
 * paper's in vivo–like state: g_e0 = 12.1 nS, g_i0 = 57.3 nS, σ_e = 3.0 nS, σ_i = 6.6 nS,
 * τ_e = 2.728 ms, τ_i = 10.49 ms, E_e = 0, E_i = −75 mV, g_L = 15.7 nS at E_L = −80 mV,
 * C = 346 pF: τ_m = 22 ms at rest and τ_eff = C/(g_L + g_e0 + g_i0) ≈ 4.07 ms under bombardment,
 * with mean V ≈ −65.3 mV. `intensity` λ scales the bombardment as Poisson input would: g0 × λ and
 * σ × √λ. Without a threshold (the default) the membrane is passive.
 *
 * This file keeps the paper's spelling of the options (E_e, E_i, tau_e, tau_i) and runs one neuron of
 * the engine's model, models/point-conductance.ts, which spells them E_E, E_I, tau_E, tau_I and runs
 * as a population in a Network.
 *
 * Units: ms, mV, nS, pF, pA.
 */
import { readParams, type Quantity } from "../params/quantity.js";
import { Rng } from "../random/rng.js";
import { toSteps } from "../network/steps.js";
import { warnOnce } from "../params/warn.js";
import { Population } from "../engine/population.js";
import { pointConductance } from "./point-conductance.js";

const nS = (doc: string, def: number) => ({ unit: "nS", default: def, min: 0, doc });
const ms = (doc: string, def: number) => ({ unit: "ms", default: def, min: 0, exclusiveMin: true, doc });

/** Parameters of the point-conductance neuron (defaults: Destexhe et al. 2001). */
export const POINT_CONDUCTANCE_SCHEMA = {
  g_e0: nS("mean excitatory conductance", 12.1),
  g_i0: nS("mean inhibitory conductance", 57.3),
  sigma_e: nS("sd of the excitatory conductance", 3.0),
  sigma_i: nS("sd of the inhibitory conductance", 6.6),
  tau_e: ms("excitatory correlation time", 2.728),
  tau_i: ms("inhibitory correlation time", 10.49),
  E_e: { unit: "mV", default: 0, doc: "excitatory reversal potential" },
  E_i: { unit: "mV", default: -75, doc: "inhibitory reversal potential" },
  g_L: { unit: "nS", default: 15.7, min: 0, exclusiveMin: true, doc: "leak conductance" },
  E_L: { unit: "mV", default: -80, doc: "leak reversal potential" },
  C_m: { unit: "pF", default: 346, min: 0, exclusiveMin: true, doc: "membrane capacitance" },
  intensity: { unit: "", default: 1, min: 0, doc: "bombardment intensity λ: g0 × λ, σ × √λ" },
  V_th: { unit: "mV", default: Infinity, doc: "spike threshold (Infinity: passive membrane)" },
  V_reset: { unit: "mV", default: -70, doc: "reset potential" },
  t_ref: { unit: "ms", default: 2, min: 0, doc: "refractory period" },
};

/** Options of {@link simulatePointConductance}. */
export type PointConductanceOptions = Partial<Record<keyof typeof POINT_CONDUCTANCE_SCHEMA, Quantity>> & {
  /** Simulated time (ms). */
  duration: Quantity;
  /** Time step (ms, default 0.05). */
  dt?: Quantity;
  seed?: number;
  /** Injected current (pA) as a function of time (ms). */
  current?: (t: number) => number;
  /** Initial V (default: the steady state at the mean conductances). */
  v0?: number;
};

/** Traces of a point-conductance run, sampled every step. */
export interface PointConductanceTrace {
  dt: number;
  t: Float64Array;
  v: Float64Array;
  ge: Float64Array;
  gi: Float64Array;
  /** Spike times (ms), when a threshold is set. */
  spikes: number[];
}

/** The legacy option names of this schema and their names in the model's shared vocabulary. */
const VOCABULARY: Record<string, string> = { E_e: "E_E", E_i: "E_I", tau_e: "tau_E", tau_i: "tau_I" };

/**
 * Simulates one point-conductance neuron: a one-neuron population of the engine's model
 * ({@link pointConductance}) stepped by its kernel, with V, g_e and g_i traced every step. The
 * conductance noise is the stream `Rng.stream(seed, "point-conductance")` and depends only on the
 * seed, not on the injected current, so runs with and without a current share "frozen" bombardment —
 * the difference of their voltages is the response to the current alone (see analysis/tau-eff.ts).
 * Traces: times t_k = (k+1)·dt, V after each step, g_e and g_i (clipped at 0) as the membrane saw them
 * during each step.
 */
export function simulatePointConductance(options: PointConductanceOptions): PointConductanceTrace {
  const { duration, dt: dtQ = 0.05, seed = 1, current, v0, ...rest } = options;
  readParams(POINT_CONDUCTANCE_SCHEMA, rest as Record<string, Quantity>, "simulatePointConductance"); // names and ranges, legacy spelling
  const named: Record<string, Quantity> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) named[VOCABULARY[key] ?? key] = value as Quantity;
  const model = pointConductance(named);
  const dt = readParams({ dt: { unit: "ms", min: 0, exclusiveMin: true } }, { dt: dtQ }).dt;
  const T = readParams({ duration: { unit: "ms", min: 0, exclusiveMin: true } }, { duration }).duration;
  const steps = toSteps(T, dt, "simulatePointConductance duration");
  const pop = new Population("simulatePointConductance", 1, "excitatory", model, Rng.stream(seed, "point-conductance"), v0 === undefined ? {} : { v: v0 });
  pop.Iext = current ? new Float64Array(1) : null;
  const c = model.prepare(pop, dt, warnOnce), k = model.kernel(pop, dt);
  const out: PointConductanceTrace = {
    dt, t: new Float64Array(steps), v: new Float64Array(steps), ge: new Float64Array(steps), gi: new Float64Array(steps), spikes: [],
  };
  const { v, g_e, g_i } = pop.state;
  for (let s = 0; s < steps; s++) {
    const t = s * dt;
    if (current) pop.Iext![0] = current(t);
    out.ge[s] = g_e[0] > 0 ? g_e[0] : 0;
    out.gi[s] = g_i[0] > 0 ? g_i[0] : 0;
    if (k(pop, s, c)) out.spikes.push(t + dt);
    out.t[s] = t + dt;
    out.v[s] = v[0];
  }
  return out;
}

/** Analytic steady state of the model at the mean conductances: V̄, g_total, τ_eff, R_in. */
export function pointConductanceSteadyState(options: Partial<Record<keyof typeof POINT_CONDUCTANCE_SCHEMA, Quantity>> = {}): { V: number; gTotal: number; tauEff: number; tauRest: number; Rin: number } {
  const p = readParams(POINT_CONDUCTANCE_SCHEMA, options as Record<string, Quantity>, "pointConductanceSteadyState");
  const ge0 = p.g_e0 * p.intensity, gi0 = p.g_i0 * p.intensity;
  const gTotal = p.g_L + ge0 + gi0;
  return {
    V: (p.g_L * p.E_L + ge0 * p.E_e + gi0 * p.E_i) / gTotal,
    gTotal,
    tauEff: p.C_m / gTotal,
    tauRest: p.C_m / p.g_L,
    Rin: 1000 / gTotal,
  };
}
