import { describe, expect, it } from "vitest";
import { halfChange } from "../../src/pharmacology/half-change.js";

describe("halfChange(t, x, { onset, baseline, plateau })", () => {
  it("finds the half-way time of an exponential step response: τ ln 2 after onset (within the sampling error)", () => {
    // x = 10 before 100 ms, then 10 + 20 (1 − e^{−(t−100)/50}); half-way (x = 20) at 50 ln 2 = 34.66 ms
    const t = Array.from({ length: 1000 }, (_, k) => k);
    const x = t.map((s) => (s < 100 ? 10 : 10 + 20 * (1 - Math.exp(-(s - 100) / 50))));
    const h = halfChange(t, x, { onset: 100, baseline: [0, 100], plateau: [700, 1000] });
    expect(h.before).toBe(10);
    expect(h.after).toBeCloseTo(30, 4); // e^{−12} ≈ 6e-6 of the step left
    expect(h.latency).toBeCloseTo(50 * Math.LN2, 2); // linear interpolation over 1 ms of a curve of slope ≈ 0.2: error < 0.01 ms
  });

  it("works for a fall and for a delayed step; a series that never gets there gives Infinity", () => {
    const t = Array.from({ length: 100 }, (_, k) => 10 * k);
    const fall = t.map((s) => (s < 300 ? 5 : 1));
    expect(halfChange(t, fall, { onset: 200, baseline: [0, 200], plateau: [500, 1000] }).latency).toBeCloseTo(95, 9); // crosses 3 between 290 and 300
    const flat = t.map(() => 2);
    expect(halfChange(t, flat, { onset: 200, baseline: [0, 200], plateau: [500, 1000] }).latency).toBe(Infinity);
  });

  it("bad input throws saying why", () => {
    expect(() => halfChange([0, 1], [1], { onset: 0, baseline: [0, 1], plateau: [0, 1] })).toThrow(/invalid halfChange series: 2 times and 1 values/);
    expect(() => halfChange([0, 1, 2], [1, 2, 3], { onset: 0, baseline: [5, 6], plateau: [0, 3] })).toThrow(/invalid halfChange baseline: \[5, 6\) ms holds no sample/);
    expect(() => halfChange([0, 1, 2], [1, 2, 3], { onset: NaN, baseline: [0, 1], plateau: [1, 3] })).toThrow(/invalid halfChange onset: NaN/);
  });
});
