import { describe, expect, it } from "vitest";
import { agreementAboveChance, binomialTail } from "../../src/pharmacology/chance-agreement.js";

describe("binomialTail(n, k, p) and agreementAboveChance(n)", () => {
  it("matches exact binomial sums", () => {
    // n = 15, p = 1/2: P(X ≥ 12) = (455 + 105 + 15 + 1)/2^15, P(X ≥ 11) adds C(15, 11) = 1365
    expect(binomialTail(15, 12)).toBeCloseTo(576 / 32768, 12);
    expect(binomialTail(15, 11)).toBeCloseTo(1941 / 32768, 12);
    expect(binomialTail(4, 2, 0.3)).toBeCloseTo(1 - 0.7 ** 4 - 4 * 0.3 * 0.7 ** 3, 12);
    expect(binomialTail(10, 0)).toBe(1);
    expect(binomialTail(10, 11)).toBe(0);
    expect(binomialTail(200, 100)).toBeCloseTo(0.528174, 5); // ½ + ½ P(X = 100), P(X = 100) = C(200, 100)/2^200 ≈ 0.056348 (no overflow at large n)
  });

  it("gives the smallest count rarer than alpha under chance", () => {
    expect(agreementAboveChance(15)).toBe(12);
    expect(agreementAboveChance(8)).toBe(7); // P(X ≥ 7) = 9/256 ≈ 0.035 < 0.05, P(X ≥ 6) = 37/256 ≈ 0.145
    expect(agreementAboveChance(3)).toBe(4); // even 3 of 3 has P = 1/8: too few comparisons
  });

  it("bad input throws saying why", () => {
    expect(() => binomialTail(-1, 0)).toThrow(/invalid binomialTail n: -1/);
    expect(() => binomialTail(5, 1, 2)).toThrow(/invalid binomialTail p: 2/);
    expect(() => agreementAboveChance(5, { alpha: 0 })).toThrow(/invalid agreementAboveChance alpha: 0/);
  });
});
