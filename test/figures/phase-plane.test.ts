import { describe, expect, it } from "vitest";
import { fieldArrows, phasePlaneFigure } from "../../src/figures/phase-plane.js";
import { nullclines, vectorField, trajectory } from "../../src/dynamics/phase-plane.js";
import { fixedPoints } from "../../src/dynamics/fixed-points.js";
import type { DynamicalSystem } from "../../src/dynamics/system.js";
import { renderPlot } from "../../src/display/render.js";
import { NMA, nmaSystem } from "../support/wilson-cowan.js";

/** dx/dt = −x + 2y − 1, dy/dt = x − 3y: one fixed point (−3, −1), a stable node (eigenvalues −2 ± √3). */
const linear: DynamicalSystem = { dim: 2, names: ["x", "y"], f: ([x, y]) => [-x + 2 * y - 1, x - 3 * y] };
const box = [[-5, 1], [-2, 1]] as const;
type Data<T> = { data: T[] };
const marks = (o: ReturnType<typeof phasePlaneFigure>) => o.marks as unknown as Data<Record<string, number | string | boolean>>[];

describe("fieldArrows", () => {
  const field = vectorField(linear, box, { n: 6 });
  const cell = [1, 0.5] as const;
  it("points every arrow along the flow (cross product 0, dot product > 0, 1e-12)", () => {
    fieldArrows(field, cell).forEach((a, k) => {
      const { u, v } = field[k], dx = a.x2 - a.x1, dy = a.y2 - a.y1;
      expect(Math.abs(dx * v - dy * u)).toBeLessThan(1e-12 * Math.hypot(u, v) * Math.hypot(dx, dy) + 1e-300);
      expect(dx * u + dy * v).toBeGreaterThan(0);
    });
  });
  it("makes the longest arrow 0.9 of a cell and lengths grow as speed^γ", () => {
    const inCells = (a: { x1: number; x2: number; y1: number; y2: number }) => Math.hypot((a.x2 - a.x1) / cell[0], (a.y2 - a.y1) / cell[1]);
    for (const g of [0, 0.5, 1]) {
      const arrows = fieldArrows(field, cell, g);
      expect(Math.max(...arrows.map(inCells))).toBeCloseTo(0.9, 12);
      if (g === 0) continue;
      // along the x direction only (v = 0 would be needed for a pure ratio); compare two arrows in data units instead
      const [a, b] = [arrows[0], arrows[arrows.length - 1]];
      const ratio = Math.hypot(a.x2 - a.x1, a.y2 - a.y1) / Math.hypot(b.x2 - b.x1, b.y2 - b.y1);
      const fa = field[0], fb = field[field.length - 1];
      // data length ∝ s^(γ−1)·|(u, v)| = s^γ
      expect(ratio).toBeCloseTo((fa.speed / fb.speed) ** g, 10);
    }
  });
  it("rejects a bad cell or exponent", () => {
    expect(() => fieldArrows(field, [0, 1])).toThrow(/invalid cell/);
    expect(() => fieldArrows(field, cell, 2)).toThrow(/invalid lengthExponent: 2/);
  });
});

