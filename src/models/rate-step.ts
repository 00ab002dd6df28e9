/**
 * The step of rate units (models/rate.ts): an exponential integrator whose input is a cubic over
 * the step, so that delayed loops are integrated to fourth order.
 *
 * Over one step [t, t + h] a unit obeys τ dr/dt = −r + u(s), u(s) = F(I(t + s)), so exactly
 *
 *   r(t + h) = e^{−h/τ} r(t) + (1/τ) ∫₀ʰ e^{−(h−s)/τ} u(s) ds.
 *
 * The input I over the step is known as a cubic Hermite polynomial: its value and slope at both ends
 * (I₀, I₀′, I₁, I₁′), which the rate projections (models/rate-projection.ts) deliver from the history
 * of their sources (value and one-sided slopes of each source at both ends of the matching step of
 * the past). u is replaced by the cubic Hermite polynomial through (F(I₀), F′(I₀) I₀′, F(I₁),
 * F′(I₁) I₁′), and the integral of that cubic against the exponential kernel is exact:
 *
 *   r(t + h) = E r + W₀ u₀ + W₀′ u₀′ + W₁ u₁ + W₁′ u₁′,   E = e^{−ρ}, ρ = h/τ,
 *   W₀ = ρ (2g₃ − 3g₂ + g₀),  W₀′ = ρ h (g₃ − 2g₂ + g₁),  W₁ = ρ (3g₂ − 2g₃),  W₁′ = ρ h (g₃ − g₂),
 *   g_j(ρ) = ∫₀¹ e^{−ρ(1−x)} x^j dx
 *
 * (series Σ_k (−ρ)^k j!/(j+k+1)! for ρ < 1/2, else the recursion g_j = (1 − j g_{j−1})/ρ).
 *
 * Order and error: for a smooth input the Hermite interpolant errs by at most h⁴/384 · max|u⁗|, so
 * the local error is O(h⁵) and the global error O(h⁴) (measured in test/models/rate-projection.test.ts:
 * the error of a delayed loop falls 16-fold per halving of dt). A constant input is integrated exactly
 * (fixed points are exact at any dt); the leak is exact at any h/τ. Order drops where the input is
 * not smooth inside a step: a threshold-linear unit crossing its threshold, or an external current
 * (pop.Iext, taken as constant over each step) that changes in time. Slopes are one-sided, so an
 * input that jumps at a step boundary (the start of a run, a current switched on) costs no accuracy.
 * With a projection of zero delay the input over the step is not known yet and is extrapolated
 * (see rate-projection.ts): still fourth order, but explicit, and stable only for
 * Σ|w| F′max h/τ ≲ 1/2. Where zero-delay and delayed couplings meet, the sources' second derivative
 * jumps at the breakpoints of the delays (t₀ + sums of delays) and the extrapolation across them
 * loses an order: global error O(h³) there (measured in test/models/rate-projection.test.ts).
 * Measured: a delayed linear loop (τ = 2 ms, D = 4 ms) errs by < 1e-6 at dt = 0.1 ms; a sigmoid
 * E–I pair with 1–3 ms delays by < 1e-6 at dt = 0.1 ms; the period of NMA's Wilson–Cowan limit cycle
 * (21.52 ms) by < 1e-6 ms at dt = 0.1 ms.
 */
import type { PopulationState } from "../engine/model.js";

/** The transfer functions of rate units. */
export type Transfer = "sigmoid" | "logistic" | "threshold-linear" | "linear";
/** The transfer functions a rate unit can have. */
export const TRANSFERS: readonly Transfer[] = ["sigmoid", "logistic", "threshold-linear", "linear"];

/** g_j(ρ) = ∫₀¹ e^{−ρ(1−x)} x^j dx for j = 0 … 3. */
export function expMoments(rho: number): [number, number, number, number] {
  const g: [number, number, number, number] = [0, 0, 0, 0];
  if (rho < 0.5) {
    for (let j = 0; j <= 3; j++) {
      // term_k = (−ρ)^k j!/(j+k+1)!, from term_0 = 1/(j+1)
      let term = 1 / (j + 1), sum = term;
      for (let k = 1; k < 40 && Math.abs(term) > 1e-18 * Math.abs(sum); k++) {
        term *= -rho / (j + k + 1);
        sum += term;
      }
      g[j] = sum;
    }
  } else {
    g[0] = -Math.expm1(-rho) / rho;
    for (let j = 1; j <= 3; j++) g[j] = (1 - j * g[j - 1]) / rho;
  }
  return g;
}

/** Step constants of a rate population at dt. */
export interface RateConstants {
  /** e^{−dt/τ} and the weights of u₀, u₀′, u₁, u₁′ (see the file comment). */
  E: number;
  W0: number;
  W0p: number;
  W1: number;
  W1p: number;
  /** 1/τ (ms⁻¹), for the slopes dr/dt. */
  invTau: number;
  gain: number;
  /** Maximum M of the logistic transfer (1 for the others). */
  max: number;
}

/** The step constants for time constant tau (ms), time step dt (ms), the transfer gain and the logistic's maximum. */
export function rateConstants(tau: number, dt: number, gain: number, max = 1): RateConstants {
  const rho = dt / tau;
  const [g0, g1, g2, g3] = expMoments(rho);
  return {
    E: Math.exp(-rho),
    W0: rho * (2 * g3 - 3 * g2 + g0),
    W0p: rho * dt * (g3 - 2 * g2 + g1),
    W1: rho * (3 * g2 - 2 * g3),
    W1p: rho * dt * (g3 - g2),
    invTau: 1 / tau,
    gain,
    max,
  };
}

