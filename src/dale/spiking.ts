/**
 * A spiking Dale network that stores patterns: N_E current-based LIF E cells whose E→E weights are
 * J·W⁺ (dale.ts), N_I LIF interneurons driven all-to-all by the E cells (weight J_EI) with a tonic
 * bias current I₀, inhibiting E cell i with weight −w_i (current synapses, Brette et al. 2007 CUBA cell).
 *
 * Design (mean currents; rates ν in Hz, currents in pA, τ in ms):
 * - an E cell's recurrent current is (τ_E/1000) Σ_j J W_ij ν_j; with ON cells at ν_on and OFF cells
 *   silent (ν_j = ν_on r_j, r ∈ {0, 1}) a retrieved pattern gives ±ΔI = ±J τ_E ν_on/2000 around I_mid;
 *   J is chosen so that the LIF rate at I_mid + ΔI is ν_on: J = 2000 (f⁻¹(ν_on) − I_mid)/(τ_E ν_on);
 * - the E bias I_bias,i = I_mid − J τ_E ν_on/2000 · Σ_j W_ij + Δ_i (the 0/1 → ±1 bias, plus Δ_i below);
 * - the interneurons see I₀ + τ_E J_EI X/1000 with X = Σ_j ν_j, and fire ν_I(X) = f_I(·). Their
 *   inhibition must remove J τ_E c_i X/1000: matching the slope at the operating point
 *   X₀ = N_E ν_on/2 gives w_i = 10³ J c_i /(τ_I N_I f_I′ J_EI) (f_I′ in Hz/pA), and Δ_i cancels the
 *   constant: Δ_i = τ_I N_I w_i ν_I(X₀)/1000 − J τ_E c_i X₀/1000. This is the tangent of the LIF f–I
 *   curve at X₀; it is good while the interneurons stay on the nearly linear part of their f–I curve,
 *   which is what the tonic I₀ is for (Parisien et al. 2008; Nengo 1.4's optimizeInterneuronDomain).
 * f is the noise-free LIF rate 1000/(t_ref + τ_m ln((V∞ − V_r)/(V∞ − V_th))), V∞ = E_L + I/g_L.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { lifRate } from "../analysis/mean-field.js";
import type { DaleNetwork } from "./dale.js";

/** LIF parameters used by the design (the lif() defaults except t_ref). */
export interface LifCell { C_m: number; g_L: number; E_L: number; V_th: number; V_reset: number; t_ref: number }

/** The default E cell: C_m 200 pF, g_L 10 nS, E_L = V_reset = −60 mV, V_th −50 mV, t_ref 5 ms (≤ 200 Hz). */
export const DALE_CELL: LifCell = { C_m: 200, g_L: 10, E_L: -60, V_th: -50, V_reset: -60, t_ref: 5 };
/**
 * The default interneuron: fast (C_m 100 pF, τ_m 10 ms) and without refractory period, so that its
 * f–I curve is nearly straight above ~1.5× rheobase (f ≈ (RI − ΔV/2)/(τ_m ΔV) − ΔV/(12 τ_m RI) with
 * ΔV = V_th − V_reset); a refractory period bends it down at high input, the compensation then falls
 * short at high E rates and the network runs away.
 */
export const DALE_INTERNEURON: LifCell = { ...DALE_CELL, C_m: 100, t_ref: 0 };

/** Noise-free LIF rate (Hz) for a constant current I (pA). */
export function lifCurrentRate(I: number, cell: LifCell = DALE_CELL): number {
  return lifRate({ tau: cell.C_m / cell.g_L, t_ref: cell.t_ref, V_inf: cell.E_L + I / cell.g_L, V_reset: cell.V_reset, V_th: cell.V_th });
}

/** The current (pA) at which the noise-free LIF fires at ν Hz (inverse of {@link lifCurrentRate}). */
export function lifCurrentFor(nu: number, cell: LifCell = DALE_CELL): number {
  const T = 1000 / nu - cell.t_ref;
  if (!(nu > 0) || !(T > 0)) throw new RangeError(`invalid nu for lifCurrentFor: ${nu} Hz (expected 0 < ν < 1000/t_ref = ${1000 / cell.t_ref} Hz)`);
  const q = Math.exp(T / (cell.C_m / cell.g_L));
  return cell.g_L * ((q * cell.V_th - cell.V_reset) / (q - 1) - cell.E_L);
}

