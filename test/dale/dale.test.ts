import { describe, expect, it } from "vitest";
import { randomPatterns, corruptPattern, overlap, rateOverlap } from "../../src/dale/patterns.js";
import { hebbianWeights, hopfieldEnergy, symmetricAsync, asyncRun } from "../../src/dale/hopfield.js";
import { daleDecomposition, effectiveWeights, daleInput, maxAbsDiff, daleAsync, interneuronRate } from "../../src/dale/dale.js";
import { rateRun, rateEnergy, cueState } from "../../src/dale/rate.js";
import { agsOverlap, agsCapacity } from "../../src/dale/ags.js";

describe("patterns", () => {
  it("randomPatterns: ±1 entries, reproducible by seed, about half +1", () => {
    const p = randomPatterns(3, 1000, 4);
    expect(p).toHaveLength(3);
    expect(p[0].every((x) => x === 1 || x === -1)).toBe(true);
    expect(randomPatterns(3, 1000, 4)[2]).toEqual(p[2]);
    const plus = p[0].filter((x) => x > 0).length; // binomial(1000, 1/2): sd 16
    expect(Math.abs(plus - 500)).toBeLessThan(80);
  });
  it("corruptPattern flips exactly round(f N) entries: overlap 1 − 2k/N", () => {
    const xi = randomPatterns(1, 200, 1)[0];
    expect(overlap(corruptPattern(xi, 0.2, 3), xi)).toBeCloseTo(1 - 2 * 40 / 200, 12);
    expect(overlap(corruptPattern(xi, 0, 3), xi)).toBe(1);
    expect(() => corruptPattern(xi, 1.5, 1)).toThrow(/invalid flip for corruptPattern: 1.5/);
  });
  it("rateOverlap is 1 for rates a + b ξ, −1 for b < 0, NaN for equal rates", () => {
    const xi = [1, -1, 1, -1];
    expect(rateOverlap(xi.map((x) => 20 + 15 * x), xi)).toBeCloseTo(1, 12);
    expect(rateOverlap(xi.map((x) => 20 - 15 * x), xi)).toBeCloseTo(-1, 12);
    expect(rateOverlap([5, 5, 5, 5], xi)).toBeNaN();
  });
});

describe("hopfield", () => {
  it("hebbianWeights by hand: two patterns of 3", () => {
    const W = hebbianWeights([[1, 1, -1], [1, -1, 1]]);
    // W_01 = (1·1 + 1·(−1))/3 = 0, W_02 = (−1 + 1)/3 = 0, W_12 = (−1 − 1)/3
    expect(Array.from(W)).toEqual([0, 0, 0, 0, 0, -2 / 3, 0, -2 / 3, 0]);
  });
  it("asynchronous dynamics never raise the energy and keep a stored pattern at low load", () => {
    const pats = randomPatterns(5, 200, 2), W = hebbianWeights(pats);
    const energies: number[] = [];
    const cue = corruptPattern(pats[0], 0.2, 1);
    energies.push(hopfieldEnergy(W, cue));
    const run = asyncRun(symmetricAsync(W, 200), cue, { seed: 1, onSweep: (s) => energies.push(hopfieldEnergy(W, s)) });
    expect(run.converged).toBe(true);
    for (let k = 1; k < energies.length; k++) expect(energies[k]).toBeLessThanOrEqual(energies[k - 1] + 1e-12);
    expect(overlap(run.s, pats[0])).toBe(1); // α = 0.025: crosstalk sd √α = 0.16 ≪ 1
  });
});

