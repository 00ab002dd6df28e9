/**
 * The adaptive exponential integrate-and-fire neuron, AdEx (Brette & Gerstner 2005, J Neurophysiol
 * 94:3637):
 *
 *   C_m dV/dt = −g_L (V − E_L) + g_L Δ_T e^{(V − V_T)/Δ_T} − w + I_syn + I_bias + I_ext
 *   τ_w dw/dt = a (V − E_L) − w
 *   V > V_peak:  V → V_reset,  w → w + b,  V held at V_reset for t_ref (w keeps evolving)
 *
 * with conductance receptors (models/receptors.ts): I_syn = g_E (E_E − V) + g_I (E_I − V), plus NMDA
 * and GABA_B with `receptors: ["NMDA", "GABA_B"]`.
 *
 * Defaults: the paper's Table 1 — C_m = 281 pF, g_L = 30 nS, E_L = −70.6 mV, V_T = −50.4 mV,
 * Δ_T = 2 mV, τ_w = 144 ms, a = 4 nS, b = 80.5 pA — with the reset and spike cut-off of its
 * regular-spiking simulation (V_reset = E_L = −70.6 mV, V_peak = V_T + 5 Δ_T = −40.4 mV, as in Brian2's
 * examples/frompapers/Brette_Gerstner_2005.py), t_ref = 0. V_peak defaults to V_T + 5 Δ_T per neuron,
 * so it follows V_T. Receptors: E_E = 0, E_I = −80 mV, τ_E = 5 ms, τ_I = 10 ms.
 *
 * Integration (step dt): w, I and the synaptic conductances (their exact mean over the step, as in
 * LIF) are frozen at the step start, and V takes one exponential-Euler step of its equation linearised
 * about V_n (an exponential Rosenbrock step, Hochbruck & Ostermann 2010):
 *
 *   V_{n+1} = V_n + (dt/C) φ(x) F(V_n),   x = −dt (g_L + ḡ_syn − g_L e^{(V_n − V_T)/Δ_T}) / C,
 *   φ(x) = (e^x − 1)/x,   w_{n+1} = w_n e^{−dt/τ_w} + a (V_n − E_L)(1 − e^{−dt/τ_w}),
 *
 * where F is the right-hand side of the V equation (pA). It is exact for the linear part, keeps every
 * fixed point (F = 0 ⇒ V stays), so the rheobase and the subthreshold steady states are those of the
 * differential equations at any dt, and follows the exponential upswing closely; the exponential is
 * evaluated at min(V, V_peak), so it cannot overflow. A spike is V_{n+1} > V_peak, at the step's end.
 * Against Brian2's RK4 at dt = 0.001 ms (bench/results/crosscheck-adex.md), the paper's cell at 0.6–2 nA
 * spikes within 0.17 ms of it over 1 s at dt = 0.01 ms (Brian2's forward Euler: 0.77 ms and one spike
 * lost), and within 1.7 ms up to 1.5 nA at dt = 0.1 ms (Euler: 5.1 ms); at 2 nA both lose one of 91 spikes.
 *
 * Units: ms, mV, nS, pF, pA.
 */
import type { Kind, Model, PopulationState, VaryingSpec } from "../engine/model.js";
import { registerModel } from "../engine/registry.js";
import { compileKernel } from "../engine/compile.js";
import { closest, quantity, readParams, type Quantity } from "../params/quantity.js";
import type { Warn } from "../params/warn.js";
import { fill, isConstant, type Varying } from "../network/values.js";
import { toSteps } from "../network/steps.js";
import type { Rng } from "../random/rng.js";
import { FAST_RECEPTOR_SCHEMA, SLOW_RECEPTOR_SCHEMA, conductanceReceptors, readSlowReceptors, slowConstants, slowReceptorCode,
  slowReceptorStep, type SlowConstants, type SlowReceptor } from "./receptors.js";

const pos = (unit: string, def: number, doc: string) => ({ unit, default: def, min: 0, exclusiveMin: true, doc });

/** Scalar parameters of the AdEx model (defaults: Brette & Gerstner 2005, Table 1). */
export const ADEX_SCHEMA = {
  C_m: pos("pF", 281, "membrane capacitance"),
  g_L: pos("nS", 30, "leak conductance"),
  Delta_T: pos("mV", 2, "slope factor Δ_T of the exponential spike initiation"),
  a: { unit: "nS", default: 4, doc: "subthreshold adaptation (negative: facilitation, Naud et al. 2008)" },
  b: { unit: "pA", default: 80.5, min: 0, doc: "spike-triggered adaptation increment" },
  tau_w: pos("ms", 144, "adaptation time constant"),
  t_ref: { unit: "ms", default: 0, min: 0, doc: "refractory period (V held at V_reset)" },
  ...FAST_RECEPTOR_SCHEMA,
};

