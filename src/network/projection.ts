/**
 * A projection: synapses from a spike emitter onto a population, stored as compressed sparse rows
 * by source (weight index convention: synapse k of row i is pre i → post col[k]), with a constant or
 * per-synapse weight and delay. Delivery is event-driven: each spike adds its weights into the
 * target's input for its arrival step (the receptor's ring buffer slot, or its variable directly
 * when it arrives in the next step and the receptor allows it). It is a component of the deliver phase.
 *
 * Storage and speed: in a network, the synapses (rowPtr, col, and per-synapse weights and delays)
 * are copied at connect time into the network's WebAssembly memory (engine/slab.ts), and `rowPtr`,
 * `col`, `weight` and `delaySteps` are views on it, re-created when the memory grows (read them afresh
 * after adding populations or projections; do not keep them across). Delivery then runs in
 * WebAssembly (engine/wasm/deliver.ts), bit-identical to the JavaScript loop {@link
 * Projection.deliverJs}, which remains for networks made with `javascript: true`, for a projection too
 * large for the 4 GiB memory (it then keeps its arrays in JavaScript, with a warning), and as the
 * general path: a projection with gains (rules) or short-term plasticity is delivered in JavaScript.
 *
 * Dale's law: the receptor (named, or the target model's default for the source's kind) must accept
 * the source's kind. Weights are conductances (nS, ≥ 0) for conductance receptors, currents (pA) for
 * current synapses and jumps (mV) for delta synapses; for the last two, excitatory weights must be
 * ≥ 0 and inhibitory ones ≤ 0.
 */
import { largestDelay } from "./synapses.js";
import { deliverJs } from "./deliver-js.js";
import type { Population, SpikeEmitter } from "../engine/population.js";
import type { Component } from "../engine/component.js";
import type { Csr } from "./connect.js";
import type { ShortTermPlasticity } from "../plasticity/short-term.js";
import { INSPECT, describeProjection } from "./describe.js";
import type { Slab, WasmMemory } from "../engine/slab.js";
import type { Warn } from "../params/warn.js";
import type { FloatArray } from "../engine/model.js";
import { deliveryKernels, type DeliveryFunctions } from "../engine/wasm/deliver.js";

/** Where a projection keeps its synapses (see the file comment). */
export interface ProjectionStorage {
  /** The network's slab: synapses are copied into its memory and delivered in WebAssembly. */
  slab: Slab;
  /** Deliver in JavaScript even so (the network's `javascript` option; default false). */
  javascript?: boolean;
  /** Warns once per key (e.g. when the synapses do not fit the memory). */
  warn?: Warn;
}

/** Byte offsets in the slab of a projection's arrays (−1: not there). */
interface Placement {
  rowPtr: number;
  col: number;
  weight: number;
  delay: number;
  /** A copy of the source's spikes, for a source whose spike list is not in the memory. */
  spikes: number;
}

/** Synapses from a spike emitter onto a population's receptor (see the file comment). */
export class Projection implements Component {
  readonly phase = "deliver";
  /**
   * Gains per postsynaptic neuron, one array per rule that modulates this projection (e.g.
   * 1 − suppression for endocannabinoid DSI, homeostatic scales): every synapse onto j delivers
   * weight × Π gains[m][j]. Rules get theirs from {@link addGain}.
   */
  readonly gains: Float64Array[] = [];
  /** Optional short-term plasticity: each presynaptic spike's weights are scaled by its release R/U. */
  stp: ShortTermPlasticity | null = null;
  private rows: Int32Array;
  private cols: Int32Array;
  private w: number | Float32Array;
  private delays: number | Uint16Array;
  private readonly slab: Slab | null = null;
  private readonly javascript: boolean;
  private readonly at: Placement = { rowPtr: -1, col: -1, weight: -1, delay: -1, spikes: -1 };
  private scratch = new Int32Array(0);
  private memory: WasmMemory | null = null;
  private fns: DeliveryFunctions | null = null;
  private source: Int32Array | null = null;
  private sourceAt = 0;
  private target: FloatArray | null = null;
  private targetAt = 0;

