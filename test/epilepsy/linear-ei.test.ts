import { describe, expect, it } from "vitest";
import { linearEIFixedPoint } from "../../src/epilepsy/linear-ei.js";
import { runawayFraction } from "../../src/epilepsy/runaway-fraction.js";

// w_EE = 2, w_IE = 2.5, w_EI = 1, w_II = 0.5, I_E = 5, I_I = 2: D(s) = −(1 + 0.5 s) + 2.5 s = 2 s − 1.
const W = { wEE: 2, wEI: 1, wIE: 2.5, wII: 0.5, IE: 5, II: 2 };

describe("linearEIFixedPoint(w, s)", () => {
  it("solves the linear system by hand: s = 1 gives D = 1, r_E = 5.5, r_I = 10.5 Hz (to 1e-12), and the solution satisfies both equations", () => {
    const fp = linearEIFixedPoint(W, 1);
    expect(fp.D).toBeCloseTo(1, 12);
    expect(fp.rE).toBeCloseTo(5.5, 12);
    expect(fp.rI).toBeCloseTo(10.5, 12);
    expect(fp.valid).toBe(true);
    const s = 0.7, p = linearEIFixedPoint(W, s);
    expect(p.rE).toBeCloseTo(W.wEE * p.rE - s * W.wEI * p.rI + W.IE, 10);
    expect(p.rI).toBeCloseTo(W.wIE * p.rE - s * W.wII * p.rI + W.II, 10);
  });
  it("past the runaway point (s < 1/2) the solution is not a state: D < 0, valid false", () => {
    const fp = linearEIFixedPoint(W, 0.4);
    expect(fp.D).toBeCloseTo(-0.2, 12);
    expect(fp.valid).toBe(false);
  });
  it("bad input throws naming the parameter", () => {
    expect(() => linearEIFixedPoint({ ...W, wEI: -1 })).toThrow(/invalid wEI for linearEIFixedPoint: -1/);
    expect(() => linearEIFixedPoint(W, 2)).toThrow(/invalid s for linearEIFixedPoint: 2/);
  });
});

describe("runawayFraction(w)", () => {
  it("f* = 1 − (w_EE − 1)/(w_EI w_IE − (w_EE − 1) w_II): 1/2 for W; ∞ when w_EE ≤ 1; 0 when the healthy pair already runs away", () => {
    expect(runawayFraction(W)).toBeCloseTo(0.5, 14);
    expect(linearEIFixedPoint(W, 1 - runawayFraction(W)).D).toBeCloseTo(0, 12);
    expect(runawayFraction({ ...W, wEE: 0.9 })).toBe(Infinity);
    expect(runawayFraction({ ...W, wIE: 0.5 })).toBe(0);
  });
});
