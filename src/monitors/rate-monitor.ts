/**
 * Population activity: the number of spikes in every step, from which binned and smoothed
 * population rates are computed (analysis/rates.ts).
 */
import { GrowableInt32 } from "./growable.js";
import type { SpikeEmitter } from "../network/population.js";

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
  result(dt: number): PopulationCounts {
    return { population: this.source.name, n: this.source.n, dt, start: this.start, counts: this.counts.toArray() };
  }
}