/** Options of {@link daleSpikingDesign}. */
export interface DaleSpikingOptions {
  /** Designed ON rate ν_on (Hz, default 40). */
  nuOn?: number;
  /** Mid current I_mid (pA, default 0.8 × the rheobase g_L (V_th − E_L) = 80 pA: the silent state is stable, a cue ignites a pattern). */
  Imid?: number;
  /** Synaptic time constants τ_E, τ_I (ms; defaults 50 (slow, NMDA-like) and 5: the inhibitory loop must follow the E rates faster than they change). */
  tauE?: number;
  tauI?: number;
  /** Interneurons' input range: J_EI is set so that X from 0 to N_E ν_on spans this many pA (default 200). */
  spanI?: number;
  /** Interneurons' tonic bias I₀ (pA, default 200). */
  I0?: number;
  cell?: LifCell;
  cellI?: LifCell;
}

/** Weights and biases of the spiking Dale network (see the file comment). */
export interface DaleSpikingDesign {
  J: number; JEI: number; wIE: Float64Array; Ibias: Float64Array; I0: number; nuOn: number; Imid: number;
  tauE: number; tauI: number; X0: number; nuI0: number; slopeI: number; cell: LifCell; cellI: LifCell;
}

/**
 * Weights (pA) and biases of the spiking network for Dale network `d` built from W (see the file comment).
 * @throws RangeError when the interneurons do not fire at the operating point (no slope to match).
 */
export function daleSpikingDesign(d: DaleNetwork, W: ArrayLike<number>, o: DaleSpikingOptions = {}): DaleSpikingDesign {
  const cell = o.cell ?? DALE_CELL, cellI = o.cellI ?? DALE_INTERNEURON;
  const { nuOn = 40, tauE = 50, tauI = 5, spanI = 200, I0 = 200 } = o;
  const Imid = o.Imid ?? 0.8 * cell.g_L * (cell.V_th - cell.E_L);
  const n = d.n, X0 = (n * nuOn) / 2;
  const J = (2000 * (lifCurrentFor(nuOn, cell) - Imid)) / (tauE * nuOn);
  const JEI = (1000 * spanI) / (tauE * n * nuOn);
  const Iop = I0 + (tauE * JEI * X0) / 1000, h = 0.5;
  const nuI0 = lifCurrentRate(Iop, cellI);
  const slopeI = (lifCurrentRate(Iop + h, cellI) - lifCurrentRate(Iop - h, cellI)) / (2 * h);
  if (!(nuI0 > 0 && slopeI > 0)) throw new RangeError(`invalid I0 for daleSpikingDesign: ${I0} pA leaves the interneurons silent at the operating point (${Iop} pA)`);
  const wIE = new Float64Array(n), Ibias = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    wIE[i] = (1e3 * J * d.c[i]) / (tauI * d.nI * slopeI * JEI);
    let ws = 0;
    for (let j = 0; j < n; j++) ws += W[i * n + j];
    const delta = (tauI * d.nI * wIE[i] * nuI0) / 1000 - (J * tauE * d.c[i] * X0) / 1000;
    Ibias[i] = Imid - ((J * tauE * nuOn) / 2000) * ws + delta;
  }
  return { J, JEI, wIE, Ibias, I0, nuOn, Imid, tauE, tauI, X0, nuI0, slopeI, cell, cellI };
}

/**
 * Compensation error (pA) of the interneurons at total E rate X (Hz): the inhibitory current they give
 * E cell i minus the linear target J τ_E c_i X/1000 + Δ_i (noise-free f–I; 0 at X₀ by construction).
 */
