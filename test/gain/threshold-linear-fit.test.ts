import { expect, it } from "vitest";
import { fitThresholdLinear } from "../../src/gain/threshold-linear-fit.js";
import { gainChange } from "../../src/gain/gain-change.js";
import { Rng } from "../../src/random/rng.js";

const xs = Array.from({ length: 21 }, (_, k) => 20 * k); // 0–400 pA
const tl = (g: number, th: number) => xs.map((x) => g * Math.max(0, x - th));

it("fitThresholdLinear recovers slope and threshold of exact threshold-linear data", () => {
  const f = fitThresholdLinear(xs, tl(0.3, 130));
  expect(f.slope).toBeCloseTo(0.3, 9);
  expect(f.threshold).toBeCloseTo(130, 6);
  expect(f.rmse).toBeLessThan(1e-8);
  expect(f.n).toBe(21);
  expect(fitThresholdLinear([0, 1, 2, 3], [0, 0, 2, 4])).toMatchObject({ slope: expect.closeTo(2, 9), threshold: expect.closeTo(1, 9) });
  // a threshold below every sample: the ordinary least-squares line
  const line = fitThresholdLinear([10, 20, 30], [5, 10, 15]);
  expect(line.slope).toBeCloseTo(0.5, 12);
  expect(line.threshold).toBeCloseTo(0, 9);
});

it("fitThresholdLinear with a held parameter fits the other one; maxY drops saturated samples", () => {
  expect(fitThresholdLinear(xs, tl(0.3, 130), { slope: 0.3 }).threshold).toBeCloseTo(130, 9);
  expect(fitThresholdLinear(xs, tl(0.3, 130), { threshold: 130 }).slope).toBeCloseTo(0.3, 12);
  const saturating = xs.map((x) => Math.min(50, 0.3 * Math.max(0, x - 130)));
  const f = fitThresholdLinear(xs, saturating, { maxY: 49.9 });
  expect(f.slope).toBeCloseTo(0.3, 9);
  expect(f.threshold).toBeCloseTo(130, 6);
  expect(f.n).toBe(xs.filter((x) => 0.3 * (x - 130) < 49.9).length);
});

it("fitThresholdLinear on noisy samples: estimates within 4 standard errors of the truth", () => {
  // 40 noisy repeats of the curve (sd 2 Hz); the sd of the fitted slope over repeats sets the tolerance
  const rng = Rng.stream(3, "tl-test");
  const fits = Array.from({ length: 40 }, () => fitThresholdLinear(xs, tl(0.3, 130).map((y) => y + 2 * rng.normal())));
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const sd = (a: number[]) => Math.sqrt(a.reduce((s, v) => s + (v - mean(a)) ** 2, 0) / (a.length - 1));
  const g = fits.map((f) => f.slope), th = fits.map((f) => f.threshold);
  expect(Math.abs(mean(g) - 0.3)).toBeLessThan(4 * sd(g) / Math.sqrt(40));
  expect(Math.abs(mean(th) - 130)).toBeLessThan(4 * sd(th) / Math.sqrt(40) + 1); // + a small bias of the rectification
  expect(mean(fits.map((f) => f.rmse))).toBeGreaterThan(1.5); // the residual is the noise (sd 2), not 0
});

it("fitThresholdLinear rejects bad input", () => {
  expect(() => fitThresholdLinear([1, 2], [1, 2, 3])).toThrow(/equal lengths/);
  expect(() => fitThresholdLinear([1, 2], [1, 2])).toThrow(/at least 3/);
  expect(() => fitThresholdLinear(xs, tl(1, 0), { slope: 1, threshold: 0 })).toThrow(/both held/);
  expect(() => fitThresholdLinear(xs, tl(1, 0), { slope: -1 })).toThrow(/invalid slope/);
  expect(() => fitThresholdLinear([1, NaN, 3], [1, 2, 3])).toThrow(/invalid sample 1/);
  expect(() => fitThresholdLinear(xs, tl(1, 0), { maxy: 3 } as never)).toThrow(/unknown option maxy.*maxY/);
});

it("gainChange tells a divisive from a subtractive change", () => {
  const control = tl(0.3, 130);
  const div = gainChange(xs, control, tl(0.15, 130));
  expect(div.better).toBe("divisive");
  expect(div.gainRatio).toBeCloseTo(0.5, 9);
  expect(div.shift).toBeCloseTo(0, 5);
  expect(div.divisive.rmse).toBeLessThan(1e-8);
  const sub = gainChange(xs, control, tl(0.3, 210));
  expect(sub.better).toBe("subtractive");
  expect(sub.gainRatio).toBeCloseTo(1, 9);
  expect(sub.shift).toBeCloseTo(80, 5);
  expect(sub.subtractive.rmse).toBeLessThan(1e-8);
  expect(sub.divisive.rmse).toBeGreaterThan(1);
  expect(() => gainChange(xs, control, [1, 2])).toThrow(/equal lengths/);
});
