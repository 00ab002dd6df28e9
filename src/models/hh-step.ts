/**
 * The step of a Hodgkin–Huxley family model (the equations and the scheme are in hh.ts): a readable
 * reference step and a generated kernel doing the same operations in the same order, and the Model
 * object both wang-buzsaki.ts and traub-miles.ts return.
 */
import type { Kernel, Model, PopulationState } from "../engine/model.js";
import { compileKernel } from "../engine/compile.js";
import type { Warn } from "../params/warn.js";
import { shortNumber } from "../params/warn.js";
import type { Rng } from "../random/rng.js";
import { fill, type Varying } from "../network/values.js";
import { conductanceReceptors, slowConstants, slowReceptorCode, slowReceptorStep, type SlowConstants, type SlowReceptor } from "./receptors.js";
import { HH_VARYING, LINOID_SOURCE, defaultFastReceptor, hhObservables, hhVariables, minGateTau, readMethod, receptorTaus, steadyState, type HhDefinition, type HhMethod } from "./hh.js";

/** Step constants of a family model at dt. */
export interface HhConstants {
  /** Decay of g_E and g_I over a step, e^{−dt/τ}. */
  dE: number;
  dI: number;
  /** Mean of g_E and g_I over a step relative to their start value, τ/dt (1 − e^{−dt/τ}). */
  fE: number;
  fI: number;
  /** Dead time in steps ("dead-time" spike rule). */
  refSteps: number;
  slow: Record<string, SlowConstants>;
}

/** Step constants at dt; warns when t_ref is not a whole number of steps. */
export function hhPrepare(def: HhDefinition, p: Readonly<Record<string, number>>, slow: readonly SlowReceptor[], dt: number, warn: Warn): HhConstants {
  const dE = Math.exp(-dt / p.tau_E), dI = Math.exp(-dt / p.tau_I);
  let refSteps = 0;
  if (def.spike === "dead-time") {
    refSteps = Math.round(p.t_ref / dt);
    if (Math.abs(refSteps * dt - p.t_ref) > 1e-9 * Math.max(1, p.t_ref)) {
      warn(`${def.type}-t_ref-${p.t_ref}-${dt}`, `${def.type}: t_ref = ${shortNumber(p.t_ref)} ms is not a whole number of steps of ${shortNumber(dt)} ms; using ${refSteps} steps (${shortNumber(refSteps * dt)} ms)`);
    }
  }
  return { dE, dI, fE: (p.tau_E / dt) * (1 - dE), fI: (p.tau_I / dt) * (1 - dI), refSteps, slow: slowConstants(slow, p, dt) };
}

/** The reference step (`method` as in hh.ts): plain code, one neuron after the other. Returns the number of spikes. */
export function hhReference(def: HhDefinition, slow: readonly SlowReceptor[], pop: PopulationState, dt: number, step: number, c: HhConstants,
  method: HhMethod = "exponential-euler"): number {
  const p = pop.model.params;
  const { n, state, counters, ring, spikes } = pop;
  const v = state.v, gE = state.gE, gI = state.gI, Ib = state.I_bias, refractory = counters.refractory;
  const off = (step % pop.ringLength) * n;
  const gateNames = Object.keys(def.gates);
  let ns = 0;
  for (let i = 0; i < n; i++) {
    const v0 = v[i];
    let sE = gE[i], sI = gI[i];
    if (pop.receives.E) { sE += ring.E[off + i]; ring.E[off + i] = 0; }
    if (pop.receives.I) { sI += ring.I[off + i]; ring.I[off + i] = 0; }
    const rates = gateNames.map((g) => def.gates[g].rates(v0, p));
    const advanceGates = () => gateNames.forEach((g, k) => {
      const [a, b] = rates[k];
      const sum = a + b, xInf = a / sum;
      state[g][i] = xInf + (state[g][i] - xInf) * Math.exp(-dt * sum);
    });
    const staggered = method === "staggered";
    if (staggered) advanceGates(); // gates from t − dt/2 to t + dt/2 at V(t)
    // gates (exponential Euler: at t; staggered: at t + dt/2) and conductances
    let m = def.mInf ? steadyState(def.mInf, v0, p) : state.m[i];
    const h = state.h[i], nK = state.n[i];
    const gK = p.g_K * ((nK * nK) * (nK * nK));
    const geM = sE * c.fE, giM = sI * c.fI;
    const s = slowReceptorStep(slow, state, ring, off, i, v0, p.Mg, c.slow);
    // membrane: exact for the frozen conductances, over a time `span`
    const membrane = (mNa: number, span: number) => {
      const gNa = p.g_Na * (mNa * mNa * mNa) * h;
      const G = gNa + gK + p.g_L + geM + giM + s.g;
      let I = gNa * p.E_Na + gK * p.E_K + p.g_L * p.E_L + geM * p.E_E + giM * p.E_I + s.gE + Ib[i];
      if (pop.Iext) I += pop.Iext[i];
      const vInf = I / G;
      return vInf + (v0 - vInf) * Math.exp((-span / p.C_m) * G);
    };
    // staggered, instantaneous m: half a step of exponential Euler with m∞(V(t)) predicts V(t + dt/2) to O(dt²)
    if (staggered && def.mInf) m = steadyState(def.mInf, membrane(m, 0.5 * dt), p);
    const v1 = membrane(m, dt);
    v[i] = v1;
    if (!staggered) advanceGates();
    gE[i] = sE * c.dE;
    gI[i] = sI * c.dI;
    // spike rule
    let r = refractory[i];
    if (def.spike === "crossing") {
      if (v0 <= p.V_spike) r = 0;
      if (v1 > p.V_spike && r === 0) { r = 1; spikes[ns++] = i; }
    } else {
      if (r > 0) r--;
      if (v1 > p.V_spike && r === 0) { r = c.refSteps; spikes[ns++] = i; }
    }
    refractory[i] = r;
  }
  pop.nSpikes = ns;
  return ns;
}

