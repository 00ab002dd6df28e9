/**
 * A population: n neurons (or rate units) of one model. Its arrays — the model's state variables,
 * per-neuron parameters and integer counters, plus the spike list — are allocated from the model's
 * declaration in one slab (engine/slab.ts); ring buffers collect each receptor's input for future
 * steps (one slot per step of delay) and live outside the slab, since they grow with delays.
 */
import type { Kind, Model, PopulationState } from "./model.js";
import { Slab } from "./slab.js";
import { fill, type Varying } from "../network/values.js";
import type { Rng } from "../random/rng.js";
import { closest } from "../params/quantity.js";
import { INSPECT, describePopulation } from "../network/describe.js";

/** Things every spike-emitting population has (neurons and input sources). */
export interface SpikeEmitter {
  readonly name: string;
  readonly n: number;
  readonly kind: Kind;
  /** Indices of the neurons that spiked in the current step: spikes[0 … nSpikes−1]. */
  readonly spikes: Int32Array;
  nSpikes: number;
}

/** Initial values by state variable name (e.g. `{ v: { dist: "uniform", low: -60, high: -50 } }`). */
export type InitialState = Record<string, Varying>;

/** n neurons (or rate units) of one model: its state arrays, spikes and input ring buffers (see the file comment). */
export class Population implements PopulationState, SpikeEmitter {
  state: Record<string, Float64Array> = {};
  counters: Record<string, Int32Array> = {};
  spikes: Int32Array = new Int32Array(0);
  nSpikes = 0;
  ring: Record<string, Float64Array> = {};
  receives: Record<string, boolean> = {};
  ringLength = 1;
  Iext: Float64Array | null = null;
  /** Model-specific flags kernels may read (e.g. LIF's `hasAdaptation`); set by the model. */
  flags: Record<string, boolean | number> = {};
  private readonly layout: { name: string; at: number; int: boolean }[] = [];

  constructor(
    readonly name: string,
    readonly n: number,
    readonly kind: Kind,
    public model: Model,
    rng: Rng,
    init: InitialState = {},
    slab: Slab = new Slab(),
    /** The stream for noise during runs (networks pass STREAMS.noise(name); default: `rng`). */
    readonly noise: Rng = rng,
  ) {
    const names = [...Object.keys(model.varying), ...Object.keys(model.variables)];
    for (const key of Object.keys(init ?? {})) {
      if (!(key in model.variables) || model.variables[key].derived) {
        const settable = Object.keys(model.variables).filter((k) => !model.variables[k].derived);
        const guess = closest(key, settable);
        throw new TypeError(`invalid ${name}.init.${key}: ${model.type} has no state variable ${key}` +
          (guess ? `; did you mean ${guess}?` : ` (expected one of ${settable.join(", ")})`));
      }
    }
    for (const key of names) {
      const int = !!model.variables[key]?.int;
      this.layout.push({ name: key, at: slab.reserve(n * (int ? 4 : 8)), int });
    }
    this.layout.push({ name: "#spikes", at: slab.reserve(n * 4), int: true });
    this.bind(slab.buffer);
    slab.onGrow((buffer) => this.bind(buffer));
    for (const r of Object.keys(model.receptors)) { this.ring[r] = new Float64Array(n); this.receives[r] = false; }
    this.drawVarying(rng);
    model.initialize(this, init ?? {}, rng);
  }

  /** (Re-)creates every view on the slab's current buffer. */
  private bind(buffer: ArrayBuffer): void {
    for (const { name, at, int } of this.layout) {
      if (name === "#spikes") this.spikes = new Int32Array(buffer, at, this.n);
      else if (int) this.counters[name] = new Int32Array(buffer, at, this.n);
      else this.state[name] = new Float64Array(buffer, at, this.n);
    }
  }

  /** Draws the per-neuron parameters of the model (all of them, or only `only`) from its values. */
  drawVarying(rng: Rng, only?: readonly string[]): void {
    for (const [key, spec] of Object.entries(this.model.varying)) {
      if (only && !only.includes(key)) continue;
      fill(`${this.name}.${key}`, this.model.values[key] ?? spec.default, spec.unit, this.state[key], rng);
    }
    this.model.derive?.(this);
  }

  /** One line: `Population E: 3200 lif(conductance) neurons, kind excitatory`. */
  toString(): string {
    return describePopulation(this);
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}, not every state array. */
  [INSPECT](): string {
    return this.toString();
  }

  /** Membrane potential (mV) of every neuron: `state.v` (rate units: their rate `state.r`). */
  get v(): Float64Array {
    return this.state.v;
  }

  /**
   * Where input of `receptor` arriving `delaySteps` after the current step goes: straight into the
   * receptor's variable (true: input for the very next step, when the receptor allows it) or
   * through the ring buffer (false).
   */
  direct(receptor: string, delaySteps: number | null): boolean {
    return delaySteps === 0 && this.model.receptors[receptor].direct;
  }

  /** Grows the ring buffers so that inputs up to `delaySteps` ahead fit; keeps pending input. */
  ensureDelay(delaySteps: number, currentStep: number): void {
    const needed = delaySteps + 2;
    if (needed <= this.ringLength) return;
    const n = this.n;
    for (const r of Object.keys(this.ring)) {
      const old = this.ring[r];
      const next = new Float64Array(needed * n);
      for (let k = 0; k < this.ringLength; k++) {
        const step = currentStep + k;
        const from = (step % this.ringLength) * n;
        next.set(old.subarray(from, from + n), (step % needed) * n);
      }
      this.ring[r] = next;
    }
    this.ringLength = needed;
  }
}
