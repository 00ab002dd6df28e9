import { expect, it } from "vitest";
import { nakaRushton, semiSaturation } from "../../src/gain/naka-rushton.js";

it("nakaRushton is half-maximal at c = σ, saturates at R_max, and a mask moves c₅₀ to (σⁿ + w c_mⁿ)^{1/n}", () => {
  expect(nakaRushton(0.1, { sigma: 0.1, n: 2 })).toBeCloseTo(0.5, 15);
  expect(nakaRushton(0.2, { Rmax: 40, sigma: 0.1, n: 2 })).toBeCloseTo(40 * 0.04 / (0.01 + 0.04), 12);
  expect(nakaRushton(1e6, { Rmax: 40, sigma: 0.1, n: 2 })).toBeCloseTo(40, 6);
  expect(nakaRushton(0, { sigma: 0.1, n: 2, mask: 0.3 })).toBe(0);
  const o = { Rmax: 30, sigma: 0.1, n: 2, mask: 0.3 };
  const c50 = semiSaturation(o);
  expect(c50).toBeCloseTo(Math.sqrt(0.01 + 0.09), 14);
  expect(nakaRushton(c50, o)).toBeCloseTo(15, 12);
  expect(semiSaturation({ sigma: 0.2, n: 3 })).toBeCloseTo(0.2, 15);
  // a mask of weight w acts like a mask of contrast w^{1/n} c_m
  expect(nakaRushton(0.2, { sigma: 0.1, n: 2, mask: 0.3, maskWeight: 4 })).toBeCloseTo(nakaRushton(0.2, { sigma: 0.1, n: 2, mask: 0.6 }), 14);
});

it("nakaRushton rejects bad input with the parameter's name", () => {
  expect(() => nakaRushton(-0.1, { sigma: 0.1, n: 2 })).toThrow(/invalid c: -0.1/);
  expect(() => nakaRushton(0.1, { sigma: 0, n: 2 })).toThrow(/invalid sigma/);
  expect(() => nakaRushton(0.1, { sigma: 0.1, n: -1 })).toThrow(/invalid n/);
  expect(() => nakaRushton(0.1, { sigma: 0.1, n: 2, mask: -1 })).toThrow(/invalid mask/);
  expect(() => nakaRushton(0.1, { sigma: 0.1, n: 2, Rmax: 0 })).toThrow(/invalid Rmax/);
  expect(() => nakaRushton(0.1, { sigma: 0.1, n: 2, msk: 0.2 } as never)).toThrow(/unknown option msk.*mask/);
});
