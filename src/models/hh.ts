/**
 * The Hodgkin–Huxley family as engine models: what Wang–Buzsáki (wang-buzsaki.ts) and Traub–Miles
 * (traub-miles.ts) share. A model of the family is a single compartment
 *
 *   C_m dV/dt = −I_Na − I_K − I_L + I_E + I_I (+ I_NMDA + I_GABA_B) + I_bias + I_ext
 *   I_Na = g_Na m³ h (V − E_Na),   I_K = g_K n⁴ (V − E_K),   I_L = g_L (V − E_L)
 *   I_E = ḡ_E (E_E − V),           I_I = ḡ_I (E_I − V)       (receptors.ts)
 *   dx/dt = α_x(V) (1 − x) − β_x(V) x   for each gate x (m may instead be instantaneous: m = m∞(V))
 *
 * (ionic currents positive outward, synaptic and injected currents positive inward), given by its
 * rate functions α_x, β_x (1/ms of V in mV) and its spike rule.
 *
 * Integration: exponential Euler, as Brian2's `exponential_euler`. Over a step every equation is
 * linear in its own variable once the others are held at their values at the start of the step, and
 * is solved exactly for those frozen coefficients:
 *   x' = x∞ + (x − x∞) e^{−(α+β) dt},  x∞ = α/(α+β)   (α, β at the old V)
 *   V' = V∞ + (V − V∞) e^{−G dt/C_m},  G = g_Na m³h + g_K n⁴ + g_L + ḡ_syn,
 *        V∞ = (g_Na m³h E_Na + g_K n⁴ E_K + g_L E_L + Σ ḡ_syn E_syn + I_bias + I_ext) / G
 * with m, h, n (and m∞) at the start of the step. The synaptic conductances ḡ are their exact means
 * over the step, as for every conductance model of the engine (receptors.ts); Brian2 uses their values
 * at the start of the step, a relative difference of about dt/(2τ) (1 % at dt = 0.1 ms, τ_E = 5 ms).
 * The scheme is first order in dt and stable at any dt (every factor is a decaying exponential).
 *
 * Option `method: "staggered"` (second order; {@link HhMethod}): the scheme of Hines (1984) used by
 * NEURON. Gates live on half steps, V on whole steps; the step from t to t + dt is
 *   1. gates, exactly over [t − dt/2, t + dt/2] with V(t) frozen:
 *        x(t+dt/2) = x∞ + (x(t−dt/2) − x∞) e^{−(α+β) dt},   α, β at V(t)
 *   2. V, exactly over [t, t + dt] with the gates at t + dt/2 frozen (the same formula as above, with
 *      m, h, n at t + dt/2): an exponential midpoint rule, second order.
 * An instantaneous activation (Wang–Buzsáki's m∞) needs V at t + dt/2: a predictor, half a step of
 * exponential Euler from V(t) with m∞(V(t)) and the new h, n, gives V½ to O(dt²), and the step uses
 * m∞(V½). (Chosen over extrapolating from the two previous steps: no extra state, no start-up step,
 * and stable at any dt, being bounded by the reversal potentials like the step itself.) The cost is
 * one more exponential (and one more m∞) per neuron and step. Between steps the gate arrays hold
 * x(t − dt/2) while v holds V(t); gates initialised at their steady state at V(0) are then correct
 * to O(dt²) (dx/dt = 0 there), so the scheme stays second order from the first step. The slow
 * receptors' Mg block (NMDA) is still evaluated at V(t), a first-order term (small: the block varies
 * slowly with V, and only with the NMDA receptor).
 * Measured on Wang–Buzsáki (test/models/hh-method.test.ts; reference: RK4 of the paper's equations
 * at dt = 0.001 ms, whose rates equal Brian2's RK4 ones of bench/results/crosscheck-hh.md), f–I rate
 * error at I = 1, 5, 20 µA/cm²: staggered +0.75, −0.50, −0.48 % at dt = 0.1 ms; +0.33, −0.09,
 * −0.17 % at 0.05; +0.025, −0.002, −0.009 % at 0.01 (exponential Euler: −22, −22, −19 % at 0.1;
 * −13, −12, −10 % at 0.05; −3.0, −2.6, −2.4 % at 0.01). Order from dt = 0.01 → 0.005: 1.9–2.4
 * (exponential Euler 1.0). First spike at I = 5 µA/cm² (3.0287 ms): off by +0.043, +0.021,
 * +0.0014 ms at dt = 0.1, 0.05, 0.01 (exponential Euler +0.21, +0.12, +0.026 ms).
 * Which to choose: exponential Euler reproduces Brian2's `exponential_euler` (and COBAHH's published
 * set-up) step for step — choose it to compare with those. The staggered scheme costs about as much
 * per step and its error falls four-fold when dt halves: choose it for accurate rates and spike
 * times at a coarse dt (the same accuracy at 5–10× larger steps).
 *
 * Units: the engine works in ms, mV, nS, pF, pA. Papers give densities (µF/cm², mS/cm², µA/cm²);
 * a model has a membrane `area` (µm²) and its defaults are the paper's densities on that area:
 * a density D per cm² is D · area · 10⁻⁸ cm²/µm² absolute, i.e. 1 µF/cm² → area/100 pF,
 * 1 mS/cm² → area/100 nS, 1 µA/cm² → area/100 pA ({@link perArea}). C_m, g_Na, g_K, g_L (and
 * I_bias) accept an absolute value (number in pF/nS/pA, or "3500 nS") or a density string
 * ("35 mS/cm^2", "1 uF/cm^2"), converted on the model's area.
 */
