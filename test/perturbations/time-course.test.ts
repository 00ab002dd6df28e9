import { describe, expect, it } from "vitest";
import { drugTimeCourse } from "../../src/perturbations/time-course.js";

describe("drugTimeCourse({ onset, tauOn, washout, tauOff, peak })", () => {
  it("first-order onset and washout: 0 before the onset, 1 − 1/e one τ_on after it, continuous at the washout, 1/e of that one τ_off later", () => {
    const e = drugTimeCourse({ onset: 500, tauOn: 100, washout: 2000, tauOff: 300 });
    expect(e(0)).toBe(0);
    expect(e(499.999)).toBe(0);
    expect(e(500)).toBe(0);
    expect(e(600)).toBeCloseTo(1 - Math.exp(-1), 15);
    expect(e(500 + 100 * Math.log(2))).toBeCloseTo(0.5, 15);
    const atWashout = 1 - Math.exp(-15);
    expect(e(2000 - 1e-9)).toBeCloseTo(atWashout, 12);
    expect(e(2000)).toBeCloseTo(atWashout, 15);
    expect(e(2300)).toBeCloseTo(atWashout * Math.exp(-1), 15);
    expect(e(NaN)).toBe(0);
  });

  it("defaults: onset 0, no washout, τ_off = τ_on, peak 1; τ = 0 is a step; a peak below 1 scales the whole course", () => {
    const e = drugTimeCourse({ tauOn: 50 });
    expect(e(50)).toBeCloseTo(1 - Math.exp(-1), 15);
    expect(e(1e6)).toBe(1);
    const off = drugTimeCourse({ tauOn: 50, washout: 1000 });
    expect(off(1050) / off(1000)).toBeCloseTo(Math.exp(-1), 12);
    const step = drugTimeCourse({ onset: 10, tauOn: 0, washout: 20, tauOff: 0 });
    expect([step(9.9), step(10), step(19.9), step(20)]).toEqual([0, 1, 1, 0]);
    const half = drugTimeCourse({ tauOn: 10, peak: 0.4 });
    expect(half(10)).toBeCloseTo(0.4 * (1 - Math.exp(-1)), 15);
  });

  it("bad arguments throw, naming the parameter, the value and what is expected", () => {
    expect(() => drugTimeCourse({} as never)).toThrow(/missing option tauOn for drugTimeCourse/);
    expect(() => drugTimeCourse({ tauOn: -1 })).toThrow(/invalid tauOn for drugTimeCourse: -1 \(expected a time constant in ms, ≥ 0/);
    expect(() => drugTimeCourse({ tauOn: 1, onset: 100, washout: 50 })).toThrow(/invalid washout for drugTimeCourse: 50 \(expected a time in ms after the onset \(100 ms\)/);
    expect(() => drugTimeCourse({ tauOn: 1, peak: 2 })).toThrow(/invalid peak for drugTimeCourse: 2/);
    expect(() => drugTimeCourse({ tauOn: 1, tauoff: 2 } as never)).toThrow(/unknown option tauoff for drugTimeCourse; did you mean tauOff\?/);
  });
});
