import { expect, it } from "vitest";
import { fitNakaRushton } from "../../src/gain/naka-rushton-fit.js";
import { nakaRushton } from "../../src/gain/naka-rushton.js";
import { nakaRushtonRange } from "../../src/gain/analytic-range.js";

const x = Array.from({ length: 13 }, (_, k) => 4 * 2 ** (k / 2));

it("fitNakaRushton recovers R_max, c₅₀ and n from exact samples, and its dB from n", () => {
  const y = x.map((c) => nakaRushton(c, { Rmax: 120, sigma: 20, n: 2.5 }));
  const f = fitNakaRushton(x, y);
  expect(f.Rmax).toBeCloseTo(120, 3);
  expect(f.c50).toBeCloseTo(20, 3);
  expect(f.n).toBeCloseTo(2.5, 4);
  expect(f.rmse).toBeLessThan(1e-4);
  expect(f.dB).toBeCloseTo(nakaRushtonRange(2.5), 3);
  expect(f.saturates).toBe(true);
});

it("fitNakaRushton with R_max held fits c₅₀ and n", () => {
  const y = x.map((c) => nakaRushton(c, { Rmax: 200, sigma: 60, n: 1.3 }));
  const f = fitNakaRushton(x.slice(0, 8), y.slice(0, 8), { Rmax: 200 });
  expect(f.Rmax).toBe(200);
  expect(f.c50).toBeCloseTo(60, 3);
  expect(f.n).toBeCloseTo(1.3, 4);
});

it("fitNakaRushton on a power law (no bend): R_max runs away and saturates is false", () => {
  const y = x.map((c) => 0.5 * c ** 0.8);
  const f = fitNakaRushton(x, y);
  expect(f.saturates).toBe(false);
  expect(f.n).toBeCloseTo(0.8, 1);
});

it("fitNakaRushton rejects bad input", () => {
  expect(() => fitNakaRushton([0, 1, 2], [0, 1, 2])).toThrow(/invalid x\[0\]/);
  expect(() => fitNakaRushton([1, 2, 3], [0, 0, 0])).toThrow(/no response above 0/);
  expect(() => fitNakaRushton([1, 2], [1, 2])).toThrow(/at least 3/);
  expect(() => fitNakaRushton([1, 2, 3], [1, 2, 3], { Rmax: -1 })).toThrow(/invalid Rmax/);
  expect(() => fitNakaRushton([1, 2, 3], [1, 2, 3], { rmax: 1 } as never)).toThrow(/unknown option rmax.*Rmax/);
});
