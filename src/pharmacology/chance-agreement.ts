/**
 * How many agreements out of n comparisons chance alone would rarely give: the binomial upper tail
 *
 *   P(X ≥ k) = Σ_{j=k}^{n} C(n, j) p^j (1 − p)^{n−j},   X ~ Binomial(n, p),
 *
 * and the smallest k with P(X ≥ k) < α. Used to set the agreement needed between two models' signs
 * of a change over the cells of a map: under the null that the signs agree by coin flip (p = 1/2),
 * k/n at or above the returned count happens with probability < α (default 0.05).
 */

/** P(X ≥ k) for X ~ Binomial(n, p) (1 for k ≤ 0, 0 for k > n). Computed term by term in log space. */
export function binomialTail(n: number, k: number, p = 0.5): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`invalid binomialTail n: ${n} (expected a whole number ≥ 0)`);
  if (!Number.isInteger(k)) throw new RangeError(`invalid binomialTail k: ${k} (expected a whole number)`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid binomialTail p: ${p} (expected a probability in [0, 1])`);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  let logC = 0; // log C(n, j), built up from j = 0
  let sum = 0;
  for (let j = 1; j <= n; j++) {
    logC += Math.log((n - j + 1) / j);
    if (j >= k) sum += Math.exp(logC + j * Math.log(p) + (n - j) * Math.log1p(-p));
  }
  return Math.min(1, sum);
}

/**
 * The smallest number of agreements k out of n with P(X ≥ k) < `alpha` under chance agreement
 * X ~ Binomial(n, p); n + 1 when even n agreements are not that rare (too few comparisons).
 * @example agreementAboveChance(15)  // 12: P(X ≥ 12) = 576/32768 ≈ 0.018, P(X ≥ 11) ≈ 0.059
 */
export function agreementAboveChance(n: number, { p = 0.5, alpha = 0.05 }: { p?: number; alpha?: number } = {}): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`invalid agreementAboveChance alpha: ${alpha} (expected a level in (0, 1))`);
  for (let k = 0; k <= n; k++) if (binomialTail(n, k, p) < alpha) return k;
  return n + 1;
}
