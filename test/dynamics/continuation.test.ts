import { describe, expect, it } from "vitest";
import { followFixedPoint, hopfPoint } from "../../src/dynamics/continuation.js";
import type { DynamicalSystem } from "../../src/dynamics/system.js";
import { NMA, nmaSystem } from "../support/wilson-cowan.js";

/** Hopf normal form: dx = μx − ωy − x(x² + y²), dy = ωx + μy − y(x² + y²); Hopf at μ = 0 with frequency ω. */
const normalForm = (omega: number) => (mu: number): DynamicalSystem => ({
  dim: 2, names: ["x", "y"],
  f: ([x, y]) => { const r2 = x * x + y * y; return [mu * x - omega * y - x * r2, omega * x + mu * y - y * r2]; },
});

describe("followFixedPoint + hopfPoint", () => {
  it("locates the normal form's Hopf at μ = 0 with frequency 1000ω/2π Hz (1e-9)", () => {
    const values = Array.from({ length: 21 }, (_, k) => -0.5 + 0.07 * k);
    const { branch, lost } = followFixedPoint(normalForm(0.2), [0.01, 0.01], values);
    expect(lost).toBeNull();
    expect(branch[0].stable).toBe(true);
    expect(branch[branch.length - 1].stable).toBe(false);
    const h = hopfPoint(normalForm(0.2), branch)!;
    expect(Math.abs(h.p)).toBeLessThan(1e-9);
    expect(h.frequency).toBeCloseTo((1000 * 0.2) / (2 * Math.PI), 6);
  });
  it("finds Wilson–Cowan's Hopf in τ_I where the trace vanishes: τ_I* = τ_E(1 + w_II F′_I)/(w_EE F′_E − 1) (analytic, 1e-8)", () => {
    // NMA's oscillatory set: the fixed point does not depend on τ_I, so the trace condition gives τ_I* in closed form
    const p = NMA.oscillatory.params;
    const at = (tauI: number) => nmaSystem({ ...p, tau_I: tauI });
    const values = Array.from({ length: 40 }, (_, k) => 0.2 + 0.05 * k);
    const { branch } = followFixedPoint(at, [0.3, 0.2], values);
    const h = hopfPoint(at, branch)!;
    expect(h).not.toBeNull();
    const J = at(1).jacobian!(h.x);
    // J at τ_I = 1 has rows (−1 + w_EE F′_E)/τ_E … and (…)·1: the I row times τ_I
    const a = J[0][0] * p.tau_E + 1, d = -(J[1][1] + 1); // w_EE F′_E and w_II F′_I
    const tauStar = (p.tau_E * (1 + d)) / (a - 1);
    expect(h.p).toBeCloseTo(tauStar, 8);
    const Jh = at(h.p).jacobian!(h.x);
    const det = Jh[0][0] * Jh[1][1] - Jh[0][1] * Jh[1][0];
    expect(h.omega).toBeCloseTo(Math.sqrt(det), 6);
  });
  it("stops where Newton loses the branch and says where", () => {
    // dx = μ − x²: fixed points ±√μ vanish at the fold μ = 0
    const fold = (mu: number): DynamicalSystem => ({ dim: 1, names: ["x"], f: ([x]) => [mu - x * x] });
    const { branch, lost } = followFixedPoint(fold, [1], [1, 0.5, 0.1, -0.1, -0.5]);
    expect(branch.length).toBe(3);
    expect(lost).toBe(-0.1);
  });
});
