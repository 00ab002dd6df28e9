import { afterEach, beforeEach, describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { resetWarnings, setWarningHandler } from "../../src/params/warn.js";
import { coba } from "../../src/networks/coba.js";

function small(seed = 1, extra?: (net: Network) => void) {
  const net = new Network({ dt: 0.1, seed });
  net.population("E", 200, lif(), { init: { v: { dist: "uniform", low: -60, high: -50 } } });
  net.population("I", 50, lif(), { kind: "inhibitory" });
  net.connect("E", "E", { rule: { rule: "probability", p: 0.1 }, weight: 1 });
  net.connect("E", "I", { rule: { rule: "probability", p: 0.1 }, weight: 1 });
  net.connect("I", "E", { rule: { rule: "probability", p: 0.2 }, weight: { dist: "uniform", low: 2, high: 6 }, delay: { dist: "uniform", low: 0.5, high: 2 } });
  net.poissonInput("E", { n: 100, rate: "15 Hz", weight: "1.5 nS" });
  net.poissonInput("I", { n: 100, rate: 15, weight: 1.5 });
  extra?.(net);
  return net;
}

function spikesOf(net: Network, name: string, T: number) {
  const m = net.monitorSpikes(name);
  net.run(T);
  const s = m.spikes(net.dt);
  return { i: [...s.i], t: [...s.t] };
}

let warnings: string[] = [];
let prev: (m: string) => void;
beforeEach(() => { warnings = []; resetWarnings(); prev = setWarningHandler((m) => warnings.push(m)); });
afterEach(() => { setWarningHandler(prev); });

describe("Network runs", () => {
  it("the same seed gives identical spikes; another seed different ones", () => {
    const a = spikesOf(small(3), "E", 300);
    const b = spikesOf(small(3), "E", 300);
    const c = spikesOf(small(4), "E", 300);
    expect(a.i.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
  it("adding a monitor, a population or a source does not change the others' spikes", () => {
    const a = spikesOf(small(5), "E", 300);
    const b = spikesOf(small(5, (net) => {
      net.monitorState("E", ["v", "gE"], { neurons: [0, 1] });
      net.population("X", 30, lif());
      net.poissonSource("S", 10, { rate: 20 });
      net.connect("S", "X", { rule: { rule: "all" }, weight: 3 });
      net.monitorRate("I");
    }), "E", 300);
    expect(b).toEqual(a);
  });
  it("a run continued in pieces equals one run", () => {
    const one = small(6);
    const m1 = one.monitorSpikes("E");
    one.run(400);
    const two = small(6);
    const m2 = two.monitorSpikes("E");
    two.run(150);
    two.run(250);
    expect([...m2.spikes(0.1).t]).toEqual([...m1.spikes(0.1).t]);
    expect(two.time).toBeCloseTo(400, 9);
  });
  it("setParams between runs changes the dynamics of the continuation", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif({ I_bias: 0 }));
    const m = net.monitorSpikes("P");
    net.run(100);
    expect(m.count).toBe(0);
    net.setParams("P", { I_bias: "0.3 nA" });
    net.run(100);
    expect(m.count).toBeGreaterThan(3);
  });
  it("run returns the spikes, events and steps it simulated", () => {
    const net = coba({ n: 400, p: 0.05, seed: 2 });
    const st = net.run(50);
    expect(st.steps).toBe(500);
    expect(st.duration).toBeCloseTo(50, 9);
    expect(st.spikes).toBeGreaterThan(0);
    expect(st.events).toBeGreaterThan(st.spikes);
  });
});

describe("Network rejects bad input", () => {
  it("non-positive or non-finite dt, sizes and durations", () => {
    expect(() => new Network({ dt: 0 })).toThrow("invalid dt: 0 ms (expected > 0 ms)");
    expect(() => new Network({ dt: -0.1 })).toThrow("invalid dt: -0.1 ms");
    expect(() => new Network({ dt: NaN })).toThrow(RangeError);
    expect(() => new Network({ dt: "0.1 mV" })).toThrow(/wrong dimension/);
    const net = new Network();
    expect(() => net.population("A", 0)).toThrow("invalid A.n: 0 (expected a whole number, ≥ 1)");
    expect(() => net.population("A", 2.5)).toThrow(RangeError);
    net.population("A", 3);
    expect(() => net.run(-5)).toThrow("invalid duration: -5 ms (expected ≥ 0 ms)");
    expect(() => net.population("A", 3)).toThrow(/already used/);
  });
  it("non-positive time constants and wrong units in models", () => {
    expect(() => lif({ tau_E: 0 })).toThrow("invalid tau_E: 0 ms (expected > 0 ms)");
    expect(() => lif({ C_m: "200 nS" })).toThrow(/invalid C_m: "200 nS" has the wrong dimension \(expected a capacitance/);
    expect(() => lif({ g_L: -1 })).toThrow(RangeError);
    expect(() => lif({ tauE: 5 } as never)).toThrow("unknown parameter tauE for lif; did you mean tau_E?");
    expect(() => new Network().population("P", 2, lif({ V_reset: -40 }))).toThrow(/invalid V_reset: -40 mV for neuron 0 of P \(expected below V_th/);
  });
  it("probabilities outside [0, 1] and unknown population names (with a guess)", () => {
    const net = small();
    expect(() => net.connect("E", "I", { rule: { rule: "probability", p: 2 }, weight: 1, name: "x" })).toThrow("invalid x.p: 2 (expected ≥ 0, ≤ 1)");
    expect(() => net.connect("Exc", "I", { rule: { rule: "all" }, weight: 1 })).toThrow('unknown population: "Exc"; did you mean E?');
    expect(() => net.monitorSpikes("inh")).toThrow(/unknown population: "inh"/);
  });
  it("wrong-sign weights break Dale's law", () => {
    const net = small();
    expect(() => net.connect("I", "I", { rule: { rule: "all" }, weight: -5 })).toThrow(/invalid I→I.weight: -5 nS \(expected ≥ 0 nS: conductances are never negative/);
    const cur = new Network();
    cur.population("E", 5, lif({ synapse: "current" }));
    cur.population("I", 5, lif({ synapse: "current" }), { kind: "inhibitory" });
    expect(() => cur.connect("I", "E", { rule: { rule: "all" }, weight: 20 })).toThrow(/from an inhibitory population \(expected ≤ 0 pA by Dale's law/);
    expect(() => cur.connect("E", "I", { rule: { rule: "all" }, weight: { dist: "normal", mean: 1, sd: 5 } })).toThrow(/from an excitatory population/);
    expect(() => cur.poissonInput("E", { rate: 5, weight: -3 })).toThrow(/Dale's law/);
  });
  it("bad inputs to sources and currents", () => {
    const net = small();
    expect(() => net.poissonSource("S", 10, { rate: -1 })).toThrow("invalid S.rate: -1 Hz (expected ≥ 0 Hz)");
    expect(() => net.mip("M", 10, { rate: 5, c: 1.2 })).toThrow("invalid M.c: 1.2 (expected ≥ 0, ≤ 1)");
    expect(() => net.current("E", { type: "step", amplitude: "5 mV" })).toThrow(/wrong dimension/);
    expect(() => net.current("E", { type: "pulse" } as never)).toThrow(/expected "step", "ramp" or "noise"/);
    expect(() => net.monitorState("E", ["V" as never])).toThrow(/invalid variable: "V"/);
  });
});

describe("Network warnings", () => {
  it("dt above a tenth of the smallest time constant warns once", () => {
    const net = new Network({ dt: 1 });
    net.population("P", 2, lif());
    net.population("Q", 2, lif());
    expect(warnings.length).toBe(2);
    expect(warnings[0]).toMatch(/dt = 1 ms is more than a tenth of tau_E = 5 ms in P/);
  });
  it("runaway activity warns once with the time it happened", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 20, lif({ I_bias: 1e5, t_ref: 1 }));
    net.run(100);
    expect(warnings.filter((w) => w.startsWith("runaway")).length).toBe(1);
    expect(warnings[0]).toMatch(/runaway activity in P at t = 20.0 ms/);
  });
});
