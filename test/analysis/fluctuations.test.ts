import { describe, expect, it } from "vitest";
import { meanPotentialBound, shotNoise, sigmaVEffective, steadyPotential } from "../../src/analysis/fluctuations.js";
import { Rng } from "../../src/random/rng.js";

describe("membrane fluctuations in the effective-time-constant approximation", () => {
  it("an OU current through an RC membrane: σ_V = (σ_I/g) √(τ/(τ + τ_m)) (exact for a passive membrane)", () => {
    expect(sigmaVEffective({ C: 200, gTotal: 10, V: -57, sources: [{ sd: 25, tau: 5 }] })).toBeCloseTo(2.5 * Math.sqrt(5 / 25), 12);
  });
  it("matches a simulated passive membrane with an OU current (exact update), within 4 % (200 s of samples)", () => {
    // τ_m = 20 ms, τ = 5 ms: ≈ 200 s / 40 ms = 5000 independent samples → relative s.e. of σ ≈ 1 %
    const rng = new Rng(4), dt = 0.1, C = 200, g = 10, sd = 25, tau = 5;
    const e = Math.exp(-dt / tau), a = sd * Math.sqrt(1 - e * e), em = Math.exp(-dt * g / C);
    let I = 0, v = 0, s1 = 0, s2 = 0;
    const n = 2_000_000;
    for (let k = 0; k < n; k++) {
      v = I / g + (v - I / g) * em; // exact for I constant over the step
      I = I * e + a * rng.normal();
      s1 += v; s2 += v * v;
    }
    const sigma = Math.sqrt(s2 / n - (s1 / n) ** 2);
    const ref = sigmaVEffective({ C, gTotal: g, V: 0, sources: [{ sd, tau }] });
    expect(Math.abs(sigma - ref) / ref).toBeLessThan(0.04);
  });
  it("a conductance source counts with its driving force |E − V̄|", () => {
    const one = sigmaVEffective({ C: 100, gTotal: 50, V: -60, sources: [{ sd: 2, tau: 3, E: 0 }] });
    expect(one).toBeCloseTo((2 * 60 / 50) * Math.sqrt(3 / (3 + 2)), 12);
    const two = sigmaVEffective({ C: 100, gTotal: 50, V: -60, sources: [{ sd: 2, tau: 3, E: 0 }, { sd: 4, tau: 10, E: -80 }] });
    expect(two ** 2).toBeCloseTo(one ** 2 + (4 * 20 / 50) ** 2 * 10 / 12, 12);
    expect(() => sigmaVEffective({ C: 0, gTotal: 50, V: -60, sources: [] })).toThrow(/invalid C/);
  });
  it("shotNoise follows Campbell's theorem: mean nνwτ, variance nνw²τ/2", () => {
    const s = shotNoise({ n: 1000, rate: 5, weight: 0.5, tau: 5 });
    expect(s.mean).toBeCloseTo(12.5, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 * 0.25 * 5 / 2), 12);
  });
  it("steadyPotential is the conductance-weighted mean of reversals (plus I/g)", () => {
    expect(steadyPotential([{ g: 10, E: -70 }, { g: 10, E: 0 }])).toBe(-35);
    expect(steadyPotential([{ g: 10, E: -70 }], 130)).toBe(-57);
    expect(() => steadyPotential([{ g: 0, E: -70 }])).toThrow(/total conductance/);
    expect(meanPotentialBound({ gTotal: 85, sigmaG: 8.5, sigmaV: 2 })).toBeCloseTo(0.2, 12);
  });
});
