/**
 * The layout the Brette et al. (2007) benchmarks share: n neurons, 80 % excitatory ("E") and 20 %
 * inhibitory ("I"), one model and initial state for both, and all four projections with either
 * connection probability p or a fixed in-degree from the whole network (split 80/20 between E and I).
 */
import type { Network } from "../network/network.js";
import type { LifModel } from "../models/lif.js";
import type { InitialState } from "../network/population.js";
import type { Rule } from "../network/connect.js";

/** Adds populations "E" and "I" and the four projections E/I → E/I with weights wE and wI. */
export function twoPopulationNetwork(net: Network, { n, model, init, p, indegree, wE, wI }: {
  n: number; model: LifModel; init: InitialState; p: number; indegree?: number; wE: number; wI: number;
}): Network {
  const nE = Math.round(n * 0.8);
  net.population("E", nE, model, { kind: "excitatory", init });
  net.population("I", n - nE, model, { kind: "inhibitory", init });
  for (const pre of ["E", "I"] as const) {
    const rule: Rule = indegree === undefined ? { rule: "probability", p } : { rule: "indegree", k: Math.round(indegree * (pre === "E" ? 0.8 : 0.2)) };
    for (const post of ["E", "I"]) net.connect(pre, post, { rule, weight: pre === "E" ? wE : wI });
  }
  return net;
}
