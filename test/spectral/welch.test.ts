import { describe, expect, it } from "vitest";
import { welch, medianBias, welchLogSd, spectrumRange } from "../../src/spectral/welch.js";
import { Rng } from "../../src/random/rng.js";

const white = (n: number, seed: number) => { const r = new Rng(seed); return Float64Array.from({ length: n }, () => r.normal()); };
const meanOver = (p: Float64Array, a: number, b: number) => { let s = 0; for (let j = a; j < b; j++) s += p[j]; return s / (b - a); };

describe("medianBias(k)", () => {
  it("is scipy's factor: 1 for k ≤ 2, 1 + 1/3 − 1/2 for k = 3, → ln 2 for large k (1e-4 at k = 10⁴+1)", () => {
    expect(medianBias(1)).toBe(1);
    expect(medianBias(2)).toBe(1);
    expect(medianBias(3)).toBeCloseTo(1 + 1 / 3 - 1 / 2, 14);
    expect(Math.abs(medianBias(10001) - Math.LN2)).toBeLessThan(1e-4);
    expect(() => medianBias(0)).toThrow(/invalid k: 0/);
  });
});

describe("welch(x, { fs, segment, average })", () => {
  it("gives white noise of variance 1 the flat one-sided density 2/fs, mean and median averaging (3 %: 1/√(segments × bins) ≈ 0.3 %)", () => {
    const x = white(1 << 17, 1);
    const mean = welch(x, { fs: 1000, segment: 256 }), med = welch(x, { fs: 1000, segment: 256, average: "median" });
    expect(mean.segments).toBe(1023);
    expect(meanOver(mean.power, 1, 128) / (2 / 1000)).toBeCloseTo(1, 1);
    expect(Math.abs(meanOver(mean.power, 1, 128) / (2 / 1000) - 1)).toBeLessThan(0.03);
    // without the bias correction the median would sit at ln 2 ≈ 0.69 of the mean
    expect(Math.abs(meanOver(med.power, 1, 128) / (2 / 1000) - 1)).toBeLessThan(0.03);
  });
  it("keeps a sine's power: Σ power · Δf = A²/2 (Parseval, 1 %)", () => {
    const fs = 1000, A = 3, f0 = (40 * fs) / 512;
    const x = Float64Array.from({ length: 16384 }, (_, i) => A * Math.sin((2 * Math.PI * f0 * i) / fs));
    const s = welch(x, { fs, segment: 512 });
    let total = 0;
    for (let j = 0; j < s.f.length; j++) total += s.power[j] * (fs / 512);
    expect(Math.abs(total / (A * A / 2) - 1)).toBeLessThan(0.01);
  });
  it("the median resists a transient in one segment that the mean does not (white noise + one 1000σ spike)", () => {
    const x = white(1 << 14, 2); x[5000] += 1000;
    const mean = welch(x, { fs: 1000, segment: 256 }), med = welch(x, { fs: 1000, segment: 256, average: "median" });
    expect(meanOver(mean.power, 1, 128) / (2 / 1000)).toBeGreaterThan(10);
    expect(Math.abs(meanOver(med.power, 1, 128) / (2 / 1000) - 1)).toBeLessThan(0.1);
  });
  it("is deterministic and rejects bad input", () => {
    const x = white(4096, 3);
    expect(welch(x, { fs: 500 }).power).toEqual(welch(x, { fs: 500 }).power);
    expect(welch(x, { fs: 500 }).f.length).toBe(1024 / 2 + 1);
    expect(() => welch(x, { fs: 0 })).toThrow(/invalid fs: 0/);
    expect(() => welch(x, { fs: 500, segment: 300 })).toThrow(/invalid segment: 300/);
    expect(() => welch(x, { fs: 500, average: "mode" as never })).toThrow(/invalid average/);
    expect(spectrumRange({ f: Float64Array.of(0, 1, 2, 3), power: Float64Array.of(4, 5, 6, 7) }, [1, 2]).power).toEqual(Float64Array.of(5, 6));
  });
  it("welchLogSd: log10(e)·√ψ′(K) — π/√6 for one periodogram, √(1.056/K) for many, and the bin-to-bin sd of log10 Welch power of white noise (10 %: 3 × the 3 % sampling error of an sd over ~500 bins)", () => {
    expect(welchLogSd(1, 1)).toBeCloseTo(Math.LOG10E * Math.PI / Math.sqrt(6), 10);
    expect(welchLogSd(2, 1)).toBeCloseTo(Math.LOG10E * Math.sqrt(Math.PI ** 2 / 6 - 1), 10); // ψ′(2) = π²/6 − 1
    expect(welchLogSd(1000) / (Math.LOG10E * Math.sqrt(1.056 / 1000)) - 1).toBeCloseTo(0, 3);
    const rng = new Rng(3), x = Float64Array.from({ length: 128 * 1024 }, () => rng.normal());
    const s = welch(x, { fs: 1000, segment: 1024 });
    const l = Array.from(s.power.slice(5, -5), (p) => Math.log10(p)), m = l.reduce((a, b) => a + b, 0) / l.length;
    const sd = Math.sqrt(l.reduce((a, b) => a + (b - m) ** 2, 0) / (l.length - 1));
    expect(Math.abs(sd / welchLogSd(s.segments) - 1)).toBeLessThan(0.1);
    expect(() => welchLogSd(0)).toThrow(/invalid segments: 0/);
  });
});
