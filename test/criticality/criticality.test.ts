import { describe, expect, it } from "vitest";
import { branchingAvalanches, branchingProcess, subsample } from "../../src/criticality/branching.js";
import { avalanchesFromCounts, avalanchesFromSpikes, avalancheShapes, naiveBranchingRatio } from "../../src/criticality/avalanches.js";
import { fitPowerLaw, hurwitzZeta, powerLawPValue, samplePowerLaw } from "../../src/criticality/powerlaw.js";
import { comparePowerLaw } from "../../src/criticality/compare.js";
import { mrEstimate, regressionSlopes } from "../../src/criticality/mr.js";
import { sizeDurationExponent, cracklingPrediction } from "../../src/criticality/crackling.js";
import { Rng } from "../../src/random/rng.js";

describe("avalanches", () => {
  it("avalanchesFromCounts finds runs of non-empty bins (incomplete ones at the edges skipped)", () => {
    const counts = [2, 0, 1, 3, 0, 0, 4, 1, 1, 0, 5];
    const av = avalanchesFromCounts(counts);
    expect([...av.sizes]).toEqual([4, 6]);
    expect([...av.durations]).toEqual([2, 3]);
    expect([...av.starts]).toEqual([2, 6]);
  });
  it("avalanchesFromSpikes bins a hand-made raster at the mean inter-event interval", () => {
    // events at 0,1,2 | gap | 10,11 | gap | 20: mean IEI = 20/5 = 4 → bins [0,4) [4,8) [8,12) [12,16) [16,20) [20,24)
    const av = avalanchesFromSpikes([0, 1, 2, 10, 11, 20]);
    expect(av.bin).toBe(4);
    expect([...av.sizes]).toEqual([2]);
    expect([...av.durations]).toEqual([1]);
  });
  it("naiveBranchingRatio averages descendants/ancestors and avalancheShapes averages by duration", () => {
    expect(naiveBranchingRatio([1, 2, 4, 0, 2, 1])).toBeCloseTo((2 + 2 + 0 + 0.5) / 4, 12);
    const counts = [0, 1, 3, 0, 2, 2, 0];
    const shapes = avalancheShapes(counts, avalanchesFromCounts(counts), [2]);
    expect(shapes[0].n).toBe(2);
    expect([...shapes[0].shape]).toEqual([1.5, 2.5]);
  });
});

describe("power laws (Clauset, Shalizi & Newman 2009)", () => {
  it("hurwitzZeta matches ζ(2) = π²/6 and ζ(4) = π⁴/90 to 1e-12", () => {
    expect(hurwitzZeta(2, 1)).toBeCloseTo(Math.PI ** 2 / 6, 12);
    expect(hurwitzZeta(4, 1)).toBeCloseTo(Math.PI ** 4 / 90, 12);
    expect(hurwitzZeta(3, 2)).toBeCloseTo(1.2020569031595942 - 1, 12);
  });
  it("fitPowerLaw recovers a continuous exponent within 2 sd and x_min within 10 %", () => {
    const x = samplePowerLaw(5000, 2.5, 1, { rng: new Rng(3) });
    const f = fitPowerLaw(x);
    expect(Math.abs(f.alpha - 2.5)).toBeLessThan(2 * f.sigma + 0.01);
    expect(f.xmin).toBeLessThan(1.1);
  });
  it("fitPowerLaw recovers a discrete exponent and x_min above an exponential head", () => {
    const rng = new Rng(5);
    const tail = samplePowerLaw(4000, 2.2, 5, { discrete: true, rng });
    const head = Float64Array.from({ length: 1000 }, () => 1 + rng.integer(4));
    const f = fitPowerLaw([...head, ...tail], { discrete: true });
    expect(Math.abs(f.alpha - 2.2)).toBeLessThan(0.06);
    expect(f.xmin).toBeGreaterThanOrEqual(4);
    expect(f.xmin).toBeLessThanOrEqual(7);
  });
  it("powerLawPValue accepts power-law data and rejects exponential data", () => {
    const rng = new Rng(7);
    const pl = samplePowerLaw(1500, 2.5, 1, { rng });
    expect(powerLawPValue(pl, fitPowerLaw(pl, { maxCandidates: 20 }), { bootstraps: 20 })).toBeGreaterThan(0.1);
    const ex = Float64Array.from({ length: 1500 }, () => 1 + 3 * rng.exponential());
    expect(powerLawPValue(ex, fitPowerLaw(ex, { xmin: 1 }), { bootstraps: 20, searchXmin: false })).toBeLessThan(0.1);
  }, 30_000);
  it("comparePowerLaw picks the power law over the exponential on power-law data, and the lognormal on lognormal data", () => {
    const rng = new Rng(9);
    const pl = samplePowerLaw(4000, 2.5, 1, { rng });
    const r1 = comparePowerLaw(pl, fitPowerLaw(pl, { xmin: 1 }));
    expect(r1.find((r) => r.alternative === "exponential")!.favours).toBe("power law");
    const ln = Float64Array.from({ length: 20000 }, () => Math.exp(1 + rng.normal()));
    const r2 = comparePowerLaw(ln, fitPowerLaw(ln, { xmin: 3 }));
    const lognormal = r2.find((r) => r.alternative === "lognormal")!;
    expect(lognormal.R).toBeLessThan(0);
    expect(lognormal.favours).toBe("lognormal");
  }, 20_000);
});