describe("phasePlaneFigure", () => {
  const fps = fixedPoints(linear, { bounds: box });
  const tj = trajectory(linear, [0.5, 0.5], { duration: 10, dt: 0.1 });
  const fig = phasePlaneFigure({
    nullclines: nullclines(linear, box, { resolution: 30 }), field: vectorField(linear, box, { n: 8 }),
    trajectories: [{ label: "from (0.5, 0.5)", x: tj.x[0], y: tj.x[1] }], fixedPoints: fps, bounds: box, names: ["x", "y"],
  });
  it("draws arrows, nullclines, the trajectory with its start, and the fixed point labelled", () => {
    const m = marks(fig);
    expect(m[0].data).toHaveLength(64);
    expect(new Set(m[1].data.map((s) => s.curve))).toEqual(new Set(["dx/dt = 0 (x nullcline)", "dy/dt = 0 (y nullcline)"]));
    expect(m[2].data).toHaveLength(tj.t.length);
    expect(m[3].data).toEqual([{ x: 0.5, y: 0.5, curve: "from (0.5, 0.5)" }]);
    expect(fps.map((f) => f.stability)).toEqual(["stable node"]);
    expect(m[4].data).toHaveLength(1); // stable: filled
    expect(m[5].data).toHaveLength(0); // unstable: none
    expect(m[6].data[0].text).toBe("stable node (-3.000, -1.000)"); // left half of the box: label anchored at its start
    expect(m[7].data).toHaveLength(0);
    expect(phasePlaneFigure({ fixedPoints: [{ x: [-1e-9, 0.5], stability: "stable node", stable: true }] }).marks!.length).toBe(4);
    expect(marks(phasePlaneFigure({ fixedPoints: [{ x: [-1e-9, 0.5], stability: "stable node", stable: true }] }))[2].data.concat(marks(phasePlaneFigure({ fixedPoints: [{ x: [-1e-9, 0.5], stability: "stable node", stable: true }] }))[3].data)[0].text).toBe("stable node (0.000, 0.500)");
    expect(fig.x).toMatchObject({ domain: [-5, 1] });
    expect(renderPlot(fig).tagName.toLowerCase()).toBe("figure");
  });
  it("labels nullclines with display names mapped from the system's variables", () => {
    const wc = nmaSystem(NMA.default.params), b = [[0, 1], [0, 1]] as const;
    const f = phasePlaneFigure({ nullclines: nullclines(wc, b, { resolution: 20 }), names: ["r_E", "r_I"] });
    const curves = [...new Set(marks(f)[0].data.map((s) => s.curve))];
    expect(curves).toEqual(["dr_E/dt = 0 (r_E nullcline)", "dr_I/dt = 0 (r_I nullcline)"]);
    expect((f.color as { domain: string[] }).domain).toEqual(curves); // every segment's colour is in the scale
    const g = phasePlaneFigure({ nullclines: nullclines(wc, b, { resolution: 20 }).filter((s) => s.of === "I"), variables: ["E", "I"], names: ["r_E", "r_I"] });
    expect(marks(g)[0].data[0].curve).toBe("dr_I/dt = 0 (r_I nullcline)");
  });
  it("draws NMA's three Wilson–Cowan fixed points with their classes, open symbols for unstable ones", () => {
    const wc = nmaSystem(NMA.default.params);
    const f = phasePlaneFigure({ fixedPoints: fixedPoints(wc, { bounds: [[-0.1, 1], [-0.1, 1]] }), names: ["r_E", "r_I"] });
    const m = marks(f);
    expect(m[0].data.map((p) => p.stability)).toEqual(["stable focus", "stable node"]);
    expect(m[1].data.map((p) => p.stability)).toEqual(["saddle"]);
    expect(f.symbol).toMatchObject({ domain: ["stable focus", "saddle", "stable node"], range: ["diamond", "cross", "circle"] });
    expect(renderPlot(f).tagName.toLowerCase()).toBe("figure");
  });
  it("draws every stability class with a fillable symbol, so filled = stable and open = unstable holds for all", () => {
    const classes = ["stable node", "stable focus", "unstable node", "unstable focus", "saddle", "non-hyperbolic"] as const;
    const f = phasePlaneFigure({ fixedPoints: classes.map((stability, k) => ({ x: [k, k], stability, stable: stability.startsWith("stable") })) });
    const lineOnly = ["asterisk", "diamond2", "plus", "square2", "times", "triangle2"]; // Plot's stroke-only symbols
    const range = (f.symbol as { range: string[] }).range;
    expect(range).toHaveLength(6);
    expect(range.filter((s) => lineOnly.includes(s))).toEqual([]);
    expect(new Set(range).size).toBe(6);
  });
  it("labels fixed points over a white halo wide enough to hide the lines behind the text", () => {
    const f = phasePlaneFigure({ fixedPoints: [{ x: [0, 0], stability: "saddle", stable: false }], bounds: [[0, 1], [0, 1]] });
    const svg = renderPlot(f).outerHTML;
    const halo = /<g[^>]*stroke-width="(\d+)"[^>]*stroke="white"[^>]*aria-label="text"|<g[^>]*aria-label="text"[^>]*stroke-width="(\d+)"/.exec(svg);
    expect(svg).toContain("saddle (0.000, 0.000)");
    expect(Number(halo?.[1] ?? halo?.[2])).toBeGreaterThanOrEqual(6);
  });
  it("refuses unknown options with a guess and mismatched trajectories", () => {
    expect(() => phasePlaneFigure({ nullcline: [] } as never)).toThrow(/unknown option nullcline for phasePlaneFigure; did you mean nullclines\?/);
    expect(() => phasePlaneFigure({ trajectories: [{ label: "a", x: [1, 2], y: [1] }] })).toThrow(/invalid trajectories\[0\] \(a\): 2 x values and 1 y values/);
    expect(() => phasePlaneFigure({ bounds: [[1, 0], [0, 1]] })).toThrow(/invalid bounds/);
    expect(() => phasePlaneFigure({ nullclines: [{ of: "z", x1: 0, y1: 0, x2: 1, y2: 1 }], variables: ["x", "y"] })).toThrow(/a segment of "z", not one of the variables/);
  });
});