export function daleSpikingError(d: DaleNetwork, design: DaleSpikingDesign, X: number, i = 0): number {
  const { tauE, tauI, J, JEI, I0, wIE, X0, nuI0, cellI } = design;
  const nuI = lifCurrentRate(I0 + (tauE * JEI * X) / 1000, cellI);
  return (tauI * d.nI * wIE[i] * (nuI - nuI0)) / 1000 - (J * tauE * d.c[i] * (X - X0)) / 1000;
}

/** Options of {@link daleSpikingNetwork}. */
export interface DaleSpikingNetOptions {
  seed: number;
  /** ±1 cue: E cell i gets +cueAmp (cue_i = +1) or −cueAmp pA during [0, cueStop) ms. */
  cue: ArrayLike<number>;
  cueAmp?: number;
  cueStop?: number;
  /** Sd of an Ornstein–Uhlenbeck noise current on every cell (pA, τ 5 ms; default 20; 0 for none). */
  noise?: number;
  dt?: number;
}

/** Builds the spiking network of `design` (populations "E" and "I", current-based LIF). */
export function daleSpikingNetwork(d: DaleNetwork, design: DaleSpikingDesign, o: DaleSpikingNetOptions): Network {
  const { seed, cue, cueAmp = 150, cueStop = 50, noise = 20, dt = 0.1 } = o;
  const { cell, cellI, tauE, tauI } = design, n = d.n, nI = d.nI;
  if (cue.length !== n) throw new RangeError(`invalid cue for daleSpikingNetwork: ${cue.length} entries (expected ${n})`);
  const net = new Network({ dt, seed });
  const model = (c: LifCell, I_bias: number | Float64Array) => lif({ synapse: "current", C_m: c.C_m, g_L: c.g_L, E_L: c.E_L, V_th: c.V_th, V_reset: c.V_reset, t_ref: c.t_ref, tau_E: tauE, tau_I: tauI, I_bias });
  // start at the operating point's mean synaptic currents (half the cells ON at ν_on), so that the
  // inhibition is there from the first step instead of lagging behind a burst of the biased E cells
  const exc = new Float64Array(n), inh = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = 0;
    for (let j = 0; j < n; j++) x += d.Wplus[i * n + j];
    exc[i] = (design.J * tauE * x * design.nuOn) / 2000;
    inh[i] = -(tauI * nI * design.wIE[i] * design.nuI0) / 1000;
  }
  const v = { dist: "uniform" as const, low: cell.E_L, high: cell.V_th };
  net.population("E", n, model(cell, design.Ibias), { kind: "excitatory", init: { v, gE: exc, gI: inh } });
  net.population("I", nI, model(cellI, design.I0), { kind: "inhibitory", init: { v: { ...v, low: cellI.E_L, high: cellI.V_th }, gE: (tauE * design.JEI * design.X0) / 1000 } });
  const wEE = new Float64Array(n * n);
  for (let pre = 0; pre < n; pre++) for (let post = 0; post < n; post++) wEE[pre * n + post] = design.J * d.Wplus[post * n + pre];
  net.connect("E", "E", { rule: { rule: "all" }, weight: wEE, delay: 1 });
  net.connect("E", "I", { rule: { rule: "all" }, weight: design.JEI, delay: 1 });
  const wIE = new Float64Array(nI * n);
  for (let k = 0; k < nI; k++) for (let i = 0; i < n; i++) wIE[k * n + i] = -design.wIE[i];
  net.connect("I", "E", { rule: { rule: "all" }, weight: wIE, delay: 1 });
  const on: number[] = [], off: number[] = [];
  for (let i = 0; i < n; i++) (cue[i] > 0 ? on : off).push(i);
  if (on.length) net.current("E", { type: "step", amplitude: cueAmp, start: 0, stop: cueStop, neurons: on });
  if (off.length) net.current("E", { type: "step", amplitude: -cueAmp, start: 0, stop: cueStop, neurons: off });
  if (noise > 0) { net.current("E", { type: "noise", mean: 0, sd: noise, tau: 5 }); net.current("I", { type: "noise", mean: 0, sd: noise, tau: 5 }); }
  return net;
}

