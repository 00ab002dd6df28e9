import { afterEach, beforeEach, describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { resetWarnings, setWarningHandler } from "../../src/params/warn.js";
import { CurrentInput } from "../../src/inputs/currents.js";
import { Rng } from "../../src/random/rng.js";
import { populationRate } from "../../src/analysis/rates.js";

let warnings: string[] = [];
let prev: (m: string) => void;
beforeEach(() => { warnings = []; resetWarnings(); prev = setWarningHandler((m) => warnings.push(m)); });
afterEach(() => { setWarningHandler(prev); });

/** g_E of one target neuron, sampled every step, after a source spike at t = 1 ms through a synapse with `delay`. */
function arrival(delay: number | number[]): number[] {
  const net = new Network({ dt: 0.1 });
  net.spikeTimes("G", 1, { indices: [0], times: [1] });
  net.population("P", 1, lif({ V_th: 100 }));
  net.connect("G", "P", { rule: { rule: "all" }, weight: 1, delay });
  const m = net.monitorState("P", ["gE"]);
  net.run(3);
  return [...m.traces().values.gE![0]];
}

describe("times that are not multiples of dt are rounded by one rule, with a warning", () => {
  it("a delay of 0.25 ms arrives like 0.3 ms (nearest step, halves up), constant or per synapse", () => {
    const on = (g: number[]) => g.findIndex((x) => x > 0);
    expect(on(arrival(0.25))).toBe(on(arrival(0.3)));
    expect(arrival([0.25])).toEqual(arrival(0.3));
    expect(on(arrival(0.3)) - on(arrival(0.2))).toBe(1);
    expect(warnings).toContain("G→P.delay = 0.25 ms is not a multiple of dt = 0.1 ms: rounded to 3 steps = 0.3 ms (times are rounded to the nearest step, halves up)");
    expect(warnings).toContain("1 of 1 values of G→P.delay are not multiples of dt = 0.1 ms (e.g. 0.25 ms → 3 steps = 0.3 ms): each is rounded to the nearest step, halves up");
    expect(warnings.filter((w) => w.includes("0.3 ms is not") || w.includes("0.2 ms is not"))).toEqual([]);
  });
  it("a run of 0.25 ms simulates 3 steps and warns once per network", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif());
    expect(net.run(0.25).steps).toBe(3);
    net.run(0.25);
    expect(net.time).toBeCloseTo(0.6, 12);
    expect(warnings).toEqual(["run duration = 0.25 ms is not a multiple of dt = 0.1 ms: rounded to 3 steps = 0.3 ms (times are rounded to the nearest step, halves up)"]);
    net.run(0.3);
    expect(warnings.length).toBe(1);
    const other = new Network({ dt: 0.1 });
    other.population("P", 1, lif());
    other.run(0.25);
    expect(warnings.length).toBe(2);
  });
  it("a state-monitor interval is rounded (at least one step) and says so", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif());
    const a = net.monitorState("P", ["v"], { interval: 0.25 });
    const b = net.monitorState("P", ["v"], { interval: 0.01 });
    net.run(0.9);
    expect(a.everySteps).toBe(3);
    expect([...a.traces().t].map((t) => +t.toFixed(9))).toEqual([0.3, 0.6, 0.9]);
    expect(b.everySteps).toBe(1);
    expect(warnings).toEqual([
      "interval of the P state monitor = 0.25 ms is not a multiple of dt = 0.1 ms: rounded to 3 steps = 0.3 ms (times are rounded to the nearest step, halves up)",
      "interval of the P state monitor = 0.01 ms is shorter than one step (dt = 0.1 ms): using 1 step = 0.1 ms",
    ]);
  });
  it("a step current's start and stop are rounded like delays: on in steps round(start/dt) ≤ k < round(stop/dt)", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif());
    net.current("P", { type: "step", amplitude: 100, start: 1.05, stop: 1.25 });
    expect(warnings).toEqual([
      "P:step#1.start = 1.05 ms is not a multiple of dt = 0.1 ms: rounded to 11 steps = 1.1 ms (times are rounded to the nearest step, halves up)",
      "P:step#1.stop = 1.25 ms is not a multiple of dt = 0.1 ms: rounded to 13 steps = 1.3 ms (times are rounded to the nearest step, halves up)",
    ]);
    const c = new CurrentInput("c", 1, { type: "step", amplitude: 100, start: 1.05, stop: 1.25 }, new Rng(1));
    const on = [10, 11, 12, 13].map((k) => { const I = new Float64Array(1); c.add(I, k * 0.1, 0.1); return I[0]; });
    expect(on).toEqual([0, 100, 100, 0]);
  });
  it("a refractory period, spike times and volley times that are off the grid warn; jittered volleys do not", () => {
    const net = new Network({ dt: 0.2 });
    net.population("P", 1, lif({ t_ref: 2.5 }));
    const g = net.spikeTimes("G", 2, { indices: [0, 1, 1], times: [0.2, 0.3, 1] });
    net.volleys("V", 2, { times: [0.5] });
    net.volleys("J", 2, { times: [0.5], jitter: 0.3 });
    const m = net.monitorSpikes("G");
    net.run(2);
    expect(warnings).toEqual([
      "P.t_ref = 2.5 ms is not a multiple of dt = 0.2 ms: rounded to 13 steps = 2.6 ms (times are rounded to the nearest step, halves up)",
      "1 of 3 values of G spike times are not multiples of dt = 0.2 ms (e.g. 0.3 ms → 2 steps = 0.4 ms): each is rounded to the nearest step, halves up",
      "1 of 1 values of V volley times are not multiples of dt = 0.2 ms (e.g. 0.5 ms → 3 steps = 0.6 ms): each is rounded to the nearest step, halves up",
    ]);
    expect([...m.spikes(0.2).t].map((t) => +t.toFixed(9))).toEqual([0.2, 0.4, 1]);
    expect(String(g)).toBe("SpikeTimesSource G: 2 trains with 3 spike times, excitatory");
  });
  it("a population-rate bin that is not a whole number of steps warns and reports the width used", () => {
    const net = new Network({ dt: 0.1 });
    net.spikeTimes("G", 1, { indices: [0], times: [1] });
    const m = net.monitorRate("G");
    net.run(3);
    const r = populationRate(m.result(0.1), { bin: 0.25 });
    expect(r.bin).toBeCloseTo(0.3, 12);
    expect(r.t.length).toBe(10);
    expect(warnings).toEqual(["populationRate bin = 0.25 ms is not a multiple of dt = 0.1 ms: rounded to 3 steps = 0.3 ms (times are rounded to the nearest step, halves up)"]);
  });
});

