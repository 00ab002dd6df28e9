/**
 * A conductance clamp in the LIF engine: neurons held under constant synaptic conductances g_E, g_I,
 * their membrane relaxing from V_start towards the steady state. It lets the balance equation be
 * checked against a simulation rather than against itself:
 *
 *   C_m dV/dt = −g_L (V − E_L) − g_E (V − E_E) − g_I (V − E_I)
 *   ⇒ V(t) = V∞ + (V_start − V∞) e^{−t/τ},  V∞ = Σ g E / Σ g,  τ = C_m / Σ g.
 *
 * The run measures V∞ as the last sample (the run should last ≫ τ: the residual is
 * (V_start − V∞) e^{−duration/τ}) and τ by a log-linear fit of V − V∞ (see analysis/tau-eff.ts).
 *
 * How the conductances are held constant: each neuron of one conductance-based LIF population starts
 * with g_E, g_I set and synaptic time constants of 10⁸ ms, so over a 400 ms run they decay by
 * 4·10⁻⁶ (relative); the engine's step-averaged conductance adds a rounding of ~10⁻⁷. The threshold
 * is far above every reversal potential, so the neurons never spike. The engine's exponential-Euler
 * step is exact for constant conductances, so the remaining error is this ~10⁻⁵ relative drift.
 *
 * Units: ms, mV, nS, pF.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";
import { fitExponentialDecay } from "../analysis/tau-eff.js";

/** One clamped neuron: its constant conductances (nS) and, optionally, its own leak reversal (mV). */
export interface ClampCase {
  g_E: number;
  g_I: number;
  E_L?: number;
}

/** Membrane and run options of {@link conductanceClamp} (defaults: COBA cell, E_I = −75 mV). */
export interface ClampOptions {
  /** Capacitance (pF, default 200) and leak conductance (nS, default 10). */
  C_m?: number;
  g_L?: number;
  /** Leak reversal (mV, default −60) for cases that do not give their own. */
  E_L?: number;
  /** Reversal potentials (mV, defaults 0 and −75). */
  E_E?: number;
  E_I?: number;
  /** Membrane potential at t = 0 (mV, default −70). */
  V_start?: number;
  /** Run length (ms, default 400: 20 passive time constants of the default cell) and step (ms, default 0.1). */
  duration?: number;
  dt?: number;
}

/** What the clamp run gives: the traces and, per case, the measured steady state and time constant. */
export interface ClampResult {
  /** Membrane potential of every neuron at t = 0 (mV). */
  V_start: number;
  /** Sample times (ms, from dt on) and V (mV) per case. */
  t: Float64Array;
  v: Float64Array[];
  /** V at the end of the run (mV), per case. */
  V_ss: number[];
  /** Relaxation time constant (ms) fitted to V − V_ss, per case; NaN when V_start is already V_ss. */
  tau: number[];
}

const CLAMP_OPTIONS = optionNames<ClampOptions>({ C_m: true, g_L: true, E_L: true, E_E: true, E_I: true, V_start: true, duration: true, dt: true });

/** Synaptic time constant that makes the clamped conductances constant over the run (ms). */
export const CLAMP_TAU_SYN = 1e8;

/**
 * Runs one LIF population, one neuron per case, under constant conductances, and measures each
 * neuron's steady state and relaxation time constant.
 * @example conductanceClamp([{ g_E: 8, g_I: 32 }]).tau[0] // ≈ 4 ms (200 pF / 50 nS)
 * @throws RangeError for an empty case list, negative conductances or a non-positive duration.
 */
export function conductanceClamp(cases: readonly ClampCase[], options: ClampOptions = {}): ClampResult {
  checkOptions("conductanceClamp", options, CLAMP_OPTIONS);
  const { C_m = 200, g_L = 10, E_L = -60, E_E = 0, E_I = -75, V_start = -70, duration = 400, dt = 0.1 } = options;
  if (!Array.isArray(cases) || cases.length === 0) throw new RangeError(`invalid cases: ${String(cases)} (expected a non-empty array of { g_E, g_I })`);
  const T = quantity("duration", duration, "ms", { min: 0, exclusiveMin: true });
  const gE = cases.map((c, k) => quantity(`cases[${k}].g_E`, c.g_E, "nS", { min: 0 }));
  const gI = cases.map((c, k) => quantity(`cases[${k}].g_I`, c.g_I, "nS", { min: 0 }));
  const EL = cases.map((c, k) => quantity(`cases[${k}].E_L`, c.E_L ?? E_L, "mV"));
  const V_th = 1000 + Math.max(E_E, E_I, V_start, ...EL); // never reached: the neurons are passive
  const net = new Network({ dt, seed: 1 });
  net.population("clamp", cases.length, lif({
    C_m, g_L, E_E, E_I, E_L: EL, V_th, V_reset: V_start, tau_E: CLAMP_TAU_SYN, tau_I: CLAMP_TAU_SYN,
  }), { init: { v: V_start, gE, gI } });
  const mon = net.monitorState("clamp", ["v"], { neurons: cases.map((_, k) => k), interval: dt });
  net.run(T);
  const { t, values } = mon.traces();
  const v = values.v!;
  const V_ss = v.map((s) => s[s.length - 1]);
  const tau = v.map((s, k) => {
    const y = Float64Array.from(s, (x) => x - V_ss[k]);
    if (!(Math.abs(y[0]) > 1e-9)) return NaN; // started at the steady state: nothing to fit
    return fitExponentialDecay(t, y).tau;
  });
  return { V_start, t, v, V_ss, tau };
}
