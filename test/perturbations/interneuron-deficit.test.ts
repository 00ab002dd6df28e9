import { describe, expect, it } from "vitest";
import { interneuronDeficit } from "../../src/perturbations/interneuron-deficit.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import type { StateMonitor } from "../../src/monitors/state-monitor.js";
import { eiSpec, rateFixedPoint, rateSpec, rates } from "./networks.js";

const connect = (spec: ReturnType<typeof eiSpec>, name: string) => spec.parts.find((p) => p.build === "connect" && `${p.args[0]}→${p.args[1]}` === name)!;

describe("interneuronDeficit(spec, { fraction, mode, population })", () => {
  it("remove: I keeps round((1 − f) n) cells, a fixed in-degree from I becomes round(k n′/n), the rest is unchanged; the input spec is not touched", () => {
    const spec = eiSpec(1);
    const before = JSON.stringify(spec);
    const half = interneuronDeficit(spec, { fraction: 0.5 });
    expect(JSON.stringify(spec)).toBe(before);
    expect(half.parts.find((p) => p.args[0] === "I" && p.build === "population")!.args).toEqual(["I", 50]);
    expect(connect(half, "I→E").options.rule).toEqual({ rule: "indegree", k: 10 });
    expect(connect(half, "I→I").options.rule).toEqual({ rule: "indegree", k: 10 });
    expect(connect(half, "E→I").options).toEqual(connect(spec, "E→I").options); // probability: fewer targets, same p
    const net = Network.fromSpec(half);
    expect(net.get("I").n).toBe(50);
    const indegree = new Array(400).fill(0);
    for (const j of net.projection("I→E").col) indegree[j]++;
    expect(new Set(indegree)).toEqual(new Set([10])); // every E cell lost the inputs of the missing half exactly
    const third = interneuronDeficit(spec, { fraction: 0.3, population: "I" });
    expect(third.parts.find((p) => p.args[0] === "I")!.args[1]).toBe(70);
    expect(connect(third, "I→E").options.rule).toEqual({ rule: "indegree", k: 14 });
  });

  it("half the interneurons missing (either mode) raises the E rate in each of 3 seeds", () => {
    for (const seed of [1, 2, 3]) {
      const spec = eiSpec(seed);
      const [base] = rates(spec);
      const [removed] = rates(interneuronDeficit(spec, { fraction: 0.5 }));
      const [scaled] = rates(interneuronDeficit(spec, { fraction: 0.5, mode: "scale-output" }));
      expect(base).toBeGreaterThan(1); // a network that fires, not a silent one
      expect(removed).toBeGreaterThan(base);
      expect(scaled).toBeGreaterThan(base);
    }
  });

  it("scale-output: only weights from I are × (1 − f); a rate population's 'remove' is that mean-field scaling, and the rate fixed point moves to the analytic one", () => {
    const spec = rateSpec();
    for (const f of [0.3, 0.5]) {
      const scaled = interneuronDeficit(spec, { fraction: f, mode: "scale-output" });
      expect(interneuronDeficit(spec, { fraction: f })).toEqual(scaled);
      expect(connect(scaled, "I→E").options.weight).toBeCloseTo(-(1 - f), 15);
      expect(connect(scaled, "I→I").options.weight).toBeCloseTo(-0.5 * (1 - f), 15);
      expect(connect(scaled, "E→I").options.weight).toBe(1);
      const net = Network.fromSpec(scaled);
      net.run(400); // slowest eigenvalue ≈ −0.05/ms: the transient is below e^{−20}
      const [rE, rI] = net.monitors.map((m) => { const v = (m as StateMonitor).traces().values.r![0]; return v[v.length - 1]; });
      const [aE, aI] = rateFixedPoint(1 - f);
      expect(Math.abs(rE - aE) / aE).toBeLessThan(1e-6);
      expect(Math.abs(rI - aI) / aI).toBeLessThan(1e-6);
    }
  });

  it("remove keeps per-neuron arrays, explicit synapse lists (with their weights) and monitor lists consistent", () => {
    const net = new Network({ dt: 0.1, seed: 2 });
    net.population("E", 4, lif(), { kind: "excitatory" });
    net.population("I", 10, lif({ I_bias: Array.from({ length: 10 }, (_, i) => 100 + i) }), { kind: "inhibitory", init: { v: Array.from({ length: 10 }, (_, i) => -70 + i) } });
    net.connect("I", "E", { rule: { rule: "list", pre: [0, 4, 5, 9], post: [0, 1, 2, 3] }, weight: [1, 2, 3, 4] });
    net.monitorSpikes("I", { neurons: [0, 5, 9] });
    const out = interneuronDeficit(net.toSpec(), { fraction: 0.5 });
    const I = out.parts.find((p) => p.build === "population" && p.args[0] === "I")!;
    expect((I.options.init as { v: number[] }).v).toEqual([-70, -69, -68, -67, -66]);
    expect(I.model!.options.I_bias).toEqual([100, 101, 102, 103, 104]);
    const proj = out.parts.find((p) => p.build === "connect")!;
    expect(proj.options.rule).toEqual({ rule: "list", pre: [0, 4], post: [0, 1] });
    expect(proj.options.weight).toEqual([1, 2]);
    expect(out.parts.find((p) => p.build === "monitorSpikes")!.options.neurons).toEqual([0]);
    const rebuilt = Network.fromSpec(out);
    expect(rebuilt.get("I").n).toBe(5);
    expect(rebuilt.projection("I→E").size).toBe(2);
  });

  it("bad arguments throw, naming the parameter, the value and what is expected", () => {
    const spec = eiSpec(1);
    expect(() => interneuronDeficit(spec, { fraction: 1 })).toThrow(/fraction for interneuronDeficit: 1 would remove all 100 cells of I .*scale-output/);
    expect(() => interneuronDeficit(spec, { fraction: 1.2 })).toThrow(RangeError);
    expect(() => interneuronDeficit(spec, { fraction: 0.5, mode: "scale" as "remove" })).toThrow(/invalid mode .*"scale".*did you mean scale-output/);
    expect(() => interneuronDeficit(spec, { fraction: 0.5, population: "Inh" })).toThrow(/"Inh" is not a population of the spec; did you mean I\?/);
    expect(() => interneuronDeficit(spec, { fraction: 0.5, popultion: "I" } as never)).toThrow(/unknown option popultion .*did you mean population/);
    expect(() => interneuronDeficit({} as never, { fraction: 0.5 })).toThrow(/interneuronDeficit: invalid network spec/);
    expect(() => interneuronDeficit(spec, { fraction: "half" as never })).toThrow(TypeError);
    const net = new Network({ seed: 1 });
    net.population("E", 4, lif(), { kind: "excitatory" });
    net.population("I", 4, lif(), { kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: Array.from({ length: 16 }, () => 1) });
    expect(() => interneuronDeficit(net.toSpec(), { fraction: 0.5 })).toThrow(/one weight per synapse .*rule "list"/);
  });
});
