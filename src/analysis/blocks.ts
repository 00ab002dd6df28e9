/**
 * One population, several conditions: experiments that give each condition its own block of
 * neurons in a single run (e.g. one volley jitter per block of 40 neurons) split the recorded
 * spikes back into blocks afterwards.
 */
import type { Spikes } from "../monitors/spike-monitor.js";

/**
 * Splits `spikes` into consecutive blocks of `size` neurons: block b holds neurons
 * [b·size, (b+1)·size), renumbered from 0, with the same recording interval; its population name
 * gets "[b]" appended. The population size must be a multiple of `size`.
 */
export function splitByNeuron(spikes: Spikes, size: number): Spikes[] {
  if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`invalid size: ${size} (expected a whole number of neurons ≥ 1)`);
  if (spikes.n % size !== 0) throw new RangeError(`invalid size: ${size} (expected a divisor of the population size ${spikes.n})`);
  const blocks = spikes.n / size;
  const counts = new Int32Array(blocks);
  for (let k = 0; k < spikes.i.length; k++) counts[Math.floor(spikes.i[k] / size)]++;
  const out: Spikes[] = Array.from({ length: blocks }, (_, b) => ({
    population: `${spikes.population}[${b}]`, n: size, i: new Int32Array(counts[b]), t: new Float64Array(counts[b]),
    start: spikes.start, stop: spikes.stop,
  }));
  const fill = new Int32Array(blocks);
  for (let k = 0; k < spikes.i.length; k++) {
    const b = Math.floor(spikes.i[k] / size);
    out[b].i[fill[b]] = spikes.i[k] - b * size;
    out[b].t[fill[b]++] = spikes.t[k];
  }
  return out;
}
