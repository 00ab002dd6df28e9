/** Distributions of per-neuron and per-synapse values: unknown option names throw with a guess (checked once, not per element). */
import { describe, expect, it } from "vitest";
import { fill, sample } from "../../src/network/values.js";
import { Network } from "../../src/network/network.js";
import { Rng } from "../../src/random/rng.js";

describe("distribution option names", () => {
  it("a misspelt or foreign option of a distribution throws with a guess", () => {
    const rng = new Rng(1);
    expect(() => sample("E.V_th", { dist: "normal", mean: -50, sd: 1, mni: -52 } as never, "mV", rng))
      .toThrow(new TypeError("unknown option mni for distribution normal of E.V_th; did you mean min?"));
    expect(() => sample("w", { dist: "normal", mean: 1, sigma: 0.1 } as never, "nS", rng)).toThrow(/unknown option sigma for distribution normal of w; did you mean sd\?/);
    expect(() => sample("w", { dist: "uniform", min: 0, max: 1 } as never, "nS", rng)).toThrow(/unknown option min for distribution uniform of w; did you mean low\?/);
    expect(() => sample("w", { dist: "lognormal", mean: 1, sd: 0.5, max: 3 } as never, "nS", rng)).toThrow(/unknown option max for distribution lognormal of w \(expected one of dist, mean, sd\)/);
    expect(() => fill("E.init.v", { dist: "uniform", low: -60, hgh: -50 } as never, "mV", new Float64Array(5), rng)).toThrow(/unknown option hgh .*did you mean high\?/);
  });
  it("correct options still draw (truncated normal stays inside [min, max])", () => {
    const out = fill("x", { dist: "normal", mean: 0, sd: 1, min: -0.5, max: 0.5 }, "", new Float64Array(1000), new Rng(2));
    expect(Math.min(...out)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...out)).toBeLessThanOrEqual(0.5);
  });
  it("a network refuses a misspelt distribution in weights and delays", () => {
    const net = new Network();
    net.population("E", 10, { synapse: "delta" });
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: { dist: "normal", mean: 0.1, std: 0.01 } as never }))
      .toThrow(/unknown option std for distribution normal of E→E\.weight; did you mean sd\?/);
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: 0.1, delay: { dist: "uniform", lo: 1, high: 2 } as never }))
      .toThrow(/unknown option lo for distribution uniform of E→E\.delay; did you mean low\?/);
  });
});
