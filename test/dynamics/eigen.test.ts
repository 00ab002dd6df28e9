import { describe, expect, it } from "vitest";
import { eigenvalues } from "../../src/dynamics/eigen.js";
import { Rng } from "../../src/random/rng.js";

describe("eigenvalues(A)", () => {
  it("matches the closed form of a 2×2 matrix (trace/determinant), real and complex, to 1e-14", () => {
    for (const [a, b, c, d] of [[1, 2, 3, 4], [0, -1, 1, 0], [-0.6, 0.4, -1.3, -0.2], [2, 0, 0, 2], [-1, 5, -5, -1]]) {
      const tr = a + d, det = a * d - b * c, disc = tr * tr / 4 - det;
      const e = eigenvalues([[a, b], [c, d]]);
      if (disc >= 0) {
        expect(e[0].re).toBeCloseTo(tr / 2 + Math.sqrt(disc), 13);
        expect(e[1].re).toBeCloseTo(tr / 2 - Math.sqrt(disc), 13);
        expect(e[0].im).toBe(0);
      } else {
        expect(e[0].re).toBeCloseTo(tr / 2, 13);
        expect(e[0].im).toBeCloseTo(Math.sqrt(-disc), 13);
        expect(e[1].im).toBeCloseTo(-Math.sqrt(-disc), 13);
      }
    }
  });
  it("finds the roots of a companion matrix: (x−1)(x+2)(x²+2x+5) → 1, −2, −1 ± 2i (1e-10)", () => {
    // x⁴ + 3x³ + 3x² + x − 10 … expanded: (x² + x − 2)(x² + 2x + 5) = x⁴ + 3x³ + 5x² + x − 10
    const c = [1, 3, 5, 1, -10];
    const A = [[-c[1], -c[2], -c[3], -c[4]], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]];
    const e = eigenvalues(A);
    expect(e.map((z) => z.re)).toEqual([expect.closeTo(1, 10), expect.closeTo(-1, 10), expect.closeTo(-1, 10), expect.closeTo(-2, 10)]);
    expect(e[1].im).toBeCloseTo(2, 10);
    expect(e[2].im).toBeCloseTo(-2, 10);
  });
  it("keeps trace and determinant of random 6×6 matrices (sum and product of eigenvalues, 1e-9 relative)", () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 6, A = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.uniform() * 2 - 1));
      const e = eigenvalues(A);
      const tr = A.reduce((s, row, i) => s + row[i], 0);
      expect(e.reduce((s, z) => s + z.re, 0)).toBeCloseTo(tr, 9);
      let pr = 1, pi = 0;
      for (const z of e) [pr, pi] = [pr * z.re - pi * z.im, pr * z.im + pi * z.re];
      expect(pr).toBeCloseTo(det(A), 9);
      expect(Math.abs(pi)).toBeLessThan(1e-9);
    }
  });
  it("rejects non-square and non-finite matrices", () => {
    expect(() => eigenvalues([[1, 2]])).toThrow(/row 0 has 2 entries \(expected 1/);
    expect(() => eigenvalues([[1, NaN], [0, 1]])).toThrow(/\[0\]\[1\] is NaN/);
    expect(eigenvalues([])).toEqual([]);
  });
});

function det(A: number[][]): number {
  const M = A.map((r) => r.slice()), n = M.length;
  let d = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (p !== c) { [M[c], M[p]] = [M[p], M[c]]; d = -d; }
    d *= M[c][c];
    for (let r = c + 1; r < n; r++) { const k = M[r][c] / M[c][c]; for (let j = c; j < n; j++) M[r][j] -= k * M[c][j]; }
  }
  return d;
}
