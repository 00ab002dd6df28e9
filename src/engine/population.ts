/**
 * A population: n neurons (or rate units) of one model. Its arrays — the model's state variables,
 * per-neuron parameters and integer counters, plus the spike list — are allocated from the model's
 * declaration in one slab (engine/slab.ts), so WebAssembly kernels read and write them in place. Ring
 * buffers collect each receptor's input for future steps (one slot per step of delay); they and the
 * injected-current array live in the slab too (a ring that grows for longer delays takes a new place).
 *
 * Precision: float arrays are Float64Array, or Float32Array when the network runs with
 * `precision: "float32"` (single-precision WebAssembly kernels read and write them four at a time).
 * Integer counters are Int32Array in both.
 */

/** Storage precision of a population's float arrays. */
export type Precision = "float64" | "float32";

/** Throws a TypeError unless `precision` is "float64" or "float32". */
export function checkPrecision(precision: unknown): asserts precision is Precision {
  if (precision !== "float64" && precision !== "float32") {
    throw new TypeError(`invalid precision: ${JSON.stringify(precision)} (expected "float64" or "float32")`);
  }
}
import type { FloatArray, Kind, Model, PopulationState } from "./model.js";
import { Slab, type WasmMemory } from "./slab.js";
import { TABLE_SLOTS } from "./wasm/kernel.js";
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
  state: Record<string, FloatArray> = {};
  counters: Record<string, Int32Array> = {};
  spikes: Int32Array = new Int32Array(0);
  nSpikes = 0;
  ring: Record<string, FloatArray> = {};
  receives: Record<string, boolean> = {};
  ringLength = 1;
  Iext: FloatArray | null = null;
  /** Model-specific flags kernels may read (e.g. LIF's `hasAdaptation`); set by the model. */
  flags: Record<string, boolean | number> = {};
  private readonly layout: { name: string; at: number; int: boolean }[] = [];
  /** Byte offsets in the slab of each receptor's ring and of the injected current (−1: none yet). */
  private readonly ringAt: Record<string, number> = {};
  private iextAt = -1;
  /** Byte offset in the slab of the table of constant vectors its WebAssembly kernel reads (16 bytes a slot). */
  readonly tableAt: number;
  private readonly slab: Slab;

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
    /** Storage precision of the float arrays (see the file comment). */
    readonly precision: Precision = "float64",
  ) {
    checkPrecision(precision);
    this.slab = slab;
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
      this.layout.push({ name: key, at: slab.reserve(n * (int ? 4 : this.bytes)), int });
    }
    this.layout.push({ name: "#spikes", at: slab.reserve(n * 4), int: true });
    this.tableAt = slab.reserve(16 * TABLE_SLOTS);
    for (const r of Object.keys(model.receptors)) { this.ringAt[r] = slab.reserve(n * this.bytes); this.receives[r] = false; }
    this.bind(slab.buffer);
    slab.onGrow((buffer) => this.bind(buffer));
    this.drawVarying(rng);
    model.initialize(this, init ?? {}, rng);
  }

  /** Bytes per float: 8, or 4 in single precision. */
  get bytes(): number {
    return this.precision === "float32" ? 4 : 8;
  }

  /** The WebAssembly memory holding this population's arrays (replaced when the slab grows). */
  get memory(): WasmMemory {
    return this.slab.memory;
  }

  private floats(buffer: ArrayBuffer, at: number, length: number): FloatArray {
    return this.precision === "float32" ? new Float32Array(buffer, at, length) : new Float64Array(buffer, at, length);
  }

  /** (Re-)creates every view on the slab's current buffer. */
  private bind(buffer: ArrayBuffer): void {
    for (const { name, at, int } of this.layout) {
      if (name === "#spikes") this.spikes = new Int32Array(buffer, at, this.n);
      else if (int) this.counters[name] = new Int32Array(buffer, at, this.n);
      else this.state[name] = this.floats(buffer, at, this.n);
    }
    for (const [r, at] of Object.entries(this.ringAt)) this.ring[r] = this.floats(buffer, at, this.ringLength * this.n);
    if (this.iextAt >= 0) this.Iext = this.floats(buffer, this.iextAt, this.n);
  }

  /** Gives the population an injected-current array (pA, in the slab), once; returns it. */
  useCurrent(): FloatArray {
    if (this.iextAt < 0) {
      this.iextAt = this.slab.reserve(this.n * this.bytes);
      this.bind(this.slab.buffer);
    }
    return this.Iext!;
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
  get v(): FloatArray {
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
    const pending: Record<string, FloatArray> = {};
    for (const r of Object.keys(this.ring)) pending[r] = this.ring[r].slice();
    for (const r of Object.keys(this.ring)) this.ringAt[r] = this.slab.reserve(needed * n * this.bytes);
    const old = this.ringLength;
    this.ringLength = needed;
    this.bind(this.slab.buffer);
    for (const r of Object.keys(this.ring)) {
      const next = this.ring[r];
      next.fill(0);
      for (let k = 0; k < old; k++) {
        const step = currentStep + k;
        const from = (step % old) * n;
        next.set(pending[r].subarray(from, from + n), (step % needed) * n);
      }
    }
  }
}