/**
 * Shot-noise standard deviation (pA) of the recurrent synaptic current of each E cell in a retrieved
 * pattern ξ (ξ = +1 cells firing Poisson at ν_on, the others silent, interneurons at ν_I(X₀)), by
 * Campbell's theorem for exponential current synapses, var = Σ_j ν_j w_j² τ/2 (ν in kHz, τ in ms):
 * `dale` for this network (E→E weights J W⁺ plus the I→E inhibition), `mixed` for a network with the
 * mixed-sign weights J W and no interneurons (what Dale's law forbids), and `common` for the part of
 * the Dale network's input that every E cell receives alike when the offset c is one constant: the
 * offset's drive J c Σ_j s_j(t) and the inhibition (the I→E weights are then equal). The difference
 * between two cells' inputs, h_i − h_k = Σ_j J (W_ij − W_kj) s_j(t), is the same in both networks:
 * Dale's extra noise moves all E cells together. Means over the E cells.
 */
export function daleInputNoise(d: DaleNetwork, W: ArrayLike<number>, design: DaleSpikingDesign, xi: ArrayLike<number>): { dale: number; mixed: number; common: number } {
  const { n, nI } = d, { J, nuOn, tauE, tauI, nuI0, wIE } = design;
  if (xi.length !== n) throw new RangeError(`invalid xi for daleInputNoise: ${xi.length} entries (expected ${n})`);
  let dale = 0, mixed = 0, common = 0;
  for (let i = 0; i < n; i++) {
    const vI = (nI * (nuI0 / 1000) * wIE[i] * wIE[i] * tauI) / 2;
    let vd = vI, vm = 0, vc = vI;
    for (let j = 0; j < n; j++) {
      if (xi[j] <= 0) continue;
      const a = J * d.Wplus[i * n + j], b = J * W[i * n + j], c = J * d.c[i];
      vd += ((nuOn / 1000) * a * a * tauE) / 2;
      vm += ((nuOn / 1000) * b * b * tauE) / 2;
      vc += ((nuOn / 1000) * c * c * tauE) / 2;
    }
    dale += Math.sqrt(vd) / n;
    mixed += Math.sqrt(vm) / n;
    common += Math.sqrt(vc) / n;
  }
  return { dale, mixed, common };
}

/**
 * Sd of the average over a window of T ms of a stationary noise with sd `sd` and autocorrelation
 * e^(−|t|/τ) (shot noise through an exponential synapse of time constant τ, an Ornstein–Uhlenbeck
 * process): sd · √((2τ/T)(1 − (τ/T)(1 − e^(−T/τ)))) — sd for T ≪ τ, sd·√(2τ/T) for T ≫ τ. What a
 * rate counted over the window sees of the noise (before the membrane's further low-pass filtering).
 * @throws RangeError for τ ≤ 0 or T ≤ 0.
 */
export function windowAverageSd(sd: number, tau: number, T: number): number {
  if (!(tau > 0)) throw new RangeError(`invalid tau for windowAverageSd: ${tau} ms (expected > 0)`);
  if (!(T > 0)) throw new RangeError(`invalid T for windowAverageSd: ${T} ms (expected > 0)`);
  const x = T / tau;
  return sd * Math.sqrt((2 / x) * (1 - (1 - Math.exp(-x)) / x));
}

/**
 * Synapses of a built network whose sign breaks Dale's law: weights < 0 from excitatory sources or
 * > 0 from inhibitory ones (current synapses: excitatory weights ≥ 0, inhibitory ≤ 0), over the
 * named projections (default: all). Counts the weights actually stored in the network (a constant
 * weight counts once).
 */
export function daleSignViolations(net: Network, names?: readonly string[]): number {
  let bad = 0;
  for (const proj of net.projections) {
    if (names && !names.includes(proj.name)) continue;
    const sign = proj.pre.kind === "inhibitory" ? -1 : 1, w = proj.weight;
    const ws = typeof w === "number" ? [w] : w;
    for (let k = 0; k < ws.length; k++) if (sign * ws[k] < 0) bad++;
  }
  return bad;
}
