import { describe, expect, it } from "vitest";
import { linearResponse } from "../../src/isn/linear-response.js";
import { paradoxicalResponse } from "../../src/isn/paradoxical.js";
import { isnIndex } from "../../src/isn/isn-index.js";
import { rateSystem, transferFunction } from "../../src/dynamics/rate-system.js";
import { newton } from "../../src/dynamics/fixed-points.js";
import { NMA, nmaSystem } from "../support/wilson-cowan.js";

/**
 * A threshold-linear E–I pair (gain 1, θ = 0) with its fixed point at r* = (5, 10) Hz: inputs
 * I = (1 − W) r*. Hand-derived responses to δI_I = 2: (1 − W)⁻¹ (0, 2).
 *   ISN (w_EE = 2):     1 − W = [[−1, 2], [−2.5, 2]], det 3 → δr = (−4/3, −2/3)
 *   non-ISN (w_EE = ½): 1 − W = [[½, 2], [−2.5, 2]], det 6 → δr = (−2/3, 1/6)
 */
function pair(wEE: number) {
  const W = [[wEE, -2], [2.5, -1]];
  const r = [5, 10];
  const I = [r[0] - W[0][0] * r[0] - W[0][1] * r[1], r[1] - W[1][0] * r[0] - W[1][1] * r[1]];
  const F = transferFunction("threshold-linear");
  return rateSystem({ units: [{ name: "E", tau: 20, F, I: I[0] }, { name: "I", tau: 10, F, I: I[1] }], W });
}

describe("linearResponse", () => {
  it("gives the hand-derived responses of a threshold-linear pair (1e-12)", () => {
    const isn = linearResponse(pair(2), [5, 10], [0, 2]), non = linearResponse(pair(0.5), [5, 10], [0, 2]);
    [[isn, [-4 / 3, -2 / 3]], [non, [-2 / 3, 1 / 6]]].forEach(([got, want]) => got.forEach((v, i) => expect(Math.abs(v - want[i])).toBeLessThan(1e-12)));
  });
  it("equals the central difference of the sigmoid fixed point (NMA's ISN example, τ_I = 0.8; O(δ²) ≈ 1e-8)", () => {
    const sys = nmaSystem({ ...NMA.oscillatory.params, tau_I: 0.8 });
    const r = newton(sys, [0.57, 0.27])!;
    const d = 1e-4;
    const shifted = (s: number) => newton(sys.with({ I: [0.8, s * d] }), r)!;
    const fd = shifted(1).map((v, i) => (v - shifted(-1)[i]) / (2 * d));
    linearResponse(sys, r, [0, 1]).forEach((v, i) => expect(Math.abs(v - fd[i])).toBeLessThan(1e-7));
  });
  it("throws at a fold and for bad vectors", () => {
    // w_EE = 1 with no other coupling: 1 − D W singular
    const F = transferFunction("linear");
    const fold = rateSystem({ units: [{ name: "E", tau: 1, F }], W: [[1]] });
    expect(() => linearResponse(fold, [0], [1])).toThrow(/singular/);
    expect(() => linearResponse(pair(2), [5], [0, 1])).toThrow(/invalid linearResponse r: 1 values \(expected 2: E, I\)/);
    expect(() => linearResponse(pair(2), [5, 10], [0, NaN])).toThrow(/invalid linearResponse dI\[1\] \(I\): NaN/);
  });
});

describe("paradoxicalResponse", () => {
  it("is paradoxical in the ISN and not in the non-ISN; exact = linear for threshold-linear units (1e-9)", () => {
    const isn = paradoxicalResponse(pair(2), [5, 10], "I", 2), non = paradoxicalResponse(pair(0.5), [5, 10], 1, 2);
    expect([isn.paradoxical, non.paradoxical]).toEqual([true, false]);
    for (const p of [isn, non]) p.linear.forEach((v, i) => expect(Math.abs(v - p.exact![i])).toBeLessThan(1e-9));
    expect(isn.linear[1]).toBeCloseTo(-2 / 3, 12);
  });
  it("rejects an unknown unit or a zero step", () => {
    expect(() => paradoxicalResponse(pair(2), [5, 10], "X", 1)).toThrow(/invalid paradoxicalResponse unit: "X" \(expected a unit name — E, I — or an index below 2\)/);
    expect(() => paradoxicalResponse(pair(2), [5, 10], "I", 0)).toThrow(/invalid paradoxicalResponse dI: 0/);
  });
});

describe("isnIndex", () => {
  it("is w_EE F′_E: NMA's printed ∂G_E/∂r_E = w_EE F′_E − 1 (τ_E = 1) to 3 decimals", () => {
    // NMA W2D4 bonus tutorial, Coding Exercise 2.1 SAMPLE OUTPUT: −0.650, 1.519, −0.706 (default), 0.837 (limit-cycle set)
    const d = nmaSystem(NMA.default.params), o = nmaSystem(NMA.oscillatory.params);
    const got = [...NMA.default.fixed_points.map((f: { r: number[] }) => isnIndex(d, f.r) - 1), isnIndex(o, NMA.oscillatory.fixed_points[0].r) - 1];
    expect(got.map((v) => v.toFixed(3))).toEqual(["-0.650", "1.519", "-0.706", "0.837"]);
  });
  it("is the leading eigenvalue of D_EE W_EE for several E units (hand-derived: linear units, W_EE = [[1, 2], [2, 1]] → 3)", () => {
    const F = transferFunction("linear", { gain: 0.5 });
    const sys = rateSystem({ units: ["E1", "E2", "I"].map((name) => ({ name, tau: 10, F })), W: [[1, 2, -3], [2, 1, -3], [4, 4, -1]] });
    expect(isnIndex(sys, [1, 1, 1])).toBeCloseTo(1.5, 12);
    expect(isnIndex(sys, [1, 1, 1], ["E1"])).toBeCloseTo(0.5, 12);
    expect(() => isnIndex(sys, [1, 1, 1], [])).toThrow(/none/);
  });
});