describe("weights that look like SI units warn, naming the projection and the internal unit", () => {
  function two(synapse: "conductance" | "current" | "delta") {
    const net = new Network({ dt: 0.1 });
    net.population("E", 5, lif({ synapse }));
    net.population("I", 5, lif({ synapse }), { kind: "inhibitory" });
    return net;
  }
  it("6e-9 for a conductance, 1e-12 for a current, 1e-4 for a voltage jump", () => {
    two("conductance").connect("E", "I", { rule: { rule: "all" }, weight: 6e-9 });
    two("current").connect("I", "E", { rule: { rule: "all" }, weight: -1e-12 });
    two("delta").connect("E", "E", { rule: { rule: "all" }, weight: 1e-4 });
    expect(warnings).toEqual([
      'E→I.weight = 6e-9 nS looks like a value in siemens: did you mean 6 nS? Weights are in nS for conductance synapses (6e-9 S = 6 nS); use a string with units, e.g. weight: "6 nS"',
      'I→E.weight = -1e-12 pA looks like a value in amperes: did you mean -1 pA? Weights are in pA for current synapses (-1e-12 A = -1 pA); use a string with units, e.g. weight: "-1 pA"',
      'E→E.weight = 0.0001 mV looks like a value in volts: did you mean 0.1 mV? Weights are in mV for delta synapses (0.0001 V = 0.1 mV); use a string with units, e.g. weight: "0.1 mV"',
    ]);
  });
  it("varying weights and Poisson input weights are checked too; weights with units, zero and ordinary weights are not", () => {
    const net = two("conductance");
    net.connect("E", "I", { rule: { rule: "all" }, weight: { dist: "normal", mean: 6e-9, sd: 1e-10 } });
    net.poissonInput("E", { n: 10, rate: 5, weight: 5e-10 });
    expect(warnings.length).toBe(2);
    expect(warnings[0]).toMatch(/^E→I\.weight up to 6\.\d+e-9 nS looks like a value in siemens: did you mean 6\.\d+ nS\?/);
    expect(warnings[1]).toMatch(/^E:poisson#1\.weight = 5e-10 nS looks like a value in siemens: did you mean 0\.5 nS\?/);
    net.connect("E", "E", { rule: { rule: "all" }, weight: "6e-9 S" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: "0.0005 nS" });
    net.connect("I", "I", { rule: { rule: "all" }, weight: 0 });
    net.connect("E", "I", { rule: { rule: "all" }, weight: 0.5, name: "ok" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: { dist: "uniform", low: "1e-9 S", high: "2e-9 S" }, name: "ok2" });
    expect(warnings.length).toBe(2);
    expect(net.projection("E→E").weight).toBeCloseTo(6, 9);
  });
});

describe("warnings fire once per network", () => {
  it("runaway activity warns in every network that runs away, once each", () => {
    for (let k = 0; k < 2; k++) {
      const net = new Network({ dt: 0.1 });
      net.population("P", 20, lif({ I_bias: 1e5, t_ref: 1 }));
      net.run(100);
    }
    expect(warnings.filter((w) => w.startsWith("runaway activity in P")).length).toBe(2);
  });
  it("a large dt warns in every network, once per population and time constant", () => {
    for (let k = 0; k < 2; k++) {
      const net = new Network({ dt: 1 });
      net.population("P", 2, lif());
      net.setParams("P", { I_bias: 1 });
    }
    expect(warnings.filter((w) => w.startsWith("dt = 1 ms is more than a tenth of tau_E = 5 ms in P")).length).toBe(2);
  });
});
