import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { traubMiles } from "../../src/models/traub-miles.js";
import { wangBuzsaki } from "../../src/models/wang-buzsaki.js";
import { Network } from "../../src/network/network.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";
import type { StateMonitor } from "../../src/monitors/state-monitor.js";
import { Population } from "../../src/engine/population.js";
import { Rng } from "../../src/random/rng.js";
import { setWarningHandler, Warnings } from "../../src/params/warn.js";
import { maxRelDiff, runModel } from "./hh-support.js";

// The rate functions of Brian2's examples/COBAHH.py, typed again here (u = V − V_T, V_T = −63 mV).
const VT = -63;
const rates = {
  m: (V: number) => { const u = V - VT; return [(0.32 * (13 - u)) / (Math.exp((13 - u) / 4) - 1), (0.28 * (u - 40)) / (Math.exp((u - 40) / 5) - 1)]; },
  h: (V: number) => { const u = V - VT; return [0.128 * Math.exp((17 - u) / 18), 4 / (1 + Math.exp((40 - u) / 5))]; },
  n: (V: number) => { const u = V - VT; return [(0.032 * (15 - u)) / (Math.exp((15 - u) / 5) - 1), 0.5 * Math.exp((10 - u) / 40)]; },
};

describe("Traub–Miles: units and options", () => {
  it("has COBAHH.py's values on 20000 µm² (2·10⁻⁴ cm²): 200 pF, g_L 10 nS, g_Na 20 µS, g_K 6 µS", () => {
    // 1 µF/cm² · 2e-4 cm² = 2e-10 F; 5e-5 S/cm² · 2e-4 cm² = 1e-8 S; 0.1 S/cm² · 2e-4 = 2e-5 S; 0.03 · 2e-4 = 6e-6 S
    const p = traubMiles().params;
    expect(p.C_m).toBeCloseTo(2e-10 * 1e12, 9);
    expect(p.g_L).toBeCloseTo(1e-8 * 1e9, 9);
    expect(p.g_Na).toBeCloseTo(2e-5 * 1e9, 9);
    expect(p.g_K).toBeCloseTo(6e-6 * 1e9, 9);
    expect([p.E_L, p.E_K, p.E_Na, p.V_T, p.V_spike, p.t_ref, p.E_E, p.E_I, p.tau_E, p.tau_I]).toEqual([-60, -90, 50, -63, -20, 3, 0, -80, 5, 10]);
    expect(traubMiles({ g_L: "5e-5 S/cm^2", area: 1e4 }).params.g_L).toBeCloseTo(5, 9);
  });
  it("bad options throw naming the parameter, with a guess", () => {
    expect(() => traubMiles({ VT: -63 } as never)).toThrow(/unknown parameter VT for traub-miles; did you mean V_T\?/);
    expect(() => traubMiles({ t_ref: -1 })).toThrow(/invalid t_ref: -1 ms \(expected ≥ 0 ms\)/);
    expect(() => traubMiles({ g_K: "30 mS" , area: "-5 um^2" })).toThrow(/invalid area/);
    expect(() => traubMiles({ g_K: "1 pF" })).toThrow(/invalid g_K: "1 pF" \(expected a conductance/);
  });
});

describe("Traub–Miles: kernel and reference", () => {
  it("agree to 1e-12 over 200 ms with synaptic input, a bias and a current", () => {
    const model = traubMiles({ I_bias: [0, 100, -200, 500] });
    const each = (pop: Population, s: number) => {
      if (s === 0) { pop.ensureDelay(2, 0); pop.receives.E = pop.receives.I = true; }
      const slot = ((s + 1) % pop.ringLength) * pop.n;
      if (s % 37 === 0) for (let i = 0; i < pop.n; i++) pop.ring.E[slot + i] += 20 * (i + 1);
      if (s % 53 === 0) for (let i = 0; i < pop.n; i++) pop.ring.I[slot + i] += 10;
      if (s % 11 === 0) pop.state.gE[s % pop.n] += 6; // "direct" input
    };
    const opts = { n: 4, I: [0, 50, 0, -10], dt: 0.05, T: 200, each, init: { v: [-65, -60, -55, -70], m: 0, h: 0, n: 0 } };
    const a = runModel(model, opts), b = runModel(model, { ...opts, reference: true });
    expect(a.spikes.flat().length).toBeGreaterThan(10);
    expect(a.spikes).toEqual(b.spikes);
    for (const name of Object.keys(a.pop.state)) expect(maxRelDiff(a.pop.state[name], b.pop.state[name]), name).toBeLessThanOrEqual(1e-12);
    expect(Array.from(a.pop.counters.refractory)).toEqual(Array.from(b.pop.counters.refractory));
  });
});

describe("Traub–Miles: analytic references and the spike rule", () => {
  it("at fixed V (passive, V = E_L) m, h, n relax exactly to α/(α+β) with rate α+β", () => {
    const x0 = { m: 0.5, h: 0.1, n: 0.7 };
    const r = runModel(traubMiles({ g_Na: 0, g_K: 0 }), { init: x0, dt: 0.1, T: 0.8 });
    const V = -60;
    expect(r.pop.state.v[0]).toBe(V);
    for (const g of ["m", "h", "n"] as const) {
      const [a, b] = rates[g](V);
      const exact = a / (a + b) + (x0[g] - a / (a + b)) * Math.exp(-(a + b) * 0.8);
      expect(Math.abs(r.pop.state[g][0] - exact), g).toBeLessThan(1e-12);
    }
  });
  it("with V always above V_spike, spikes come exactly every t_ref/dt steps (Brian2's refractory counting)", () => {
    // V_spike far below every voltage: the dead time alone spaces the spikes, 30 steps at dt = 0.1 ms
    const r = runModel(traubMiles({ V_spike: -500, t_ref: 3 }), { dt: 0.1, T: 50 });
    const steps = r.spikes[0].map((t) => Math.round(t / 0.1));
    expect(steps[0]).toBe(1);
    expect(steps.slice(1).map((s, k) => s - steps[k])).toEqual(new Array(steps.length - 1).fill(30));
  });
  it("no spike while V stays at or below V_spike; one per crossing when the dead time is shorter than the spike", () => {
    const quiet = runModel(traubMiles({ V_spike: 100 }), { I: [2000], dt: 0.05, T: 100 });
    expect(quiet.spikes[0].length).toBe(0);
    let peaks = 0, prev = -60, prev2 = -60;
    const r = runModel(traubMiles(), { I: [400], dt: 0.01, T: 300, each: (pop) => {
      const v = pop.state.v[0];
      if (prev > 0 && prev >= prev2 && prev > v) peaks++;
      prev2 = prev; prev = v;
    } });
    expect(peaks).toBeGreaterThan(5);
    expect(Math.abs(r.spikes[0].length - peaks)).toBeLessThanOrEqual(1);
  });
  it("warns once when t_ref is not a whole number of steps", () => {
    const seen: string[] = [];
    const prev = setWarningHandler((m) => seen.push(m));
    try {
      const model = traubMiles({ t_ref: 0.26 });
      const pop = new Population("P", 1, "excitatory", model, Rng.stream(1, "P"));
      const c = model.prepare(pop, 0.1, new Warnings().once) as { refSteps: number };
      expect(c.refSteps).toBe(3);
      expect(seen.join("\n")).toMatch(/t_ref = 0.26 ms is not a whole number of steps of 0.1 ms; using 3 steps/);
    } finally {
      setWarningHandler(prev);
    }
  });
  it("runs in a Network with Wang–Buzsáki interneurons: receptors by name (NMDA, GABA_B), currents, state monitors; the spec rebuilds identical spikes", () => {
    const build = () => {
      const net = new Network({ dt: 0.025, seed: 2 });
      net.population("E", 80, traubMiles({ receptors: ["NMDA", "GABA_B"], I_bias: -150 }), { kind: "excitatory", init: { v: { dist: "uniform", low: -70, high: -60 } } });
      net.population("PV", 20, wangBuzsaki({ I_bias: { dist: "normal", mean: 20, sd: 5 } }), { kind: "inhibitory" });
      net.connect("E", "PV", { rule: { rule: "probability", p: 0.2 }, weight: "3 nS" });
      net.connect("E", "E", { rule: { rule: "probability", p: 0.1 }, weight: "0.5 nS", delay: "1 ms", receptor: "NMDA", name: "E→E NMDA" });
      net.connect("PV", "E", { rule: { rule: "probability", p: 0.3 }, weight: "2 nS", receptor: "GABA_B", name: "PV→E GABA_B" });
      net.connect("PV", "PV", { rule: { rule: "probability", p: 0.3 }, weight: "1 nS", receptor: "GABA_A" });
      net.current("PV", { type: "step", amplitude: "300 pA", start: 100, stop: 200 });
      net.monitorSpikes("PV");
      net.monitorState("E", ["v", "g_GABA_B", "g_NMDA", "I_Na"], { neurons: [0, 1] });
      return net;
    };
    const a = build(), b = Network.fromSpec(JSON.parse(JSON.stringify(a.toSpec())));
    a.run(200); b.run(200);
    const sa = (a.monitors[0] as SpikeMonitor).spikes(), sb = (b.monitors[0] as SpikeMonitor).spikes();
    expect(Array.from(sb.t)).toEqual(Array.from(sa.t));
    // 300 pA = 3 µA/cm² more drive on 10⁴ µm²: the interneurons fire faster during the step
    const before = sa.t.filter((t) => t >= 50 && t < 100).length, during = sa.t.filter((t) => t >= 150 && t < 200).length;
    expect(during).toBeGreaterThan(1.2 * before);
    const tr = (a.monitors[1] as StateMonitor).traces();
    expect(Math.max(...tr.values.g_GABA_B![0])).toBeGreaterThan(0);
  });
});
