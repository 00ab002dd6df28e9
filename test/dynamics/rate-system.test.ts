import { describe, expect, it } from "vitest";
import { rateSystem, transferFunction } from "../../src/dynamics/rate-system.js";
import { numericJacobian, solveLinear } from "../../src/dynamics/system.js";
import { nevadoHolgado } from "../../src/models/rate.js";
import { NMA, nmaSystem } from "../support/wilson-cowan.js";

describe("rateSystem({ units, W, delays })", () => {
  const p = NMA.default.params;
  const wc = nmaSystem(p);
  it("has the Jacobian derived by hand for the 2×2 Wilson–Cowan pair (1e-14)", () => {
    const S = (a: number, th: number, x: number) => 1 / (1 + Math.exp(-a * (x - th)));
    for (const [rE, rI] of [[0.1, 0.05], [0.34, 0.17], [0.9, 0.6]]) {
      const uE = p.wEE * rE - p.wEI * rI, uI = p.wIE * rE - p.wII * rI;
      const dE = p.a_E * S(p.a_E, p.theta_E, uE) * (1 - S(p.a_E, p.theta_E, uE)), dI = p.a_I * S(p.a_I, p.theta_I, uI) * (1 - S(p.a_I, p.theta_I, uI));
      const hand = [[(-1 + p.wEE * dE) / p.tau_E, (-p.wEI * dE) / p.tau_E], [(p.wIE * dI) / p.tau_I, (-1 - p.wII * dI) / p.tau_I]];
      const J = wc.jacobian!([rE, rI]);
      for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(J[i][j]).toBeCloseTo(hand[i][j], 14);
    }
  });
  it("has a Jacobian equal to central differences (1e-7 relative) for a 3-unit logistic network", () => {
    const F = transferFunction("logistic", nevadoHolgado({ M: 300, B: 17 }));
    const sys = rateSystem({ units: [{ name: "a", tau: 6, F, I: 20 }, { name: "b", tau: 14, F, I: -5 }, { name: "c", tau: 3, F }], W: [[0.5, -1, 0.2], [2, -0.3, 0], [0.1, 0.1, -1]] });
    const x = [40, 70, 25];
    const J = sys.jacobian!(x), N = numericJacobian((y) => sys.f(y), x);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(J[i][j] - N[i][j])).toBeLessThan(1e-7 * Math.max(1e-3, Math.abs(J[i][j])));
  });
  it("computes f from the equation: τ dr/dt = −r + F(W r + I)", () => {
    const f = wc.f([0.2, 0.1]);
    const F = transferFunction("sigmoid", { gain: p.a_E, theta: p.theta_E });
    expect(f[0]).toBeCloseTo((-0.2 + F(p.wEE * 0.2 - p.wEI * 0.1).F) / p.tau_E, 15);
  });
  it("linearises with the delays grouped by value: A₀ = −1/τ plus undelayed terms, A_k = F′W/τ", () => {
    const sys = wc.with({ delays: [[0, 2], [2, 1]] });
    const L = sys.linearize([0.3, 0.2]), J = wc.jacobian!([0.3, 0.2]);
    expect(L.delayed.map((d) => d.tau)).toEqual([1, 2]);
    const sum = L.A0.map((row, i) => row.map((v, j) => v + L.delayed.reduce((s, d) => s + d.A[i][j], 0)));
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(sum[i][j]).toBeCloseTo(J[i][j], 14);
    expect(L.delayed[0].A[1][1]).not.toBe(0);
    expect(L.delayed[0].A[0][0]).toBe(0);
  });
  it("solves linear systems and reports singular ones", () => {
    expect(solveLinear([[2, 1], [1, 3]], [3, 5])).toEqual([expect.closeTo(0.8, 14), expect.closeTo(1.4, 14)]);
    expect(solveLinear([[1, 2], [2, 4]], [1, 2])).toBeNull();
  });
  it("rejects bad input with the parameter named", () => {
    const F = transferFunction("linear");
    expect(() => rateSystem({ units: [{ name: "a", tau: 0, F }], W: [[0]] })).toThrow(/units\[0\]\.tau: 0/);
    expect(() => rateSystem({ units: [{ name: "a", tau: 1, F }], W: [[0, 1]] })).toThrow(/rateSystem\.W: expected 1 rows of 1/);
    expect(() => rateSystem({ units: [{ name: "a", tau: 1, F }], W: [[0]], delays: [[-1]] })).toThrow(/delays\[0\]\[0\]: -1/);
    expect(() => rateSystem({ units: [{ name: "a", tau: 1, F }], W: [[0]], delay: [[1]] } as never)).toThrow(/unknown option delay.*delays/);
  });
});
