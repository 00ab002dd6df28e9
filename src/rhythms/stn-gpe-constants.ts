/**
 * Constants of the STN–GPe rate model of Nevado-Holgado, Terry & Bogacz (2010, J Neurosci
 * 30:12340), rat values:
 *
 *   τ_S dS/dt = F_S(w_CS·C − w_GS·G(t − T_GS)) − S
 *   τ_G dG/dt = F_G(w_SG·S(t − T_SG) − w_GG·G(t − T_GG) − w_XG·Str) − G
 *   F(x) = M / (1 + ((M − B)/B)·e^{−4x/M})     (F(0) = B, F → M, slope 1 at F = M/2)
 *
 * S, G: STN and GPe rates (spk/s); C, Str: cortical and striatal input rates (spk/s, constant).
 * Table 1 (rat): T_SG = T_GS = 6 ms, T_GG = 4 ms, τ_S = 6 ms, τ_G = 14 ms, M_S = 300, B_S = 17,
 * M_G = 400, B_G = 75 spk/s, C = 27, Str = 2 spk/s. Table 3: weights fitted to healthy and
 * Parkinsonian (6-OHDA-lesioned) rats. The weights are dimensionless (spk/s of input per spk/s).
 */

/** The five connection weights of the model (dimensionless; post ← pre in the name's order "from-to"). */
export interface StnGpeWeights {
  /** STN → GPe (excitatory). */
  wSG: number;
  /** GPe → STN (inhibitory, entered as a positive magnitude). */
  wGS: number;
  /** GPe → GPe (inhibitory, positive magnitude). */
  wGG: number;
  /** Cortex → STN (excitatory). */
  wCS: number;
  /** Striatum → GPe (inhibitory, positive magnitude). */
  wXG: number;
}

/** Transmission delays (ms): STN → GPe, GPe → STN, GPe → GPe. */
export interface StnGpeDelays {
  SG: number;
  GS: number;
  GG: number;
}

/** Nevado-Holgado et al. 2010, rat: Table 1 constants and Table 3 healthy and Parkinsonian weights. */
export const STN_GPE = Object.freeze({
  /** Time constants (ms). */
  tauS: 6,
  tauG: 14,
  /** Transmission delays (ms). */
  delays: Object.freeze({ SG: 6, GS: 6, GG: 4 }) as Readonly<StnGpeDelays>,
  /** Logistic transfer of STN: maximum and baseline rate (spk/s). */
  stn: Object.freeze({ M: 300, B: 17 }),
  /** Logistic transfer of GPe (spk/s). */
  gpe: Object.freeze({ M: 400, B: 75 }),
  /** Cortical and striatal input rates (spk/s). */
  cortex: 27,
  striatum: 2,
  /** Table 3, healthy rats. */
  healthy: Object.freeze({ wSG: 19, wGS: 1.12, wGG: 6.6, wCS: 2.42, wXG: 15.1 }) as Readonly<StnGpeWeights>,
  /** Table 3, Parkinsonian rats. */
  parkinsonian: Object.freeze({ wSG: 20, wGS: 10.7, wGG: 12.3, wCS: 9.2, wXG: 139.4 }) as Readonly<StnGpeWeights>,
});

const KEYS = ["wSG", "wGS", "wGG", "wCS", "wXG"] as const;

/**
 * Weights on the straight path from healthy (λ = 0) to Parkinsonian (λ = 1):
 * w(λ) = w_healthy + λ (w_Parkinsonian − w_healthy), every weight at once (λ may lie outside [0, 1]
 * to extrapolate). `from` and `to` default to {@link STN_GPE}'s healthy and Parkinsonian sets.
 * @throws RangeError for a non-finite λ.
 */
export function stnGpeWeights(lambda: number, from: StnGpeWeights = STN_GPE.healthy, to: StnGpeWeights = STN_GPE.parkinsonian): StnGpeWeights {
  if (!Number.isFinite(lambda)) throw new RangeError(`invalid stnGpeWeights lambda: ${lambda} (expected a finite number; 0 = healthy, 1 = Parkinsonian)`);
  const out = {} as StnGpeWeights;
  for (const k of KEYS) out[k] = from[k] + lambda * (to[k] - from[k]);
  return out;
}

/** Checks a weights object: all five weights finite and ≥ 0 (signs are the model's). */
export function checkWeights(label: string, w: StnGpeWeights): void {
  if (w === null || typeof w !== "object") throw new TypeError(`invalid ${label}: ${String(w)} (expected { wSG, wGS, wGG, wCS, wXG })`);
  for (const k of KEYS) {
    const v = w[k];
    if (!(typeof v === "number" && Number.isFinite(v) && v >= 0)) throw new RangeError(`invalid ${label}.${k}: ${v} (expected a finite weight ≥ 0; inhibitory weights are magnitudes)`);
  }
}
