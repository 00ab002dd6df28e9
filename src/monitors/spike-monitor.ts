/**
 * Records spikes as flat columns: `i[k]` fired at `t[k]` (ms), in time order. Steps are stored as
 * integers and converted to times on read, so a million spikes cost 4 + 4 bytes each.
 */
import { GrowableInt32 } from "./growable.js";
import { stepsToTime } from "../network/steps.js";
import { warnOnce, type Warn } from "../params/warn.js";
import { checkOptions } from "../params/options.js";

/** The number of neurons whose spikes `spikes` holds: `recorded` when a monitor recorded some neurons, else n. */
export function recordedNeurons(spikes: Spikes): number {
  return spikes.recorded ?? spikes.n;
}

/** A spike monitor warns once when it holds this many spikes (8 bytes each). */
export const LARGE_RECORDING = 50_000_000;
import type { SpikeEmitter } from "../network/population.js";
import { INSPECT } from "../network/describe.js";
import type { Component, Ctx } from "../engine/component.js";

/** Spikes of one population: index and time columns. */
export interface Spikes {
  /** Population name. */
  population: string;
  /** Population size (neuron indices run from 0 to n − 1). */
  n: number;
  /**
   * How many of the n neurons were recorded (a monitor of some neurons); absent means all. Rates
   * divide by this, not by n (see `recordedNeurons`).
   */
  recorded?: number;
  /** Neuron index of each spike. */
  i: Int32Array;
  /** Time of each spike (ms). */
  t: Float64Array;
  /** Recording interval [start, stop) (ms). */
  start: number;
  stop: number;
}

/** Records the spikes of a population or source as flat index and step columns (a component of the monitor phase). */
export class SpikeMonitor implements Component {
  readonly phase = "monitor";
  /** The network's time step (ms): known from construction by a network, or from the start of the first run. */
  dt = NaN;
  get name(): string {
    return `SpikeMonitor(${this.source.name})`;
  }
  private readonly idx = new GrowableInt32();
  private readonly steps = new GrowableInt32();
  private readonly mask: Uint8Array | null;
  /** Number of neurons recorded. */
  readonly recorded: number;
  start = NaN;
  stop = NaN;
  /** Spikes not recorded because of maxSpikes. */
  dropped = 0;
  private readonly maxSpikes: number;
  private readonly warn: Warn;
  constructor(readonly source: SpikeEmitter, neurons?: ArrayLike<number>, options: { maxSpikes?: number; warn?: Warn } = {}) {
    checkOptions(`spike monitor of ${source.name}`, options, ["maxSpikes", "warn"]);
    const { maxSpikes = Infinity, warn = warnOnce } = options;
    if (!(maxSpikes === Infinity || (Number.isInteger(maxSpikes) && maxSpikes >= 0))) {
      throw new RangeError(`invalid maxSpikes: ${maxSpikes} for ${source.name} (expected a whole number ≥ 0)`);
    }
    this.maxSpikes = maxSpikes;
    this.warn = warn;
    if (neurons === undefined) {
      this.mask = null;
      this.recorded = source.n;
    } else {
      this.mask = new Uint8Array(source.n);
      for (let k = 0; k < neurons.length; k++) {
        const i = neurons[k];
        if (!Number.isInteger(i) || i < 0 || i >= source.n) {
          throw new RangeError(`invalid neurons[${k}]: ${i} for ${source.name} (expected an index in [0, ${source.n}))`);
        }
        this.mask[i] = 1;
      }
      this.recorded = this.mask.reduce((a, b) => a + b, 0);
    }
  }

  /** Learns dt and the start time when a run starts. */
  begin(ctx: Ctx, step: number): void {
    this.dt = ctx.dt;
    if (Number.isNaN(this.start)) this.start = stepsToTime(step, ctx.dt);
  }

  /** The component step: records. */
  step(step: number): void {
    this.record(step);
  }

