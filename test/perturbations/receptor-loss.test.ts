import { describe, expect, it } from "vitest";
import { receptorLoss } from "../../src/perturbations/receptor-loss.js";
import type { NetworkSpec } from "../../src/network/spec.js";
import { eiSpec, rates } from "./networks.js";

const part = (spec: NetworkSpec, build: string, name: string) =>
  spec.parts.find((p) => p.build === build && (build === "connect" ? ((p.options.name as string | undefined) ?? `${p.args[0]}→${p.args[1]}`) === name : p.args[0] === name))!;

describe("receptorLoss(spec, { receptor, targets, fraction, inputs = true })", () => {
  it("scales every synapse of that receptor onto the targets (projections and Poisson input) by 1 − fraction, and nothing else", () => {
    const spec = eiSpec(1, { nmda: 0.3 });
    const before = JSON.stringify(spec);
    const out = receptorLoss(spec, { receptor: "AMPA", targets: "inhibitory", fraction: 0.4 });
    expect(JSON.stringify(spec)).toBe(before);
    expect(part(out, "connect", "E→I").options.weight).toBeCloseTo(0.3, 15);
    expect(part(out, "poissonInput", "I").options.weight).toBeCloseTo(0.6, 15);
    expect(part(out, "connect", "E→I NMDA").options.weight).toBe(0.3);
    expect(part(out, "connect", "E→E").options.weight).toBe(1);
    expect(part(out, "poissonInput", "E").options.weight).toBe(1);
    const noInputs = receptorLoss(spec, { receptor: "E", targets: ["I"], fraction: 0.4, inputs: false });
    expect(part(noInputs, "poissonInput", "I").options.weight).toBe(1);
    expect(part(noInputs, "connect", "E→I").options.weight).toBeCloseTo(0.3, 15);
    const ketamine = receptorLoss(spec, { receptor: "NMDA", targets: "I", fraction: 0.8 });
    expect(part(ketamine, "connect", "E→I NMDA").options.weight).toBeCloseTo(0.06, 15);
    expect(part(ketamine, "connect", "E→I").options.weight).toBe(0.5);
  });

  it("AMPA loss on I targets raises the E rate, on E targets lowers it (3 seeds each)", () => {
    for (const seed of [1, 2, 3]) {
      const spec = eiSpec(seed);
      const [base] = rates(spec);
      const [onI] = rates(receptorLoss(spec, { receptor: "AMPA", targets: "I", fraction: 0.5 }));
      const [onE] = rates(receptorLoss(spec, { receptor: "AMPA", targets: "E", fraction: 0.5 }));
      expect(base).toBeGreaterThan(1);
      expect(onI).toBeGreaterThan(base);
      expect(onE).toBeLessThan(base);
    }
  });

  it("ketamine-like NMDA loss on the interneurons raises the E rate (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const spec = eiSpec(seed, { nmda: 0.3 });
      const [base] = rates(spec);
      const [ketamine] = rates(receptorLoss(spec, { receptor: "NMDA", targets: "I", fraction: 0.8 }));
      expect(ketamine).toBeGreaterThan(base);
    }
  });

  it("a loss that matches no synapse, and bad arguments, throw saying why", () => {
    const spec = eiSpec(1);
    expect(() => receptorLoss(spec, { receptor: "NMDA", targets: "I", fraction: 0.5 })).toThrow(/no projection or Poisson input drives NMDA synapses of I \(give the target's model receptors: \["NMDA"\]/);
    expect(() => receptorLoss(spec, { receptor: "AMAP" as "AMPA", targets: "I", fraction: 0.5 })).toThrow(/invalid receptor for receptorLoss: "AMAP" .*did you mean AMPA\?/);
    expect(() => receptorLoss(spec, { receptor: "AMPA", targets: "Inh", fraction: 0.5 })).toThrow(/"Inh" is not a population of the spec; did you mean I\?/);
    expect(() => receptorLoss(spec, { receptor: "AMPA", targets: "I", fraction: -1 })).toThrow(/invalid fraction for receptorLoss: -1 \(expected a fraction in \[0, 1\]: the fraction of AMPA conductance lost\)/);
    expect(() => receptorLoss(spec, { receptor: "AMPA", fraction: 0.5 } as never)).toThrow(/missing option targets for receptorLoss/);
    expect(() => receptorLoss(spec, { receptor: "AMPA", targets: "I", fraction: 0.5, inputs: "no" as never })).toThrow(/invalid inputs for receptorLoss: "no" \(expected true or false\)/);
  });
});
