/**
 * Interneuron network gamma (ING) after Wang & Buzsáki (1996, J Neurosci 16:6402): a population "I"
 * of Wang–Buzsáki fast-spiking interneurons (models/wang-buzsaki.ts) coupled all-to-all (no
 * autapses; or at random with probability p) by GABA_A synapses, each cell driven by a constant
 * current I_app drawn from a normal distribution (mean `drive`, sd `driveSd`, µA/cm²: the network's
 * heterogeneity). Each synapse's conductance jumps by g_syn/M at a presynaptic spike (M: the mean
 * number of inputs per cell, so a cell receives g_syn in total when all its inputs fire once) and
 * decays with τ_GABA; I_syn = g (E_syn − V), E_syn = −75 mV as in the paper.
 *
 * Differences from the paper: the paper's synaptic gate obeys ds/dt = α F(V_pre)(1 − s) − βs with
 * F = 1/(1 + e^{−V_pre/2 mV}), α = 12 ms⁻¹, β = 0.1 ms⁻¹ (1/β = τ), so it rises during the spike and
 * saturates (ModelDB 26997, fvpre.mod); here g jumps at the
 * spike and does not saturate — the same decay, a peak that grows without bound if a cell fired
 * twice within τ (it does not in synchronous ING). The paper has no synaptic delay; the engine's
 * smallest delay is one step (default 0.5 ms here).
 *
 * Units: drive in µA/cm² and g_syn in mS/cm² on the model's membrane area (10⁴ µm²: 1 µA/cm² =
 * 100 pA, 1 mS/cm² = 100 nS); τ_GABA and delay in ms. Defaults: n = 100, g_syn = 0.1 mS/cm²,
 * τ_GABA = 10 ms, drive 1 ± 0.03 µA/cm², delay 0.5 ms, dt = 0.05 ms with the second-order
 * "staggered" HH scheme (rate error ≈ 0.3 % at this dt, models/hh.ts), initial V uniform in
 * [−70, −50] mV.
 */
import { Network } from "../network/network.js";
import { WANG_BUZSAKI, wangBuzsaki } from "../models/wang-buzsaki.js";
import { perArea } from "../models/hh.js";
import { checkOptions } from "../params/options.js";

/** Options of {@link ingNetwork}. */
export interface IngOptions {
  n?: number;
  /** GABA_A decay time constant τ_GABA (ms). */
  tauGABA?: number;
  /** Total synaptic conductance per cell g_syn (mS/cm²). */
  gSyn?: number;
  /** Synaptic reversal potential (mV). */
  E_syn?: number;
  /** Mean and sd of the applied current (µA/cm²). */
  drive?: number;
  driveSd?: number;
  /** Synaptic delay (ms). */
  delay?: number;
  /** Connection probability (1: all-to-all without autapses). */
  p?: number;
  dt?: number;
  seed?: number;
}

const OPTIONS = ["n", "tauGABA", "gSyn", "E_syn", "drive", "driveSd", "delay", "p", "dt", "seed"];

/** Membrane area of the Wang–Buzsáki model (µm²): 1 µA/cm² is area/100 pA, 1 mS/cm² is area/100 nS. */
const PER_DENSITY = perArea(WANG_BUZSAKI.area);

/**
 * A network of Wang–Buzsáki interneurons (see the file comment), population "I".
 * @throws RangeError for out-of-range options; TypeError for unknown ones.
 * @example const net = tr.ingNetwork({ tauGABA: 10, seed: 1 }); const m = net.monitorSpikes("I"); net.run(1000);
 */
export function ingNetwork(options: IngOptions = {}): Network {
  checkOptions("ingNetwork", options, OPTIONS);
  const { n = 100, tauGABA = 10, gSyn = 0.1, E_syn = -75, drive = 1, driveSd = 0.03, delay = 0.5, p = 1, dt = 0.05, seed = 1 } = options;
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`invalid ingNetwork.n: ${n} (expected a whole number ≥ 2)`);
  for (const [k, v] of [["tauGABA", tauGABA], ["dt", dt]] as const) if (!(v > 0 && Number.isFinite(v))) throw new RangeError(`invalid ingNetwork.${k}: ${v} ms (expected > 0 ms)`);
  for (const [k, v] of [["gSyn", gSyn], ["driveSd", driveSd], ["delay", delay]] as const) if (!(v >= 0 && Number.isFinite(v))) throw new RangeError(`invalid ingNetwork.${k}: ${v} (expected a finite number ≥ 0)`);
  if (!Number.isFinite(drive)) throw new RangeError(`invalid ingNetwork.drive: ${drive} µA/cm² (expected a finite current density)`);
  if (!Number.isFinite(E_syn)) throw new RangeError(`invalid ingNetwork.E_syn: ${E_syn} mV (expected a finite potential)`);
  if (!(p > 0 && p <= 1)) throw new RangeError(`invalid ingNetwork.p: ${p} (expected a probability in (0, 1])`);
  const net = new Network({ dt, seed });
  const I_bias = driveSd > 0 ? { dist: "normal" as const, mean: drive * PER_DENSITY, sd: driveSd * PER_DENSITY } : drive * PER_DENSITY;
  net.population("I", n, wangBuzsaki({ method: "staggered", tau_I: tauGABA, E_I: E_syn, I_bias }), {
    kind: "inhibitory", init: { v: { dist: "uniform", low: -70, high: -50 } },
  });
  const M = p * (n - 1);
  if (gSyn > 0) {
    net.connect("I", "I", { rule: p === 1 ? { rule: "all" } : { rule: "probability", p }, weight: (gSyn * PER_DENSITY) / M, delay, autapses: false, receptor: "GABA_A" });
  }
  return net;
}
