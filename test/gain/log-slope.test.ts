import { expect, it } from "vitest";
import { logSlopeWithin } from "../../src/gain/log-slope.js";

it("logSlopeWithin recovers the exponent of a power law (to rounding, 1e-12)", () => {
  const x = Array.from({ length: 12 }, (_, k) => 2 ** k);
  for (const a of [0.5, 1, 1.7]) {
    const r = logSlopeWithin(x, x.map((v) => 3 * v ** a), [0, Infinity]);
    expect(r.slope).toBeCloseTo(a, 12);
    expect(r.n).toBe(12);
  }
});

it("logSlopeWithin uses only the samples in the window: the two branches of a kinked curve", () => {
  // y = x² up to x = 10, then 100 (x/10)^0.5 (continuous at x = 10)
  const x = Array.from({ length: 31 }, (_, k) => 10 ** (k / 10)); // 1 … 1000
  const y = x.map((v) => (v <= 10 ? v * v : 100 * Math.sqrt(v / 10)));
  expect(logSlopeWithin(x, y, [1, 10.000001]).slope).toBeCloseTo(2, 10);
  expect(logSlopeWithin(x, y, [9.999999, 1000]).slope).toBeCloseTo(0.5, 10);
  expect(logSlopeWithin(x, y, [9.999999, 1000]).n).toBe(21);
});

it("logSlopeWithin leaves out zeros and gives NaN (unmeasured) with fewer than two samples", () => {
  const two = logSlopeWithin([0, 1, 2, 4], [0, 0, 2, 8], [0, 10]); // only (2, 2) and (4, 8) are usable
  expect(two.n).toBe(2);
  expect(two.slope).toBeCloseTo(2, 12);
  const one = logSlopeWithin([1, 2, 4], [1, 2, 4], [3, 10]);
  expect(one.n).toBe(1);
  expect(Number.isNaN(one.slope)).toBe(true);
});

it("logSlopeWithin rejects mismatched samples and a bad window", () => {
  expect(() => logSlopeWithin([1, 2], [1], [0, 1])).toThrow(/invalid samples/);
  expect(() => logSlopeWithin([1, 2], [1, 2], [5, 5])).toThrow(/invalid window/);
  expect(() => logSlopeWithin([1, 2], [1, 2], [-1, 5])).toThrow(/invalid window/);
});
