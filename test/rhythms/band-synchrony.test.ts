import { describe, expect, it } from "vitest";
import { synchronyByBand } from "../../src/rhythms/band-synchrony.js";

describe("synchronyByBand(points, band) — largest κ below, in and above a frequency band", () => {
  it("sorts cases into the three parts, band bounds inclusive, and keeps the largest κ of each", () => {
    const pts = [{ f: 10, k: 0.3 }, { f: 19.9, k: 0.5 }, { f: 20, k: 0.4 }, { f: 50, k: 0.7 }, { f: 80, k: 0.6 }, { f: 80.1, k: 0.2 }, { f: 135, k: 0.1 }];
    expect(synchronyByBand(pts)).toEqual({ below: 0.5, inBand: 0.7, above: 0.2, counts: { below: 2, inBand: 3, above: 2, skipped: 0 } });
  });
  it("gives NaN for an empty part, leaves out non-finite points, and takes another band", () => {
    const r = synchronyByBand([{ f: 25, k: 0.9 }, { f: NaN, k: 0.8 }, { f: 30, k: NaN }, { f: 5, k: 0.1 }], [13, 30]);
    expect(r.inBand).toBe(0.9);
    expect(r.below).toBe(0.1);
    expect(r.above).toBeNaN();
    expect(r.counts).toEqual({ below: 1, inBand: 1, above: 0, skipped: 2 });
  });
  it("rejects a band that is not lo < hi", () => {
    expect(() => synchronyByBand([], [80, 20])).toThrow(/synchronyByBand band: \[80, 20\]/);
    expect(() => synchronyByBand([], [20, NaN])).toThrow(RangeError);
  });
});
