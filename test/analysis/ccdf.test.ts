import { describe, expect, it } from "vitest";
import { ccdf } from "../../src/analysis/ccdf.js";
import { Rng } from "../../src/random/rng.js";

describe("ccdf", () => {
  it("gives P(X ≥ x) at the distinct values of a hand-made sample", () => {
    const c = ccdf([3, 1, 2, 2, 5]);
    expect([...c.x]).toEqual([1, 2, 3, 5]);
    expect([...c.p]).toEqual([1, 0.8, 0.4, 0.2]);
    expect(c.n).toBe(5);
  });
  it("matches the exponential's e^{−x} within the Kolmogorov–Smirnov 99.9 % band (1.95/√n)", () => {
    const r = new Rng(3), n = 20000;
    const c = ccdf(Float64Array.from({ length: n }, () => r.exponential()));
    let D = 0;
    for (let k = 0; k < c.x.length; k++) D = Math.max(D, Math.abs(c.p[k] - Math.exp(-c.x[k])));
    expect(D).toBeLessThan(1.95 / Math.sqrt(n));
  });
  it("thins to about maxPoints log-spaced exact points, keeping both ends", () => {
    const data = Float64Array.from({ length: 10000 }, (_, i) => i + 1);
    const full = ccdf(data), thin = ccdf(data, { maxPoints: 50 });
    expect(thin.x.length).toBeLessThanOrEqual(52);
    expect(thin.x.length).toBeGreaterThan(25);
    expect(thin.x[0]).toBe(1);
    expect(thin.x[thin.x.length - 1]).toBe(10000);
    for (let k = 0; k < thin.x.length; k++) expect(thin.p[k]).toBe(full.p[thin.x[k] - 1]);
    expect(ccdf([-2, -1, 0, 1, 2, 3], { maxPoints: 2 }).x.length).toBeGreaterThanOrEqual(2);
  });
  it("rejects NaN and a maxPoints below 2", () => {
    expect(() => ccdf([1, NaN])).toThrow(/NaN/);
    expect(() => ccdf([1, 2], { maxPoints: 1 })).toThrow(/maxPoints/);
  });
});
