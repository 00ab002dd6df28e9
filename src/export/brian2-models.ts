/**
 * The Brian2 NeuronGroup of one tightrope population (see brian2.ts for the whole script): the
 * model's equations with Brian2 units, its parameters, its per-neuron values and initial state
 * (written beside the script as .npy arrays), and how it receives synaptic input.
 *
 * Supported models and how each step is reproduced:
 * - lif (models/lif.ts) with conductance, current or delta synapses, without adaptation (b = 0,
 *   w = 0) or slow receptors. Conductance: `exponential_euler` with the conductances scaled by
 *   f = τ/dt (1 − e^{−dt/τ}) — tightrope's step uses the exact mean of a decaying conductance over the
 *   step (lif-step.ts), and Brian2's exponential Euler freezes what multiplies V at the start of the
 *   step: so the scaled start value is the same mean, and both do the same arithmetic. Current and
 *   delta: `exact` (linear equations), as tightrope. Refractoriness: tightrope holds V for R = t_ref/dt
 *   whole steps AFTER the step of the crossing and tests the threshold again in step R + 1; Brian2
 *   2.5 is refractory while timestep(t − lastspike) < timestep(refractory), counting the crossing's
 *   step as 0, so `refractory = (R + 1)·dt` reproduces it. Delta synapses discard input that arrives
 *   during the refractory steps, as tightrope (and NEST's iaf_psc_delta): the jump is multiplied by
 *   int(timestep(t − lastspike_post, dt) ≥ R) (see {@link deltaGuard}); their v equation is multiplied
 *   by int(not_refractory) instead of flagged "(unless refractory)", since the flag also blocks every
 *   write to v while refractory — a jump applied after the last refractory step's update, which
 *   tightrope keeps, would be lost.
 * - wang-buzsaki and traub-miles (models/hh.ts). Exponential Euler (the default): Brian2's
 *   `exponential_euler` with every gate at the start of the step, conductances scaled as above, and
 *   for Wang–Buzsáki m∞ set before each step by run_regularly (bench/brian/hh.py: Brian2 then gives
 *   tightrope's spike trains). "staggered" (second order, Hines): Brian2 has no such scheme; the
 *   script integrates the same equations with `rk4` (continuous conductances, m = m∞(V) as a
 *   subexpression), a higher-order reference — spike times then agree to the schemes' errors only.
 *   Spike rules as in hh.ts: Wang–Buzsáki `threshold = refractory = "v > V_spike"` (one spike per
 *   upward crossing), Traub–Miles `threshold = "v > V_spike"`, `refractory = R·dt` (its dead time is
 *   counted as Brian2 counts it).
 */
import type { Population } from "../engine/population.js";
import type { FloatArray } from "../engine/model.js";
import type { LifModel } from "../models/lif.js";
import type { StepConstants } from "../models/lif-step.js";
import type { HhConstants } from "../models/hh-step.js";

/** The models the export supports, for error messages. */
export const BRIAN2_MODELS = "lif (conductance, current or delta synapses; without adaptation or NMDA/GABA_B receptors), wang-buzsaki, traub-miles";

/** Brian2's spelling of tightrope's internal units. */
export const BRIAN2_UNITS: Readonly<Record<string, string>> = { mV: "mV", nS: "nS", pA: "pA", pF: "pF", ms: "ms", Hz: "Hz", "": "1" };

/** A number as Python source: the shortest text that reads back to the same double. */
export function py(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`cannot write ${x} into a Brian2 script (expected a finite number)`);
  return String(x);
}

/** A quantity as Python source, e.g. `200*pF` (dimensionless: the bare number). */
export function pyq(x: number, unit: string): string {
  const u = BRIAN2_UNITS[unit];
  if (u === undefined) throw new TypeError(`no Brian2 unit for ${JSON.stringify(unit)}`);
  return u === "1" ? py(x) : `${py(x)}*${u}`;
}

/** One population as Brian2 code. */
export interface GroupCode {
  /** Python statements creating the group `name` and setting its state. */
  code: string;
  /** Arrays the code loads: file base name → values. */
  arrays: [string, Float64Array | Int32Array][];
  /** Refractory steps R of a LIF population (for the delta-synapse guard), else null. */
  refSteps: number | null;
}

