import { describe, expect, it } from "vitest";
import { episodeSeverity, severityTrend } from "../../src/analysis/episodes.js";

describe("episodeSeverity", () => {
  // 100-ms bins: baseline 5 Hz, a 300-ms burst at 105 Hz, then silence
  const rate = [5, 5, 105, 105, 105, 0, 0, 5];
  const series = { t: rate.map((_, k) => 100 * k), rate, bin: 100 };
  it("peak, excess spikes per cell above the baseline, time above threshold, mean", () => {
    const s = episodeSeverity(series, { base: 5, threshold: 10 });
    expect(s.peak).toBe(105);
    expect(s.excess).toBeCloseTo(3 * 100 * 0.1, 12); // 100 Hz excess for 0.3 s = 30 spikes
    expect(s.above).toBe(300);
    expect(s.mean).toBeCloseTo(330 / 8, 12);
  });
  it("restricts to whole bins in [from, to)", () => {
    const s = episodeSeverity(series, { base: 5, threshold: 10, from: 300, to: 600 });
    expect(s.above).toBe(200);
    expect(s.peak).toBe(105);
    expect(() => episodeSeverity(series, { base: 5, threshold: 10, from: 950 })).toThrow(/holds no whole bin/);
    expect(() => episodeSeverity(series, { base: -1, threshold: 10 })).toThrow(/invalid base: -1/);
  });
});

describe("severityTrend", () => {
  it("is the least-squares slope per episode", () => {
    expect(severityTrend([1, 3, 5, 7])).toBeCloseTo(2, 12);
    expect(severityTrend([4, 4, 4])).toBe(0);
    expect(severityTrend([1, 0, 1, 0])).toBeCloseTo(-0.2, 12);
    expect(() => severityTrend([1])).toThrow(/1 episode/);
  });
});
