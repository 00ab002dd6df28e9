import { describe, expect, it } from "vitest";
import { fmtInterval, intervalSign, meanInterval, pairedInterval, studentT } from "../../src/analysis/intervals.js";

describe("Student-t intervals", () => {
  it("studentT matches the tabulated two-sided critical values (Abramowitz & Stegun Table 26.10) to 1e-5", () => {
    // t_{0.975, df}: 12.7062 (1), 4.30265 (2), 2.77645 (4), 2.57058 (5), 2.22814 (10); t_{0.995, 10} = 3.16927
    expect(studentT(0.95, 1)).toBeCloseTo(12.7062, 4);
    expect(studentT(0.95, 2)).toBeCloseTo(4.30265, 5);
    expect(studentT(0.95, 4)).toBeCloseTo(2.77645, 5);
    expect(studentT(0.95, 5)).toBeCloseTo(2.57058, 5);
    expect(studentT(0.95, 10)).toBeCloseTo(2.22814, 5);
    expect(studentT(0.99, 10)).toBeCloseTo(3.16927, 5);
    // large df → the normal quantile 1.95996
    expect(studentT(0.95, 2000)).toBeCloseTo(1.96, 2);
  });
  it("rejects levels outside (0, 1) and non-integer df", () => {
    expect(() => studentT(1, 4)).toThrow(/invalid level/);
    expect(() => studentT(0.95, 2.5)).toThrow(/invalid df/);
  });
  it("meanInterval is mean ± t·sd/√n and leaves NaN repeats out", () => {
    const iv = meanInterval([1, 2, 3, 4, 5, NaN]);
    expect(iv.mean).toBe(3);
    expect(iv.n).toBe(5);
    expect(iv.nan).toBe(1);
    expect(iv.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(iv.hi - iv.mean).toBeCloseTo(2.77645 * Math.sqrt(2.5 / 5), 4);
    expect(Number.isNaN(meanInterval([7]).lo)).toBe(true);
  });
  it("covers the true mean of normal repeats about 95 % of the time (2000 intervals of 5)", () => {
    let s = 12345;
    const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    let covered = 0;
    for (let k = 0; k < 2000; k++) {
      const iv = meanInterval(Array.from({ length: 5 }, normal));
      if (iv.lo <= 0 && 0 <= iv.hi) covered++;
    }
    // binomial sd of the coverage for 2000 intervals: √(0.95·0.05/2000) ≈ 0.005; allow 4 sd
    expect(Math.abs(covered / 2000 - 0.95)).toBeLessThan(0.02);
  });
  it("pairedInterval compares conditions seed by seed; intervalSign says which side of 0", () => {
    const a = [10, 12, 11, 13], b = [8, 9.5, 9, 10.5];
    const d = pairedInterval(a, b);
    expect(d.mean).toBeCloseTo(2.25, 12);
    expect(intervalSign(d)).toBe(1);
    expect(intervalSign(pairedInterval(b, a))).toBe(-1);
    expect(intervalSign(meanInterval([-1, 1, -2, 2]))).toBe(0);
    expect(() => pairedInterval([1, 2], [1])).toThrow(/invalid pairs/);
    expect(fmtInterval(meanInterval([1, 2, 3]))).toMatch(/^2 \[−0\.484, 4\.48\] \(95 % CI, n = 3\)$/);
  });
});