/** Why a population cannot be exported, or null if it can (checked before anything is built). */
export function unsupportedModel(population: string, type: string, options: Record<string, unknown>): string | null {
  const head = `Brian2 export: population ${JSON.stringify(population)} has model "${type}"`;
  if (type === "lif") {
    const rec = options.receptors as unknown[] | undefined;
    if (rec && rec.length > 0) return `${head} with receptors ${rec.join(", ")}, which the export does not support yet (it supports ${BRIAN2_MODELS})`;
    if (typeof options.b === "number" ? options.b > 0 : options.b !== undefined && options.b !== 0) return `${head} with adaptation (b = ${JSON.stringify(options.b)}), which the export does not support yet (it supports ${BRIAN2_MODELS})`;
    return null;
  }
  if (type === "wang-buzsaki" || type === "traub-miles") {
    const rec = options.receptors as unknown[] | undefined;
    if (rec && rec.length > 0) return `${head} with receptors ${rec.join(", ")}, which the export does not support yet (it supports ${BRIAN2_MODELS})`;
    return null;
  }
  return `${head}, which the export does not support (it supports ${BRIAN2_MODELS})`;
}

const copy = (a: FloatArray): Float64Array => Float64Array.from(a);

/** Code of a LIF population `pop` (Python variable `name`, Brian2 name `id`). */
function lifGroup(pop: Population, name: string, id: string, c: StepConstants): GroupCode {
  const m = pop.model as unknown as LifModel;
  const p = m.params;
  if (pop.state.w.some((x) => x !== 0)) throw new TypeError(`Brian2 export: population ${pop.name} starts with adaptation w ≠ 0, which the export does not support yet`);
  const R = c.refSteps;
  const syn = m.synapse;
  const lines: string[] = [];
  const ns: string[] = [`C_m=${pyq(p.C_m, "pF")}`, `g_L=${pyq(p.g_L, "nS")}`];
  let eqs: string, method: string;
  if (syn === "conductance") {
    eqs = "dv/dt = (g_L*(E_L - v) + I_bias + f_E*gE*(E_E - v) + f_I*gI*(E_I - v))/C_m : volt (unless refractory)\n" +
      "dgE/dt = -gE/tau_E : siemens\ndgI/dt = -gI/tau_I : siemens\n";
    ns.push(`E_E=${pyq(p.E_E, "mV")}`, `E_I=${pyq(p.E_I, "mV")}`, `tau_E=${pyq(p.tau_E, "ms")}`, `tau_I=${pyq(p.tau_I, "ms")}`,
      `f_E=${py(c.fE)}`, `f_I=${py(c.fI)}`);
    method = "exponential_euler";
  } else if (syn === "current") {
    eqs = "dv/dt = (g_L*(E_L - v) + I_bias + gE + gI)/C_m : volt (unless refractory)\ndgE/dt = -gE/tau_E : amp\ndgI/dt = -gI/tau_I : amp\n";
    ns.push(`tau_E=${pyq(p.tau_E, "ms")}`, `tau_I=${pyq(p.tau_I, "ms")}`);
    method = "exact";
  } else {
    // not "(unless refractory)": Brian2 would then also block every write to v (the synaptic jumps) while
    // refractory, one step longer than tightrope discards them; deltaGuard does that instead
    eqs = "dv/dt = int(not_refractory)*(g_L*(E_L - v) + I_bias)/C_m : volt\n";
    method = "exact";
  }
  eqs += "E_L : volt (constant)\nV_th : volt (constant)\nV_reset : volt (constant)\nI_bias : amp (constant)\n";
  lines.push(`# population ${pop.name}: ${pop.n} ${pop.kind} neurons, lif with ${syn} synapses; t_ref = ${py(p.t_ref)} ms = R = ${R} steps:`,
    `# tightrope holds V for R steps after the crossing's step; Brian2 counts the crossing's step as 0, hence (R + 1)*dt`);
  if (syn === "conductance") lines.push("# f_E, f_I = tau/dt (1 - exp(-dt/tau)): the mean of a decaying conductance over a step relative to its start value");
  lines.push(`${name} = NeuronGroup(${pop.n}, """\n${eqs}""", threshold="v > V_th", reset="v = V_reset", refractory=${R + 1}*defaultclock.dt,`,
    `    method="${method}", name="${id}", namespace=dict(${ns.join(", ")}))`);
  const arrays: [string, Float64Array | Int32Array][] = [];
  const set = (v: string, unit: string) => { arrays.push([`${id}_${v}`, copy(pop.state[v])]); lines.push(`${name}.${v} = load("${id}_${v}")*${BRIAN2_UNITS[unit]}`); };
  set("E_L", "mV"); set("V_th", "mV"); set("V_reset", "mV"); set("I_bias", "pA"); set("v", "mV");
  if (syn !== "delta") { set("gE", syn === "conductance" ? "nS" : "pA"); set("gI", syn === "conductance" ? "nS" : "pA"); }
  if (pop.counters.refractory.some((x) => x !== 0)) throw new TypeError(`Brian2 export: population ${pop.name} starts with refractory neurons, which the export does not support`);
  return { code: lines.join("\n"), arrays, refSteps: R };
}