  constructor(
    readonly name: string,
    readonly pre: SpikeEmitter,
    readonly post: Population,
    csr: Csr,
    /** Constant weight, or one per synapse in CSR order. */
    weight: number | Float32Array,
    /** Constant delay in steps, or one per synapse in CSR order. */
    delaySteps: number | Uint16Array,
    /** The network's time step (ms), to state delays in ms (optional). */
    readonly dt?: number,
    /** The receptor of the target it drives (default: the target model's receptor for the source's kind). */
    readonly receptor: string = post.model.defaultReceptor(pre.kind),
    /** The network's memory to keep the synapses in (without it they stay in JavaScript arrays). */
    storage?: ProjectionStorage,
  ) {
    this.rows = csr.rowPtr;
    this.cols = csr.col;
    this.w = weight;
    this.delays = delaySteps;
    this.javascript = storage?.javascript ?? false;
    if (storage !== undefined) this.slab = this.place(storage);
  }

  /** Copies the synapses into the slab (returns it), or keeps them in JavaScript when they do not fit (returns null). */
  private place({ slab, warn }: ProjectionStorage): Slab | null {
    const at = this.at;
    try {
      at.rowPtr = slab.reserve(this.rows.byteLength);
      at.col = slab.reserve(this.cols.byteLength);
      if (typeof this.w !== "number") at.weight = slab.reserve(this.w.byteLength);
      if (typeof this.delays !== "number") at.delay = slab.reserve(this.delays.byteLength);
      if (this.pre.spikes.buffer !== slab.buffer) at.spikes = slab.reserve(this.pre.n * 4);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      at.rowPtr = at.col = at.weight = at.delay = at.spikes = -1;
      warn?.(`projection-memory:${this.name}`, `projection ${this.name}: its ${this.size} synapses do not fit the network's WebAssembly memory (${e.message}); they stay in JavaScript arrays and are delivered by the slower JavaScript loop`);
      return null;
    }
    const js = { rows: this.rows, cols: this.cols, w: this.w, delays: this.delays };
    this.bind(slab.buffer);
    this.rows.set(js.rows);
    this.cols.set(js.cols);
    if (typeof js.w !== "number") (this.w as Float32Array).set(js.w);
    if (typeof js.delays !== "number") (this.delays as Uint16Array).set(js.delays);
    slab.onGrow((buffer) => this.bind(buffer));
    return slab;
  }

  /** (Re-)creates the views on the slab's buffer. */
  private bind(buffer: ArrayBuffer): void {
    const { at } = this;
    const S = this.cols.length;
    this.rows = new Int32Array(buffer, at.rowPtr, this.rows.length);
    this.cols = new Int32Array(buffer, at.col, S);
    if (at.weight >= 0 && typeof this.w !== "number") this.w = new Float32Array(buffer, at.weight, S);
    if (at.delay >= 0) this.delays = new Uint16Array(buffer, at.delay, S);
    if (at.spikes >= 0) this.scratch = new Int32Array(buffer, at.spikes, this.pre.n);
  }

  /** Row pointers: the synapses of source i are rowPtr[i] … rowPtr[i+1]−1 (a view; see the file comment). */
  get rowPtr(): Int32Array {
    return this.rows;
  }

  /** Target of each synapse, in CSR order (a view; see the file comment). */
  get col(): Int32Array {
    return this.cols;
  }

  /** Constant delay in steps, or one per synapse in CSR order (a view; see the file comment). */
  get delaySteps(): number | Uint16Array {
    return this.delays;
  }

  /**
   * Constant weight, or one per synapse in CSR order (a view; see the file comment). Assigning a
   * number makes it constant; assigning a Float32Array of one weight per synapse copies it in.
   */
  get weight(): number | Float32Array {
    return this.w;
  }

  set weight(w: number | Float32Array) {
    if (typeof w === "number") {
      this.w = w;
      return;
    }
    if (!(w instanceof Float32Array) || w.length !== this.size) {
      throw new TypeError(`invalid ${this.name}.weight: ${w instanceof Float32Array ? `${w.length} weights` : String(w)} (expected a number or a Float32Array of ${this.size} weights, one per synapse in CSR order)`);
    }
    const slab = this.slab;
    if (slab === null) {
      this.w = w;
      return;
    }
    if (this.at.weight < 0) this.at.weight = slab.reserve(w.byteLength);
    const view = new Float32Array(slab.buffer, this.at.weight, w.length);
    if (view !== w) view.set(w);
    this.w = view;
  }

  /** A new gain per postsynaptic neuron (all 1) that this projection multiplies its weights by; for rules. */
  addGain(): Float64Array {
    const g = new Float64Array(this.post.n).fill(1);
    this.gains.push(g);
    return g;
  }

