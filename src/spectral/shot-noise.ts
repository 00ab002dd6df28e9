/**
 * The shot-noise conductance model of the LFP of Gao, Peterson & Voytek 2017 (NeuroImage 158:70,
 * Fig. 1): N_E excitatory and N_I inhibitory Poisson neurons (rates λ_E, λ_I) drive conductances
 * through double-exponential kernels k(t) = e^{−t/τ_d} − e^{−t/τ_r} (AMPA τ_r = 0.1, τ_d = 2 ms;
 * GABA_A τ_r = 0.5, τ_d = 10 ms), and the LFP is the summed synaptic current at a fixed membrane
 * potential: LFP(t) = g_E(t)(V − E_E) + g_I(t)(V − E_I), with V = −65, E_E = 0, E_I = −80 mV,
 * N_E = 8000 at 2 Hz and N_I = 2000 at 5 Hz. The E:I ratio is that of the mean conductances,
 * ⟨g_I⟩/⟨g_E⟩ (their 2 … 6); each spike's amplitude a is set from it: ⟨g⟩ = N λ a ∫k (∫k = τ_d − τ_r,
 * or dt Σ h[j] for the sampled kernel — 19 % less for AMPA at dt = 1 ms, whose 0.1-ms rise is not resolved).
 *
 * Simulation on a grid of dt (default 1 ms, as Gao et al.): Poisson counts per bin, each filtered by
 * the sampled kernel h[j] = k(j dt) (two exact first-order recursions). Its spectrum is known exactly
 * (Campbell's theorem for a filtered Poisson sequence): one-sided
 *   S(f) = 2 Σ_X N_X λ_X a_X² (V − E_X)² |dt·H_X(e^{i2πf dt})|²   (units² per Hz),
 * H the discrete-time Fourier transform of h — the |FFT of the kernel|² sum. As dt → 0, dt·H → K(f),
 * the continuous kernel's transform K(f) = τ_d/(1 + 2πifτ_d) − τ_r/(1 + 2πifτ_r)
 * ({@link shotNoiseSpectrum} with `continuous: true`).
 * Parameters as in the authors' simulation code (voytekresearch/EISlope, scripts/gao2017_PSDsim.m:
 * 8000 E at 2 Hz, 2000 I at 5 Hz, AMPA 0.1/2 ms, GABA_A 0.5/10 ms, 0/−80/−65 mV, dt = 1 ms, ratios 2–6,
 * 120-s runs, fit 30–50 Hz), where the ratio likewise scales g_I so that the total (time-integrated)
 * conductances N_I λ_I a_I ∫k_I / N_E λ_E a_E ∫k_E equal it.
 * Units: ms, Hz, mV, nS; the LFP in nS·mV = pA.
 */
import { Rng } from "../random/rng.js";
import { checkOptions } from "../params/options.js";

/** Parameters of the shot-noise LFP model (defaults: Gao et al. 2017). */
export interface ShotNoiseOptions {
  /** ⟨g_I⟩/⟨g_E⟩ (default 4). */
  ratio?: number;
  /** Mean excitatory conductance ⟨g_E⟩ (nS, default 1: sets only the scale). */
  gE?: number;
  nE?: number;
  nI?: number;
  /** Firing rates (Hz). */
  rateE?: number;
  rateI?: number;
  /** [rise, decay] time constants (ms). */
  tauE?: readonly [number, number];
  tauI?: readonly [number, number];
  /** Membrane potential and reversal potentials (mV). */
  V?: number;
  E_E?: number;
  E_I?: number;
  /** Time step (ms, default 1). */
  dt?: number;
}

/** The Gao et al. (2017) parameters (as in voytekresearch/EISlope scripts/gao2017_PSDsim.m). */
export const GAO_2017 = { ratio: 4, gE: 1, nE: 8000, nI: 2000, rateE: 2, rateI: 5, tauE: [0.1, 2] as const, tauI: [0.5, 10] as const, V: -65, E_E: 0, E_I: -80, dt: 1 };

const NAMES = Object.keys(GAO_2017);

function resolve(options: ShotNoiseOptions, continuous = false) {
  checkOptions("shotNoise", options, NAMES);
  const o = { ...GAO_2017, ...options };
  for (const k of ["ratio", "gE", "nE", "nI", "rateE", "rateI", "dt"] as const) {
    if (!(o[k] > 0) || !Number.isFinite(o[k])) throw new RangeError(`invalid ${k}: ${o[k]} (expected a positive number)`);
  }
  for (const k of ["tauE", "tauI"] as const) {
    const [r, d] = o[k];
    if (!(r > 0 && d > r)) throw new RangeError(`invalid ${k}: [${r}, ${d}] ms (expected 0 < rise < decay)`);
  }
  // per-spike amplitudes (nS) from the mean conductances: ⟨g⟩ = N λ a ∫k dt, with ∫k = τ_d − τ_r in continuous
  // time and dt Σ_j h[j] = dt [q_d/(1 − q_d) − q_r/(1 − q_r)] (q = e^{−dt/τ}) for the sampled kernel
  const area = ([r, d]: readonly [number, number]) => {
    if (continuous) return d - r;
    const qd = Math.exp(-o.dt / d), qr = Math.exp(-o.dt / r);
    return o.dt * (qd / (1 - qd) - qr / (1 - qr));
  };
  const aE = o.gE / (o.nE * (o.rateE / 1000) * area(o.tauE));
  const aI = (o.ratio * o.gE) / (o.nI * (o.rateI / 1000) * area(o.tauI));
  return { ...o, aE, aI, dE: o.V - o.E_E, dI: o.V - o.E_I };
}

