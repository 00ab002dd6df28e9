import { describe, expect, it } from "vitest";
import { BENZODIAZEPINE, gabaAEnhancer } from "../../src/perturbations/gaba-a-enhancer.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import type { StateMonitor } from "../../src/monitors/state-monitor.js";
import type { NetworkSpec } from "../../src/network/spec.js";
import { eiSpec, rateSpec, rates } from "./networks.js";

const connect = (spec: NetworkSpec, name: string) => spec.parts.find((p) => p.build === "connect" && `${p.args[0]}→${p.args[1]}` === name)!;

/** 5 LIF cells with only inhibitory Poisson input: N = 100 fibres of ν = 10 Hz, w = 1 nS, τ_I = 10 ms; g_I recorded every step. */
function shotNoiseSpec(): NetworkSpec {
  const net = new Network({ dt: 0.1, seed: 3 });
  net.population("P", 5, lif({ synapse: "conductance", tau_I: 10, receptors: ["GABA_B"] }), { kind: "excitatory" });
  net.poissonInput("P", { n: 100, rate: 10, weight: 1, kind: "inhibitory" });
  net.poissonInput("P", { n: 10, rate: 10, weight: 1, kind: "inhibitory", receptor: "GABA_B" });
  net.monitorState("P", ["gI"], { neurons: [0, 1, 2, 3, 4] });
  return net.toSpec();
}

/** Mean recorded g_I (nS) over all cells after 100 ms of a 4-s run. */
function meanGI(spec: NetworkSpec): number {
  const net = Network.fromSpec(spec);
  net.run(4000);
  const { t, values } = (net.monitors[0] as StateMonitor).traces();
  let sum = 0, n = 0;
  for (const g of values.gI!) for (let k = 0; k < t.length; k++) if (t[k] >= 100) { sum += g[k]; n++; }
  return sum / n;
}

describe("gabaAEnhancer(spec, { conductance = 1, decay = 1.4, targets })", () => {
  it("multiplies tau_I by decay and GABA_A weights by conductance; GABA_B and excitatory synapses are untouched", () => {
    expect(BENZODIAZEPINE).toEqual({ conductance: 1, decay: 1.4 });
    const spec = shotNoiseSpec();
    const before = JSON.stringify(spec);
    const out = gabaAEnhancer(spec, { conductance: 1.3, decay: 1.5 });
    expect(JSON.stringify(spec)).toBe(before);
    const net = Network.fromSpec(out);
    expect(net.get("P").model.params.tau_I).toBe(15);
    const inputs = out.parts.filter((p) => p.build === "poissonInput");
    expect(inputs[0].options.weight).toBeCloseTo(1.3, 15);
    expect(inputs[1].options.weight).toBe(1); // GABA_B
    const ei = gabaAEnhancer(eiSpec(1), { targets: "excitatory", conductance: 2, decay: 1 });
    expect(connect(ei, "I→E").options.weight).toBe(8);
    expect(connect(ei, "I→I").options.weight).toBe(4);
    expect(connect(ei, "E→E").options.weight).toBe(1);
  });

  it("mean GABA_A conductance under Poisson input is N ν w τ_I (Campbell's theorem), and the enhancer multiplies it by conductance × decay", () => {
    // N ν w τ_I = 100 × 0.01/ms × 1 nS × 10 ms = 10 nS. The engine's exact decay over a step adds dt/2 to τ (0.5 %);
    // the statistical error of the mean over 5 cells × 3.9 s with correlation time τ_I is ≈ 1 % (σ_g = √(N ν w² τ/2) = 2.2 nS).
    const spec = shotNoiseSpec();
    const base = meanGI(spec);
    expect(Math.abs(base / 10 - 1)).toBeLessThan(0.04);
    const enhanced = meanGI(gabaAEnhancer(spec, { conductance: 1.3, decay: 1.5 }));
    expect(Math.abs(enhanced / (10 * 1.3 * 1.5) - 1)).toBeLessThan(0.04);
    const midazolam = meanGI(gabaAEnhancer(spec));
    expect(Math.abs(midazolam / 14 - 1)).toBeLessThan(0.04);
  });

  it("the default (decay × 1.4) lowers the E rate of the E–I LIF network in each of 3 seeds", () => {
    for (const seed of [1, 2, 3]) {
      const spec = eiSpec(seed);
      const [base] = rates(spec);
      const [enhanced] = rates(gabaAEnhancer(spec));
      expect(base).toBeGreaterThan(1);
      expect(enhanced).toBeLessThan(base);
    }
  });

  it("rate units have no synaptic decay: their inhibitory weights take conductance × decay (the same charge per IPSC)", () => {
    const out = gabaAEnhancer(rateSpec(), { conductance: 1.2, decay: 1.5 });
    expect(connect(out, "I→E").options.weight).toBeCloseTo(-1.8, 14);
    expect(connect(out, "I→I").options.weight).toBeCloseTo(-0.9, 14);
    expect(connect(out, "E→I").options.weight).toBe(1);
  });

  it("bad arguments throw, naming the parameter, the value and what is expected", () => {
    const spec = eiSpec(1);
    expect(() => gabaAEnhancer(spec, { decay: 0 })).toThrow(/invalid decay for gabaAEnhancer: 0 \(expected a finite factor > 0\)/);
    expect(() => gabaAEnhancer(spec, { conductance: "2" as never })).toThrow(/invalid conductance for gabaAEnhancer: "2" \(expected a number/);
    expect(() => gabaAEnhancer(spec, { targets: "E2" })).toThrow(/did you mean E\?/);
    expect(() => gabaAEnhancer(spec, { decy: 2 } as never)).toThrow(/unknown option decy for gabaAEnhancer; did you mean decay\?/);
    const net = new Network({ seed: 1 });
    net.population("E", 2, lif(), { kind: "excitatory" });
    net.poissonInput("E", { n: 10, rate: 5, weight: 1 });
    expect(() => gabaAEnhancer(net.toSpec())).toThrow(/no projection or Poisson input drives GABA_A \("I"\) synapses of E/);
  });
});
