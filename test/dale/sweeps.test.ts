import { describe, expect, it } from "vitest";
import { asyncRetrieval, retrievalCurve, keptFraction, crossingBelow, patternRaster } from "../../src/dale/sweeps.js";
import { randomPatterns } from "../../src/dale/patterns.js";
import { deriveSeed } from "../../src/random/rng.js";

describe("dale sweeps", () => {
  it("asyncRetrieval: low load retrieves every tested pattern in both networks, identically", () => {
    const r = asyncRetrieval({ N: 200, alpha: 0.03, seed: 1, nTest: 4, flip: 0.1 });
    expect(r.P).toBe(6);
    expect(r.sym).toEqual(r.dale);
    expect(Math.min(...r.sym)).toBe(1);
    expect(r.c).toBeGreaterThan(0);
  });
  it("retrievalCurve: nested loads, identical Dale and symmetric overlaps, perfect retrieval at low load, loss far above α_c", () => {
    const c = retrievalCurve({ N: 200, alphas: [0.02, 0.05, 0.4], seed: 3, nTest: 4 });
    expect(c.map((d) => d.P)).toEqual([4, 10, 80]);
    for (const d of c) expect(d.sym).toEqual(d.dale);
    expect(Math.min(...c[0].sym)).toBe(1);
    expect(Math.max(...c[2].sym)).toBeLessThan(0.9); // α = 0.4 ≫ 0.138: no pattern is kept
    // the tested patterns are the first of one seeded set, whatever the loads asked for
    const again = retrievalCurve({ N: 200, alphas: [0.05], seed: 3, nTest: 4, dale: false });
    expect(again[0].sym).toEqual(c[1].sym);
    expect(again[0].dale).toEqual([]);
    expect(randomPatterns(80, 200, deriveSeed(3, "nested patterns", 200))[0].length).toBe(200);
    expect(() => retrievalCurve({ N: 50, alphas: [0.1, 0.05], seed: 1 })).toThrow(/invalid alphas for retrievalCurve/);
  });
  it("keptFraction pools the sets at each load", () => {
    const pt = (sym: number[]) => ({ alpha: 0.1, P: 10, sym, dale: [] });
    expect(keptFraction([[pt([1, 0.5]), pt([0.2, 0.95])], [pt([0.9, 0.95]), pt([0.3, 0.1])]])).toEqual([0.75, 0.25]);
    expect(keptFraction([[pt([0.8])]], 0.5)).toEqual([1]);
    expect(() => keptFraction([[pt([1])], []])).toThrow(/invalid sets for keptFraction/);
  });
  it("crossingBelow interpolates linearly; NaN if never below", () => {
    expect(crossingBelow([0, 1, 2], [1, 0.8, 0.4], 0.6)).toBeCloseTo(1.5, 12);
    expect(crossingBelow([0, 1], [1, 1], 0.5)).toBeNaN();
    expect(crossingBelow([0, 1], [0.1, 1], 0.5)).toBe(0);
  });
  it("patternRaster puts ξ = +1 cells first", () => {
    const spikes = { population: "E", n: 3, i: Int32Array.from([0, 1, 2]), t: Float64Array.from([1, 2, 3]), start: 0, stop: 5, dt: 0.1 };
    const rows = patternRaster(spikes as never, [-1, 1, 1]);
    expect(rows.map((r) => r.y)).toEqual([2, 0, 1]);
    expect(rows[0].group).toBe("ξ = −1");
  });
});
