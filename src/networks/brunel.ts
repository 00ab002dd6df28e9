/**
 * Brunel's (2000) sparsely connected network of excitatory and inhibitory LIF neurons with delta
 * synapses: N_E = 10000, N_I = 2500, every neuron receives C_E = ε N_E excitatory and C_I = ε N_I
 * inhibitory inputs (fixed in-degree, ε = 0.1), PSP J = 0.1 mV (E) and −g J (I), delay D = 1.5 ms,
 * θ = 20 mV, V_r = 10 mV, τ = 20 ms, τ_rp = 2 ms, and C_E external Poisson inputs of rate
 * ν_ext = η ν_thr with ν_thr = θ/(J C_E τ). Regimes of Fig. 8: A (g, η) = (3, 2) SR, B (6, 4) AI,
 * C (5, 2) SI fast, D (4.5, 0.9) SI slow.
 */
import { Network } from "../network/network.js";
import { lif } from "../neurons/lif.js";

/** Options of {@link brunel}. */
export interface BrunelOptions {
  g?: number;
  eta?: number;
  /** Number of excitatory neurons (N_I = N_E / 4). */
  nE?: number;
  epsilon?: number;
  J?: number;
  delay?: number;
  dt?: number;
  seed?: number;
}

/** The (g, η) of Brunel's regimes A–D. */
export const BRUNEL_REGIMES = {
  A: { g: 3, eta: 2 },
  B: { g: 6, eta: 4 },
  C: { g: 5, eta: 2 },
  D: { g: 4.5, eta: 0.9 },
} as const;

/** Builds Brunel's network (populations "E" and "I", external Poisson input on both). */
export function brunel({ g = 5, eta = 2, nE = 10000, epsilon = 0.1, J = 0.1, delay = 1.5, dt = 0.1, seed = 1 }: BrunelOptions = {}): Network {
  const net = new Network({ dt, seed });
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
