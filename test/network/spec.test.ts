import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { coba } from "../../src/networks/coba.js";
import { brunel } from "../../src/networks/brunel.js";
import { mapSpec } from "../../src/network/spec.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";

const spikesOf = (net: Network) => (net.monitors[0] as SpikeMonitor).spikes();

describe("network spec", () => {
  it("coba(): toSpec → JSON text → fromSpec gives bit-identical spikes", () => {
    const a = coba({ seed: 4, n: 500 });
    a.monitorSpikes("E");
    const text = JSON.stringify(a.toSpec());
    const b = Network.fromSpec(JSON.parse(text));
    a.run(100); b.run(100);
    const sa = spikesOf(a), sb = spikesOf(b);
    expect(sa.i.length).toBeGreaterThan(0);
    expect(Array.from(sb.i)).toEqual(Array.from(sa.i));
    expect(Array.from(sb.t)).toEqual(Array.from(sa.t));
  });
  it("brunel(): delta synapses, delays and Poisson input rebuild identically", () => {
    const a = brunel({ seed: 2, nE: 800 });
    a.monitorSpikes("E");
    const b = Network.fromSpec(a.toSpec());
    a.run(60); b.run(60);
    expect(Array.from(spikesOf(b).i)).toEqual(Array.from(spikesOf(a).i));
  });
  it("sources, rules, currents, per-synapse weights and state monitors round-trip", () => {
    const build = () => {
      const net = new Network({ seed: 9 });
      net.population("E", 40, lif({ V_th: { dist: "normal", mean: -50, sd: 1 } }), { init: { v: { dist: "uniform", low: -60, high: -50 } } });
      net.population("I", 10, lif(), { kind: "inhibitory" });
      net.poissonSource("X", 50, { rate: 30 });
      net.connect("X", "E", { rule: { rule: "probability", p: 0.3 }, weight: { dist: "uniform", low: 1, high: 3 }, delay: { dist: "uniform", low: 0.5, high: 2 } });
      net.connect("E", "I", { rule: { rule: "indegree", k: 8 }, weight: 2 });
      net.connect("I", "E", { rule: { rule: "all" }, weight: 4, delay: 1 });
      net.inhibitorySTDP("I→E");
      net.shortTermPlasticity("X→E");
      net.current("I", { type: "noise", mean: 100, sd: 50 });
      net.monitorSpikes("E");
      net.monitorState("E", ["v", "gI"], { neurons: [0, 3] });
      return net;
    };
    const a = build();
    const b = Network.fromSpec(JSON.parse(JSON.stringify(a.toSpec())));
    a.run(80); b.run(80);
    expect(Array.from(spikesOf(b).t)).toEqual(Array.from(spikesOf(a).t));
    expect(b.monitors).toHaveLength(2);
    expect(b.toSpec()).toEqual(a.toSpec());
  });
  it("a variant is a spec → spec function: weaker inhibition raises the rate", () => {
    const a = coba({ seed: 4, n: 500 });
    a.monitorSpikes("E");
    const weak = mapSpec(a.toSpec(), (p) => p.build === "connect" && p.args[0] === "I" ? { ...p, options: { ...p.options, weight: 0.5 * (p.options.weight as number) } } : p);
    const b = Network.fromSpec(weak);
    a.run(200); b.run(200);
    expect(spikesOf(b).i.length).toBeGreaterThan(spikesOf(a).i.length);
  });
  it("says which part cannot be written: functions and components added with add()", () => {
    const net = new Network();
    net.population("E", 3, lif());
    net.poissonSource("X", 2, { rate: (t: number) => 10 + t });
    expect(() => net.toSpec()).toThrow(/poissonSource\(X\)\.options\.rate .*function/);
    const n2 = new Network();
    n2.population("E", 3, lif());
    n2.add({ name: "probe", phase: "monitor", step() {} });
    expect(() => n2.toSpec()).toThrow(/probe was added with net.add\(\)/);
  });
  it("rejects what is not a spec, with what to do", () => {
    expect(() => Network.fromSpec({} as never)).toThrow(/format "tightrope-network"/);
    const s = new Network().toSpec();
    expect(() => Network.fromSpec({ ...s, parts: [{ build: "conect", args: [], options: {} }] })).toThrow(/unknown builder "conect"; did you mean connect\?/);
    expect(() => Network.fromSpec({ ...s, parts: [{ build: "population", args: ["E", 2], options: {}, model: { type: "lfi", options: {} } }] })).toThrow(/unknown model type: "lfi"; did you mean lif\?/);
  });
});
