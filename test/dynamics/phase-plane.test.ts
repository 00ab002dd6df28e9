import { describe, expect, it } from "vitest";
import { nullclines, trajectory, vectorField } from "../../src/dynamics/phase-plane.js";
import type { DynamicalSystem } from "../../src/dynamics/system.js";
import { NMA, nmaSystem } from "../support/wilson-cowan.js";

/** dx/dt = −x + 2y − 1, dy/dt = x − 3y: nullclines y = (x + 1)/2 and y = x/3 (straight lines). */
const linear: DynamicalSystem = { dim: 2, names: ["x", "y"], f: ([x, y]) => [-x + 2 * y - 1, x - 3 * y] };

describe("nullclines(sys, bounds)", () => {
  it("traces straight-line nullclines exactly (linear interpolation is exact for linear f, 1e-12)", () => {
    const segs = nullclines(linear, [[-2, 2], [-2, 2]], { resolution: 40 });
    const xs = segs.filter((s) => s.of === "x"), ys = segs.filter((s) => s.of === "y");
    expect(xs.length).toBeGreaterThan(30);
    for (const s of xs) for (const [x, y] of [[s.x1, s.y1], [s.x2, s.y2]]) expect(Math.abs(y - (x + 1) / 2)).toBeLessThan(1e-12);
    for (const s of ys) for (const [x, y] of [[s.x1, s.y1], [s.x2, s.y2]]) expect(Math.abs(y - x / 3)).toBeLessThan(1e-12);
  });
  it("puts the Wilson–Cowan E-nullcline on f_E = 0 within the grid's interpolation error (1e-4 at 300 cells)", () => {
    const wc = nmaSystem(NMA.default.params);
    const segs = nullclines(wc, [[-0.05, 1], [-0.05, 1]], { resolution: 300 }).filter((s) => s.of === "E");
    expect(segs.length).toBeGreaterThan(100);
    // along the E-nullcline, r_I = (w_EE r_E − F_E⁻¹(r_E) + I_E)/w_EI (NMA's analytic form)
    const p = NMA.default.params;
    const Finv = (r: number) => p.theta_E - Math.log(1 / (r + 1 / (1 + Math.exp(p.a_E * p.theta_E))) - 1) / p.a_E;
    for (const s of segs.filter((s) => s.x1 > 0.02 && s.x1 < 0.9)) expect(Math.abs(s.y1 - (p.wEE * s.x1 - Finv(s.x1)) / p.wEI)).toBeLessThan(1e-4);
  });
});

describe("vectorField(sys, bounds)", () => {
  it("samples f at cell centres", () => {
    const rows = vectorField(linear, [[0, 1], [0, 2]], { n: 2 });
    expect(rows.map((r) => [r.x, r.y])).toEqual([[0.25, 0.5], [0.75, 0.5], [0.25, 1.5], [0.75, 1.5]]);
    expect(rows[0].u).toBeCloseTo(-0.25 + 1 - 1, 15);
    expect(rows[0].speed).toBeCloseTo(Math.hypot(rows[0].u, rows[0].v), 15);
  });
  it("rejects a system that is not 2-D", () => {
    expect(() => vectorField({ dim: 1, names: ["x"], f: (x) => x.slice() }, [[0, 1], [0, 1]])).toThrow(/1 variables \(expected 2/);
  });
});

describe("trajectory(sys, x0, { duration, dt })", () => {
  it("integrates a rotation to fourth order: error at t = 2π falls ≈ 16-fold per halving of dt", () => {
    const rot: DynamicalSystem = { dim: 2, names: ["x", "y"], f: ([x, y]) => [-y, x] };
    const err = (dt: number) => {
      const tr = trajectory(rot, [1, 0], { duration: 2 * Math.PI, dt: (2 * Math.PI) / Math.round((2 * Math.PI) / dt) });
      const k = tr.t.length - 1;
      return Math.hypot(tr.x[0][k] - 1, tr.x[1][k]);
    };
    const e1 = err(0.1), e2 = err(0.05);
    expect(e1).toBeLessThan(1e-4);
    expect(e1 / e2).toBeGreaterThan(14);
    expect(e1 / e2).toBeLessThan(18);
  });
  it("records every k-th step", () => {
    const tr = trajectory(linear, [0, 0], { duration: 1, dt: 0.1, every: 5 });
    expect(Array.from(tr.t)).toEqual([0, expect.closeTo(0.5, 12), expect.closeTo(1, 12)]);
    expect(() => trajectory(linear, [0], { duration: 1 })).toThrow(/1 values \(expected 2: x, y\)/);
  });
});
