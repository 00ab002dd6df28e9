/**
 * Small networks for the perturbation tests, as specs (the perturbations act on specs): an E–I LIF
 * network, a Wang–Buzsáki / Traub–Miles current ladder, and a threshold-linear rate E–I pair.
 */
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { wangBuzsaki } from "../../src/models/wang-buzsaki.js";
import { traubMiles } from "../../src/models/traub-miles.js";
import { rateUnit } from "../../src/models/rate.js";
import { meanRate, timeWindow } from "../../src/analysis/rates.js";
import type { NetworkSpec } from "../../src/network/spec.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";

/**
 * A conductance-based E–I LIF network (400 E, 100 I; p = 0.05 from E, in-degree 20 from I; 100
 * Poisson fibres of 20 Hz per cell), optionally with NMDA synapses E→I (weight `nmda`, nS).
 * Monitors: spikes of E, then of I.
 */
export function eiSpec(seed: number, { nmda = 0 } = {}): NetworkSpec {
  const net = new Network({ dt: 0.1, seed });
  const model = lif({ synapse: "conductance", ...(nmda > 0 ? { receptors: ["NMDA" as const] } : {}) });
  const init = { v: { dist: "uniform" as const, low: -60, high: -50 } };
  net.population("E", 400, model, { kind: "excitatory", init });
  net.population("I", 100, model, { kind: "inhibitory", init });
  net.connect("E", "E", { rule: { rule: "probability", p: 0.05 }, weight: 1, delay: 1 });
  net.connect("E", "I", { rule: { rule: "probability", p: 0.05 }, weight: nmda > 0 ? 0.5 : 1, delay: 1 });
  if (nmda > 0) net.connect("E", "I", { rule: { rule: "probability", p: 0.05 }, weight: nmda, delay: 1, receptor: "NMDA", name: "E→I NMDA" });
  net.connect("I", "E", { rule: { rule: "indegree", k: 20 }, weight: 4, delay: 1 });
  net.connect("I", "I", { rule: { rule: "indegree", k: 20 }, weight: 4, delay: 1 });
  net.poissonInput("E", { n: 100, rate: 20, weight: 1 });
  net.poissonInput("I", { n: 100, rate: 20, weight: 1 });
  net.monitorSpikes("E");
  net.monitorSpikes("I");
  return net.toSpec();
}

/** Builds `spec`, runs it `T` ms and returns the mean rate (Hz) of each spike monitor after `from` ms. */
export function rates(spec: NetworkSpec, T = 500, from = 100): number[] {
  const net = Network.fromSpec(spec);
  net.run(T);
  return net.monitors.map((m) => meanRate(timeWindow((m as SpikeMonitor).spikes(), from, T)));
}

/** Bias currents of the ladder (µA/cm²); on the models' 10⁴ µm² membrane 1 µA/cm² is 100 pA. */
export const LADDER = [2, 6, 10, 14, 18, 22, 26, 30];

/**
 * One Wang–Buzsáki interneuron ("PV", inhibitory) and one Traub–Miles cell ("Pyr") per ladder
 * current (staggered scheme, dt 0.02 ms); a LIF population "L" that no sodium perturbation may touch.
 * Monitors: spikes of PV, then of Pyr.
 */
export function ladderSpec(): NetworkSpec {
  const net = new Network({ dt: 0.02, seed: 1 });
  net.population("PV", LADDER.length, wangBuzsaki({ I_bias: LADDER.map((x) => 100 * x), method: "staggered" }), { kind: "inhibitory" });
  net.population("Pyr", LADDER.length, traubMiles({ I_bias: LADDER.map((x) => 100 * x), method: "staggered" }), { kind: "excitatory" });
  net.population("L", 2, lif(), { kind: "excitatory" });
  net.monitorSpikes("PV");
  net.monitorSpikes("Pyr");
  return net.toSpec();
}

/** Spike counts per cell of each spike monitor in [from, T) ms after running `spec` for `T` ms. */
export function counts(spec: NetworkSpec, T = 200, from = 50): number[][] {
  const net = Network.fromSpec(spec);
  net.run(T);
  return net.monitors.map((m) => {
    const s = (m as SpikeMonitor).spikes();
    const c = new Array<number>(s.n).fill(0);
    for (let k = 0; k < s.i.length; k++) if (s.t[k] >= from) c[s.i[k]]++;
    return c;
  });
}

/** The largest ladder current (µA/cm²) at which a cell fired at least `min` spikes, or 0 if none did. */
export function lastFiring(count: readonly number[], min = 5): number {
  let out = 0;
  count.forEach((c, k) => { if (c >= min) out = LADDER[k]; });
  return out;
}

/**
 * A threshold-linear rate pair: τ_E dr_E/dt = −r_E + [w_EE r_E + w_EI r_I + I_E]₊ and the same for
 * I (τ_E = 10 ms, τ_I = 5 ms), with w_EE = 0.5, w_IE = 1, w_EI = −1, w_II = −0.5 and I_E = 10,
 * I_I = 2 (weights post ← pre, inhibitory ones negative). Monitors: r of E and I every 1 ms.
 */
export function rateSpec(): NetworkSpec {
  const net = new Network({ dt: 0.1, seed: 1 });
  net.population("E", 1, rateUnit({ transfer: "threshold-linear", tau: 10, I_bias: 10 }), { kind: "excitatory" });
  net.population("I", 1, rateUnit({ transfer: "threshold-linear", tau: 5, I_bias: 2 }), { kind: "inhibitory" });
  net.connect("E", "E", { rule: { rule: "all" }, weight: 0.5 });
  net.connect("E", "I", { rule: { rule: "all" }, weight: 1 });
  net.connect("I", "E", { rule: { rule: "all" }, weight: -1 });
  net.connect("I", "I", { rule: { rule: "all" }, weight: -0.5 });
  net.monitorState("E", ["r"], { interval: 1 });
  net.monitorState("I", ["r"], { interval: 1 });
  return net.toSpec();
}

/**
 * The fixed point of {@link rateSpec} with inhibitory weights × s, by Cramer's rule on the linear
 * system (both rates positive): (1 − 0.5) r_E + s r_I = 10, −r_E + (1 + 0.5 s) r_I = 2.
 */
export function rateFixedPoint(s: number): [number, number] {
  const a = 0.5, b = s, c = -1, d = 1 + 0.5 * s;
  const det = a * d - b * c;
  return [(10 * d - b * 2) / det, (a * 2 - c * 10) / det];
}
