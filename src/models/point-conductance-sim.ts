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
 * Units: ms, mV, nS, pF, pA.
 */
import { readParams, type Quantity } from "../params/quantity.js";
import { Rng } from "../random/rng.js";
import { toSteps } from "../network/steps.js";

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

/**
 * Simulates the point-conductance neuron. The conductance noise depends only on the seed, not on
 * the injected current, so runs with and without a current share "frozen" bombardment — the
 * difference of their voltages is the response to the current alone (see analysis/tau-eff.ts).
 */
export function simulatePointConductance(options: PointConductanceOptions): PointConductanceTrace {
  const { duration, dt: dtQ = 0.05, seed = 1, current, v0, ...rest } = options;
  const p = readParams(POINT_CONDUCTANCE_SCHEMA, rest as Record<string, Quantity>, "simulatePointConductance");
  const dt = readParams({ dt: { unit: "ms", min: 0, exclusiveMin: true } }, { dt: dtQ }).dt;
  const T = readParams({ duration: { unit: "ms", min: 0, exclusiveMin: true } }, { duration }).duration;
  if (!(p.V_reset < p.V_th)) throw new RangeError(`invalid V_reset: ${p.V_reset} mV (expected below V_th = ${p.V_th} mV)`);
  const steps = toSteps(T, dt, "simulatePointConductance duration");
  const ge0 = p.g_e0 * p.intensity, gi0 = p.g_i0 * p.intensity;
  const se = p.sigma_e * Math.sqrt(p.intensity), si = p.sigma_i * Math.sqrt(p.intensity);
  const de = Math.exp(-dt / p.tau_e), di = Math.exp(-dt / p.tau_i);
  const ae = se * Math.sqrt(1 - de * de), ai = si * Math.sqrt(1 - di * di);
  const rng = Rng.stream(seed, "point-conductance");
  const out: PointConductanceTrace = {
    dt, t: new Float64Array(steps), v: new Float64Array(steps), ge: new Float64Array(steps), gi: new Float64Array(steps), spikes: [],
  };
  let ge = ge0, gi = gi0;
  let v = v0 ?? (p.g_L * p.E_L + ge0 * p.E_e + gi0 * p.E_i) / (p.g_L + ge0 + gi0);
  const refSteps = toSteps(p.t_ref, dt, "simulatePointConductance t_ref");
  let ref = 0;
  for (let k = 0; k < steps; k++) {
    const t = k * dt;
    const I = current ? current(t) : 0;
    // conductances are clipped at 0 in the membrane equation (an OU process can dip below)
    const gE = ge > 0 ? ge : 0, gI = gi > 0 ? gi : 0;
    if (ref > 0) {
      ref--;
    } else {
      const gt = p.g_L + gE + gI;
      const vinf = (p.g_L * p.E_L + gE * p.E_e + gI * p.E_i + I) / gt;
      v = vinf + (v - vinf) * Math.exp((-dt * gt) / p.C_m);
      if (v > p.V_th) { v = p.V_reset; ref = refSteps; out.spikes.push(t + dt); }
    }
    ge = ge0 + (ge - ge0) * de + ae * rng.normal();
    gi = gi0 + (gi - gi0) * di + ai * rng.normal();
    out.t[k] = t + dt; out.v[k] = v; out.ge[k] = gE; out.gi[k] = gI;
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
