import { expect, it } from "vitest";
import { dynamicRange, decibels } from "../../src/gain/dynamic-range.js";
import { nakaRushtonRange, powerLawRange } from "../../src/gain/analytic-range.js";
import { nakaRushton } from "../../src/gain/naka-rushton.js";

const logGrid = (lo: number, hi: number, perDecade: number) => {
  const n = Math.round(Math.log10(hi / lo) * perDecade);
  return Array.from({ length: n + 1 }, (_, k) => lo * 10 ** (k / perDecade));
};

it("decibels is 20 log₁₀ of an amplitude ratio", () => {
  expect(decibels(10)).toBeCloseTo(20, 14);
  expect(decibels(2)).toBeCloseTo(6.0206, 4);
  expect(() => decibels(0)).toThrow(/invalid ratio/);
});

it("the analytic ranges: 20 log₁₀(81)/n for Naka–Rushton, 20 log₁₀(9)/n for a clipped power law, 10 → 90 %", () => {
  expect(nakaRushtonRange(1)).toBeCloseTo(20 * Math.log10(81), 12);
  expect(nakaRushtonRange(2)).toBeCloseTo(20 * Math.log10(9), 12);
  expect(powerLawRange(2)).toBeCloseTo(20 * Math.log10(3), 12);
  expect(nakaRushtonRange(2.5)).toBeCloseTo(2 * powerLawRange(2.5), 12); // 81 = 9²
  expect(nakaRushtonRange(2, 0.25, 0.75)).toBeCloseTo(20 * Math.log10(3), 12); // (3·3)^{1/2}
  expect(() => nakaRushtonRange(0)).toThrow(/invalid n/);
  expect(() => powerLawRange(2, 0.5, 0.4)).toThrow(/invalid lo, hi/);
});

it("dynamicRange of a densely sampled Naka–Rushton curve matches the closed form, with or without a mask", () => {
  // linear interpolation in log c on a 400-per-decade grid: error O(h²) ≪ 0.001 dB
  const c = logGrid(1e-4, 1e3, 400);
  for (const n of [1, 2, 3.5]) {
    for (const mask of [0, 0.3]) {
      const y = c.map((x) => nakaRushton(x, { Rmax: 50, sigma: 0.1, n, mask }));
      const dr = dynamicRange(c, y, { ceiling: 50 });
      expect(Math.abs(dr.dB - nakaRushtonRange(n))).toBeLessThan(1e-3);
      expect(dr.levelLo).toBeCloseTo(5, 12);
      expect(dr.levelHi).toBeCloseTo(45, 12);
    }
  }
});

it("dynamicRange of a clipped power law matches 20 log₁₀(9)/n; an unreached level gives NaN, not 0", () => {
  const c = logGrid(1e-3, 10, 400);
  const y = c.map((x) => Math.min(1, (x / 0.5) ** 2));
  expect(Math.abs(dynamicRange(c, y).dB - powerLawRange(2))).toBeLessThan(1e-3);
  const r = dynamicRange([1, 2, 4], [0, 0.5, 0.6], { ceiling: 1 });
  expect(r.xHi).toBe(Infinity);
  expect(r.dB).toBeNaN();
  // floor: levels between floor and ceiling
  const f = dynamicRange([1, 10], [10, 20], { floor: 10, ceiling: 20, lo: 0.5, hi: 0.9 });
  expect(f.levelLo).toBe(15);
  expect(f.levelHi).toBe(19);
});

it("dynamicRange rejects bad input", () => {
  expect(() => dynamicRange([0, 1], [0, 1])).toThrow(/invalid x\[0\]: 0/);
  expect(() => dynamicRange([1, 2], [0, 1], { lo: 0.9, hi: 0.1 })).toThrow(/invalid lo, hi/);
  expect(() => dynamicRange([1, 2], [0, 0])).toThrow(/invalid floor, ceiling/);
  expect(() => dynamicRange([1, 2], [0, 1], { top: 1 } as never)).toThrow(/unknown option top/);
});