const HH_RATES: Record<string, string> = {
  "wang-buzsaki": `alpha_m = 0.1*(v + 35*mV)/(1 - exp(-(v + 35*mV)/(10*mV)))/mV/ms : Hz
beta_m = 4*exp(-(v + 60*mV)/(18*mV))/ms : Hz
alpha_h = phi*0.07*exp(-(v + 58*mV)/(20*mV))/ms : Hz
beta_h = phi/(1 + exp(-0.1*(v + 28*mV)/mV))/ms : Hz
alpha_n = phi*0.01*(v + 34*mV)/(1 - exp(-(v + 34*mV)/(10*mV)))/mV/ms : Hz
beta_n = phi*0.125*exp(-(v + 44*mV)/(80*mV))/ms : Hz
`,
  "traub-miles": `u = v - V_T : volt
alpha_m = 0.32*(13*mV - u)/(exp((13*mV - u)/(4*mV)) - 1)/mV/ms : Hz
beta_m = 0.28*(u - 40*mV)/(exp((u - 40*mV)/(5*mV)) - 1)/mV/ms : Hz
alpha_h = 0.128*exp((17*mV - u)/(18*mV))/ms : Hz
beta_h = 4/(1 + exp((40*mV - u)/(5*mV)))/ms : Hz
alpha_n = 0.032*(15*mV - u)/(exp((15*mV - u)/(5*mV)) - 1)/mV/ms : Hz
beta_n = 0.5*exp((10*mV - u)/(40*mV))/ms : Hz
`,
};

