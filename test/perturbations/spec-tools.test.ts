import { describe, expect, it } from "vitest";
import { receptorLoss } from "../../src/perturbations/receptor-loss.js";
import { scaleWeight } from "../../src/perturbations/spec-tools.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import "../../src/units/parse.js";

describe("scaleWeight (every form of weight a spec holds)", () => {
  it("a scaled distribution draws every weight × the factor from the same random numbers (normal with bounds, uniform, lognormal)", () => {
    const net = new Network({ seed: 5 });
    net.population("S", 30, lif(), { kind: "excitatory" });
    net.population("T", 30, lif(), { kind: "excitatory" });
    net.connect("S", "T", { rule: { rule: "probability", p: 0.3 }, weight: { dist: "normal", mean: 2, sd: 1, min: 0.5, max: 3 }, name: "normal" });
    net.connect("S", "T", { rule: { rule: "probability", p: 0.3 }, weight: { dist: "uniform", low: "1 nS", high: "3 nS" }, name: "uniform" });
    net.connect("S", "T", { rule: { rule: "probability", p: 0.3 }, weight: { dist: "lognormal", mean: 2, sd: 0.5 }, name: "lognormal" });
    net.connect("S", "T", { rule: { rule: "probability", p: 0.3 }, weight: "2 nS", name: "string" });
    const spec = net.toSpec();
    const half = Network.fromSpec(receptorLoss(spec, { receptor: "AMPA", targets: "T", fraction: 0.5 }));
    const full = Network.fromSpec(spec);
    for (const name of ["normal", "uniform", "lognormal"]) {
      const a = full.projection(name).weight as Float32Array, b = half.projection(name).weight as Float32Array;
      expect(b.length).toBe(a.length);
      expect(a.length).toBeGreaterThan(100);
      for (let k = 0; k < a.length; k++) expect(b[k]).toBeCloseTo(a[k] / 2, 6); // halving is exact up to the lognormal's float32 rounding
    }
    expect(half.projection("string").weight).toBe(1);
  });

  it("a factor of 1 keeps the weight as written; 0 writes 0; anything that is not a weight throws", () => {
    expect(scaleWeight("p", "2 nS", 1, "nS")).toBe("2 nS");
    expect(scaleWeight("p", { dist: "lognormal", mean: 2, sd: 1 }, 0, "nS")).toBe(0);
    expect(scaleWeight("p", [1, 2], 3, "nS")).toEqual([3, 6]);
    expect(() => scaleWeight("projection X", true, 2, "nS")).toThrow(/cannot scale projection X.weight: true/);
  });
});
