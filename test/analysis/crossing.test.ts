import { describe, expect, it } from "vitest";
import { exponentialFit, levelCrossing } from "../../src/analysis/crossing.js";

describe("levelCrossing", () => {
  const x = [2, 3, 4, 5, 6];
  const expo = x.map((s) => 50 * Math.exp(-1.2 * (s - 2))); // 50 Hz at s = 2, falling e-fold per 1/1.2
  it("is exact for an exponential with log interpolation: x* = 2 + ln(50/5)/1.2, slope = −1.2 · 5", () => {
    const c = levelCrossing(x, expo, 5, { log: true })!;
    expect(c.x).toBeCloseTo(2 + Math.log(10) / 1.2, 12);
    expect(c.slope).toBeCloseTo(-6, 12);
    expect(c.index).toBe(1);
  });
  it("interpolates linearly by default, hits samples exactly, and returns null when there is no crossing", () => {
    const c = levelCrossing([0, 1, 2], [0, 10, 20], 15)!;
    expect(c.x).toBe(1.5);
    expect(c.slope).toBe(10);
    expect(levelCrossing([0, 1, 2], [0, 10, 20], 10)!.x).toBe(1);
    expect(levelCrossing([0, 1, 2], [0, 10, 20], 20)!.x).toBe(2);
    expect(levelCrossing([0, 1, 2], [0, 10, 20], 30)).toBeNull();
    // the secant of the exponential overestimates the slope's magnitude at the crossing
    expect(Math.abs(levelCrossing(x, expo, 5)!.slope)).toBeGreaterThan(6);
  });
  it("rejects mismatched or unordered input and non-positive values with log", () => {
    expect(() => levelCrossing([0, 1], [1], 1)).toThrow(/2 x values for 1 y values/);
    expect(() => levelCrossing([0, 0], [1, 2], 1)).toThrow(/expected x increasing/);
    expect(() => levelCrossing([0, 1], [-1, 2], 1, { log: true })).toThrow(/expected > 0 with log/);
  });
});

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
