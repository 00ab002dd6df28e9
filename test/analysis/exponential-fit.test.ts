import { describe, expect, it } from "vitest";
import { exponentialFit } from "../../src/analysis/exponential-fit.js";

describe("exponentialFit", () => {
  it("recovers A and b of an exact exponential, its level crossing and slope there", () => {
    const x = [3, 3.5, 4, 4.5, 5];
    const f = exponentialFit(x, x.map((s) => 200 * Math.exp(-0.9 * s)));
    expect(f.A).toBeCloseTo(200, 9);
    expect(f.b).toBeCloseTo(-0.9, 12);
    expect(f.at(5)).toBeCloseTo(Math.log(40) / 0.9, 9);
    expect(f.slope(5)).toBeCloseTo(-4.5, 12);
  });
  it("averages multiplicative noise: ±5 % alternating errors leave b within 2 %", () => {
    const x = [3, 3.5, 4, 4.5, 5, 5.5];
    const f = exponentialFit(x, x.map((s, k) => 200 * Math.exp(-0.9 * s) * (k % 2 ? 1.05 : 0.95)));
    expect(Math.abs(f.b / -0.9 - 1)).toBeLessThan(0.02);
  });
  it("rejects y ≤ 0, one distinct x and mismatched lengths", () => {
    expect(() => exponentialFit([1, 2], [1, 0])).toThrow(/invalid y\[1\]: 0/);
    expect(() => exponentialFit([1, 1], [1, 2])).toThrow(/at least 2 distinct x/);
    expect(() => exponentialFit([1, 2], [1])).toThrow(/2 x values for 1 y values/);
  });
});