import type { Kind, PopulationState, Receptor, Variable, VaryingSpec } from "../engine/model.js";
import type { Varying } from "../network/values.js";
import type { SlowReceptor } from "./receptors.js";
import { closest, quantity, readParams, type ParamSpec, type Quantity, type Schema } from "../params/quantity.js";

/**
 * Options every model of the family takes (numbers in ms, mV, nS, pF, pA, µm², or strings with
 * units); each model's file gives its defaults and adds its own (e.g. Wang–Buzsáki's φ).
 */
export interface HhOptions {
  /** Membrane area (µm²) on which densities are converted. */
  area?: Quantity;
  /** Capacitance (pF or µF/cm²). */
  C_m?: Quantity;
  /** Maximal Na⁺ conductance (nS or mS/cm²). */
  g_Na?: Quantity;
  /** Maximal delayed-rectifier K⁺ conductance (nS or mS/cm²). */
  g_K?: Quantity;
  /** Leak conductance (nS or mS/cm²). */
  g_L?: Quantity;
  E_Na?: Quantity;
  E_K?: Quantity;
  E_L?: Quantity;
  /** Spike detection voltage (mV, default −20). */
  V_spike?: Quantity;
  E_E?: Quantity; E_I?: Quantity; tau_E?: Quantity; tau_I?: Quantity;
  E_NMDA?: Quantity; tau_NMDA_rise?: Quantity; tau_NMDA?: Quantity; Mg?: Quantity;
  E_GABA_B?: Quantity; tau_GABA_B_rise?: Quantity; tau_GABA_B?: Quantity;
  /** Slow receptors to add: ["NMDA", "GABA_B"]. */
  receptors?: SlowReceptor[];
  /** Per-neuron bias current (pA, or a density string such as "1 uA/cm^2"; default 0). */
  I_bias?: Varying;
  /** Integration: "exponential-euler" (default, first order, as Brian2's) or "staggered" (second order). */
  method?: HhMethod;
}

/** The absolute value (pF, nS or pA) of a density of 1 µF/cm², 1 mS/cm² or 1 µA/cm² on `area` µm². */
export function perArea(area: number): number {
  return area * 1e-2;
}

/**
 * x / (1 − e^{−x/s}), the form of the HH rate functions with a removable singularity at x = 0
 * (limit s + x/2 for |x| < 10⁻⁶; relative error there < 10⁻¹²).
 */
export function linoid(x: number, s: number): number {
  return Math.abs(x) < 1e-6 ? s + x / 2 : x / (1 - Math.exp(-x / s));
}

/** The same as JS source, for generated kernels. */
export const LINOID_SOURCE = "function linoid(x, s) { return Math.abs(x) < 1e-6 ? s + x / 2 : x / (1 - Math.exp(-x / s)); }";

/** The integration methods of the family (see the module doc): first-order exponential Euler (default) or the second-order staggered scheme. */
export const HH_METHODS = ["exponential-euler", "staggered"] as const;

/** An integration method of the family: "exponential-euler" (default, first order, as Brian2's) or "staggered" (Hines/NEURON, second order). */
export type HhMethod = (typeof HH_METHODS)[number];

/** Reads option `method` (default "exponential-euler"); anything else throws a TypeError with a guess. */
export function readMethod(type: string, value: unknown): HhMethod {
  if (value === undefined) return "exponential-euler";
  if (typeof value === "string" && (HH_METHODS as readonly string[]).includes(value)) return value as HhMethod;
  const guess = typeof value === "string" ? closest(value, HH_METHODS) : undefined;
  throw new TypeError(`invalid method for ${type}: ${JSON.stringify(value)} (expected ${HH_METHODS.map((m) => `"${m}"`).join(" or ")})` +
    (guess ? `; did you mean ${guess}?` : ""));
}

