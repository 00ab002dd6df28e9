/**
 * Receptors of conductance-based models, by name. Every conductance model (LIF, AdEx, Wang–Buzsáki,
 * Traub–Miles) has the two fast receptors "E" and "I" (aliases "AMPA" and "GABA_A"), and on request
 * (`receptors: ["NMDA", "GABA_B"]` in the model's options) the slow ones:
 *
 *   E (AMPA):    g jumps by the weight, decays with tau_E;           I = g (E_E − V)
 *   I (GABA_A):  g jumps by the weight, decays with tau_I;           I = g (E_I − V)
 *   NMDA:        difference of exponentials (tau_NMDA_rise, tau_NMDA), voltage-dependent Mg²⁺ block
 *                B(V) = 1 / (1 + [Mg]/3.57 mM · e^{−0.062 V/mV})   (Jahr & Stevens 1990);
 *                I = g B(V) (E_NMDA − V)
 *   GABA_B:      difference of exponentials (tau_GABA_B_rise, tau_GABA_B), K⁺ reversal;  I = g (E_GABA_B − V)
 *
 * A difference-of-exponentials receptor has two variables: x (jumps by N·w at a spike, decays with
 * τ_r) and g, with τ_d dg/dt = −g + (τ_d − τ_r)/τ_r · x, so that one spike of weight w gives
 * g(t) = w N (e^{−t/τ_d} − e^{−t/τ_r}) and N normalises the peak of g to w: the weight is the peak
 * conductance (nS). Both propagate exactly over a step:
 *   x' = x e_r,  g' = g e_d + x (e_d − e_r),  e = e^{−dt/τ};
 * and the membrane step uses their exact mean over the step (as LIF does for E and I):
 *   ḡ = g τ_d/dt (1 − e_d) + x [τ_d/dt (1 − e_d) − τ_r/dt (1 − e_r)].
 * The constants are computed with expm1 (1 − e = −expm1(−dt/τ)): e_d − e_r and the x factor of ḡ are
 * small differences of numbers near 1 when dt ≪ τ, and would otherwise lose up to ~1e-8 relative.
 * The Mg block is evaluated at the voltage at the start of the step.
 *
 * Dale's law: E and NMDA take input from excitatory populations only, I and GABA_B from inhibitory ones.
 * Defaults: NMDA τ_r = 2 ms, τ_d = 100 ms, E = 0 mV, [Mg] = 1 mM (Brunel & Wang 2001; Jahr & Stevens
 * 1990); GABA_B τ_r = 50 ms, τ_d = 150 ms, E = −95 mV (slow K⁺ IPSP: Otis, De Koninck & Mody 1993).
 */
import type { FloatArray, Receptor, Variable } from "../engine/model.js";

const pos = (unit: string, def: number, doc: string) => ({ unit, default: def, min: 0, exclusiveMin: true, doc });

/** Parameters of the fast receptors, shared by every conductance model (the common vocabulary). */
export const FAST_RECEPTOR_SCHEMA = {
  E_E: { unit: "mV", default: 0, doc: "excitatory (AMPA) reversal potential" },
  E_I: { unit: "mV", default: -80, doc: "inhibitory (GABA_A) reversal potential" },
  tau_E: pos("ms", 5, "excitatory (AMPA) synaptic time constant"),
  tau_I: pos("ms", 10, "inhibitory (GABA_A) synaptic time constant"),
};

/** Parameters of the slow receptors (used only when the model's `receptors` option names them). */
export const SLOW_RECEPTOR_SCHEMA = {
  E_NMDA: { unit: "mV", default: 0, doc: "NMDA reversal potential" },
  tau_NMDA_rise: pos("ms", 2, "NMDA rise time constant"),
  tau_NMDA: pos("ms", 100, "NMDA decay time constant"),
  Mg: { unit: "", default: 1, min: 0, doc: "extracellular [Mg²⁺] (mM) for the NMDA block" },
  E_GABA_B: { unit: "mV", default: -95, doc: "GABA_B (K⁺) reversal potential" },
  tau_GABA_B_rise: pos("ms", 50, "GABA_B rise time constant"),
  tau_GABA_B: pos("ms", 150, "GABA_B decay time constant"),
};

/** Names of the slow receptors a model can add. */
export type SlowReceptor = "NMDA" | "GABA_B";
/** The slow receptors, in the order models allocate them. */
export const SLOW_RECEPTORS: readonly SlowReceptor[] = ["NMDA", "GABA_B"];

/** Other names users may give the fast receptors. */
export const RECEPTOR_ALIASES: Readonly<Record<string, string>> = { AMPA: "E", GABA_A: "I" };

/** Mg²⁺ block of NMDA receptors (Jahr & Stevens 1990): fraction of channels unblocked at V (mV), [Mg] in mM. */
export function mgBlock(v: number, mg: number): number {
  return 1 / (1 + (mg / 3.57) * Math.exp(-0.062 * v));
}

/** Peak normalisation N of a difference of exponentials: 1 / (e^{−t_p/τ_d} − e^{−t_p/τ_r}) at the peak time t_p. */
export function peakFactor(tauRise: number, tauDecay: number): number {
  if (!(tauRise < tauDecay)) throw new RangeError(`invalid rise time constant: ${tauRise} ms (expected below the decay time constant ${tauDecay} ms)`);
  const tp = (tauRise * tauDecay / (tauDecay - tauRise)) * Math.log(tauDecay / tauRise);
  return 1 / (Math.exp(-tp / tauDecay) - Math.exp(-tp / tauRise));
}

