/**
 * Population activity: the number of spikes in every step, from which binned and smoothed
 * population rates are computed (analysis/rates.ts).
 */
import { GrowableInt32 } from "./growable.js";
import type { SpikeEmitter } from "../network/population.js";
import { INSPECT } from "../network/describe.js";

/** Spike counts per step of a population. */
export interface PopulationCounts {
  population: string;
  n: number;
  dt: number;
  /** Time of the first step (ms). */
  start: number;
  counts: Int32Array;
}

export class RateMonitor {
  private readonly counts = new GrowableInt32(4096);
  start = NaN;
  constructor(readonly source: SpikeEmitter) {}
  record(): void {
    this.counts.push(this.source.nSpikes);
  }
  /** One line: `RateMonitor E: spike counts of 3200 neurons in 10000 steps`. */
  toString(): string {
    return `RateMonitor ${this.source.name}: spike counts of ${this.source.n} neuron${this.source.n === 1 ? "" : "s"} in ${this.counts.length} steps`;
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  result(dt: number): PopulationCounts {
    return { population: this.source.name, n: this.source.n, dt, start: this.start, counts: this.counts.toArray() };
  }
}
