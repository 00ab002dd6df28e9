/**
 * The STN–GPe loop of Nevado-Holgado, Terry & Bogacz (2010) as an engine network, for simulation
 * with its delays (delay-differential equations, models/rate-projection.ts; fourth-order integrator):
 * rate populations "STN" (excitatory, one unit, τ_S = 6 ms) and "GPe" (inhibitory, one unit,
 * τ_G = 14 ms) with the logistic transfers of Table 1, constant inputs I_STN = w_CS·C and
 * I_GPe = −w_XG·Str (as I_bias), and projections STN→GPe (w_SG, T_SG), GPe→STN (−w_GS, T_GS) and
 * GPe→GPe (−w_GG, T_GG). The same equations as {@link stnGpeSystem}; a stimulus can be added with
 * `net.current("STN", …)` (input in spk/s, inside F_S) and rates recorded with
 * `net.monitorState("STN", ["r"])`. History before t = 0 is the initial rate (constant).
 */
import { Network } from "../network/network.js";
import { nevadoHolgado, rateUnit } from "../models/rate.js";
import { checkOptions } from "../params/options.js";
import { STN_GPE, checkWeights, type StnGpeDelays, type StnGpeWeights } from "./stn-gpe-constants.js";

/** Options of {@link stnGpeNetwork}. */
export interface StnGpeNetworkOptions {
  /** Delays (ms, whole steps of dt); default Table 1's. */
  delays?: Partial<StnGpeDelays>;
  /** Cortical and striatal rates (spk/s); default 27 and 2. */
  cortex?: number;
  striatum?: number;
  /** Initial rates (spk/s); default STN 10, GPe 20 (off the fixed point, so a loop that can oscillate does). */
  init?: { STN?: number; GPe?: number };
  /** Time step (ms), default 0.1. */
  dt?: number;
}

const OPTIONS = ["delays", "cortex", "striatum", "init", "dt"];

/**
 * A network of the STN–GPe loop with weights `w` (see the file comment).
 * @throws RangeError for bad weights, delays or inputs; TypeError for unknown options.
 * @example const net = tr.stnGpeNetwork(tr.STN_GPE.parkinsonian); const m = net.monitorState("STN", ["r"]); net.run(2000);
 */
export function stnGpeNetwork(w: StnGpeWeights, options: StnGpeNetworkOptions = {}): Network {
  checkOptions("stnGpeNetwork", options, OPTIONS);
  checkWeights("stnGpeNetwork weights", w);
  const d = { ...STN_GPE.delays, ...(options.delays ?? {}) };
  const { cortex = STN_GPE.cortex, striatum = STN_GPE.striatum, dt = 0.1 } = options;
  const init = { STN: 10, GPe: 20, ...(options.init ?? {}) };
  for (const [k, v] of [["cortex", cortex], ["striatum", striatum], ["init.STN", init.STN], ["init.GPe", init.GPe]] as const) {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`invalid stnGpeNetwork.${k}: ${v} (expected a rate ≥ 0 spk/s)`);
  }
  const net = new Network({ dt, seed: 1 });
  net.population("STN", 1, rateUnit({ transfer: "logistic", tau: STN_GPE.tauS, ...nevadoHolgado(STN_GPE.stn), I_bias: w.wCS * cortex }), { init: { r: init.STN } });
  net.population("GPe", 1, rateUnit({ transfer: "logistic", tau: STN_GPE.tauG, ...nevadoHolgado(STN_GPE.gpe), I_bias: -w.wXG * striatum }), { kind: "inhibitory", init: { r: init.GPe } });
  const all = { rule: "all" } as const;
  net.connect("STN", "GPe", { rule: all, weight: w.wSG, delay: d.SG });
  net.connect("GPe", "STN", { rule: all, weight: -w.wGS, delay: d.GS });
  net.connect("GPe", "GPe", { rule: all, weight: -w.wGG, delay: d.GG });
  return net;
}