/** Code of a Wang–Buzsáki or Traub–Miles population. */
function hhGroup(pop: Population, name: string, id: string, c: HhConstants): GroupCode {
  const type = pop.model.type;
  const p = pop.model.params;
  const staggered = pop.model.options.method === "staggered";
  const wb = type === "wang-buzsaki";
  const fE = staggered ? "" : "f_E*", fI = staggered ? "" : "f_I*";
  let eqs = `dv/dt = (g_L*(E_L - v) + ${fE}gE*(E_E - v) + ${fI}gI*(E_I - v) - g_Na*m**3*h*(v - E_Na) - g_K*n**4*(v - E_K) + I_bias)/C_m : volt\n`;
  eqs += wb ? (staggered ? "m = alpha_m/(alpha_m + beta_m) : 1\n" : "m : 1\n") : "dm/dt = alpha_m*(1 - m) - beta_m*m : 1\n";
  eqs += "dh/dt = alpha_h*(1 - h) - beta_h*h : 1\ndn/dt = alpha_n*(1 - n) - beta_n*n : 1\n";
  eqs += "dgE/dt = -gE/tau_E : siemens\ndgI/dt = -gI/tau_I : siemens\n" + HH_RATES[type] + "I_bias : amp (constant)\n";
  const ns = [`C_m=${pyq(p.C_m, "pF")}`, `g_Na=${pyq(p.g_Na, "nS")}`, `g_K=${pyq(p.g_K, "nS")}`, `g_L=${pyq(p.g_L, "nS")}`,
    `E_Na=${pyq(p.E_Na, "mV")}`, `E_K=${pyq(p.E_K, "mV")}`, `E_L=${pyq(p.E_L, "mV")}`, `E_E=${pyq(p.E_E, "mV")}`, `E_I=${pyq(p.E_I, "mV")}`,
    `tau_E=${pyq(p.tau_E, "ms")}`, `tau_I=${pyq(p.tau_I, "ms")}`, `V_spike=${pyq(p.V_spike, "mV")}`];
  if (wb) ns.push(`phi=${py(p.phi)}`); else ns.push(`V_T=${pyq(p.V_T, "mV")}`);
  if (!staggered) ns.push(`f_E=${py(c.fE)}`, `f_I=${py(c.fI)}`);
  const refractory = wb ? `"v > V_spike"` : `${c.refSteps}*defaultclock.dt`;
  const lines = [`# population ${pop.name}: ${pop.n} ${pop.kind} neurons, ${type} (${staggered ? "tightrope: staggered scheme; Brian2: rk4 of the same equations" : "exponential Euler in both, gates at the start of the step"})`];
  if (!staggered) lines.push("# f_E, f_I = tau/dt (1 - exp(-dt/tau)): the mean of a decaying conductance over a step relative to its start value");
  lines.push(`${name} = NeuronGroup(${pop.n}, """\n${eqs}""", threshold="v > V_spike", refractory=${refractory},`,
    `    method="${staggered ? "rk4" : "exponential_euler"}", name="${id}", namespace=dict(${ns.join(", ")}))`);
  if (wb && !staggered) lines.push(`${name}.run_regularly("m = alpha_m/(alpha_m + beta_m)", when="before_groups")  # m = m_inf(V) at the start of each step`);
  const arrays: [string, Float64Array | Int32Array][] = [];
  const set = (v: string, unit: string) => { arrays.push([`${id}_${v}`, copy(pop.state[v])]); lines.push(`${name}.${v} = load("${id}_${v}")${unit === "" ? "" : "*" + BRIAN2_UNITS[unit]}`); };
  set("I_bias", "pA"); set("v", "mV"); set("gE", "nS"); set("gI", "nS");
  if (!wb) set("m", "");
  set("h", ""); set("n", "");
  if (pop.counters.refractory.some((x) => x !== 0)) throw new TypeError(`Brian2 export: population ${pop.name} starts in its spike rule's refractory state, which the export does not support`);
  return { code: lines.join("\n"), arrays, refSteps: null };
}

/** The Brian2 code of a population (model checked by {@link unsupportedModel} first). */
export function groupCode(pop: Population, name: string, id: string, constants: unknown): GroupCode {
  const type = pop.model.type;
  if (type === "lif") return lifGroup(pop, name, id, constants as StepConstants);
  if (type === "wang-buzsaki" || type === "traub-miles") return hhGroup(pop, name, id, constants as HhConstants);
  throw new TypeError(unsupportedModel(pop.name, type, pop.model.options as Record<string, unknown>) ?? `Brian2 export: model ${type}`);
}

/**
 * The factor that discards delta-synapse input arriving during a LIF target's R refractory steps,
 * as Brian2 code evaluated when the input is applied: `lag` = how many steps before the receiving
 * step it is applied (1 for synapses, whose on_pre runs after the state update of the step before;
 * 0 for PoissonInput scheduled before the groups). Empty when nothing is discarded (R = 0).
 */
export function deltaGuard(R: number, lag: 0 | 1, suffix = ""): string {
  if (R === 0) return "";
  // tightrope's target is refractory in step k iff 1 ≤ k − s0 ≤ R (s0: the crossing's step)
  return lag === 1 ? `*int(timestep(t - lastspike${suffix}, dt) >= ${R})` : `*int(timestep(t - lastspike${suffix}, dt) > ${R})`;
}