/** A simulated shot-noise LFP: samples every dt ms, and the two conductances (nS). */
export interface ShotNoiseTrace {
  dt: number;
  lfp: Float64Array;
  gE: Float64Array;
  gI: Float64Array;
}

/**
 * Simulates the shot-noise LFP for `duration` ms (see the module comment), after a warm-up of
 * 10 × the slowest decay so the conductances start in their stationary state. Same seed → same trace.
 */
export function simulateShotNoise(duration: number, seed: number, options: ShotNoiseOptions = {}): ShotNoiseTrace {
  const o = resolve(options);
  if (!(duration > 0)) throw new RangeError(`invalid duration: ${duration} ms (expected > 0)`);
  const rng = Rng.stream(seed, "shot-noise");
  const n = Math.round(duration / o.dt);
  const warm = Math.ceil((10 * Math.max(o.tauE[1], o.tauI[1])) / o.dt);
  const muE = o.nE * (o.rateE / 1000) * o.dt, muI = o.nI * (o.rateI / 1000) * o.dt;
  const eEd = Math.exp(-o.dt / o.tauE[1]), eEr = Math.exp(-o.dt / o.tauE[0]);
  const eId = Math.exp(-o.dt / o.tauI[1]), eIr = Math.exp(-o.dt / o.tauI[0]);
  let xEd = 0, xEr = 0, xId = 0, xIr = 0;
  const lfp = new Float64Array(n), gE = new Float64Array(n), gI = new Float64Array(n);
  for (let j = -warm; j < n; j++) {
    // decay, add this bin's spikes, read: a spike in bin j adds a·h[m] to bin j + m, h[0] = 0
    const cE = rng.poisson(muE), cI = rng.poisson(muI);
    xEd = xEd * eEd + cE; xEr = xEr * eEr + cE; xId = xId * eId + cI; xIr = xIr * eIr + cI;
    const ge = o.aE * (xEd - xEr), gi = o.aI * (xId - xIr);
    if (j >= 0) { gE[j] = ge; gI[j] = gi; lfp[j] = ge * o.dE + gi * o.dI; }
  }
  return { dt: o.dt, lfp, gE, gI };
}

/** |τ_d/(1 + iωτ_d) − τ_r/(1 + iωτ_r)|² (ms²) at angular frequency ω (rad/ms). */
function kernelPower(w: number, [r, d]: readonly [number, number]): number {
  const re = d / (1 + w * w * d * d) - r / (1 + w * w * r * r);
  const im = -w * d * d / (1 + w * w * d * d) + w * r * r / (1 + w * w * r * r);
  return re * re + im * im;
}

/** |dt · Σ_{j≥0} h[j] e^{−iωj}|² (ms²) for h[j] = e^{−j dt/τ_d} − e^{−j dt/τ_r}, ω in rad/sample. */
function sampledKernelPower(w: number, [r, d]: readonly [number, number], dt: number): number {
  const geo = (q: number) => { const re = 1 - q * Math.cos(w), im = q * Math.sin(w); const m = re * re + im * im; return [re / m, -im / m]; };
  const [ar, ai] = geo(Math.exp(-dt / d));
  const [br, bi] = geo(Math.exp(-dt / r));
  const re = dt * (ar - br), im = dt * (ai - bi);
  return re * re + im * im;
}

/**
 * The exact one-sided PSD (pA² per Hz) of the shot-noise LFP at frequencies f (Hz): of the simulated
 * sampled process (default), or of the continuous-time model (`continuous: true`). Also the E and I
 * parts separately.
 */
export function shotNoiseSpectrum(f: ArrayLike<number>, options: ShotNoiseOptions & { continuous?: boolean } = {}): { power: Float64Array; e: Float64Array; i: Float64Array } {
  const { continuous = false, ...rest } = options;
  const o = resolve(rest, continuous);
  const kE = 2 * o.nE * o.rateE * (o.aE * o.dE) ** 2 * 1e-6, kI = 2 * o.nI * o.rateI * (o.aI * o.dI) ** 2 * 1e-6; // Hz · (nS mV)² · (ms² → s²)
  const e = new Float64Array(f.length), i = new Float64Array(f.length), power = new Float64Array(f.length);
  for (let j = 0; j < f.length; j++) {
    const pe = continuous ? kernelPower((2 * Math.PI * f[j]) / 1000, o.tauE) : sampledKernelPower((2 * Math.PI * f[j] * o.dt) / 1000, o.tauE, o.dt);
    const pi = continuous ? kernelPower((2 * Math.PI * f[j]) / 1000, o.tauI) : sampledKernelPower((2 * Math.PI * f[j] * o.dt) / 1000, o.tauI, o.dt);
    e[j] = kE * pe; i[j] = kI * pi; power[j] = e[j] + i[j];
  }
  return { power, e, i };
}

/**
 * The shot-noise LFP at several E:I ratios from the same Poisson spike trains (common random numbers:
 * g_I scales linearly with the ratio, so one simulation serves every ratio and differences between
 * ratios carry no sampling noise of their own). Returns one LFP (pA, every dt ms) per ratio.
 */
export function shotNoiseLfps(duration: number, seed: number, ratios: readonly number[], options: Omit<ShotNoiseOptions, "ratio"> = {}): Float64Array[] {
  const base = simulateShotNoise(duration, seed, { ...options, ratio: 1 });
  const o = resolve({ ...options, ratio: 1 });
  return ratios.map((r) => {
    if (!(r > 0)) throw new RangeError(`invalid ratio: ${r} (expected > 0)`);
    return Float64Array.from(base.gE, (g, j) => g * o.dE + r * base.gI[j] * o.dI);
  });
}
