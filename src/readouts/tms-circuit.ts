/**
 * A motor-cortex circuit for paired-pulse TMS: output (corticospinal-like) cells "E", fast-spiking
 * interneurons "PV" that inhibit E through GABA_A, and neurogliaform-like interneurons "NGF" that
 * inhibit E through GABA_B (slow, K⁺), all conductance-based LIF cells (`lif`, defaults: C = 200 pF,
 * g_L = 10 nS, E_L = −60, V_th = −50, V_reset = −60 mV; interneurons t_ref = 2 ms; GABA_B rise 50 ms,
 * decay 150 ms, E = −95 mV, receptors.ts).
 *
 * TMS reaches the cells through two fibre groups (tmsVolley): "TMS-I" fibres (thresholds spread
 * over [0, iHi]) onto PV — the low-threshold inhibitory circuit of SICI — and "TMS-E" fibres
 * (thresholds over [eLo, 1]) onto E and NGF. NGF cells have no background input and need many
 * TMS-E fibres, so only suprathreshold pulses recruit them: GABA_B inhibition needs strong,
 * synchronous interneuron firing (Tamás et al. 2003, Science 299:1902: neurogliaform cells evoke
 * slow GABA_A + GABA_B IPSPs). Background: per-target Poisson input (100 fibres at 10 Hz) onto E
 * and PV. There is no E→E, E→PV or PV→PV recurrence: a feed-forward circuit whose E spikes in a
 * window after the test pulse stand for the descending volley (the MEP proxy). Optionally (`nmda` > 0)
 * the TMS-E fibres also drive NMDA receptors on E (a candidate substrate of ICF; off by default).
 *
 * Weights in nS (peak conductance per synapse), in-degrees from each fibre group k = 40, PV→E and
 * NGF→E in-degree 20, delays 1 ms. Defaults chosen by hand (notebook 15) for: E background ≈ 2 Hz,
 * PV ≈ 8 Hz, a test pulse of 0.35 recruiting about half the E cells, a CS of 0.12 that fires no
 * E cell above background, and LICI of the order reported for suprathreshold paired pulses.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { checkOptions } from "../params/options.js";
import { tmsVolley, type TmsPulse } from "./tms.js";

/** Options of {@link tmsCircuit} (weights nS). */
export interface TmsCircuitOptions {
  pulses: readonly TmsPulse[];
  seed?: number;
  nE?: number; nPV?: number; nNGF?: number; fibres?: number;
  /** TMS-E → E (AMPA), TMS-E → NGF, TMS-I → PV weights. */
  wTE?: number; wTNGF?: number; wTPV?: number;
  /** TMS-E → E NMDA weight (default 0: no NMDA; > 0 gives the E cells NMDA receptors, Mg²⁺ block of Jahr & Stevens 1990). */
  nmda?: number;
  /** PV → E (GABA_A) and NGF → E (GABA_B) weights. */
  gA?: number; gB?: number;
  /** Background Poisson weights onto E and PV (100 fibres at 10 Hz each). */
  bgE?: number; bgPV?: number;
  /** Lowest threshold of the TMS-E fibres; highest threshold of the TMS-I fibres. */
  eLo?: number; iHi?: number;
}

/** Defaults of {@link tmsCircuit}. */
export const TMS_CIRCUIT = { seed: 1, nE: 400, nPV: 100, nNGF: 50, fibres: 200, wTE: 0.8, wTNGF: 1.5, wTPV: 0.3, nmda: 0, gA: 0.6, gB: 0.04, bgE: 0.38, bgPV: 0.35, eLo: 0.15, iHi: 0.6 } as const;

/**
 * The circuit (see the module comment) with the TMS pulses scheduled; monitor what you need and run
 * it. `gB` = 0 leaves out the GABA_B projection (the model's E cells keep the receptor).
 * @throws TypeError for an unknown option; RangeError (from the parts) for bad values.
 * @example const net = tmsCircuit({ pulses: pairedPulseSchedule(["test", { cs: 0.12, isi: 3 }], { ts: 0.35 }).pulses });
 */
export function tmsCircuit(options: TmsCircuitOptions): Network {
  checkOptions("tmsCircuit", options, ["pulses", ...Object.keys(TMS_CIRCUIT)]);
  const o = { ...TMS_CIRCUIT, ...options };
  const net = new Network({ dt: 0.1, seed: o.seed });
  const cell = (extra: object = {}) => lif({ synapse: "conductance", ...extra });
  const init = { v: { dist: "uniform" as const, low: -60, high: -52 } };
  net.population("E", o.nE, cell({ receptors: o.nmda > 0 ? ["NMDA", "GABA_B"] : ["GABA_B"] }), { kind: "excitatory", init });
  net.population("PV", o.nPV, cell({ t_ref: 2 }), { kind: "inhibitory", init });
  net.population("NGF", o.nNGF, cell({ t_ref: 2 }), { kind: "inhibitory" });
  net.spikeTimes("TMS-E", o.fibres, tmsVolley(o.pulses, { fibres: o.fibres, thresholds: [o.eLo, 1] }));
  net.spikeTimes("TMS-I", o.fibres, tmsVolley(o.pulses, { fibres: o.fibres, thresholds: [0, o.iHi] }));
  const k40 = { rule: "indegree" as const, k: 40 }, k20 = { rule: "indegree" as const, k: 20 };
  net.connect("TMS-E", "E", { rule: k40, weight: o.wTE, delay: 1 });
  if (o.nmda > 0) net.connect("TMS-E", "E", { rule: k40, weight: o.nmda, delay: 1, receptor: "NMDA", name: "TMS-E→E NMDA" });
  net.connect("TMS-E", "NGF", { rule: k40, weight: o.wTNGF, delay: 1 });
  net.connect("TMS-I", "PV", { rule: k40, weight: o.wTPV, delay: 1 });
  net.connect("PV", "E", { rule: k20, weight: o.gA, delay: 1 });
  if (o.gB > 0) net.connect("NGF", "E", { rule: k20, weight: o.gB, delay: 1, receptor: "GABA_B", name: "NGF→E GABA_B" });
  net.poissonInput("E", { n: 100, rate: 10, weight: o.bgE });
  net.poissonInput("PV", { n: 100, rate: 10, weight: o.bgPV });
  return net;
}
