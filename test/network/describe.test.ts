import { describe, expect, it } from "vitest";
import type { Projection } from "../../src/network/projection.js";
import { inspect } from "node:util";
import "../../src/units/parse.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { setWarningHandler } from "../../src/params/warn.js";

function net() {
  const n = new Network({ dt: 0.1, seed: 3 });
  n.population("E", 3200, lif({ synapse: "conductance" }), { kind: "excitatory" });
  n.population("I", 800, lif({ b: 40, tau_w: 150 }), { kind: "inhibitory" });
  n.poissonSource("P", 10, { rate: 5 });
  return n;
}

describe("one-line summaries (toString, and what console.log / a tslab cell prints)", () => {
  it("a population prints one line, also through util.inspect and inside arrays", () => {
    const n = net();
    const E = n.get("E");
    const line = "Population E: 3200 lif(conductance) neurons, kind excitatory";
    expect(String(E)).toBe(line);
    expect(inspect(E)).toBe(line);
    expect(inspect([E])).toBe(`[ ${line} ]`);
    expect(String(n.get("I"))).toBe("Population I: 800 lif(conductance) neurons, kind inhibitory, adaptation b = 40 pA, tau_w = 150 ms");
  });
  it("a projection states sizes, synapses, kind, weight and delay", () => {
    const p = net().connect("E", "I", { rule: { rule: "indegree", k: 20 }, weight: "6 nS", delay: 1 });
    expect(inspect(p)).toBe("Projection E→I: 3200 → 800 neurons, 16000 synapses, excitatory, weight 6 nS, delay 1 ms");
  });
  it("a projection with varying weights and delays shows their ranges", () => {
    const n = new Network({ dt: 0.1 });
    n.spikeTimes("G", 4, { indices: [], times: [] });
    n.population("P", 4, lif());
    const prev = setWarningHandler(() => {});
    const p = <Projection>n.connect("G", "P", { rule: { rule: "one-to-one" }, weight: [1, 2, 3, 4], delay: [0.5, 1, 1.5, 2] });
    setWarningHandler(prev);
    expect(inspect(p)).toBe("Projection G→P: 4 → 4 neurons, 4 synapses, excitatory, weight 1–4 nS, delay 0.5–2 ms");
  });
  it("a network, its monitors, sources and inputs print one line each", () => {
    const n = net();
    n.connect("E", "I", { rule: { rule: "indegree", k: 20 }, weight: "6 nS", delay: 1 });
    const s = n.monitorSpikes("E", { neurons: [0, 1, 2] });
    const r = n.monitorRate("I");
    const v = n.monitorState("E", ["v", "gE"], { neurons: [0, 1], interval: 0.5 });
    const pi = n.poissonInput("E", { n: 1000, rate: 5, weight: "0.5 nS" });
    const c = n.current("I", { type: "step", amplitude: 10, neurons: [0] });
    expect(inspect(n)).toBe("Network (dt 0.1 ms, seed 3, t = 0 ms): populations E 3200, I 800; sources P 10; 1 projection, 16000 synapses; 3 monitors");
    n.run(1);
    expect(String(n)).toMatch(/t = 1 ms\)/);
    expect(inspect(s)).toMatch(/^SpikeMonitor E: \d+ spikes? from 3 of 3200 neurons$/);
    expect(inspect(r)).toBe("RateMonitor I: spike counts of 800 neurons in 10 steps");
    expect(inspect(v)).toBe("StateMonitor E: v, gE of 2 neurons every 0.5 ms, 2 samples");
    expect(inspect(pi)).toBe("PoissonInput E:poisson#1: 1000 trains per neuron of E (3200), weight 0.5 nS, excitatory");
    expect(inspect(c)).toBe("CurrentInput I:step#1: step current into 1 neuron");
    expect(inspect(n.mip("M", 5, { rate: 5, c: 0.1 }))).toBe("MipSource M: 5 trains, correlation c = 0.1, excitatory");
    expect(inspect(n.poissonSource("Q", 1, { rate: 5, kind: "inhibitory" }))).toBe("PoissonSource Q: 1 train, inhibitory");
  });
});
