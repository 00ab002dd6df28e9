/**
 * Subthreshold mean and fluctuations of a passive membrane under noisy synaptic input, in the
 * effective-time-constant approximation: the membrane is linearised about its mean V̄ at the mean
 * total conductance g_T, so every noise source is low-pass filtered by τ_eff = C/g_T
 * (Rudolph & Destexhe 2003 Neural Comput 15:2577 and 2005 Neural Comput 17:2301; the same
 * shot-noise calculation as Zerlaut et al. 2018 J Comput Neurosci 44:45). For a source of standard
 * deviation s_k (an Ornstein–Uhlenbeck process, or Poisson shot noise filtered by an exponential
 * synapse) with correlation time τ_k,
 *
 *   σ_V² = Σ_k u_k² τ_k / (τ_k + τ_eff),   u_k = s_k |E_k − V̄| / g_T (conductance), s_k / g_T (current).
 *
 * The linearisation drops δg·δV against ḡ·δV and δg·(E − V̄): terms of relative order σ_gT/g_T and
 * σ_V/|E_k − V̄|. Units: nS, mV, pA, pF, ms.
 */
import { checkRequired } from "../params/options.js";

/** A noise source: an excitatory or inhibitory conductance (nS, with reversal E in mV) or a current (pA, no E). */
export interface NoiseSource {
  /** Standard deviation (nS for a conductance, pA for a current). */
  sd: number;
  /** Correlation time (ms). */
  tau: number;
  /** Reversal potential (mV) of a conductance; omit for a current. */
  E?: number;
}

/** Options of {@link sigmaVEffective}. */
export interface EffectiveMembrane {
  /** Capacitance (pF). */
  C: number;
  /** Mean total conductance g_L + Σ ḡ (nS). */
  gTotal: number;
  /** Mean membrane potential V̄ (mV). */
  V: number;
  sources: readonly NoiseSource[];
}

function positive(name: string, x: number, unit: string): void {
  if (!(x > 0 && Number.isFinite(x))) throw new RangeError(`invalid ${name}: ${x} ${unit} (expected > 0)`);
}

/** σ_V (mV) of the linearised membrane: √(Σ u_k² τ_k/(τ_k + τ_eff)) with τ_eff = C/g_T (see the file header). */
export function sigmaVEffective(options: EffectiveMembrane): number {
  checkRequired("sigmaVEffective", options, ["C", "gTotal", "V", "sources"]);
  const { C, gTotal, V, sources } = options;
  positive("C", C, "pF");
  positive("gTotal", gTotal, "nS");
  if (!Number.isFinite(V)) throw new RangeError(`invalid V: ${V} mV (expected a finite mean potential)`);
  const tauEff = C / gTotal;
  let variance = 0;
  sources.forEach((s, k) => {
    if (!(s.sd >= 0)) throw new RangeError(`invalid sources[${k}].sd: ${s.sd} (expected ≥ 0)`);
    positive(`sources[${k}].tau`, s.tau, "ms");
    const u = (s.sd * (s.E === undefined ? 1 : Math.abs(s.E - V))) / gTotal;
    variance += (u * u * s.tau) / (s.tau + tauEff);
  });
  return Math.sqrt(variance);
}

/**
 * Mean and standard deviation of the conductance (or current) produced by n independent Poisson
 * trains of rate ν (Hz) through an exponential synapse of weight w and time constant τ (ms):
 * mean = n ν w τ, variance = n ν w² τ / 2 (Campbell's theorem). The correlation time is τ, so the
 * result is a {@link NoiseSource} for {@link sigmaVEffective}.
 */
export function shotNoise(options: { n: number; rate: number; weight: number; tau: number }): { mean: number; sd: number; tau: number } {
  checkRequired("shotNoise", options, ["n", "rate", "weight", "tau"]);
  const { n, rate, weight, tau } = options;
  if (!(n >= 0 && rate >= 0)) throw new RangeError(`invalid input: n = ${n}, rate = ${rate} Hz (expected ≥ 0)`);
  positive("tau", tau, "ms");
  const nu = (n * rate) / 1000; // per ms
  return { mean: nu * weight * tau, sd: Math.sqrt((nu * weight * weight * tau) / 2), tau };
}

/**
 * Steady-state potential of a membrane with conductances g_k to reversals E_k (leak included) and a
 * current I (pA): V̄ = (Σ g_k E_k + I) / Σ g_k (mV).
 */
export function steadyPotential(conductances: readonly { g: number; E: number }[], I = 0): number {
  let gs = 0, ge = 0;
  for (const { g, E } of conductances) {
    if (!(g >= 0)) throw new RangeError(`invalid conductance: ${g} nS (expected ≥ 0)`);
    gs += g; ge += g * E;
  }
  positive("total conductance", gs, "nS");
  return (ge + I) / gs;
}

/**
 * Bound on the exact mean's departure from V̄ = steadyPotential(mean conductances): averaging the
 * membrane equation gives ḡ_T E[V] + cov(g_T, V) = Σ ḡ_k E_k + I, so
 * |E[V] − V̄| = |cov(g_T, V)|/ḡ_T ≤ σ_gT σ_V / ḡ_T (Cauchy–Schwarz), σ_gT the sd of the total
 * conductance (independent sources: √Σ σ_k²).
 */
export function meanPotentialBound(options: { gTotal: number; sigmaG: number; sigmaV: number }): number {
  checkRequired("meanPotentialBound", options, ["gTotal", "sigmaG", "sigmaV"]);
  const { gTotal, sigmaG, sigmaV } = options;
  positive("gTotal", gTotal, "nS");
  if (!(sigmaG >= 0 && sigmaV >= 0)) throw new RangeError(`invalid sigmaG, sigmaV: ${sigmaG} nS, ${sigmaV} mV (expected ≥ 0)`);
  return (sigmaG * sigmaV) / gTotal;
}
