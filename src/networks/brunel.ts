/**
 * Brunel's (2000) sparsely connected network of excitatory and inhibitory LIF neurons with delta
 * synapses: N_E = 10000, N_I = 2500, every neuron receives C_E = ε N_E excitatory and C_I = ε N_I
 * inhibitory inputs (fixed in-degree, ε = 0.1), PSP J = 0.1 mV (E) and −g J (I), delay D = 1.5 ms,
 * θ = 20 mV, V_r = 10 mV, τ = 20 ms, τ_rp = 2 ms, and C_E external Poisson inputs of rate
 * ν_ext = η ν_thr with ν_thr = θ/(J C_E τ). The four states of Fig. 8: A (g, η) = (3, 2) synchronous
 * regular (SR), B (6, 4) synchronous irregular with a fast global oscillation (SI fast), C (5, 2)
 * asynchronous irregular with a stationary global activity (AI), D (4.5, 0.9) synchronous irregular
 * with a slow oscillation (SI slow). The mean field depends on the in-degree C_E = ε N_E only: a smaller
 * network with the same C_E (larger ε) is the same state up to finite-size effects of order 1/√N.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { Precision } from "../engine/population.js";

/** Options of {@link brunel}. */
export interface BrunelOptions {
  /** Relative inhibitory strength: an inhibitory PSP is −g J (default 5). */
  g?: number;
  /** External rate in units of the threshold rate, ν_ext / ν_thr (default 2). */
  eta?: number;
  /** Number of excitatory neurons (default 10000; N_I = N_E / 4). */
  nE?: number;
  /** Connection fraction: C_E = ε N_E, C_I = ε N_I (default 0.1). */
  epsilon?: number;
  /** Excitatory PSP (mV, default 0.1). */
  J?: number;
  /** Synaptic delay D (ms, default 1.5). */
  delay?: number;
  /** Time step (ms, default 0.1). */
  dt?: number;
  seed?: number;
  /** Arithmetic of the neuron kernels: "float64" (default) or "float32" (passed to the Network). */
  precision?: Precision;
}

/** The (g, η) of Brunel's regimes A–D (Brunel 2000 Fig. 8; states in {@link BRUNEL_STATES}). */
export const BRUNEL_REGIMES = {
  A: { g: 3, eta: 2 },
  B: { g: 6, eta: 4 },
  C: { g: 5, eta: 2 },
  D: { g: 4.5, eta: 0.9 },
} as const;

/** The state Brunel (2000) Fig. 8 shows at each of the regimes A–D. */
export const BRUNEL_STATES = { A: "SR", B: "SI fast", C: "AI", D: "SI slow" } as const;

const BRUNEL_OPTIONS = optionNames<BrunelOptions>({ g: true, eta: true, nE: true, epsilon: true, J: true, delay: true, dt: true, seed: true, precision: true });

/** Builds Brunel's network (populations "E" and "I", external Poisson input on both). */
export function brunel(options: BrunelOptions = {}): Network {
  checkOptions("brunel", options, BRUNEL_OPTIONS);
  const { g = 5, eta = 2, nE = 10000, epsilon = 0.1, J = 0.1, delay = 1.5, dt = 0.1, seed = 1, precision } = options;
  const net = new Network({ dt, seed, precision });
  const nI = Math.round(nE / 4);
  const tau = 20, theta = 20;
  const model = lif({ synapse: "delta", C_m: tau, g_L: 1, E_L: 0, V_th: theta, V_reset: 10, t_ref: 2 });
  const CE = Math.round(epsilon * nE);
  const CI = Math.round(epsilon * nI);
  const nuThr = (theta / (J * CE * tau)) * 1000; // Hz
  const init = { v: { dist: "uniform" as const, low: 0, high: theta } };
  net.population("E", nE, model, { kind: "excitatory", init });
  net.population("I", nI, model, { kind: "inhibitory", init });
  for (const post of ["E", "I"]) {
    net.connect("E", post, { rule: { rule: "indegree", k: CE }, weight: J, delay });
    net.connect("I", post, { rule: { rule: "indegree", k: CI }, weight: -g * J, delay });
    net.poissonInput(post, { n: CE, rate: eta * nuThr, weight: J });
  }
  return net;
}