  /** Records the stop time when a run ends. */
  finish(ctx: Ctx, step: number): void {
    this.stop = stepsToTime(step, ctx.dt);
  }

  /** Records the source's spikes of step `step`. */
  record(step: number): void {
    const { nSpikes, spikes } = this.source;
    if (nSpikes === 0) return;
    if (this.idx.length + nSpikes > this.maxSpikes || this.idx.length + nSpikes > LARGE_RECORDING) this.recordCapped(step);
    else this.recordAll(step);
  }

  private recordCapped(step: number): void {
    const { nSpikes, spikes } = this.source;
    const mask = this.mask;
    for (let s = 0; s < nSpikes; s++) {
      const i = spikes[s];
      if (mask !== null && mask[i] === 0) continue;
      if (this.idx.length >= this.maxSpikes) {
        if (this.dropped++ === 0) this.warn(`spike-cap:${this.source.name}`, `spike monitor of ${this.source.name} reached maxSpikes = ${this.maxSpikes} at step ${step}: later spikes are not recorded (monitor.dropped counts them)`);
        continue;
      }
      if (this.idx.length === LARGE_RECORDING) {
        this.warn(`spike-large:${this.source.name}`, `spike monitor of ${this.source.name} holds ${LARGE_RECORDING} spikes (${(LARGE_RECORDING * 8) / 1e6} MB): pass maxSpikes, record fewer neurons (neurons: […]) or use monitorRate for population rates`);
      }
      this.idx.reserve(1);
      this.steps.reserve(1);
      this.idx.data[this.idx.length++] = i;
      this.steps.data[this.steps.length++] = step;
    }
  }

  private recordAll(step: number): void {
    const { nSpikes, spikes } = this.source;
    this.idx.reserve(nSpikes);
    this.steps.reserve(nSpikes);
    const mask = this.mask;
    for (let s = 0; s < nSpikes; s++) {
      const i = spikes[s];
      if (mask !== null && mask[i] === 0) continue;
      this.idx.data[this.idx.length++] = i;
      this.steps.data[this.steps.length++] = step;
    }
  }

  /** Number of spikes recorded. */
  get count(): number {
    return this.idx.length;
  }

  /** One line: `SpikeMonitor E: 1234 spikes from 3200 neurons`. */
  toString(): string {
    const of = this.recorded === this.source.n ? `${this.source.n}` : `${this.recorded} of ${this.source.n}`;
    return `SpikeMonitor ${this.source.name}: ${this.count} spike${this.count === 1 ? "" : "s"} from ${of} neuron${this.source.n === 1 ? "" : "s"}`;
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * The recorded spikes with times t = (step + 1) dt. The monitor knows dt from its network; passing
   * a dt is allowed only if it is the network's (a different one used to rescale every spike time silently).
   */
  spikes(dt?: number): Spikes {
    dt = monitorDt(`spikes() of ${this.name}`, this.dt, dt);
    const steps = this.steps.toArray();
    const t = new Float64Array(steps.length);
    for (let k = 0; k < steps.length; k++) t[k] = stepsToTime(steps[k] + 1, dt);
    return { population: this.source.name, n: this.source.n, recorded: this.recorded, i: this.idx.toArray(), t, start: this.start, stop: this.stop };
  }
}

/** The dt a monitor reads with: its own; an explicit one must agree with it. */
export function monitorDt(what: string, own: number, given: number | undefined): number {
  if (given === undefined) {
    if (Number.isNaN(own)) throw new RangeError(`${what}: the monitor has not run yet, so it does not know dt (run the network first, or pass dt)`);
    return own;
  }
  if (!(given > 0)) throw new RangeError(`invalid dt: ${given} for ${what} (expected the network's time step in ms; omit it: the monitor knows dt)`);
  if (!Number.isNaN(own) && Math.abs(given - own) > 1e-12 * own) {
    throw new RangeError(`invalid dt: ${given} ms for ${what} (the network's time step is ${own} ms; omit dt: the monitor knows it)`);
  }
  return given;
}
