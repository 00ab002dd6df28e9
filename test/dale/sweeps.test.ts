import { describe, expect, it } from "vitest";
import { asyncRetrieval, crossingBelow, patternRaster } from "../../src/dale/sweeps.js";

describe("dale sweeps", () => {
  it("asyncRetrieval: low load retrieves every tested pattern in both networks, identically", () => {
    const r = asyncRetrieval({ N: 200, alpha: 0.03, seed: 1, nTest: 4, flip: 0.1 });
    expect(r.P).toBe(6);
    expect(r.sym).toEqual(r.dale);
    expect(Math.min(...r.sym)).toBe(1);
    expect(r.c).toBeGreaterThan(0);
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