/**
 * The offset that makes the sigmoid transfer pass through F(0) = 0: 1/(1 + e^{aθ}) for "sigmoid"
 * (Neuromatch Academy W2D4), 0 for every other transfer.
 */
export function transferOffset(kind: Transfer, gain: number, theta: number): number {
  return kind === "sigmoid" ? 1 / (1 + Math.exp(gain * theta)) : 0;
}

/**
 * F(x) and F′(x) for a unit with threshold θ (and `offset` = 1/(1 + e^{aθ}) for the sigmoid):
 *   sigmoid          F = 1/(1 + e^{−a(x−θ)}) − 1/(1 + e^{aθ})   (Neuromatch Academy W2D4; F(0) = 0)
 *   logistic         F = M/(1 + e^{−a(x−θ)})                    (maximum M; Nevado-Holgado et al. 2010's
 *                                                                  M/(1 + ((M−B)/B) e^{−4x/M}) is a = 4/M, θ = (M/4) ln((M−B)/B))
 *   threshold-linear F = a [x − θ]₊
 *   linear           F = a (x − θ)
 */
export function transfer(kind: Transfer, gain: number, theta: number, offset: number, x: number, max = 1): { F: number; dF: number } {
  if (kind === "sigmoid" || kind === "logistic") {
    const s = 1 / (1 + Math.exp(-gain * (x - theta)));
    return kind === "sigmoid" ? { F: s - offset, dF: gain * s * (1 - s) } : { F: max * s, dF: max * gain * s * (1 - s) };
  }
  if (kind === "threshold-linear") return x > theta ? { F: gain * (x - theta), dF: gain } : { F: 0, dF: 0 };
  return { F: gain * (x - theta), dF: gain };
}

/** The readable reference step of a rate population (tests compare the generated kernel with it). */
export function rateStep(pop: PopulationState, kind: Transfer, c: RateConstants): number {
  const { r, drdt, drdt0, s0, ds0, s1, ds1, theta, I_bias, offset } = pop.state;
  const Iext = pop.Iext;
  for (let i = 0; i < pop.n; i++) {
    const bias = I_bias[i] + (Iext === null ? 0 : Iext[i]);
    const a = transfer(kind, c.gain, theta[i], offset[i], s0[i] + bias, c.max);
    const b = transfer(kind, c.gain, theta[i], offset[i], s1[i] + bias, c.max);
    const u0 = a.F, v0 = a.dF * ds0[i], u1 = b.F, v1 = b.dF * ds1[i];
    const r0 = r[i];
    const r1 = c.E * r0 + c.W0 * u0 + c.W0p * v0 + c.W1 * u1 + c.W1p * v1;
    drdt0[i] = (u0 - r0) * c.invTau;
    drdt[i] = (u1 - r1) * c.invTau;
    r[i] = r1;
    s0[i] = 0; ds0[i] = 0; s1[i] = 0; ds1[i] = 0;
  }
  return 0;
}

type RateKernel = (pop: PopulationState, step: number, c: RateConstants) => number;
const cache = new Map<string, RateKernel>();

/** F and F′ (into variables `u`, `d`) of input expression `x`, as generated code. */
function transferCode(kind: Transfer, x: string, u: string, d: string): string {
  if (kind === "sigmoid") return `const ${u}s = 1 / (1 + Math.exp(-G * (${x} - th))); const ${u} = ${u}s - off; const ${d} = G * ${u}s * (1 - ${u}s);`;
  if (kind === "logistic") return `const ${u}s = 1 / (1 + Math.exp(-G * (${x} - th))); const ${u} = M * ${u}s; const ${d} = M * G * ${u}s * (1 - ${u}s);`;
  if (kind === "threshold-linear") return `const ${u}x = ${x} - th; const ${u} = ${u}x > 0 ? G * ${u}x : 0; const ${d} = ${u}x > 0 ? G : 0;`;
  return `const ${u} = G * (${x} - th); const ${d} = G;`;
}

/** The generated step for a transfer function, with or without external currents (cached). */
export function rateKernel(kind: Transfer, hasIext: boolean): RateKernel {
  const key = `${kind}|${hasIext}`;
  let k = cache.get(key);
  if (k) return k;
  const body = `
    const S = pop.state, n = pop.n;
    const r = S.r, drdt = S.drdt, drdt0 = S.drdt0, s0 = S.s0, ds0 = S.ds0, s1 = S.s1, ds1 = S.ds1;
    const theta = S.theta, bias = S.I_bias, offset = S.offset${hasIext ? ", Iext = pop.Iext" : ""};
    const E = c.E, W0 = c.W0, W0p = c.W0p, W1 = c.W1, W1p = c.W1p, invTau = c.invTau, G = c.gain, M = c.max;
    for (let i = 0; i < n; i++) {
      const b = bias[i]${hasIext ? " + Iext[i]" : ""}, th = theta[i], off = offset[i];
      ${transferCode(kind, "s0[i] + b", "u0", "f0")}
      ${transferCode(kind, "s1[i] + b", "u1", "f1")}
      const r0 = r[i];
      const r1 = E * r0 + W0 * u0 + W0p * (f0 * ds0[i]) + W1 * u1 + W1p * (f1 * ds1[i]);
      drdt0[i] = (u0 - r0) * invTau;
      drdt[i] = (u1 - r1) * invTau;
      r[i] = r1;
      s0[i] = 0; ds0[i] = 0; s1[i] = 0; ds1[i] = 0;
    }
    return 0;
    //# sourceURL=tightrope/rate-kernel-${kind}${hasIext ? "-iext" : ""}.js`;
  k = new Function("pop", "step", "c", body) as RateKernel;
  cache.set(key, k);
  return k;
}
