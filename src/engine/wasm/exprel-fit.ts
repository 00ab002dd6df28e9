/**
 * exprel(x) = (e^x − 1)/x on [−0.6, 0] as a polynomial of degree d interpolating it at the d + 1
 * Chebyshev nodes of the interval (near-minimax; Trefethen 2013, *Approximation Theory and
 * Approximation Practice*, ch. 8), in monomial form for Horner's rule. Degree 5 is accurate to
 * ~1e−9 relative, below float32's resolution (6e−8); the float32 kernels use it.
 */
const cache = new Map<number, number[]>();

/** Monomial coefficients a[0…d] of the degree-d Chebyshev interpolant of exprel on [−0.6, 0]. */
export function exprelChebyshev(d: number): number[] {
  const hit = cache.get(d);
  if (hit) return hit;
  const m = d + 1;
  const xs = Array.from({ length: m }, (_, j) => -0.3 + 0.3 * Math.cos(((2 * j + 1) * Math.PI) / (2 * m)));
  // Vandermonde system V a = y, solved by Gaussian elimination with partial pivoting
  const A = xs.map((x) => [...Array.from({ length: m }, (_, k) => x ** k), Math.expm1(x) / x]);
  for (let col = 0; col < m; col++) {
    let p = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(A[r][col]) > Math.abs(A[p][col])) p = r;
    [A[col], A[p]] = [A[p], A[col]];
    for (let r = col + 1; r < m; r++) {
      const f = A[r][col] / A[col][col];
      for (let k = col; k <= m; k++) A[r][k] -= f * A[col][k];
    }
  }
  const a = new Array<number>(m).fill(0);
  for (let r = m - 1; r >= 0; r--) {
    let s = A[r][m];
    for (let k = r + 1; k < m; k++) s -= A[r][k] * a[k];
    a[r] = s / A[r][r];
  }
  cache.set(d, a);
  return a;
}