/** Per-neuron parameters of the AdEx model (arrays, distributions or functions allowed). */
export const ADEX_VARYING: Record<"E_L" | "V_T" | "V_reset" | "V_peak" | "I_bias", VaryingSpec> = {
  E_L: { unit: "mV", default: -70.6, doc: "leak reversal potential" },
  V_T: { unit: "mV", default: -50.4, doc: "spike-initiation threshold (where the exponential's slope equals g_L)" },
  V_reset: { unit: "mV", default: -70.6, doc: "reset potential" },
  V_peak: { unit: "mV", default: -40.4, doc: "spike cut-off (default V_T + 5 Δ_T, per neuron)" },
  I_bias: { unit: "pA", default: 0, doc: "constant bias current" },
};

/** Options of {@link adex}: scalar parameters as quantities, per-neuron ones as any {@link Varying}. */
export type AdexOptions = Partial<Record<keyof typeof ADEX_SCHEMA | keyof typeof SLOW_RECEPTOR_SCHEMA, Quantity>> &
  Partial<Record<keyof typeof ADEX_VARYING, Varying>> & { receptors?: SlowReceptor[] };

/** Step constants of an AdEx population at one dt. */
export interface AdexConstants {
  dE: number; dI: number; fE: number; fI: number; eW: number; refSteps: number; slow: Record<string, SlowConstants>;
}

/** An AdEx model (see the file's doc comment). */
export type AdexModel = Model<AdexConstants> & { readonly options: AdexOptions };

/** Source of the kernel: the reference step's arithmetic, in the same order, specialised to the population's flags. */
function source(slow: readonly SlowReceptor[], flags: { ringE: boolean; ringI: boolean; current: boolean }): string {
  const s = slowReceptorCode(slow, "vi");
  return `
    const { n, spikes, state, counters } = pop;
    const { v, w, gE, gI, E_L, V_T, V_reset, V_peak, I_bias } = state, refractory = counters.refractory;
    const { C_m, g_L, Delta_T, a, b, E_E, E_I } = pop.model.params;
    const { dE, dI, fE, fI, eW, refSteps } = c;
    const ringE = pop.ring.E, ringI = pop.ring.I, Iext = pop.Iext;
    const k = -dt / C_m, aW = a * (1 - eW);
    const off = (step % pop.ringLength) * n;
    ${s.head}
    let ns = 0;
    for (let i = 0; i < n; i++) {
      let ge = gE[i], gi = gI[i];
      ${flags.ringE ? "ge += ringE[off + i]; ringE[off + i] = 0;" : ""}
      ${flags.ringI ? "gi += ringI[off + i]; ringI[off + i] = 0;" : ""}
      const vi = v[i], wi = w[i];
      let wn = wi * eW + aW * (vi - E_L[i]);
      ${s.read}
      if (refractory[i] > 0) {
        refractory[i]--;
      } else {
        const geM = ge * fE, giM = gi * fI;
        const ex = g_L * Math.exp(((vi < V_peak[i] ? vi : V_peak[i]) - V_T[i]) / Delta_T);
        const F = g_L * (E_L[i] - vi) + ex * Delta_T - wi + I_bias[i]${flags.current ? " + Iext[i]" : ""} + geM * (E_E - vi) + giM * (E_I - vi)${slow.length ? " + (gsE - gs * vi)" : ""};
        const x = k * (g_L + geM + giM${slow.length ? " + gs" : ""} - ex);
        const h = x === 0 ? 1 : Math.expm1(x) / x;
        let vn = vi - k * h * F;
        if (vn > V_peak[i]) { vn = V_reset[i]; wn += b; refractory[i] = refSteps; spikes[ns++] = i; }
        v[i] = vn;
      }
      w[i] = wn;
      gE[i] = ge * dE; gI[i] = gi * dI;
      ${s.decay}
    }
    pop.nSpikes = ns;
    return ns;`;
}

