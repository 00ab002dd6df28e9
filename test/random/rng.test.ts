import { describe, expect, it } from "vitest";
import { Rng, deriveSeed, logFactorial } from "../../src/random/rng.js";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => { const m = mean(xs); return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1); };
const draw = (n: number, f: () => number) => Array.from({ length: n }, f);

describe("Rng", () => {
  it("Rng(seed) gives identical streams for equal seeds and different ones otherwise", () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const xa = draw(100, () => a.uint32()), xb = draw(100, () => b.uint32()), xc = draw(100, () => c.uint32());
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
  });
  it("Rng.stream(seed, label) separates streams by label", () => {
    expect(deriveSeed(1, "population", "E")).not.toBe(deriveSeed(1, "population", "I"));
    expect(Rng.stream(1, "x").uniform()).toBe(Rng.stream(1, "x").uniform());
  });
  it("uniform() has mean 1/2 and variance 1/12 (4 sd tolerance, n = 1e5)", () => {
    const r = new Rng(1);
    const xs = draw(1e5, () => r.uniform());
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 1e5));
    expect(Math.abs(variance(xs) - 1 / 12)).toBeLessThan(0.002);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
  it("normal() has mean 0 and variance 1", () => {
    const r = new Rng(2);
    const xs = draw(1e5, () => r.normal());
    expect(Math.abs(mean(xs))).toBeLessThan(4 / Math.sqrt(1e5));
    expect(Math.abs(variance(xs) - 1)).toBeLessThan(0.02);
  });
  it.each([0.3, 2, 12, 50, 400])("poisson(%f) has mean and variance λ", (lambda) => {
    const r = new Rng(3);
    const n = 4e4;
    const xs = draw(n, () => r.poisson(lambda));
    expect(Math.abs(mean(xs) - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
    expect(Math.abs(variance(xs) / lambda - 1)).toBeLessThan(0.05);
    expect(xs.every(Number.isInteger)).toBe(true);
  });
  it.each([[10, 0.3], [1000, 0.02], [500, 0.7], [20000, 0.1]])("binomial(%i, %f) has mean np and variance np(1-p)", (n, p) => {
    const r = new Rng(4);
    const m = 2e4;
    const xs = draw(m, () => r.binomial(n, p));
    expect(Math.abs(mean(xs) - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p) / m));
    expect(Math.abs(variance(xs) / (n * p * (1 - p)) - 1)).toBeLessThan(0.06);
  });
  it("integer(n) is uniform over [0, n)", () => {
    const r = new Rng(5);
    const counts = new Array(7).fill(0);
    for (let k = 0; k < 70000; k++) counts[r.integer(7)]++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(4 * Math.sqrt(10000));
  });
  it("sampleWithoutReplacement(n, k) returns k distinct values in [0, n), sparse and dense", () => {
    const r = new Rng(6);
    for (const [n, k] of [[1000, 10], [10, 8], [5, 5]]) {
      const s = [...r.sampleWithoutReplacement(n, k)];
      expect(new Set(s).size).toBe(k);
      expect(s.every((x) => x >= 0 && x < n)).toBe(true);
    }
    expect(() => r.sampleWithoutReplacement(3, 4)).toThrow("invalid k: 4 (expected ≤ n = 3)");
  });
  it("logFactorial matches the exact sum on both sides of the table", () => {
    let s = 0;
    for (let k = 1; k <= 300; k++) s += Math.log(k);
    expect(logFactorial(300)).toBeCloseTo(s, 8);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
  });
  it("Rng rejects a non-finite seed", () => {
    expect(() => new Rng(NaN)).toThrow("invalid seed: NaN");
  });
});
