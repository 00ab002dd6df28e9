/**
 * exprel(x) = (e^x − 1)/x, the function an exponential-Euler membrane step needs twice: e^x =
 * 1 + x·exprel(x) and (1 − e^x)/g = −(dt/C)·exprel(x), with x = −dt Σg/C ≤ 0. One polynomial, no exp
 * and no division in the common case.
 *
 * For −0.6 < x ≤ 0: the degree-8 polynomial interpolating exprel at the 9 Chebyshev nodes of
 * [−0.6, 0] (near-minimax; Trefethen 2013, *Approximation Theory and Approximation Practice*, ch. 8),
 * relative error ≤ 2.1e−14 there (tests measure it), evaluated by Estrin's scheme in a fixed order:
 *
 *   h = ((a0 + a1 x) + x²(a2 + a3 x)) + x⁴((a4 + a5 x) + x²(a6 + a7 x)) + (x⁴ x⁴) a8
 *
 * Below −0.6 (a total conductance above 1200 nS for C = 200 pF at dt = 0.1 ms): (Math.exp(x) − 1)/x.
 * The reference step, the JavaScript kernels and the WebAssembly kernels (float64) all compute
 * exactly this, operation for operation, so their results are bit-identical. The coefficients are
 * written out (not computed at load) so that results do not depend on the platform's cos or expm1;
 * {@link exprelChebyshev} derives them and a test checks they agree.
 *
 * Single-precision kernels use the degree-5 interpolant ({@link EXPREL_F32}, relative error ≈ 5e−9,
 * below float32's resolution of 6e−8).
 */

/** Coefficients a0…a8 of the float64 polynomial (see the file comment). */
export const EXPREL_F64: readonly number[] = [
  0.9999999999999835, 0.49999999999550815, 0.16666666646674408, 0.04166666323537917, 0.008333303768926551,
  0.001388745352059155, 0.00019800122764886038, 0.00002410723057778197, 0.0000021082868397047475,
];

/** Coefficients a0…a5 of the float32 kernels' polynomial. */
export const EXPREL_F32: readonly number[] = [
  0.9999999963805389, 0.4999995652009209, 0.16665816555592497, 0.04160552205032747, 0.008132477490982214, 0.001077289469740042,
];

/** Below this x the polynomial hands over to Math.exp. */
export const EXPREL_POLY_MIN = -0.6;

const [a0, a1, a2, a3, a4, a5, a6, a7, a8] = EXPREL_F64;

/** exprel(x) = (e^x − 1)/x for x ≤ 0, as every float64 kernel computes it (see the file comment). */
export function exprel(x: number): number {
  if (x > EXPREL_POLY_MIN) {
    const x2 = x * x, x4 = x2 * x2;
    return (((a0 + a1 * x) + x2 * (a2 + a3 * x)) + x4 * ((a4 + a5 * x) + x2 * (a6 + a7 * x))) + (x4 * x4) * a8;
  }
  return x === 0 ? 1 : (Math.exp(x) - 1) / x;
}

/**
 * JavaScript source that sets `h` to exprel(`x`) (both already-declared names), for generated
 * kernels: the same operations as {@link exprel}.
 */
export function exprelSource(x: string, h: string): string {
  const c = EXPREL_F64.map((a) => String(a));
  return `
      if (${x} > ${EXPREL_POLY_MIN}) {
        const x2 = ${x} * ${x}, x4 = x2 * x2;
        ${h} = (((${c[0]} + ${c[1]} * ${x}) + x2 * (${c[2]} + ${c[3]} * ${x})) + x4 * ((${c[4]} + ${c[5]} * ${x}) + x2 * (${c[6]} + ${c[7]} * ${x}))) + (x4 * x4) * ${c[8]};
      } else {
        ${h} = (Math.exp(${x}) - 1) / ${x};
      }`;
}

/**
 * Monomial coefficients a[0…d] of the degree-d polynomial interpolating exprel at the d + 1
 * Chebyshev nodes of [−0.6, 0] (how {@link EXPREL_F64} and {@link EXPREL_F32} were made).
 */
export function exprelChebyshev(d: number): number[] {
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
  return a;
}