describe("Dale decomposition", () => {
  const pats = randomPatterns(8, 100, 3), W = hebbianWeights(pats);
  it("W⁺ ≥ 0, E→I and I→E ≥ 0, and W⁺ − w_IE w_EI = W to 1e-12 (constant and row offsets)", () => {
    for (const offset of ["constant", "row"] as const) {
      const d = daleDecomposition(W, 100, { offset, nI: 7 });
      expect(Math.min(...d.Wplus)).toBeGreaterThanOrEqual(0);
      expect(Math.min(...d.wEI, ...d.wIE)).toBeGreaterThanOrEqual(0);
      expect(maxAbsDiff(effectiveWeights(d), W)).toBeLessThan(1e-12);
    }
    const d = daleDecomposition(W, 100);
    expect(d.c[0]).toBeCloseTo(-Math.min(...W), 14);
    expect(() => daleDecomposition(W, 100, { offset: 0 })).toThrow(/invalid offset for daleDecomposition/);
  });
  it("linear interneuron: daleInput = W r; rectified without bias: error −(c/a)[θ − a Σr]₊; with bias I₀ = θ: none", () => {
    const d = daleDecomposition(W, 100, { nI: 4 });
    const r = Float64Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) / 100);
    const Wr = Float64Array.from({ length: 100 }, (_, i) => r.reduce((s, x, j) => s + W[i * 100 + j] * x, 0));
    expect(maxAbsDiff(daleInput(d, r), Wr)).toBeLessThan(1e-12);
    const low = r.map((x) => x * 0.2), theta = 0.5, x = low.reduce((s, v) => s + v, 0) * d.a; // x < θ
    const WrLow = Wr.map((v) => v * 0.2);
    const rect = daleInput(d, low, { kind: "rectified", theta });
    expect(rect[5] - WrLow[5]).toBeCloseTo(-(d.c[5] / d.a) * (theta - x), 10);
    expect(maxAbsDiff(daleInput(d, low, { kind: "rectified", theta, bias: theta }), WrLow)).toBeLessThan(1e-12);
    expect(interneuronRate(-1, { kind: "rectified" })).toBe(0);
  });
  it("asynchronous Dale network (0/1 cells) follows the ±1 network flip for flip", () => {
    const d = daleDecomposition(W, 100, { nI: 3 });
    const cue = corruptPattern(pats[1], 0.25, 9);
    const a = asyncRun(symmetricAsync(W, 100), cue, { seed: 5 }), b = asyncRun(daleAsync(d, W), cue, { seed: 5 });
    expect(Array.from(b.s)).toEqual(Array.from(a.s));
    expect(b.flips).toEqual(a.flips);
  });
});

describe("rate dynamics", () => {
  const pats = randomPatterns(6, 120, 5), W = hebbianWeights(pats);
  it("the energy of the symmetric network descends (Hopfield 1984) and the cue is completed", () => {
    const run = rateRun({ W, u0: cueState(corruptPattern(pats[0], 0.2, 2)), xi: pats[0], dt: 0.02, T: 8 });
    for (let k = 1; k < run.energy.length; k++) expect(run.energy[k]).toBeLessThan(run.energy[k - 1] + 1e-12);
    expect(run.m[run.m.length - 1]).toBeGreaterThan(0.99);
    expect(rateEnergy(W, run.r, 20)).toBeCloseTo(run.energy[run.energy.length - 1], 12);
  });
  it("the Dale network with linear fast interneurons follows the same trajectory to 1e-9", () => {
    const d = daleDecomposition(W, 120, { nI: 5 });
    const u0 = cueState(corruptPattern(pats[2], 0.3, 4));
    const a = rateRun({ W, u0, xi: pats[2], T: 5 }), b = rateRun({ W, u0, xi: pats[2], T: 5, dale: d });
    expect(maxAbsDiff(a.r, b.r)).toBeLessThan(1e-9);
    expect(maxAbsDiff(a.m, b.m)).toBeLessThan(1e-9);
  });
  it("interneurons with a time constant τ_I → 0 approach the instantaneous ones; a slower loop still retrieves", () => {
    const d = daleDecomposition(W, 120, { nI: 2 });
    const u0 = cueState(corruptPattern(pats[1], 0.2, 6));
    const fast = rateRun({ W, u0, xi: pats[1], T: 3, dale: d }), slow = rateRun({ W, u0, xi: pats[1], T: 3, dale: d, tauI: 0.05, dt: 0.01 });
    const ref = rateRun({ W, u0, xi: pats[1], T: 3, dale: d, dt: 0.01 });
    expect(maxAbsDiff(slow.m.slice(-1), ref.m.slice(-1))).toBeLessThan(0.02);
    expect(fast.m[fast.m.length - 1]).toBeGreaterThan(0.99);
  });
  it("bad input throws naming the parameter", () => {
    expect(() => rateRun({ W, u0: [0, 0] })).toThrow(/invalid W for rateRun/);
  });
});

describe("AGS 1985 retrieval theory", () => {
  it("α_c = 0.138 and m(α_c⁻) = 0.967 (Amit, Gutfreund & Sompolinsky 1985); m → 1 at low load; none above", () => {
    const ac = agsCapacity();
    expect(ac).toBeCloseTo(0.138, 3);
    expect(agsOverlap(ac - 1e-6)).toBeCloseTo(0.967, 2);
    expect(agsOverlap(0.02)).toBeGreaterThan(0.99999);
    expect(agsOverlap(0.15)).toBeNaN();
    expect(() => agsOverlap(0)).toThrow(/invalid alpha for agsOverlap: 0/);
  });
});
