/**
 * Population activity: the number of spikes in every step, from which binned and smoothed
 * population rates are computed (analysis/rates.ts).
 */
import { GrowableInt32 } from "./growable.js";
import type { SpikeEmitter } from "../network/population.js";
import { INSPECT } from "../network/describe.js";
import type { Component, Ctx } from "../engine/component.js";
import { monitorDt } from "./spike-monitor.js";
import { stepsToTime } from "../network/steps.js";

/** Spike counts per step of a population. */
export interface PopulationCounts {
  population: string;
  n: number;
  dt: number;
  /** Time of the first step (ms). */
  start: number;
  counts: Int32Array;
}

/** Records a population's spike count in every step (a component of the monitor phase). */
export class RateMonitor implements Component {
  readonly phase = "monitor";
  private readonly counts = new GrowableInt32(4096);
  start = NaN;
  /** The network's time step (ms), known from construction by a network or from the first run. */
  dt = NaN;
  constructor(readonly source: SpikeEmitter) {}
  get name(): string {
    return `RateMonitor(${this.source.name})`;
  }
  /** Learns dt (and the start time, if not set) when a run starts, and makes room for the run's `steps` counts. */
  begin(ctx: Ctx, step: number, steps = 0): void {
    this.dt = ctx.dt;
    if (Number.isNaN(this.start)) this.start = stepsToTime(step, ctx.dt);
    this.counts.reserve(steps);
  }
  /** The component step: records this step's count. */
  step(): void {
    this.record();
  }
  /** Appends this step's population spike count. */
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

  /** Spike counts per step; dt is the monitor's own (an explicit one must agree with it). */
  result(dt?: number): PopulationCounts {
    dt = monitorDt(`result() of ${this.name}`, this.dt, dt);
    return { population: this.source.name, n: this.source.n, dt, start: this.start, counts: this.counts.toArray() };
  }
}
