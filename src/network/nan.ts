/**
 * A run scans its populations' membrane potentials (rate units: their rates) for NaN every few
 * steps and stops with the population, neuron and time window in which it appeared: a NaN never
 * recovers, and a run that goes on silently produces meaningless spikes.
 */
import type { Population } from "../engine/population.js";
import { shortNumber as num } from "../params/warn.js";

/**
 * Throws a RangeError naming the first population and neuron whose v (or r) is NaN at `step`, which
 * became NaN after step `since` (times in ms with time step dt).
 */
export function findNaN(pops: readonly Population[], step: number, since: number, dt: number): void {
  for (const p of pops) {
    const x = p.state.v ?? p.state.r;
    if (x === undefined) continue;
    for (let i = 0; i < p.n; i++) {
      if (x[i] !== x[i]) {
        const what = p.state.v ? "membrane potential" : "rate";
        throw new RangeError(`NaN ${what} in ${p.name}, neuron ${i}, between t = ${num(since * dt)} and ${num(step * dt)} ms ` +
          `(${p.model.describe()}): check its parameters, inputs and dt (a too large dt or a runaway exponential term are common causes)`);
      }
    }
  }
}