/** Checks a `receptors` option: a list of slow receptor names. */
export function readSlowReceptors(value: unknown, model: string): SlowReceptor[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`invalid ${model}.receptors: ${JSON.stringify(value)} (expected a list such as ["NMDA", "GABA_B"])`);
  for (const r of value) {
    if (!SLOW_RECEPTORS.includes(r)) {
      const fast = r === "AMPA" || r === "GABA_A" || r === "E" || r === "I";
      throw new TypeError(`invalid ${model}.receptors: ${JSON.stringify(r)} (expected "NMDA" or "GABA_B"${fast ? `; ${r} is always present` : ""})`);
    }
  }
  return [...new Set(value as SlowReceptor[])];
}

/** The receptors (and their state variables) of a conductance model with these slow receptors. */
export function conductanceReceptors(slow: readonly SlowReceptor[], p: Readonly<Record<string, number>>): { receptors: Record<string, Receptor>; variables: Record<string, Variable> } {
  const receptors: Record<string, Receptor> = {
    E: { variable: "gE", unit: "nS", from: "excitatory", sign: "positive", direct: true, tau: p.tau_E },
    I: { variable: "gI", unit: "nS", from: "inhibitory", sign: "positive", direct: true, tau: p.tau_I },
  };
  const variables: Record<string, Variable> = {
    gE: { unit: "nS", doc: "excitatory (AMPA) conductance" },
    gI: { unit: "nS", doc: "inhibitory (GABA_A) conductance" },
  };
  for (const r of slow) {
    receptors[r] = { variable: `x_${r}`, unit: "nS", from: r === "NMDA" ? "excitatory" : "inhibitory", sign: "positive", direct: false, tau: p[`tau_${r}_rise`] };
    variables[`x_${r}`] = { unit: "nS", doc: `${r} rise variable (peak-normalised input)` };
    variables[`g_${r}`] = { unit: "nS", doc: `${r} conductance` };
  }
  return { receptors, variables };
}

/**
 * Step constants of one slow receptor at dt: peak factor N, decay factors er = e^{−dt/τ_r},
 * ed = e^{−dt/τ_d}, their difference de = ed − er, the step-mean factors fg (of g) and fx (of x), and
 * the reversal potential E (mV).
 */
export interface SlowConstants { N: number; er: number; ed: number; de: number; fx: number; fg: number; E: number }

/** Step constants of the slow receptors of a model. */
export function slowConstants(slow: readonly SlowReceptor[], p: Readonly<Record<string, number>>, dt: number): Record<string, SlowConstants> {
  const out: Record<string, SlowConstants> = {};
  for (const r of slow) {
    const tr = p[`tau_${r}_rise`], td = p[`tau_${r}`];
    const mr = Math.expm1(-dt / tr), md = Math.expm1(-dt / td); // e − 1, accurate when dt ≪ τ
    const fg = -(td / dt) * md;
    out[r] = { N: peakFactor(tr, td), er: 1 + mr, ed: 1 + md, de: md - mr, fg, fx: fg + (tr / dt) * mr, E: p[`E_${r}`] };
  }
  return out;
}

/**
 * Source for a generated kernel: per neuron i, reads the slow receptors' input, and defines
 * `gs` (total mean slow conductance, nS, Mg block applied at voltage `v`) and `gsE` (Σ ḡ E, pA);
 * `decay` advances their variables. `c` is the name of the step constants object in the kernel.
 */
export function slowReceptorCode(slow: readonly SlowReceptor[], v: string): { head: string; read: string; decay: string } {
  if (slow.length === 0) return { head: "", read: "", decay: "" };
  let head = "", read = "let gs = 0, gsE = 0;", decay = "";
  for (const r of slow) {
    head += `const x_${r} = pop.state.x_${r}, g_${r} = pop.state.g_${r}, ring_${r} = pop.ring.${r}, K_${r} = c.slow.${r};
    const N_${r} = K_${r}.N, er_${r} = K_${r}.er, ed_${r} = K_${r}.ed, de_${r} = K_${r}.de, fx_${r} = K_${r}.fx, fg_${r} = K_${r}.fg, E_${r} = K_${r}.E;`;
    const block = r === "NMDA" ? ` / (1 + MG357 * Math.exp(-0.062 * ${v}))` : "";
    read += `
      let x${r} = x_${r}[i] + N_${r} * ring_${r}[off + i]; ring_${r}[off + i] = 0;
      const g${r} = g_${r}[i];
      const m${r} = (g${r} * fg_${r} + x${r} * fx_${r})${block};
      gs += m${r}; gsE += m${r} * E_${r};`;
    decay += `g_${r}[i] = g${r} * ed_${r} + x${r} * de_${r}; x_${r}[i] = x${r} * er_${r};`;
  }
  if (slow.includes("NMDA")) head += "const MG357 = pop.model.params.Mg / 3.57;";
  return { head, read, decay };
}

/**
 * The same in plain code, for reference steps: adds neuron i's slow receptor input, returns its mean
 * slow conductance and Σ ḡ E, and advances the variables.
 */
export function slowReceptorStep(slow: readonly SlowReceptor[], state: Record<string, FloatArray>, ring: Record<string, FloatArray>,
  off: number, i: number, v: number, mg: number, c: Record<string, SlowConstants>): { g: number; gE: number } {
  let g = 0, gE = 0;
  for (const r of slow) {
    const k = c[r];
    const x = state[`x_${r}`][i] + k.N * ring[r][off + i];
    ring[r][off + i] = 0;
    const gi = state[`g_${r}`][i];
    let m = gi * k.fg + x * k.fx;
    if (r === "NMDA") m /= 1 + (mg / 3.57) * Math.exp(-0.062 * v); // the Mg block, in the kernel's arithmetic (slowReceptorCode)
    g += m; gE += m * k.E;
    state[`g_${r}`][i] = gi * k.ed + x * k.de;
    state[`x_${r}`][i] = x * k.er;
  }
  return { g, gE };
}