/** Flags a kernel variant depends on. */
interface Flags { ringE: boolean; ringI: boolean; current: boolean; method: HhMethod }

/** The source of a kernel variant (exported for inspection and tests). */
export function hhKernelSource(def: HhDefinition, slow: readonly SlowReceptor[], f: Flags): string {
  const gates = Object.keys(def.gates);
  const sl = slowReceptorCode(slow, "v0");
  const gateArrays = gates.map((g) => `const X_${g} = pop.state.${g};`).join(" ");
  const gateRates = [...gates.map((g) => def.gates[g].source), def.mInf ? def.mInf.source : ""].join("\n      ");
  const staggered = f.method === "staggered";
  // staggered with an instantaneous m: m∞ at the V(t + dt/2) predicted by half a step of exponential Euler
  const membrane = (m: string, k: string) => `{ const gNa = GNA * (${m} * ${m} * ${m}) * h;
        const G = gNa + gK + GL + geM + giM + gs;
        const I = gNa * ENA + gK * EK + GL * EL + geM * EE + giM * EI + gsE + Ib[i]${f.current ? " + Iext[i]" : ""};
        const vInf = I / G;
        VOUT = vInf + (v0 - vInf) * Math.exp(${k} * G); }`;
  const predictor = staggered && def.mInf
    ? `let vh = 0; ${membrane("m", "kH").replace("VOUT", "vh")}
      { const v0 = vh; ${def.mInf.source} m = a_m / (a_m + b_m); }` : "";
  const gateUpdates = gates.map((g) => `{ const s = a_${g} + b_${g}, xi = a_${g} / s; X_${g}[i] = xi + (X_${g}[i] - xi) * Math.exp(-dt * s); }`).join("\n      ");
  const spike = def.spike === "crossing"
    ? "if (v0 <= VSP) r = 0; if (v1 > VSP && r === 0) { r = 1; spikes[ns++] = i; }"
    : "if (r > 0) r--; if (v1 > VSP && r === 0) { r = REF; spikes[ns++] = i; }";
  return `${LINOID_SOURCE}
    const P = pop.model.params, n = pop.n;
    const v = pop.state.v, gE = pop.state.gE, gI = pop.state.gI, Ib = pop.state.I_bias, refractory = pop.counters.refractory, spikes = pop.spikes;
    const Iext = pop.Iext, ringE = pop.ring.E, ringI = pop.ring.I;
    ${gateArrays}
    const GNA = P.g_Na, GK = P.g_K, GL = P.g_L, ENA = P.E_Na, EK = P.E_K, EL = P.E_L, EE = P.E_E, EI = P.E_I, VSP = P.V_spike;
    const dE = c.dE, dI = c.dI, fE = c.fE, fI = c.fI, REF = c.refSteps, kC = -dt / P.C_m, kH = -0.5 * dt / P.C_m;
    ${def.head}
    ${sl.head}
    const off = (step % pop.ringLength) * n;
    let ns = 0;
    for (let i = 0; i < n; i++) {
      const v0 = v[i];
      let sE = gE[i], sI = gI[i];
      ${f.ringE ? "sE += ringE[off + i]; ringE[off + i] = 0;" : ""}
      ${f.ringI ? "sI += ringI[off + i]; ringI[off + i] = 0;" : ""}
      ${gateRates}
      ${staggered ? gateUpdates : ""}
      let m = ${def.mInf ? "a_m / (a_m + b_m)" : "X_m[i]"};
      const h = X_h[i], nK = X_n[i];
      const gK = GK * ((nK * nK) * (nK * nK));
      const geM = sE * fE, giM = sI * fI;
      ${sl.read || "const gs = 0, gsE = 0;"}
      ${predictor}
      let v1 = 0; ${membrane("m", "kC").replace("VOUT", "v1")}
      v[i] = v1;
      ${staggered ? "" : gateUpdates}
      gE[i] = sE * dE; gI[i] = sI * dI;
      ${sl.decay}
      let r = refractory[i];
      ${spike}
      refractory[i] = r;
    }
    pop.nSpikes = ns;
    return ns;`;
}

