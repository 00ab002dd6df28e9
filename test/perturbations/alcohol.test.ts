import { describe, expect, it } from "vitest";
import { ALCOHOL, alcohol } from "../../src/perturbations/alcohol.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import type { NetworkSpec } from "../../src/network/spec.js";
import { rates } from "./networks.js";

const weight = (spec: NetworkSpec, name: string) => spec.parts.find((p) => p.build === "connect" && `${p.args[0]}→${p.args[1]}` === name)!.options.weight;

/**
 * One replica of notebook 05's alcohol network (section 4): 50 LIF cells, Poisson drive and inhibitory fibres, recurrent E→E,
 * homeostatic rules — with the inhibitory scale starting at 1 (the notebook starts it at 2 and lets 10 s of baseline bring it down).
 */
function notebook05Spec(seed: number): NetworkSpec {
  const net = new Network({ dt: 0.1, seed });
  net.population("A", 50, lif({ E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 5, tau_I: 10 }), { init: { v: { dist: "uniform", low: -70, high: -55 } } });
  net.poissonSource("drive", 100, { rate: 20 });
  net.poissonSource("gaba", 100, { rate: 20, kind: "inhibitory" });
  net.connect("drive", "A", { rule: { rule: "probability", p: 0.5 }, weight: 1.5 });
  net.connect("A", "A", { rule: { rule: "indegree", k: 20 }, weight: 0.3 });
  net.connect("gaba", "A", { rule: { rule: "probability", p: 0.5 }, weight: 1 });
  net.inhibitoryScaling("gaba→A", { k: 6e-5, r0: 5, tau_r: 500, s0: 1 });
  net.excitatoryScaling("drive→A", { k: 6e-6, r0: 5, tau_r: 500, s0: 1 });
  net.monitorSpikes("A");
  return net.toSpec();
}

describe("alcohol(spec, { inhibition = 1.5, excitation = 0.7, targets })", () => {
  it("is notebook 05's setDrug(true): inhibitory weights × 1.5, drive and recurrent excitation × 0.7", () => {
    expect(ALCOHOL).toEqual({ inhibition: 1.5, excitation: 0.7 });
    const spec = notebook05Spec(1);
    const before = JSON.stringify(spec);
    const out = alcohol(spec);
    expect(JSON.stringify(spec)).toBe(before);
    expect(weight(out, "gaba→A")).toBe(1.5);
    expect(weight(out, "drive→A")).toBeCloseTo(1.5 * 0.7, 15);
    expect(weight(out, "A→A")).toBeCloseTo(0.3 * 0.7, 15);
    expect(out.parts.filter((p) => p.build !== "connect")).toEqual(spec.parts.filter((p) => p.build !== "connect"));
  });

  it("NMDA is scaled with AMPA, GABA_B is not", () => {
    const net = new Network({ seed: 1 });
    net.population("E", 5, lif({ receptors: ["NMDA", "GABA_B"] }), { kind: "excitatory" });
    net.population("I", 5, lif(), { kind: "inhibitory" });
    net.connect("E", "E", { rule: { rule: "all" }, weight: 1, receptor: "NMDA" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 2, receptor: "GABA_B" });
    net.connect("E", "I", { rule: { rule: "all" }, weight: 3 });
    const out = alcohol(net.toSpec(), { excitation: 0.5 });
    expect(weight(out, "E→E")).toBe(0.5);
    expect(weight(out, "I→E")).toBe(2);
    expect(weight(out, "E→I")).toBe(1.5);
  });

  it("lowers the rate of notebook 05's network on first exposure, in each of 3 seeds", () => {
    for (const seed of [1, 2, 3]) {
      const spec = notebook05Spec(seed);
      const [base] = rates(spec, 1000, 200);
      const [drunk] = rates(alcohol(spec), 1000, 200);
      expect(base).toBeGreaterThan(1);
      expect(drunk).toBeLessThan(base);
    }
  });

  it("bad arguments throw, naming the parameter, the value and what is expected", () => {
    const spec = notebook05Spec(1);
    expect(() => alcohol(spec, { inhibition: -1 })).toThrow(/invalid inhibition for alcohol: -1 \(expected a finite factor ≥ 0\)/);
    expect(() => alcohol(spec, { targets: "B" })).toThrow(/invalid targets for alcohol: "B" is not a population of the spec/);
    expect(() => alcohol(spec, { targets: "drive" })).toThrow(/"drive" is a spike source, not a neuron population/);
    expect(() => alcohol(spec, { excitaton: 0.5 } as never)).toThrow(/unknown option excitaton for alcohol; did you mean excitation\?/);
  });
});
