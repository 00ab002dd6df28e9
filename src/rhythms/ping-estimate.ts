/**
 * An estimate of the PING period (pyramidal–interneuron network gamma; Whittington et al. 2000
 * Int J Psychophysiol 38:315; Börgers & Kopell 2003 Neural Comput 15:509) for conductance-based LIF
 * principal cells, as derived in notebook 04: after a volley the interneurons' inhibitory conductance
 * peaks at G and decays with τ_I; the principal cells, driven by a mean excitatory conductance ḡ_E,
 * can fire again once it has fallen to g*, where their steady-state voltage reaches threshold,
 *
 *   g* = [g_L (E_L − V_th) + ḡ_E (E_E − V_th)] / (V_th − E_I),
 *
 * which takes τ_I ln(G/g*); the voltage then follows with τ* = C/(g_L + ḡ_E + g*), and the loop adds
 * its delay d:  T ≈ d + τ_I ln(G/g*) + τ*.  It leaves out the interneurons' latency and the spread of
 * their volley, so it falls short of the simulated period. Units: nS, pF, mV, ms.
 */
import { checkOptions } from "../params/options.js";

/** Parameters of {@link pingPeriodEstimate} (nS, pF, mV, ms). */
export interface PingEstimateOptions {
  /** Loop delay E → I → E (ms). */
  delay: number;
  /** Decay time of inhibition at the principal cells (ms). */
  tauI: number;
  /** Peak inhibitory conductance after a volley (nS). */
  G: number;
  /** Mean excitatory drive conductance (nS). */
  gE: number;
  C: number;
  gL: number;
  EL: number;
  Vth: number;
  EE: number;
  EI: number;
}

const KEYS = ["delay", "tauI", "G", "gE", "C", "gL", "EL", "Vth", "EE", "EI"] as const;

/**
 * g*, τ* and the period estimate T (see the file comment). T is NaN when G ≤ g* (the inhibition never
 * holds the cells below threshold) or the drive alone fires the cells with no inhibition (g* ≤ 0).
 * @throws RangeError for a non-finite parameter, or V_th not between E_I and E_E.
 */
export function pingPeriodEstimate(o: PingEstimateOptions): { gStar: number; tauStar: number; period: number } {
  checkOptions("pingPeriodEstimate", o, KEYS);
  for (const k of KEYS) if (!Number.isFinite(o[k])) throw new RangeError(`invalid pingPeriodEstimate.${k}: ${o[k]} (expected a finite number)`);
  if (!(o.EI < o.Vth && o.Vth < o.EE)) throw new RangeError(`invalid pingPeriodEstimate: V_th = ${o.Vth} mV (expected between E_I = ${o.EI} and E_E = ${o.EE} mV)`);
  const gStar = (o.gL * (o.EL - o.Vth) + o.gE * (o.EE - o.Vth)) / (o.Vth - o.EI);
  const tauStar = o.C / (o.gL + o.gE + gStar);
  const period = gStar > 0 && o.G > gStar ? o.delay + o.tauI * Math.log(o.G / gStar) + tauStar : NaN;
  return { gStar, tauStar, period };
}
