import { describe, expect, it } from "vitest";
import { plateau } from "../../src/analysis/plateau.js";

describe("plateau", () => {
  it("averages the bins of the last window and gives their sample sd", () => {
    const t = Float64Array.from({ length: 10 }, (_, k) => 1000 * k);
    const rate = [9, 9, 9, 9, 9, 9, 9, 2, 4, 6];
    const p = plateau({ t, rate, bin: 1000 }, 3000);
    expect(p.mean).toBe(4);
    expect(p.sd).toBe(2); // sample sd of 2, 4, 6
    expect(p.n).toBe(3);
    expect([p.from, p.to]).toEqual([7000, 10000]);
    expect(plateau({ t, rate, bin: 1000 }, 10000).n).toBe(10);
  });
  it("rejects a window longer than the series, one bin, or mismatched input", () => {
    const s = { t: [0, 100, 200], rate: [1, 2, 3], bin: 100 };
    expect(() => plateau(s, 400)).toThrow(/invalid last: 400 ms \(expected at most the series length, 300 ms\)/);
    expect(() => plateau(s, 100)).toThrow(/holds 1 bin/);
    expect(() => plateau({ ...s, rate: [1, 2] }, 200)).toThrow(/3 times for 2 values/);
    expect(() => plateau(s, -1)).toThrow(/invalid last: -1/);
  });
});

