import { describe, expect, it } from "vitest";
import { balancedTrials, mutualInformation, quantileBins } from "../../src/analysis/mutual-information.js";
import { Rng } from "../../src/random/rng.js";

const H2 = (p: number) => -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);

describe("mutualInformation", () => {
  it("is ≈ 0 for independent stimulus and response after either correction, though the plug-in is biased up", () => {
    const rng = new Rng(5), N = 4000;
    const s = Array.from({ length: N }, () => rng.integer(4)), r = Array.from({ length: N }, () => rng.integer(8));
    // plug-in bias of independent data: (k_s − 1)(k_r − 1)/(2 N ln 2) = 21/(8000 ln 2) ≈ 0.0038 bits,
    // its sd √(2·21)/(2 N ln 2) ≈ 0.0012 bits: tolerance 0.004 ≈ 3.4 sd
    const none = mutualInformation(s, r, { correction: "none" });
    expect(none.plugin).toBeGreaterThan(0);
    for (const correction of ["shuffle", "panzeri-treves"] as const) expect(Math.abs(mutualInformation(s, r, { correction }).bits)).toBeLessThan(0.004);
    expect(Math.abs(mutualInformation(s, r, { correction: "panzeri-treves" }).bias - 21 / (2 * N * Math.LN2))).toBeLessThan(1e-12);
  });
  it("gives log2 k bits for a one-to-one mapping of k equiprobable stimuli", () => {
    for (const k of [2, 4, 6]) {
      const s = Array.from({ length: 100 * k }, (_, i) => i % k), r = s.map((x) => 10 * x + 3);
      expect(mutualInformation(s, r, { correction: "none" }).plugin).toBeCloseTo(Math.log2(k), 12);
      // corrected: minus a bias of about (k − 1)²/(2 N ln 2) ≤ 0.045 bits for these sizes
      expect(Math.abs(mutualInformation(s, r).bits - Math.log2(k))).toBeLessThan(0.05);
    }
  });
  it("matches 1 − H(ε) for a binary symmetric channel", () => {
    const rng = new Rng(9), N = 20000, eps = 0.1;
    const s = Array.from({ length: N }, () => rng.integer(2)), r = s.map((x) => (rng.uniform() < eps ? 1 - x : x));
    // sampling sd of the estimate ≈ √(var of the log-likelihood ratio / N) ≈ 0.006 bits: tolerance 0.02
    expect(Math.abs(mutualInformation(s, r).bits - (1 - H2(eps)))).toBeLessThan(0.02);
  });
  it("bins responses by rank and is deterministic for a seed", () => {
    expect(Array.from(quantileBins([5, 1, 3, 9], 2))).toEqual([1, 0, 0, 1]);
    expect(Array.from(quantileBins([2, 2, 2, 7], 2))).toEqual([0, 0, 0, 1]); // ties stay together
    const rng = new Rng(2), s = Array.from({ length: 300 }, (_, i) => i % 3), r = s.map((x) => x * 5 + 8 * rng.normal());
    const a = mutualInformation(s, r, { bins: 6, seed: 4 }), b = mutualInformation(s, r, { bins: 6, seed: 4 });
    expect(a).toEqual(b);
    expect(a.responses).toBe(6);
    expect(a.bits).toBeLessThan(a.plugin);
  });
  it("rejects bad input naming it", () => {
    expect(() => mutualInformation([1, 2], [1])).toThrow(/invalid response: 1 trials against 2/);
    expect(() => mutualInformation([1], [1])).toThrow(/at least 2/);
    expect(() => mutualInformation([1, NaN], [1, 2])).toThrow(/invalid stimulus at trial 1/);
    expect(() => mutualInformation([1, 2], [1, 2], { bins: 1 })).toThrow(/invalid bins: 1/);
    expect(() => mutualInformation([1, 2], [1, 2], { correction: "x" as "none" })).toThrow(/invalid correction/);
    expect(() => mutualInformation([1, 2], [1, 2], { foo: 1 } as object)).toThrow(/foo/);
  });
  it("makes balanced, seeded trial schedules", () => {
    const a = balancedTrials(6, 12, 3);
    expect(a.length).toBe(72);
    for (let s = 0; s < 6; s++) expect(a.filter((x) => x === s).length).toBe(12);
    expect(Array.from(balancedTrials(6, 12, 3))).toEqual(Array.from(a));
    expect(Array.from(balancedTrials(6, 12, 4))).not.toEqual(Array.from(a));
    expect(() => balancedTrials(1, 3, 1)).toThrow(/invalid k: 1/);
    expect(() => balancedTrials(3, 0, 1)).toThrow(/invalid repeats: 0/);
  });
});
