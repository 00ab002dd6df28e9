/**
 * The f–I curve of conductance-based LIF neurons under Poisson background input — the in-silico
 * version of the dynamic-clamp experiment of Chance, Abbott & Reyes (2002): each neuron gets a
 * constant driving current I (pA) and, optionally, a barrage of excitatory and inhibitory synaptic
 * conductances (n Poisson trains each, rates scaled together by `scale`: 1×, 2×, 3× background) and
 * a tonic (non-fluctuating) conductance g_t (nS) with reversal E_t (mV).
 *
 * The tonic conductance is folded exactly into the leak — g_L (V − E_L) + g_t (V − E_t) =
 * g_L′ (V − E_L′) with g_L′ = g_L + g_t and E_L′ = (g_L E_L + g_t E_t)/g_L′ — since both terms are
 * linear in V. All currents are simulated in one population: `neurons` independent neurons per current
 * (each with its own background), so one run gives the whole curve. Rates are counted after `settle`.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { timeWindow, meanRate } from "../analysis/rates.js";
import { splitByNeuron } from "../analysis/blocks.js";
import { runStatus, type RunStatus } from "../checks/status.js";
import { spread } from "../checks/spread.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { Spikes } from "../monitors/spike-monitor.js";

/**
 * The cell of the gain notebook (conductance LIF, internal units): C = 200 pF, g_L = 10 nS (τ_m = 20 ms),
 * E_L = −70, V_th = −50, V_reset = −60 mV, t_ref = 2 ms; synapses E_E = 0, E_I = −80 mV, τ_E = 5, τ_I = 10 ms.
 */
export const GAIN_CELL = { C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, E_E: 0, E_I: -80, tau_E: 5, tau_I: 10 } as const;

/** One Poisson background: n independent trains of `rate` Hz, each spike adding `weight` nS. */
export interface Barrage { n: number; rate: number; weight: number }

/** Options of {@link fiCurve}. */
export interface FiCurveOptions {
  /** Driving currents (pA), one block of neurons each. */
  currents: readonly number[];
  /** Neurons per current (default 20). */
  neurons?: number;
  /** Excitatory and inhibitory background (omit both for a noise-free neuron). */
  excitatory?: Barrage;
  inhibitory?: Barrage;
  /** Factor on both background rates (default 1). */
  scale?: number;
  /** Tonic conductance (nS, default 0) and its reversal potential (mV, required when g_t > 0). */
  tonic?: { g: number; E: number };
  /** Counting time after `settle` (ms, default 2000) and settling time (ms, default 200). */
  duration?: number;
  settle?: number;
  dt?: number;
  seed?: number;
}

/** Result of {@link fiCurve}. */
export interface FiCurve {
  currents: Float64Array;
  /** Mean rate (Hz) over each current's neurons, and the sd across those neurons. */
  rates: Float64Array;
  sd: Float64Array;
  /** Health of the whole population in the counting window (died out, runaway, NaN). */
  status: RunStatus;
  /** Spikes of the counting window (all neurons; block b = current b). */
  spikes: Spikes;
}

const OPTIONS = optionNames<FiCurveOptions>({
  currents: true, neurons: true, excitatory: true, inhibitory: true, scale: true, tonic: true, duration: true, settle: true, dt: true, seed: true,
});

function barrage(name: string, b: Barrage | undefined): void {
  if (b === undefined) return;
  if (!(Number.isInteger(b.n) && b.n >= 1 && b.rate >= 0 && b.weight >= 0)) {
    throw new RangeError(`invalid ${name}: n = ${b.n}, rate = ${b.rate} Hz, weight = ${b.weight} nS (expected n ≥ 1 whole, rate ≥ 0, weight ≥ 0)`);
  }
}

/**
 * Simulates the f–I curve(s) described in the file comment; same seed → same rates.
 * @throws RangeError for no currents, non-finite currents, bad counts or durations, a bad background
 * or tonic conductance.
 */
export function fiCurve(options: FiCurveOptions): FiCurve {
  checkOptions("fiCurve", options, OPTIONS);
  const { currents, neurons = 20, excitatory, inhibitory, scale = 1, tonic, duration = 2000, settle = 200, dt = 0.1, seed = 1 } = options;
  if (!(Array.isArray(currents) && currents.length >= 1 && currents.every(Number.isFinite))) throw new RangeError(`invalid currents: ${String(currents)} (expected a non-empty array of currents in pA)`);
  if (!(Number.isInteger(neurons) && neurons >= 1)) throw new RangeError(`invalid neurons: ${neurons} (expected a whole number ≥ 1 per current)`);
  if (!(duration > 0 && settle >= 0)) throw new RangeError(`invalid duration, settle: ${duration}, ${settle} ms (expected duration > 0, settle ≥ 0)`);
  if (!(scale >= 0 && Number.isFinite(scale))) throw new RangeError(`invalid scale: ${scale} (expected a finite factor ≥ 0)`);
  barrage("excitatory", excitatory);
  barrage("inhibitory", inhibitory);
  const gT = tonic?.g ?? 0;
  if (!(gT >= 0 && Number.isFinite(gT)) || (gT > 0 && !Number.isFinite(tonic?.E))) throw new RangeError(`invalid tonic: g = ${tonic?.g} nS, E = ${tonic?.E} mV (expected g ≥ 0 and a finite reversal E)`);
  const g_L = GAIN_CELL.g_L + gT;
  const E_L = (GAIN_CELL.g_L * GAIN_CELL.E_L + gT * (tonic?.E ?? 0)) / g_L;
  const N = currents.length * neurons;
  const net = new Network({ dt, seed });
  const I_bias = Float64Array.from({ length: N }, (_, i) => currents[Math.floor(i / neurons)]);
  net.population("out", N, lif({ ...GAIN_CELL, g_L, E_L, I_bias }));
  if (excitatory && scale > 0) net.poissonInput("out", { n: excitatory.n, rate: excitatory.rate * scale, weight: excitatory.weight });
  if (inhibitory && scale > 0) net.poissonInput("out", { n: inhibitory.n, rate: inhibitory.rate * scale, weight: inhibitory.weight, kind: "inhibitory" });
  const mon = net.monitorSpikes("out");
  net.run(settle + duration);
  const spikes = timeWindow(mon.spikes(), settle, settle + duration);
  const blocks = splitByNeuron(spikes, neurons);
  const rates = new Float64Array(currents.length), sd = new Float64Array(currents.length);
  blocks.forEach((b, k) => {
    const counts = new Float64Array(neurons);
    for (let s = 0; s < b.i.length; s++) counts[b.i[s]]++;
    const r = Array.from(counts, (c) => (c / duration) * 1000);
    rates[k] = meanRate(b);
    sd[k] = neurons > 1 ? spread(r).sd : NaN;
  });
  return { currents: Float64Array.from(currents), rates, sd, status: runStatus(spikes, { from: settle, minRate: 0.01 }), spikes };
}
