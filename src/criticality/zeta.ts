/**
 * The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (k + q)^{−s} (s > 1, q > 0), the normalisation of the
 * discrete power law P(X = x) = x^{−α}/ζ(α, x_min) (Clauset, Shalizi & Newman 2009, eq. 2.4).
 *
 * Direct summation of the first terms until q + k ≥ Q = 10 + s, then the Euler–Maclaurin tail at
 * a = q + k (Abramowitz & Stegun 23.2.3 for the Riemann case; the same expansion holds for Hurwitz):
 *   Σ_{j≥0} (a + j)^{−s} ≈ a^{1−s}/(s − 1) + a^{−s}/2 + Σ_{j=1}^{5} B_{2j}/(2j)! · s(s+1)…(s+2j−2) · a^{−s−2j+1}.
 * With a ≥ 10 + s the first omitted term is below ~1e−12 of the sum for 1 < s ≤ 50. For q ≥ Q no
 * direct term is needed and the cost is one exp: cheap enough to evaluate at every distinct data
 * value of every x_min candidate in a KS scan.
 */

const BERNOULLI = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66];

/** ζ(s, q) given ln q (saves a log when the caller has it); no validation: use {@link hurwitzZeta}. */
export function zetaUnchecked(s: number, q: number, lnq = Math.log(q)): number {
  const Q = 10 + s;
  let sum = 0;
  let a = q, lna = lnq;
  if (a < Q) {
    while (a < Q) { sum += Math.pow(a, -s); a += 1; }
    lna = Math.log(a);
  }
  const as = Math.exp(-s * lna); // a^{−s}
  const inv2 = 1 / (a * a);
  sum += (as * a) / (s - 1) + 0.5 * as;
  // Bernoulli corrections: term_j = B_{2j}/(2j)! · s(s+1)…(s+2j−2) · a^{−s−2j+1}
  let coef = s * as / a; // s · a^{−s−1}
  let fact = 2;
  for (let j = 1; j <= BERNOULLI.length; j++) {
    sum += (BERNOULLI[j - 1] / fact) * coef;
    coef *= (s + 2 * j - 1) * (s + 2 * j) * inv2;
    fact *= (2 * j + 1) * (2 * j + 2);
  }
  return sum;
}

/** Hurwitz zeta ζ(s, q) = Σ_{k≥0} (k + q)^{−s} for s > 1, q > 0 (relative accuracy ~1e−12). */
export function hurwitzZeta(s: number, q: number): number {
  if (!(s > 1) || !(q > 0) || !Number.isFinite(s) || !Number.isFinite(q)) {
    throw new RangeError(`invalid hurwitzZeta(${s}, ${q}) (expected finite s > 1 and q > 0)`);
  }
  return zetaUnchecked(s, q);
}
