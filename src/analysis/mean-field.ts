/**
 * Mean-field theory of LIF neurons.
 *
 * - {@link lifRate}: deterministic LIF under constant drive, r = 1/(t_ref + τ ln((V∞ − V_r)/(V∞ − V_th)))
 *   for V∞ > V_th, else 0 (the f–I curve).
 * - {@link siegert}: stationary rate of a LIF neuron driven by white noise with mean μ and sd σ
 *   (Siegert 1951; Amit & Brunel 1997; Brunel 2000 eq. 21):
 *     1/ν = τ_rp + τ √π ∫_{(V_r − μ)/σ}^{(θ − μ)/σ} e^{u²} (1 + erf u) du.
 * - {@link brunelRate}: the self-consistent rate of Brunel's (2000) sparse E–I network of delta
 *   synapses, with μ = C_E J τ [ν_ext + ν (1 − γ g)] and σ² = J² C_E τ [ν_ext + ν (1 + γ g²)].
 * Units: ms, mV; rates returned in Hz.
 */
import { erfcx } from "./special.js";
import { readParams, type Quantity } from "../params/quantity.js";
import { checkRequired } from "../params/options.js";

/** Firing rate (Hz) of a LIF neuron with steady-state potential V_inf (mV). */
export function lifRate(options: { tau: number; t_ref: number; V_inf: number; V_reset: number; V_th: number }): number {
  checkRequired("lifRate", options, ["tau", "t_ref", "V_inf", "V_reset", "V_th"]);
  const { tau, t_ref, V_inf, V_reset, V_th } = options;
  if (!(tau > 0)) throw new RangeError(`invalid tau: ${tau} ms (expected > 0 ms)`);
  if (V_inf <= V_th) return 0;
  return 1000 / (t_ref + tau * Math.log((V_inf - V_reset) / (V_inf - V_th)));
}

/** Composite Simpson integral of f over [a, b] with n (even) intervals. */
function simpson(f: (u: number) => number, a: number, b: number, n = 2000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let k = 1; k < n; k++) s += (k % 2 ? 4 : 2) * f(a + k * h);
  return (s * h) / 3;
}

/**
 * Siegert rate (Hz) for mean input μ (mV), noise σ (mV), membrane τ (ms), threshold θ, reset V_r (mV)
 * and refractory period τ_rp (ms). e^{u²}(1 + erf u) is evaluated as erfcx(−u), stable for all u.
 */
export function siegert(options: { mu: number; sigma: number; tau: number; theta: number; V_r: number; tau_rp: number }): number {
  checkRequired("siegert", options, ["mu", "sigma", "tau", "theta", "V_r", "tau_rp"]);
  const { mu, sigma, tau, theta, V_r, tau_rp } = options;
  if (!(sigma > 0)) throw new RangeError(`invalid sigma: ${sigma} mV (expected > 0 mV)`);
  const lo = (V_r - mu) / sigma;
  const hi = (theta - mu) / sigma;
  const integral = simpson((u) => erfcx(-u), lo, hi);
  return 1000 / (tau_rp + tau * Math.sqrt(Math.PI) * integral);
}

/** Parameters of Brunel's network (defaults: Brunel 2000, J = 0.1 mV). */
export const BRUNEL_SCHEMA = {
  g: { unit: "", default: 5, min: 0, doc: "relative inhibitory strength" },
  eta: { unit: "", default: 2, min: 0, doc: "external rate / threshold rate ν_ext/ν_thr" },
  J: { unit: "mV", default: 0.1, min: 0, exclusiveMin: true, doc: "excitatory PSP amplitude" },
  C_E: { unit: "", default: 1000, min: 1, integer: true, doc: "excitatory in-degree (= external in-degree)" },
  gamma: { unit: "", default: 0.25, min: 0, doc: "C_I / C_E" },
  tau: { unit: "ms", default: 20, min: 0, exclusiveMin: true, doc: "membrane time constant" },
  theta: { unit: "mV", default: 20, doc: "threshold" },
  V_r: { unit: "mV", default: 10, doc: "reset" },
  tau_rp: { unit: "ms", default: 2, min: 0, doc: "refractory period" },
};

/** The self-consistent solution of Brunel's mean field. */
export interface BrunelMeanField {
  /** Rate (Hz). */
  rate: number;
  /** Mean and sd of the input at that rate (mV). */
  mu: number;
  sigma: number;
  /** Threshold rate ν_thr = θ/(J C_E τ) (Hz) and external rate per input (Hz). */
  nuThr: number;
  nuExt: number;
}

/**
 * Self-consistent stationary rate of Brunel's network: the lowest root of Siegert(μ(ν), σ(ν)) − ν,
 * found by scanning and bisection.
 */
export function brunelRate(input: Partial<Record<keyof typeof BRUNEL_SCHEMA, Quantity>> = {}): BrunelMeanField {
  const p = readParams(BRUNEL_SCHEMA, input, "brunelRate");
  const nuThr = p.theta / (p.J * p.C_E * p.tau); // 1/ms
  const nuExt = p.eta * nuThr;
  const musig = (nu: number) => ({
    mu: p.C_E * p.J * p.tau * (nuExt + nu * (1 - p.gamma * p.g)),
    sigma: Math.sqrt(p.J * p.J * p.C_E * p.tau * (nuExt + nu * (1 + p.gamma * p.g * p.g))),
  });
  const F = (nu: number) => {
    const { mu, sigma } = musig(nu);
    return siegert({ mu, sigma, tau: p.tau, theta: p.theta, V_r: p.V_r, tau_rp: p.tau_rp }) / 1000 - nu;
  };
  const max = p.tau_rp > 0 ? 1 / p.tau_rp : 1;
  let a = 0;
  let fa = F(a);
  let root = NaN;
  const steps = 400;
  for (let k = 1; k <= steps; k++) {
    const b = max * Math.pow(k / steps, 3);
    const fb = F(b);
    if (fa === 0) { root = a; break; }
    if (fa * fb < 0) {
      let lo = a, hi = b, flo = fa;
      for (let it = 0; it < 100; it++) {
        const mid = 0.5 * (lo + hi);
        const fm = F(mid);
        if (flo * fm <= 0) hi = mid; else { lo = mid; flo = fm; }
      }
      root = 0.5 * (lo + hi);
      break;
    }
    a = b; fa = fb;
  }
  const { mu, sigma } = musig(root);
  return { rate: root * 1000, mu, sigma, nuThr: nuThr * 1000, nuExt: nuExt * 1000 };
}
