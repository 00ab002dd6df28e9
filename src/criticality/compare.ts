/**
 * Is it really a power law? Log-likelihood-ratio tests against alternatives on the tail x ≥ x_min
 * (Vuong 1989; Clauset et al. 2009 §5): exponential, lognormal and power law with exponential
 * cutoff ("truncated power law"), each fitted by maximum likelihood on the same tail. All models
 * are taken as continuous distributions here; discrete data are compared with a continuity
 * correction (x → x − ½, x_min → x_min − ½, the power law refitted on the shifted tail), without
 * which the continuous approximation is poor near small x_min (Clauset et al. 2009, App. D).
 *
 *   R = Σ_i [ln p_PL(x_i) − ln p_alt(x_i)];  normalised R/(σ√n);  p = erfc(|R|/(σ√(2n))).
 * R > 0 with small p favours the power law, R < 0 the alternative. The truncated power law
 * contains the power law, so that test is a nested likelihood-ratio test: p = erfc(√|R|) (Wilks).
 * A verdict also needs |R| ≥ 1 (a likelihood ratio of at least e; 2|R| < 2 is "not worth more than a
 * bare mention", Kass & Raftery 1995, JASA 90:773): a lognormal can approach a power law as σ → ∞,
 * and then the pointwise differences are nearly constant, σ of the Vuong statistic nearly 0 and p
 * spuriously tiny for a likelihood difference of a fraction of a unit.
 */
import { erf, erfcx } from "../analysis/special.js";
import { nelderMead } from "./optimize.js";
import type { PowerLawFit } from "./powerlaw.js";

const erfc = (x: number) => 1 - erf(x);
/** ln erfc(x) without underflow: ln erfcx(x) − x² for x > 0 (1 − erf(x) is 0 in floating point beyond x ≈ 6). */
const lnErfc = (x: number) => (x > 0 ? Math.log(erfcx(x)) - x * x : Math.log(1 - erf(x)));
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Per-point log-likelihoods of the continuous power law on x ≥ x_min. */
export function powerLawLogLik(x: Float64Array, alpha: number, xmin: number): Float64Array {
  return x.map((v) => Math.log((alpha - 1) / xmin) - alpha * Math.log(v / xmin));
}

/** Exponential on x ≥ x_min: λ̂ = 1/(mean − x_min). */
export function fitExponential(x: Float64Array, xmin: number): { lambda: number; logLik: Float64Array } {
  let m = 0;
  for (const v of x) m += v;
  m /= x.length;
  const lambda = 1 / (m - xmin);
  return { lambda, logLik: x.map((v) => Math.log(lambda) - lambda * (v - xmin)) };
}

/**
 * Lognormal truncated to x ≥ x_min, fitted by Nelder–Mead on (μ, ln σ). The normalisation
 * ln[½ erfc((ln x_min − μ)/(σ√2))] is computed as ln erfcx − z² so that it stays finite where the tail
 * probability underflows (a far-left μ with a wide σ, which a lognormal uses to mimic a power law).
 */
export function fitLognormal(x: Float64Array, xmin: number): { mu: number; sigma: number; logLik: Float64Array } {
  const ll = (mu: number, sigma: number) => {
    const z0 = (Math.log(xmin) - mu) / (sigma * Math.SQRT2);
    const norm = lnErfc(z0) - Math.LN2;
    return x.map((v) => { const z = (Math.log(v) - mu) / sigma; return -Math.log(v) - Math.log(sigma) - LN_SQRT_2PI - 0.5 * z * z - norm; });
  };
  const lx = Array.from(x, Math.log);
  const m0 = lx.reduce((a, b) => a + b, 0) / lx.length;
  const s0 = Math.sqrt(lx.reduce((a, b) => a + (b - m0) ** 2, 0) / lx.length) || 1;
  const [mu, ls] = nelderMead(([m, l]) => { const v = ll(m, Math.exp(l)); let s = 0; for (const q of v) s += q; return Number.isFinite(s) ? -s : 1e300; }, [m0, Math.log(s0)]);
  return { mu, sigma: Math.exp(ls), logLik: ll(mu, Math.exp(ls)) };
}

