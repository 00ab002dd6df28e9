/**
 * Every random stream of a network is named here, from (seed, labels): adding a monitor, a
 * population or an input does not change any other stream, and the same seed gives the same
 * result whatever the order of construction or the number of workers.
 *
 * A projection's connectivity, weights and delays have separate streams: changing a weight
 * distribution does not redraw the connections.
 */
import { Rng } from "../random/rng.js";

/** The labels of each stream a network uses. */
export const STREAMS = {
  /** Per-neuron parameters and initial values of a population. */
  population: (name: string) => ["population", name],
  /** Noise a population's model draws during runs (e.g. OU conductances). */
  noise: (name: string) => ["population", name, "noise"],
  /** Per-neuron parameters redrawn by setParams at a given step. */
  params: (name: string, step: number) => ["population", name, "params", step],
  /** Which synapses a projection makes. */
  connectivity: (projection: string) => ["projection", projection],
  /** Per-synapse weights of a projection (drawn only when they vary). */
  weights: (projection: string) => ["projection", projection, "weights"],
  /** Per-synapse delays of a projection (drawn only when they vary). */
  delays: (projection: string) => ["projection", projection, "delays"],
  /** Spike sources. */
  source: (name: string) => ["source", name],
  /** Per-target Poisson input. */
  input: (name: string) => ["input", name],
  /** Noisy injected currents. */
  current: (name: string) => ["current", name],
  /** Anything else a component needs (its name first). */
  component: (name: string, ...more: (string | number)[]) => ["component", name, ...more],
} as const;

/** The stream of `labels` for `seed`. */
export function stream(seed: number, labels: readonly (string | number)[]): Rng {
  return Rng.stream(seed, ...labels);
}