describe("branching processes and the MR estimator (Wilting & Priesemann 2018)", () => {
  it("regressionSlopes of an AR(1) process are m^k", () => {
    const rng = new Rng(11);
    const a = new Float64Array(200000);
    for (let t = 1; t < a.length; t++) a[t] = 0.8 * a[t - 1] + rng.normal();
    const r = regressionSlopes(a, 3);
    expect(r[0]).toBeCloseTo(0.8, 2);
    expect(r[2]).toBeCloseTo(0.512, 2);
  });
  it("mrEstimate recovers m = 0.99 from 100, 10 and 1 of 10^4 units while the conventional estimate collapses", () => {
    const N = 10000, m = 0.99;
    const A = branchingProcess({ N, m, h: 1, steps: 100000, seed: 1 });
    for (const n of [100, 10, 1]) {
      const a = subsample(A, N, n, 2);
      const fit = mrEstimate(a, { kmax: 40 });
      // conventional r_1 = m / (1 + (1 − α)⟨A⟩/(α Var A)), Var A/⟨A⟩ = 1/(1 − m²) for this process
      const alpha = n / N, expected = m / (1 + (1 - alpha) * (1 - m * m) / alpha);
      expect(Math.abs(fit.conventional - expected)).toBeLessThan(0.05 + 0.2 * expected);
      expect(Math.abs(fit.m - m)).toBeLessThan(0.01);
    }
  }, 20_000);
  it("branching avalanches at m = 1 have size exponent 3/2 and duration exponent 2 (±0.1), and γ obeys the crackling relation", () => {
    const av = branchingAvalanches({ m: 1, count: 20000, maxSize: 1e5, seed: 4 });
    const s = fitPowerLaw(av.sizes, { discrete: true }), d = fitPowerLaw(av.durations, { discrete: true });
    expect(Math.abs(s.alpha - 1.5)).toBeLessThan(0.1);
    expect(Math.abs(d.alpha - 2)).toBeLessThan(0.15);
    const g = sizeDurationExponent(av.sizes, av.durations, { minCount: 20 });
    expect(Math.abs(g.gamma - cracklingPrediction(s.alpha, d.alpha))).toBeLessThan(0.3);
  });
});

describe("E/I branching network", () => {
  it("eiBranchingNetwork's MR branching ratio follows m = K w_E e^{−λ_I w_I} below criticality", async () => {
    const { eiBranchingNetwork, eiBranchingRatio } = await import("../../src/criticality/ei-network.js");
    for (const ratio of [5, 6]) {
      const wE = 0.13, wI = ratio * wE;
      const { activity, m } = eiBranchingNetwork({ wE, wI, steps: 200000, seed: 2 });
      expect(m).toBeCloseTo(eiBranchingRatio({ wE, wI }), 12);
      expect(Math.abs(mrEstimate(activity, { kmax: 30 }).m - m)).toBeLessThan(0.02);
    }
  });
  it("with too little inhibition the activity runs away until the event budget stops it", async () => {
    const { eiBranchingNetwork } = await import("../../src/criticality/ei-network.js");
    const { activity, m } = eiBranchingNetwork({ wE: 0.13, wI: 0.26, steps: 200000, maxEvents: 1e6, seed: 2 });
    expect(m).toBeGreaterThan(1.1);
    expect(activity.length).toBeLessThan(200000);
    expect(activity[activity.length - 1]).toBeGreaterThan(100);
  });
});
