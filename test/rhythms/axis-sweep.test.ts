import { describe, expect, it } from "vitest";
import { axisSweep } from "../../src/rhythms/axis-sweep.js";

describe("axisSweep(base, axes, seeds, run)", () => {
  it("varies one parameter at a time and runs the shared base case once per seed", () => {
    const calls: string[] = [];
    const rows = axisSweep({ tau: 5, drive: 50 }, [
      { label: "τ", key: "tau", values: [3, 5, 10] },
      { label: "drive", key: "drive", values: [30, 50] },
    ], [1, 2], (c, seed) => { calls.push(`${c.tau}/${c.drive}/${seed}`); return c.tau * c.drive + seed; });
    expect(rows.map((r) => [r.label, r.x, r.runs])).toEqual([
      ["τ", 3, [151, 152]], ["τ", 5, [251, 252]], ["τ", 10, [501, 502]], ["drive", 30, [151, 152]], ["drive", 50, [251, 252]],
    ]);
    expect(calls.length).toBe(8); // 4 distinct cases × 2 seeds: (5, 50) is shared
    expect(rows[3].case).toEqual({ tau: 5, drive: 30 });
  });
  it("rejects no seeds, an empty axis and an unknown key", () => {
    expect(() => axisSweep({ a: 1 }, [{ label: "a", key: "a", values: [1] }], [], () => 0)).toThrow(/no seed|none/);
    expect(() => axisSweep({ a: 1 }, [{ label: "a", key: "a", values: [] }], [1], () => 0)).toThrow(/no values/);
    expect(() => axisSweep({ a: 1 }, [{ label: "b", key: "b" as never, values: [1] }], [1], () => 0)).toThrow(/key b is not a parameter/);
  });
});