/** ∫_{x_min}^{∞} x^{−α} e^{−λx} dx by Gauss–Legendre on a log-spaced grid (relative accuracy ~1e−10). */
function cutoffNorm(alpha: number, lambda: number, xmin: number): number {
  const nodes = [-0.9061798459386640, -0.5384693101056831, 0, 0.5384693101056831, 0.9061798459386640];
  const weights = [0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891];
  // substitute x = x_min e^u, u ∈ [0, U] where the integrand is negligible beyond U
  const U = Math.log(Math.max(2, (40 + alpha * 10) / (lambda * xmin) + 1)) + 5;
  const panels = 400;
  const h = U / panels;
  let sum = 0;
  for (let p = 0; p < panels; p++) {
    const c = (p + 0.5) * h;
    for (let k = 0; k < 5; k++) {
      const u = c + 0.5 * h * nodes[k];
      const xv = xmin * Math.exp(u);
      sum += weights[k] * 0.5 * h * Math.pow(xv, 1 - alpha) * Math.exp(-lambda * xv);
    }
  }
  return sum;
}

/** Power law with exponential cutoff, p(x) ∝ x^{−α} e^{−λx} on x ≥ x_min, fitted on (α, ln λ). */
export function fitTruncatedPowerLaw(x: Float64Array, xmin: number, alpha0: number): { alpha: number; lambda: number; logLik: Float64Array } {
  const ll = (a: number, lam: number) => { const ln = Math.log(cutoffNorm(a, lam, xmin)); return x.map((v) => -a * Math.log(v) - lam * v - ln); };
  let max = 0;
  for (const v of x) max = Math.max(max, v);
  const [a, ll0] = nelderMead(([a, l]) => { const v = ll(a, Math.exp(l)); let s = 0; for (const q of v) s += q; return Number.isFinite(s) ? -s : 1e300; },
    [alpha0, Math.log(1 / (10 * max))], { step: 0.7, iterations: 300 });
  return { alpha: a, lambda: Math.exp(ll0), logLik: ll(a, Math.exp(ll0)) };
}

/** The outcome of one likelihood-ratio test. */
export interface LikelihoodRatio {
  alternative: string;
  /** Σ log-likelihood ratio (power law − alternative). */
  R: number;
  /** R/(σ√n) (non-nested tests). */
  normalizedR: number;
  p: number;
  /** "power law", the alternative's name, or "inconclusive" (p ≥ 0.1 or |R| < 1). */
  favours: string;
  /** The alternative's fitted parameters. */
  params: Record<string, number>;
}

function vuong(name: string, a: Float64Array, b: Float64Array, params: Record<string, number>, nested = false): LikelihoodRatio {
  const n = a.length;
  const d = a.map((v, i) => v - b[i]);
  let R = 0;
  for (const v of d) R += v;
  const mean = R / n;
  let varD = 0;
  for (const v of d) varD += (v - mean) ** 2;
  const sd = Math.sqrt(varD / n);
  const p = nested ? erfc(Math.sqrt(Math.abs(R))) : erfc(Math.abs(R) / (sd * Math.sqrt(2 * n)));
  const favours = p >= 0.1 || Math.abs(R) < 1 ? "inconclusive" : R > 0 ? "power law" : name;
  return { alternative: name, R, normalizedR: R / (sd * Math.sqrt(n)), p, favours, params };
}

/** Likelihood-ratio tests of a fitted power law against exponential, lognormal and truncated power law. */
export function comparePowerLaw(data: ArrayLike<number>, fit: PowerLawFit): LikelihoodRatio[] {
  const shift = fit.discrete ? 0.5 : 0;
  const xmin = fit.xmin - shift;
  const x = Float64Array.from(Array.from(data).filter((v) => v >= fit.xmin), (v) => v - shift);
  let sl = 0;
  for (const v of x) sl += Math.log(v / xmin);
  const alpha = fit.discrete ? 1 + x.length / sl : fit.alpha;
  const pl = powerLawLogLik(x, alpha, xmin);
  const ex = fitExponential(x, xmin);
  const ln = fitLognormal(x, xmin);
  const tp = fitTruncatedPowerLaw(x, xmin, alpha);
  return [
    vuong("exponential", pl, ex.logLik, { lambda: ex.lambda }),
    vuong("lognormal", pl, ln.logLik, { mu: ln.mu, sigma: ln.sigma }),
    vuong("truncated power law", pl, tp.logLik, { alpha: tp.alpha, lambda: tp.lambda }, true),
  ];
}
