import { describe, expect, it } from "vitest";
import { provesEqual, solveLinear, tex } from "../../src/symbolic/solve.js";
import { deriveBalance } from "../../src/symbolic/balance.js";

describe("solveLinear", () => {
  it("solveLinear(a*x + b, x) returns -b/a with zero residual", () => {
    const s = solveLinear("3*x - 6", "x");
    expect(s.solution.evaluate()).toBe(2);
    expect(s.residual).toBe("0");
  });
  it("solveLinear rejects non-linear equations and absent variables", () => {
    expect(() => solveLinear("x^2 - 1", "x")).toThrow(/not linear in x/);
    expect(() => solveLinear("y + 1", "x")).toThrow(/does not appear/);
  });
  it("provesEqual tells equal and unequal expressions apart", () => {
    expect(provesEqual("(a - b) / (b - c)", "-(b - a) / (b - c)")).toBe(true);
    expect(provesEqual("(a - b) / (b - c)", "(a - b) / (c - b)")).toBe(false);
  });
  it("tex writes subscripts for names like g_E", () => {
    expect(tex("g_E * V0")).toContain("g_{\\mathrm{E}}");
    expect(tex("g_E * V0")).toContain("V_{0}");
  });
});

describe("deriveBalance", () => {
  it("deriveBalance derives g_I/g_E = (E_E − V0)/(V0 − E_I) and the steady state, and verifies both", () => {
    const d = deriveBalance();
    expect(d.verified).toBe(true);
    expect(d.steadyStateVerified).toBe(true);
    expect(d.ratio.evaluate({ E_E: 0, V0: -60, E_I: -75 })).toBeCloseTo(4, 12);
    expect(d.steadyState.solution.evaluate({ g_L: 10, E_L: -60, g_E: 10, E_E: 0, g_I: 20, E_I: -80 })).toBeCloseTo(-55, 12);
    expect(d.tex).toHaveLength(5);
  });
});
