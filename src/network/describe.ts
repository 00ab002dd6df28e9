/**
 * One-line summaries of networks, populations and projections. A tslab cell prints its last
 * expression with `console.log`, which formats objects with Node's `util.inspect`; an object with a
 * method under {@link INSPECT} prints what that method returns, so a population shows
 * `Population E: 3200 lif(conductance) neurons, kind excitatory` instead of every state array.
 */
import { shortNumber as num } from "../params/warn.js";
import type { NeuronPopulation, SpikeEmitter } from "./population.js";
import type { Projection } from "./projection.js";

/** The key under which Node's `util.inspect` (and so console.log and tslab) looks for a custom view. */
export const INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom");

/** `Population E: 3200 lif(conductance) neurons, kind excitatory` (plus adaptation when b > 0). */
export function describePopulation(pop: NeuronPopulation): string {
  const { params } = pop.model;
  const adapt = params.b > 0 ? `, adaptation b = ${num(params.b)} pA, tau_w = ${num(params.tau_w)} ms` : "";
  const unit = pop.model.output === "rate" ? "unit" : "neuron";
  return `Population ${pop.name}: ${pop.n} ${pop.model.describe()} ${unit}${pop.n === 1 ? "" : "s"}, kind ${pop.kind}${adapt}`;
}

function range(x: number | ArrayLike<number>, scale: number, unit: string): string {
  if (typeof x === "number") return `${num(x * scale)} ${unit}`;
  if (x.length === 0) return "none";
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < x.length; k++) { if (x[k] < lo) lo = x[k]; if (x[k] > hi) hi = x[k]; }
  return lo === hi ? `${num(lo * scale)} ${unit}` : `${num(lo * scale)}–${num(hi * scale)} ${unit}`;
}


/** `Projection E→I: 3200 → 800 neurons, 51234 synapses, excitatory, weight 6 nS, delay 1 ms`. */
export function describeProjection(p: Projection): string {
  const delay = p.dt === undefined ? range(p.delaySteps, 1, "steps") : range(p.delaySteps, p.dt, "ms");
  return `Projection ${p.name}: ${p.pre.n} → ${p.post.n} neurons, ${p.size} synapse${p.size === 1 ? "" : "s"}, ` +
    `${p.pre.kind}${p.receptor === "E" || p.receptor === "I" ? "" : ` onto ${p.receptor}`}, weight ${range(p.weight, 1, p.post.model.receptors[p.receptor].unit)}, delay ${delay}` +
    `${p.stp ? ", short-term plasticity" : ""}`;
}

/** What {@link describeNetwork} lists. */
export interface NetworkParts {
  dt: number;
  seed: number;
  time: number;
  populations: readonly NeuronPopulation[];
  sources: readonly SpikeEmitter[];
  projections: readonly Projection[];
  monitors: number;
}

/** `Network (dt 0.1 ms, seed 1, t = 0 ms): populations E 3200, I 800; 4 projections, 640000 synapses; 1 monitor`. */
export function describeNetwork(kind: string, n: NetworkParts): string {
  const list = (xs: readonly SpikeEmitter[]) => xs.map((x) => `${x.name} ${x.n}`).join(", ");
  const synapses = n.projections.reduce((a, p) => a + p.size, 0);
  const parts = [`populations ${n.populations.length ? list(n.populations) : "none"}`];
  if (n.sources.length) parts.push(`sources ${list(n.sources)}`);
  parts.push(`${n.projections.length} projection${n.projections.length === 1 ? "" : "s"}, ${synapses} synapses`);
  parts.push(`${n.monitors} monitor${n.monitors === 1 ? "" : "s"}`);
  return `${kind} (dt ${num(n.dt)} ms, seed ${n.seed}, t = ${num(n.time)} ms): ${parts.join("; ")}`;
}
