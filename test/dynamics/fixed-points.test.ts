import { describe, expect, it } from "vitest";
import { classify, fixedPoints, newton } from "../../src/dynamics/fixed-points.js";
import { NMA, nmaSystem } from "../support/wilson-cowan.js";

describe("fixedPoints(sys, { bounds })", () => {
  it("finds NMA's three Wilson–Cowan fixed points with SciPy's eigenvalues (peer, 1e-9)", () => {
    const fps = fixedPoints(nmaSystem(NMA.default.params), { bounds: [[-0.1, 1], [-0.1, 1]] });
    const ref = NMA.default.fixed_points;
    expect(fps.length).toBe(3);
    fps.forEach((fp, k) => {
      expect(fp.x[0]).toBeCloseTo(ref[k].r[0], 9);
      expect(fp.x[1]).toBeCloseTo(ref[k].r[1], 9);
      expect(fp.residual).toBeLessThan(1e-12);
      const eig = ref[k].eig.map(([re]: number[]) => re).sort((a: number, b: number) => b - a);
      expect(fp.eigenvalues.map((e) => e.re)).toEqual(eig.map((v: number) => expect.closeTo(v, 9)));
    });
    expect(fps.map((f) => f.stability)).toEqual(["stable focus", "saddle", "stable node"]);
  });
  it("finds the single unstable focus of NMA's oscillatory set (the limit cycle surrounds it)", () => {
    const fps = fixedPoints(nmaSystem(NMA.oscillatory.params), { bounds: [[-0.1, 1], [-0.1, 1]] });
    expect(fps.length).toBe(1);
    expect(fps[0].stability).toBe("unstable focus");
    expect(fps[0].stable).toBe(false);
  });
  it("classifies by eigenvalues", () => {
    expect(classify([{ re: -1, im: 0 }, { re: -2, im: 0 }])).toBe("stable node");
    expect(classify([{ re: 1, im: 2 }, { re: 1, im: -2 }])).toBe("unstable focus");
    expect(classify([{ re: 1, im: 0 }, { re: -2, im: 0 }])).toBe("saddle");
    expect(classify([{ re: 0, im: 1 }, { re: 0, im: -1 }])).toBe("non-hyperbolic");
  });
  it("returns null from Newton where there is no root", () => {
    const sys = { dim: 1, names: ["x"], f: (x: readonly number[]) => [x[0] * x[0] + 1] };
    expect(newton(sys, [0.5])).toBeNull();
  });
  it("rejects bad bounds and unknown options", () => {
    const sys = nmaSystem(NMA.default.params);
    expect(() => fixedPoints(sys, { bounds: [[0, 1]] })).toThrow(/expected 2 ranges/);
    expect(() => fixedPoints(sys, { bounds: [[0, 1], [1, 0]] })).toThrow(/bounds\[1\]: \[1, 0\]/);
    expect(() => fixedPoints(sys, { bounds: [[0, 1], [0, 1]], grids: 3 } as never)).toThrow(/did you mean grid/);
  });
});