/**
 * Describes an AdEx neuron model. Scalar parameters are checked now (unknown names throw with a
 * guess); per-neuron parameters (E_L, V_T, V_reset, V_peak, I_bias) are drawn when a population is
 * created. Strings with units are accepted: `adex({ a: "4 nS", b: "0.0805 nA" })`.
 * @example adex({ a: 2, b: 60, tau_w: 300, V_T: { dist: "normal", mean: -50, sd: 1 } })
 */
export function adex(options: AdexOptions = {}): AdexModel {
  const slow = readSlowReceptors(options.receptors, "adex");
  const schema = slow.length ? { ...ADEX_SCHEMA, ...SLOW_RECEPTOR_SCHEMA } : ADEX_SCHEMA;
  const names = [...Object.keys(schema), ...Object.keys(ADEX_VARYING), "receptors"];
  const scalars: Record<string, Quantity> = {}, values: Record<string, Varying> = {};
  for (const [key, value] of Object.entries(options)) {
    if (key in SLOW_RECEPTOR_SCHEMA && !slow.length) throw new TypeError(`invalid adex option ${key}: it belongs to a slow receptor (add receptors: ["NMDA"] or ["GABA_B"])`);
    if (!names.includes(key)) {
      const guess = closest(key, names);
      throw new TypeError(`unknown parameter ${key} for adex` + (guess ? `; did you mean ${guess}?` : `; expected one of ${names.join(", ")}`));
    }
    if (value === undefined || key === "receptors") continue;
    if (key in ADEX_VARYING) values[key] = value as Varying;
    else scalars[key] = value as Quantity;
  }
  const params: Record<string, number> = readParams(schema, scalars, "adex");
  const constant: Record<string, number> = {};
  for (const [key, spec] of Object.entries(ADEX_VARYING)) {
    const v = values[key] ?? spec.default;
    if (isConstant(v)) constant[key] = quantity(key, v, spec.unit);
  }
  if (values.V_peak === undefined && "V_T" in constant) constant.V_peak = constant.V_T + 5 * params.Delta_T;
  checkPeak(constant, params.Delta_T, "");
  for (const r of slow) if (!(params[`tau_${r}_rise`] < params[`tau_${r}`])) {
    throw new RangeError(`invalid tau_${r}_rise: ${params[`tau_${r}_rise`]} ms (expected below tau_${r} = ${params[`tau_${r}`]} ms)`);
  }
  const { receptors, variables } = conductanceReceptors(slow, params);
  const model: AdexModel = {
    type: "adex",
    output: "spikes",
    params,
    values,
    varying: ADEX_VARYING,
    variables: {
      v: { unit: "mV", doc: "membrane potential" },
      w: { unit: "pA", doc: "adaptation current" },
      ...variables,
      refractory: { unit: "steps", doc: "refractory steps left", int: true, derived: true },
    },
    receptors,
    options: { ...options },
    defaultReceptor: (kind: Kind) => (kind === "excitatory" ? "E" : "I"),
    timeConstants() {
      const t: Record<string, number> = { tau_m: params.C_m / params.g_L, tau_w: params.tau_w, tau_E: params.tau_E, tau_I: params.tau_I };
      for (const r of slow) { t[`tau_${r}_rise`] = params[`tau_${r}_rise`]; t[`tau_${r}`] = params[`tau_${r}`]; }
      return t;
    },
    maxRate: (dt: number) => 1000 / (dt * (1 + Math.round(params.t_ref / dt))),
    initialize(pop: PopulationState, init: Record<string, Varying>, rng: Rng) {
      const s = pop.state;
      s.v.set(s.E_L);
      for (const [key, value] of Object.entries(init)) fill(`${pop.name}.init.${key}`, value, model.variables[key].unit, s[key], rng);
    },
    derive(pop: PopulationState) {
      const s = pop.state;
      for (let i = 0; i < pop.n; i++) {
        if (values.V_peak === undefined) s.V_peak[i] = s.V_T[i] + 5 * params.Delta_T;
        checkPeak({ V_T: s.V_T[i], V_reset: s.V_reset[i], V_peak: s.V_peak[i] }, params.Delta_T, `${pop.name}[${i}].`);
      }
    },
    prepare(pop: PopulationState, dt: number, warn: Warn): AdexConstants {
      const dE = Math.exp(-dt / params.tau_E), dI = Math.exp(-dt / params.tau_I);
      return {
        dE, dI, fE: (params.tau_E / dt) * (1 - dE), fI: (params.tau_I / dt) * (1 - dI), eW: Math.exp(-dt / params.tau_w),
        refSteps: toSteps(params.t_ref, dt, `${pop.name}.t_ref`, { warn }), slow: slowConstants(slow, params, dt),
      };
    },
    kernel(pop: PopulationState, dt: number) {
      const flags = { ringE: pop.receives.E, ringI: pop.receives.I, current: pop.Iext !== null };
      return compileKernel<AdexConstants>("adex", `${dt}|${slow.join(",")}|${flags.ringE}|${flags.ringI}|${flags.current}`, dt, () => source(slow, flags));
    },
    reference(pop: PopulationState, dt: number, step: number, c: AdexConstants): number {
      const { n, spikes, state: s, counters, ring, receives, Iext } = pop;
      const { C_m, g_L, Delta_T, a, b, E_E, E_I, Mg } = params;
      const off = (step % pop.ringLength) * n;
      const k = -dt / C_m, aW = a * (1 - c.eW);
      let ns = 0;
      for (let i = 0; i < n; i++) {
        let ge = s.gE[i], gi = s.gI[i];
        if (receives.E) { ge += ring.E[off + i]; ring.E[off + i] = 0; }
        if (receives.I) { gi += ring.I[off + i]; ring.I[off + i] = 0; }
        const vi = s.v[i], wi = s.w[i];
        let wn = wi * c.eW + aW * (vi - s.E_L[i]); // w's exact step at V frozen at V_n
        const sl = slowReceptorStep(slow, s, ring, off, i, vi, Mg, c.slow); // mean slow ḡ and Σ ḡ E; advances them
        if (counters.refractory[i] > 0) {
          counters.refractory[i]--;
        } else {
          const geM = ge * c.fE, giM = gi * c.fI;
          const ex = g_L * Math.exp((Math.min(vi, s.V_peak[i]) - s.V_T[i]) / Delta_T); // g_L e^{(V−V_T)/Δ_T}, capped at V_peak
          let F = g_L * (s.E_L[i] - vi) + ex * Delta_T - wi + s.I_bias[i];
          if (Iext) F += Iext[i];
          F += geM * (E_E - vi);
          F += giM * (E_I - vi);
          if (slow.length) F += sl.gE - sl.g * vi;
          let G = g_L + geM + giM; // −∂F/∂V (nS): the conductance of the linearised step
          if (slow.length) G += sl.g;
          G -= ex;
          const x = k * G;
          const h = x === 0 ? 1 : Math.expm1(x) / x; // φ(x) = (e^x − 1)/x
          let vn = vi - k * h * F;
          if (vn > s.V_peak[i]) { vn = s.V_reset[i]; wn += b; counters.refractory[i] = c.refSteps; spikes[ns++] = i; }
          s.v[i] = vn;
        }
        s.w[i] = wn;
        s.gE[i] = ge * c.dE; s.gI[i] = gi * c.dI;
      }
      pop.nSpikes = ns;
      return ns;
    },
    with: (o: Record<string, unknown>) => adex({ ...options, ...o } as AdexOptions),
    observables: () => ({
      I_E: { unit: "pA", doc: "AMPA current g_E (E_E − V) at the step's end", read: (pop, i) => pop.state.gE[i] * (params.E_E - pop.state.v[i]) },
      I_I: { unit: "pA", doc: "GABA_A current g_I (E_I − V) at the step's end", read: (pop, i) => pop.state.gI[i] * (params.E_I - pop.state.v[i]) },
    }),
    describe: () => `adex(a = ${params.a} nS, b = ${params.b} pA, τ_w = ${params.tau_w} ms${slow.length ? `; ${slow.join(", ")}` : ""})`,
  };
  return model;
}

/** Throws unless V_T < V_peak, V_reset < V_peak and the exponential stays finite (V_peak − V_T ≤ 100 Δ_T). */
function checkPeak(p: Record<string, number>, deltaT: number, where: string): void {
  const { V_T, V_reset, V_peak } = p;
  if (V_peak === undefined) return;
  if (V_T !== undefined && !(V_T < V_peak && V_peak - V_T <= 100 * deltaT)) {
    throw new RangeError(`invalid ${where}V_peak: ${V_peak} mV (expected above V_T = ${V_T} mV by at most 100 Δ_T = ${100 * deltaT} mV)`);
  }
  if (V_reset !== undefined && !(V_reset < V_peak)) throw new RangeError(`invalid ${where}V_reset: ${V_reset} mV (expected below V_peak = ${V_peak} mV)`);
}

registerModel("adex", adex as (options: Record<string, unknown>) => Model);
