/**
 * Special functions for mean-field theory: erfcx(x) = e^{x²} erfc(x) without overflow, and erf.
 * Rational Chebyshev fit of Numerical Recipes (2nd ed., §6.2): relative error < 1.2e−7.
 */

function ncErfcScaledPositive(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return t * Math.exp(-1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
    t * (-0.82215223 + t * 0.17087277)))))))));
}

/** Scaled complementary error function e^{x²} erfc(x). */
export function erfcx(x: number): number {
  if (x >= 0) return ncErfcScaledPositive(x);
  // erfc(x) = 2 − erfc(−x)  ⇒  erfcx(x) = 2 e^{x²} − erfcx(−x)
  return 2 * Math.exp(x * x) - ncErfcScaledPositive(-x);
}

/** Error function. */
export function erf(x: number): number {
  const e = Math.exp(-x * x) * ncErfcScaledPositive(Math.abs(x));
  return x >= 0 ? 1 - e : e - 1;
}