/** A membrane parameter: an absolute unit (pF, nS, pA) and its default as a density. */
export interface MembraneSpec {
  unit: "pF" | "nS" | "pA";
  /** Default density in µF/cm² (pF), mS/cm² (nS) or µA/cm² (pA). */
  density: number;
  doc: string;
  /** The value must be > 0 (C_m, g_L); otherwise ≥ 0 (a channel may be blocked). Currents may have any sign. */
  positive?: boolean;
}

const DENSITY_UNIT = { pF: "uF/cm^2", nS: "mS/cm^2", pA: "uA/cm^2" } as const;

/** Spells "µ" as mathjs does ("u"). */
function ascii(text: string): string {
  return text.replace(/[\u00b5\u03bc]/g, "u");
}

/**
 * Reads one membrane quantity: a number (absolute), a string in the absolute unit, or a density
 * string converted on `area` µm².
 */
export function membraneQuantity(name: string, value: Quantity, unit: MembraneSpec["unit"], area: number, positive = false): number {
  const range = unit === "pA" ? {} : { min: 0, exclusiveMin: positive };
  if (typeof value !== "string") return quantity(name, value, unit, range);
  const text = ascii(value);
  let x: number;
  try {
    x = quantity(name, text, unit);
  } catch (e) {
    try {
      x = quantity(name, text, DENSITY_UNIT[unit]) * perArea(area);
    } catch {
      if (e instanceof RangeError) throw e;
      throw new TypeError(`invalid ${name}: ${JSON.stringify(value)} (expected ${unit === "pF" ? "a capacitance" : unit === "nS" ? "a conductance" : "a current"} ` +
        `such as "1 ${unit}" or a density such as "1 ${DENSITY_UNIT[unit]}", converted on the membrane area ${area} µm²)`);
    }
  }
  return quantity(name, x, unit, range);
}

/** Reads `area` (µm²), the membrane parameters and the scalar schema; unknown names throw with a guess. */
export function readHhParams(type: string, options: Record<string, unknown>, defaultArea: number, membrane: Record<string, MembraneSpec>,
  schema: Schema, extra: readonly string[]): Record<string, number> {
  const names = ["area", ...Object.keys(membrane), ...Object.keys(schema), ...extra];
  for (const key of Object.keys(options)) {
    if (!names.includes(key)) {
      const guess = closest(key, names);
      throw new TypeError(`unknown parameter ${key} for ${type}` + (guess ? `; did you mean ${guess}?` : `; expected one of ${names.join(", ")}`));
    }
  }
  const area = options.area === undefined ? defaultArea : quantity("area", ascii(String(options.area)) as Quantity, "um^2", { min: 0, exclusiveMin: true });
  const out: Record<string, number> = { area };
  for (const [name, spec] of Object.entries(membrane)) {
    const v = options[name] as Quantity | undefined;
    out[name] = v === undefined ? spec.density * perArea(area) : membraneQuantity(name, v, spec.unit, area, spec.positive);
  }
  const rest: Record<string, Quantity | undefined> = {};
  for (const key of Object.keys(schema)) rest[key] = options[key] as Quantity | undefined;
  return { ...out, ...readParams(schema, rest, type) };
}

/** A gating variable integrated as an ODE: its rate functions (reference) and the same as kernel source. */
export interface Gate {
  doc: string;
  /** α and β (1/ms) at V (mV) with parameters p. */
  rates(v: number, p: Readonly<Record<string, number>>): [number, number];
  /** Source defining `a_<name>` and `b_<name>` from `v0` (and constants of {@link HhDefinition.head}). */
  source: string;
}

/** How spikes are detected. */
export type SpikeRule =
  /** a spike when V rises above V_spike; none again until V has been ≤ V_spike at the start of a step (Brian2 `refractory="v > V_spike"`) */
  | "crossing"
  /** a spike when V > V_spike and at least t_ref has passed since the last spike (Brian2 `refractory=t_ref`) */
  | "dead-time";

/** What a model of the family declares (see wang-buzsaki.ts, traub-miles.ts). */
export interface HhDefinition {
  type: string;
  /** Default membrane area (µm²). */
  area: number;
  membrane: Record<string, MembraneSpec>;
  /** Scalar parameters besides the membrane ones (reversal potentials, V_spike, receptors …). */
  schema: Record<string, ParamSpec>;
  /** Gates integrated as ODEs, by variable name (a subset of m, h, n). */
  gates: Record<string, Gate>;
  /** When there is no gate "m": the instantaneous activation m∞ = α_m/(α_m + β_m). */
  mInf?: Gate;
  spike: SpikeRule;
  /** Kernel source run once per step before the loop: constants the gate sources use (from `P`, the params). */
  head: string;
}

/** Steady state x∞ = α/(α+β) of a gate at V. */
export function steadyState(g: Gate, v: number, p: Readonly<Record<string, number>>): number {
  const [a, b] = g.rates(v, p);
  return a / (a + b);
}

