import { describe, expect, it } from "vitest";
import { aperiodicLog10, bandExponent, fitFixed, fitKnee, kneeFrequency, log10Power } from "../../src/spectral/aperiodic.js";
import { Rng } from "../../src/random/rng.js";

const freqs = (a: number, b: number, step: number) => Float64Array.from({ length: Math.round((b - a) / step) + 1 }, (_, i) => a + i * step);

describe("aperiodic fits", () => {
  it("fixed mode recovers b and χ of a pure power law exactly (1e-10)", () => {
    const f = freqs(1, 100, 0.5), p = { offset: 2, knee: 0, exponent: 1.7 };
    const fit = fitFixed(f, Float64Array.from(f, (x) => aperiodicLog10(x, p)));
    expect(Math.abs(fit.exponent - 1.7)).toBeLessThan(1e-10);
    expect(Math.abs(fit.offset - 2)).toBeLessThan(1e-10);
  });
  it("knee mode recovers k and χ of a noiseless knee spectrum (knee 10 Hz, χ = 2; 1e-4)", () => {
    const f = freqs(1, 150, 0.5), p = { offset: 3, knee: 100, exponent: 2 };
    const fit = fitKnee(f, Float64Array.from(f, (x) => aperiodicLog10(x, p)));
    expect(Math.abs(fit.exponent - 2)).toBeLessThan(1e-4);
    expect(Math.abs(kneeFrequency(fit) / 10 - 1)).toBeLessThan(1e-4);
    expect(Math.abs(fit.offset - 3)).toBeLessThan(1e-4);
  });
  it("knee mode with noise (sd 0.05 log10, 299 points): χ within 0.1 and the knee frequency within 15 % (≈ 5 standard errors)", () => {
    const rng = new Rng(4), f = freqs(1, 150, 0.5), p = { offset: 1, knee: Math.pow(20, 2.5), exponent: 2.5 };
    const L = Float64Array.from(f, (x) => aperiodicLog10(x, p) + 0.05 * rng.normal());
    const fit = fitKnee(f, L);
    expect(Math.abs(fit.exponent - 2.5)).toBeLessThan(0.1);
    expect(Math.abs(kneeFrequency(fit) / 20 - 1)).toBeLessThan(0.15);
  });
  it("bandExponent reads χ over a band; log10Power rejects power ≤ 0", () => {
    const f = freqs(1, 100, 1);
    expect(bandExponent(f, Float64Array.from(f, (x) => 5 * Math.pow(x, -2.2)), [30, 50])).toBeCloseTo(2.2, 10);
    expect(() => bandExponent(f, f, [50, 30])).toThrow(/invalid band/);
    expect(() => log10Power([1, 0])).toThrow(/invalid power\[1\]: 0/);
    expect(() => fitFixed([0, 1], [1, 2])).toThrow(/invalid f\[0\]: 0/);
  });
});