/** The compiled kernel of a family model for a population as it is now (cached per model type, slow receptors, flags and dt). */
export function hhKernel(def: HhDefinition, slow: readonly SlowReceptor[], pop: PopulationState, dt: number,
  method: HhMethod = "exponential-euler"): Kernel<HhConstants> {
  const f: Flags = { ringE: !!pop.receives.E, ringI: !!pop.receives.I, current: pop.Iext !== null, method };
  const key = `${dt}|${slow.join(",")}|${f.ringE}${f.ringI}${f.current}|${method}`;
  return compileKernel<HhConstants>(def.type, key, dt, () => hhKernelSource(def, slow, f));
}

/**
 * The Model object of a family model with checked parameters `params`, per-neuron values and
 * slow receptors; `factory` makes the validated copies of {@link Model.with}.
 */
export function hhModel(def: HhDefinition, options: Record<string, unknown>, params: Record<string, number>, values: Record<string, Varying>,
  slow: SlowReceptor[], factory: (options: Record<string, unknown>) => Model): Model {
  const method = readMethod(def.type, options.method);
  const { receptors, variables: receptorVars } = conductanceReceptors(slow, params);
  const variables = { ...hhVariables(def), ...receptorVars };
  const model: Model<HhConstants> = {
    type: def.type,
    output: "spikes",
    params: Object.freeze({ ...params }),
    values: Object.freeze({ ...values }),
    varying: HH_VARYING,
    variables,
    receptors,
    options: Object.freeze({ ...options }),
    defaultReceptor: defaultFastReceptor,
    timeConstants() {
      // Na activation m is left out: Wang–Buzsáki takes it as instantaneous, and in Traub–Miles it is
      // an order of magnitude faster than h and n (≈ 0.05 ms); exponential Euler follows it stably
      // (m → m∞ at the voltage of the step before), and rates converge linearly in dt
      // (bench/results/crosscheck-hh.md) — the inactivation and K⁺ gates set the useful dt.
      const out: Record<string, number> = { ...receptorTaus(receptors, params) };
      for (const [g, gate] of Object.entries(def.gates)) if (g !== "m") out[`tau_${g} (fastest below V_spike)`] = minGateTau(gate, params);
      return out;
    },
    maxRate(dt) {
      return 1000 / Math.max(2 * dt, def.spike === "dead-time" ? params.t_ref : 0);
    },
    initialize(pop: PopulationState, init: Record<string, Varying>, rng: Rng) {
      const { state, counters } = pop;
      fill(`${pop.name}.init.v`, init.v ?? params.E_L, "mV", state.v, rng);
      for (const [g, gate] of Object.entries(def.gates)) {
        if (init[g] !== undefined) fill(`${pop.name}.init.${g}`, init[g], "", state[g], rng);
        else for (let i = 0; i < pop.n; i++) state[g][i] = steadyState(gate, state.v[i], params);
      }
      for (const [name, spec] of Object.entries(receptorVars)) fill(`${pop.name}.init.${name}`, init[name] ?? 0, spec.unit, state[name], rng);
      const r = new Float64Array(pop.n);
      fill(`${pop.name}.init.refractory`, init.refractory ?? 0, "", r, rng);
      for (let i = 0; i < pop.n; i++) counters.refractory[i] = Math.round(r[i]);
    },
    prepare: (pop, dt, warn) => hhPrepare(def, params, slow, dt, warn),
    kernel: (pop, dt) => hhKernel(def, slow, pop, dt, method),
    reference: (pop, dt, step, c) => hhReference(def, slow, pop, dt, step, c, method),
    with: (changes) => factory({ ...options, ...changes }) as unknown as Model<HhConstants>,
    observables: () => hhObservables(def, params),
    describe: () => `${def.type}(${["E", "I", ...slow].join(", ")})${method === "staggered" ? ", staggered" : ""}`,
  };
  // the engine holds models as Model (step constants opaque to it); ours are HhConstants throughout
  return model as unknown as Model;
}
