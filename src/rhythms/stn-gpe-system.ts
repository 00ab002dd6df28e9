/**
 * The STN–GPe loop of Nevado-Holgado, Terry & Bogacz (2010) as a rate network for analysis
 * (dynamics/rate-system.ts): units "STN" (τ_S) and "GPe" (τ_G) with
 *
 *   W = [[0, −w_GS], [w_SG, −w_GG]]   (post ← pre),   delays [[0, T_GS], [T_SG, T_GG]] (ms),
 *   I_STN = w_CS·C + I_extra,   I_GPe = −w_XG·Str,
 *
 * and the logistic transfers F(x) = M/(1 + ((M − B)/B) e^{−4x/M}) of {@link STN_GPE} (rat, Table 1).
 * Fixed points are independent of the delays; `linearize(x)` gives the delayed linearisation whose
 * characteristic roots decide stability (λ in 1/ms; frequency 1000·Im λ/2π Hz).
 */
import { rateSystem, transferFunction, type RateSystem, type TransferFunction } from "../dynamics/rate-system.js";
import { nevadoHolgado } from "../models/rate.js";
import { checkOptions } from "../params/options.js";
import { STN_GPE, checkWeights, type StnGpeDelays, type StnGpeWeights } from "./stn-gpe-constants.js";

/** Options of {@link stnGpeSystem}. */
export interface StnGpeSystemOptions {
  /** Delays (ms); default Table 1's (T_SG = T_GS = 6, T_GG = 4). Missing entries keep the default. */
  delays?: Partial<StnGpeDelays>;
  /** Cortical and striatal rates (spk/s); default 27 and 2. */
  cortex?: number;
  striatum?: number;
  /** Extra constant input to STN (spk/s of input), e.g. the mean of a stimulus; default 0. */
  stnInput?: number;
  /** Replaces the STN transfer (e.g. a pulse-averaged one); default the logistic of Table 1. */
  stnTransfer?: TransferFunction;
}

const OPTIONS = ["delays", "cortex", "striatum", "stnInput", "stnTransfer"];

/** The logistic transfers of STN and GPe (Table 1), with their slopes. */
export function stnGpeTransfers(): { stn: TransferFunction; gpe: TransferFunction } {
  return {
    stn: transferFunction("logistic", nevadoHolgado(STN_GPE.stn)),
    gpe: transferFunction("logistic", nevadoHolgado(STN_GPE.gpe)),
  };
}

/**
 * The STN–GPe rate network with weights `w` (see the file comment).
 * @throws RangeError for a negative or non-finite weight, delay or input; TypeError for unknown options.
 * @example tr.fixedPoints(tr.stnGpeSystem(tr.STN_GPE.healthy), { bounds: [[0, 300], [0, 400]] })
 */
export function stnGpeSystem(w: StnGpeWeights, options: StnGpeSystemOptions = {}): RateSystem {
  checkOptions("stnGpeSystem", options, OPTIONS);
  checkWeights("stnGpeSystem weights", w);
  const d = { ...STN_GPE.delays, ...(options.delays ?? {}) };
  for (const k of ["SG", "GS", "GG"] as const) {
    if (!(Number.isFinite(d[k]) && d[k] >= 0)) throw new RangeError(`invalid stnGpeSystem.delays.${k}: ${d[k]} (expected a delay ≥ 0 ms)`);
  }
  const { cortex = STN_GPE.cortex, striatum = STN_GPE.striatum, stnInput = 0 } = options;
  for (const [k, v] of [["cortex", cortex], ["striatum", striatum], ["stnInput", stnInput]] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`invalid stnGpeSystem.${k}: ${v} (expected a finite rate in spk/s)`);
  }
  const F = stnGpeTransfers();
  return rateSystem({
    units: [
      { name: "STN", tau: STN_GPE.tauS, F: options.stnTransfer ?? F.stn, I: w.wCS * cortex + stnInput },
      { name: "GPe", tau: STN_GPE.tauG, F: F.gpe, I: -w.wXG * striatum },
    ],
    W: [[0, -w.wGS], [w.wSG, -w.wGG]],
    delays: [[0, d.GS], [d.SG, d.GG]],
  });
}