/** Time constant 1/(α+β) (ms) of a gate at V. */
export function gateTau(g: Gate, v: number, p: Readonly<Record<string, number>>): number {
  const [a, b] = g.rates(v, p);
  return 1 / (a + b);
}

/**
 * The smallest time constant of a gate below the spike: over V ∈ [−100 mV, V_spike] (0.1 mV grid),
 * for the dt check. (Above V_spike, during the spike, gates get faster still — down to 0.03 ms for
 * Traub–Miles' m — but exponential Euler integrates them stably there; what a coarse dt costs is
 * the timing of spike initiation, which these subthreshold time constants govern.)
 */
export function minGateTau(g: Gate, p: Readonly<Record<string, number>>): number {
  let m = Infinity;
  for (let v = -100; v <= p.V_spike; v += 0.1) m = Math.min(m, gateTau(g, v, p));
  return m;
}

/** Na activation at V: the gate m if there is one (read from the state), else m∞(V). */
export function sodiumActivation(def: HhDefinition, pop: PopulationState, i: number, p: Readonly<Record<string, number>>): number {
  return def.mInf ? steadyState(def.mInf, pop.state.v[i], p) : pop.state.m[i];
}

/** The family's state variables besides the receptors'. */
export function hhVariables(def: HhDefinition): Record<string, Variable> {
  const vars: Record<string, Variable> = { v: { unit: "mV", doc: "membrane potential" } };
  for (const [name, g] of Object.entries(def.gates)) vars[name] = { unit: "", doc: g.doc };
  vars.refractory = def.spike === "crossing"
    ? { unit: "", int: true, doc: "1 from a spike until V is back at or below V_spike, else 0" }
    : { unit: "", int: true, doc: "steps of the dead time t_ref left after a spike" };
  return vars;
}

/** Per-neuron parameters of the family: a bias current. */
export const HH_VARYING: Record<string, VaryingSpec> = {
  I_bias: { unit: "pA", default: 0, doc: "constant injected current (pA; a density string \"1 uA/cm^2\" is converted on the area)" },
};

/** A quantity a state monitor can record besides the state variables. */
export interface Observable { unit: string; doc: string; read(pop: PopulationState, i: number): number }

/** Currents a state monitor can record (pA): ionic ones positive outward, synaptic ones positive inward. */
export function hhObservables(def: HhDefinition, p: Readonly<Record<string, number>>): Record<string, Observable> {
  const out: Record<string, Observable> = {
    I_Na: { unit: "pA", doc: "sodium current g_Na m³h (V − E_Na), positive outward", read: (pop, i) => { const m = sodiumActivation(def, pop, i, p); return p.g_Na * m * m * m * pop.state.h[i] * (pop.state.v[i] - p.E_Na); } },
    I_K: { unit: "pA", doc: "potassium current g_K n⁴ (V − E_K), positive outward", read: (pop, i) => { const n = pop.state.n[i]; return p.g_K * n * n * n * n * (pop.state.v[i] - p.E_K); } },
    I_L: { unit: "pA", doc: "leak current g_L (V − E_L), positive outward", read: (pop, i) => p.g_L * (pop.state.v[i] - p.E_L) },
    I_E: { unit: "pA", doc: "excitatory synaptic current g_E (E_E − V), positive inward", read: (pop, i) => pop.state.gE[i] * (p.E_E - pop.state.v[i]) },
    I_I: { unit: "pA", doc: "inhibitory synaptic current g_I (E_I − V), positive inward", read: (pop, i) => pop.state.gI[i] * (p.E_I - pop.state.v[i]) },
  };
  if (def.mInf) {
    const mInf = def.mInf;
    out.m = { unit: "", doc: "instantaneous Na activation m∞(V)", read: (pop, i) => steadyState(mInf, pop.state.v[i], p) };
  }
  return out;
}

/** The receptor a projection drives by default: E from excitatory populations, I from inhibitory ones. */
export function defaultFastReceptor(kind: Kind): string {
  return kind === "excitatory" ? "E" : "I";
}

/** Receptors' time constants for the dt check. */
export function receptorTaus(receptors: Readonly<Record<string, Receptor>>, p: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, r] of Object.entries(receptors)) {
    if (name === "NMDA" || name === "GABA_B") {
      out[`tau_${name}_rise`] = p[`tau_${name}_rise`];
      out[`tau_${name}`] = p[`tau_${name}`];
    } else if (r.tau !== undefined) out[`tau_${name}`] = r.tau;
  }
  return out;
}

/** A per-neuron bias current as given: a density string becomes a number in pA on `area`; other values pass through. */
export function readBias(value: unknown, area: number): unknown {
  return typeof value === "string" ? membraneQuantity("I_bias", value, "pA", area) : value;
}
