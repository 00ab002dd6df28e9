import { describe, expect, it } from "vitest";
import { GAO_2017, shotNoiseLfps, shotNoiseSpectrum, simulateShotNoise } from "../../src/spectral/shot-noise.js";
import { welch } from "../../src/spectral/welch.js";
import { bandExponent } from "../../src/spectral/aperiodic.js";

const mean = (x: Float64Array) => x.reduce((a, b) => a + b, 0) / x.length;

describe("shot-noise LFP (Gao et al. 2017)", () => {
  it("has mean conductances ⟨g_E⟩ = gE and ⟨g_I⟩ = ratio·gE (Campbell: N λ a ∫k; 2 % ≈ 4 standard errors over 100 s)", () => {
    const x = simulateShotNoise(100000, 1, { ratio: 3, gE: 2 });
    expect(Math.abs(mean(x.gE) / 2 - 1)).toBeLessThan(0.02);
    expect(Math.abs(mean(x.gI) / 6 - 1)).toBeLessThan(0.02);
    expect(x.lfp[10]).toBeCloseTo(x.gE[10] * (GAO_2017.V - GAO_2017.E_E) + x.gI[10] * (GAO_2017.V - GAO_2017.E_I), 10);
  });
  it("has the Welch spectrum of the exact sampled-process formula (mean ratio over 2–400 Hz within 3 %: 120 s, 1-s segments, ±1 % per 400-bin mean)", () => {
    const x = simulateShotNoise(120000, 2, { ratio: 4 });
    const s = welch(x.lfp, { fs: 1000, segment: 1024 });
    const a = shotNoiseSpectrum(s.f, { ratio: 4 });
    let r = 0, n = 0;
    for (let j = 0; j < s.f.length; j++) if (s.f[j] >= 2 && s.f[j] <= 400) { r += s.power[j] / a.power[j]; n++; }
    expect(Math.abs(r / n - 1)).toBeLessThan(0.03);
  });
  it("sampled-process spectrum → the continuous-time one as dt → 0 (0.5 % at 40 Hz with dt = 0.01 ms)", () => {
    const f = [40];
    const d = shotNoiseSpectrum(f, { dt: 0.01 }).power[0], c = shotNoiseSpectrum(f, { continuous: true }).power[0];
    expect(Math.abs(d / c - 1)).toBeLessThan(0.005);
  });
  it("the 30–50 Hz exponent of the analytic spectrum rises with g_I/g_E (Gao et al. 2017 Fig. 1: steeper with more inhibition)", () => {
    const f = Float64Array.from({ length: 21 }, (_, i) => 30 + i);
    const ex = [2, 3, 4, 5, 6].map((ratio) => bandExponent(f, shotNoiseSpectrum(f, { ratio }).power, [30, 50]));
    for (let k = 1; k < ex.length; k++) expect(ex[k]).toBeGreaterThan(ex[k - 1]);
  });
  it("common random numbers: one simulation serves every ratio; same seed → same trace; bad input throws", () => {
    const [a, b] = shotNoiseLfps(2000, 3, [2, 4]);
    const x2 = simulateShotNoise(2000, 3, { ratio: 2 });
    for (let j = 0; j < 2000; j += 97) expect(a[j]).toBeCloseTo(x2.lfp[j], 9);
    expect(b[5]).not.toBeCloseTo(a[5], 3);
    expect(simulateShotNoise(500, 9).lfp).toEqual(simulateShotNoise(500, 9).lfp);
    expect(() => simulateShotNoise(100, 1, { ratio: -1 })).toThrow(/invalid ratio: -1/);
    expect(() => simulateShotNoise(100, 1, { tauE: [2, 1] })).toThrow(/invalid tauE/);
    expect(() => shotNoiseSpectrum([10], { bogus: 1 } as never)).toThrow(/unknown option bogus/);
  });
});