  /**
   * The component's start of a run: the WebAssembly delivery functions of the slab's memory and the byte offsets of
   * the source's spike list and of the target's array, cached now so that `deliver` does not first set them up
   * inside the run loop. Nothing to do for a projection delivered in JavaScript.
   */
  begin(): void {
    if (!this.inJavaScript()) this.refresh();
  }

  /** Whether this projection delivers in JavaScript: no slab, `javascript: true`, gains or short-term plasticity. */
  private inJavaScript(): boolean {
    return this.slab === null || this.javascript || this.gains.length !== 0 || this.stp !== null;
  }

  /**
   * Caches the delivery functions of the slab's current memory and the byte offsets of the source's spikes and of
   * the target's array (direct into the receptor's variable, or its ring buffer).
   */
  private refresh(): void {
    const slab = this.slab!;
    if (slab.memory !== this.memory) {
      this.memory = slab.memory;
      const k = deliveryKernels(slab.memory);
      this.fns = this.post.precision === "float32" ? k.f32 : k.f64;
    }
    // byte offsets are cached per view (reading byteOffset costs ~10 ns); an array that moved is a new view
    const spikes = this.pre.spikes;
    if (spikes !== this.source) { this.source = spikes; this.sourceAt = spikes.byteOffset; }
    const post = this.post, r = this.receptor, delays = this.delays;
    this.offset(typeof delays === "number" && post.direct(r, delays) ? post.state[post.model.receptors[r].variable] : post.ring[r]);
  }

  /** The component step: delivers this step's spikes. */
  step(step: number, dt: number): number {
    return this.deliver(step, dt);
  }

  /** One line: sizes, synapses, kind, weight and delay (ranges when they vary). */
  toString(): string {
    return describeProjection(this);
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  /** Number of synapses. */
  get size(): number {
    return this.cols.length;
  }

  /** The largest delay in steps. */
  maxDelaySteps(): number {
    return largestDelay(this.delays);
  }

  /**
   * Adds the current spikes of the source into the target's input for step + 1 + delay (its ring
   * buffer slot, or its variable directly); returns events delivered. In WebAssembly when the
   * synapses are in the network's memory and there are no gains or short-term plasticity, else
   * {@link deliverJs}; both give bit-identical results.
   */
  deliver(step: number, dt = 0.1): number {
    const ns = this.pre.nSpikes;
    if (ns === 0) return 0;
    if (this.inJavaScript()) return this.deliverJs(step, dt);
    const post = this.post;
    const spikes = this.pre.spikes;
    // set by begin() in a run; a direct call (tests) may come first
    if (this.slab!.memory !== this.memory || spikes !== this.source) this.refresh();
    const fns = this.fns!;
    const at = this.at;
    let spk: number;
    if (at.spikes < 0) spk = this.sourceAt;
    else {
      const scratch = this.scratch;
      for (let s = 0; s < ns; s++) scratch[s] = spikes[s];
      spk = at.spikes;
    }
    const delays = this.delays, w = this.w;
    const n = post.n, L = post.ringLength;
    if (typeof delays === "number") {
      const direct = post.direct(this.receptor, delays);
      const buf = direct ? this.offset(post.state[post.model.receptors[this.receptor].variable])
        : this.offset(post.ring[this.receptor]) + ((step + 1 + delays) % L) * n * post.bytes;
      return typeof w === "number" ? fns.fixedConst(spk, ns, at.rowPtr, at.col, buf, w) : fns.fixedVar(spk, ns, at.rowPtr, at.col, buf, at.weight);
    }
    const ring = this.offset(post.ring[this.receptor]), s1 = (step + 1) % L;
    return typeof w === "number" ? fns.delayConst(spk, ns, at.rowPtr, at.col, ring, at.delay, n, L, s1, w)
      : fns.delayVar(spk, ns, at.rowPtr, at.col, ring, at.delay, n, L, s1, at.weight);
  }

  /** The byte offset of the target's array (cached per view, like the source's spikes). */
  private offset(a: FloatArray): number {
    if (a !== this.target) { this.target = a; this.targetAt = a.byteOffset; }
    return this.targetAt;
  }

  /**
   * The JavaScript delivery (the reference the WebAssembly functions match, and the general path
   * with gains and short-term plasticity); returns events delivered.
   */
  deliverJs(step: number, dt = 0.1): number {
    return deliverJs(this, step, dt);
  }
}
