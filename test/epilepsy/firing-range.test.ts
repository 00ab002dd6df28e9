import { describe, expect, it } from "vitest";
import { firingRange } from "../../src/epilepsy/firing-range.js";

describe("firingRange(currents, rates, minRate = 10)", () => {
  it("returns the first and last current with rate ≥ minRate, and whether firing has a gap", () => {
    expect(firingRange([1, 2, 3, 4, 5], [0, 12, 40, 9, 0])).toEqual({ first: 2, last: 3, gap: false });
    expect(firingRange([1, 2, 3, 4, 5], [0, 12, 0, 30, 0])).toEqual({ first: 2, last: 4, gap: true });
    const none = firingRange([1, 2], [0, 0]);
    expect(none.first).toBeNaN();
    expect(none.last).toBeNaN();
  });
  it("bad input throws naming the parameter", () => {
    expect(() => firingRange([1, 2], [0])).toThrow(/invalid rates for firingRange: 1 values for 2 currents/);
    expect(() => firingRange([2, 1], [0, 0])).toThrow(/invalid currents for firingRange: 1 after 2/);
  });
});
