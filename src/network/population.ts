/**
 * A population of LIF neurons: flat typed arrays, one per state variable, and ring buffers that
 * collect synaptic input for future steps (one slot per step of delay).
 */
import { LIF_VARYING, tauMembrane, type LifModel, type VaryingName } from "../neurons/lif.js";
import { fill, type Varying } from "./values.js";
import type { Rng } from "../random/rng.js";
import { INSPECT, describePopulation } from "./describe.js";

/** Carves typed arrays of length n out of one ArrayBuffer, line-aligned and staggered (see NeuronPopulation). */
class PopulationSlab {
  private readonly buffer: ArrayBuffer;
  private offset = 0;
  private count = 0;
  private static readonly LINE = 64;
  private static readonly STAGGER = 5 * PopulationSlab.LINE;
  constructor(private readonly n: number) {
    const per = (bytes: number) => Math.ceil((n * bytes) / PopulationSlab.LINE) * PopulationSlab.LINE + PopulationSlab.STAGGER;
    this.buffer = new ArrayBuffer(9 * per(8) + 2 * per(4) + PopulationSlab.LINE);
  }
  private take(bytes: number): number {
    const at = this.offset + (this.count++ === 0 ? 0 : PopulationSlab.STAGGER);
    this.offset = at + Math.ceil((this.n * bytes) / PopulationSlab.LINE) * PopulationSlab.LINE;
    return at;
  }
  f64(): Float64Array {
    return new Float64Array(this.buffer, this.take(8), this.n);
  }
  i32(): Int32Array {
    return new Int32Array(this.buffer, this.take(4), this.n);
  }
}

/** Whether a population's outgoing synapses are excitatory or inhibitory (Dale's law). */
export type Kind = "excitatory" | "inhibitory";

/** Initial values of the state variables (defaults: V = E_L, everything else 0). */
export interface InitialState {
  /** Membrane potential (mV). */
  v?: Varying;
  /** Excitatory synaptic variable: g_E (nS) or I_E (pA). */
  gE?: Varying;
  /** Inhibitory synaptic variable: g_I (nS) or I_I (pA). */
  gI?: Varying;
  /** Adaptation current (pA). */
  w?: Varying;
}

/** Things every spike-emitting population has (neurons and input sources). */
export interface SpikeEmitter {
  readonly name: string;
  readonly n: number;
  readonly kind: Kind;
  /** Indices of the neurons that spiked in the current step: spikes[0 … nSpikes−1]. */
  readonly spikes: Int32Array;
  nSpikes: number;
}

/** A population of LIF neurons and its state. */
export class NeuronPopulation implements SpikeEmitter {
  readonly v: Float64Array;
  /** g_E (nS, conductance synapses) or I_E (pA, current synapses); unused for delta synapses. */
  readonly gE: Float64Array;
  /** g_I (nS) or I_I (pA). */
  readonly gI: Float64Array;
  /** Adaptation current (pA). */
  readonly w: Float64Array;
  /** Remaining refractory steps. */
  readonly refractory: Int32Array;
  readonly E_L: Float64Array;
  readonly V_th: Float64Array;
  readonly V_reset: Float64Array;
  readonly I_bias: Float64Array;
  /** Constant drive g_L E_L + I_bias (pA), recomputed when parameters change. */
  readonly drive: Float64Array;
  /**
   * Index masks for per-neuron parameters: −1 (all bits) when they vary, 0 when every neuron has the
   * same value — the kernels read `V_th[i & thresholdMask]`, so a homogeneous population reads one
   * cached element instead of streaming an array through memory.
   */
  driveMask = -1;
  thresholdMask = -1;
  /** Injected current for this step (pA), or null when the population has no current inputs. */
  Iext: Float64Array | null = null;
  readonly spikes: Int32Array;
  nSpikes = 0;
  /** Ring buffers of future excitatory and inhibitory input: slot s holds bufE[s*n … s*n+n−1]. */
  bufE: Float64Array;
  bufI: Float64Array;
  ringLength = 1;
  /** Whether w may be non-zero although b = 0 (it was initialised or b was changed): keeps the w update on. */
  hasAdaptation = false;
  /** Whether any projection or input has written into the ring buffers (skip the add otherwise). */
  receivesE = false;
  receivesI = false;

  constructor(
    readonly name: string,
    readonly n: number,
    readonly kind: Kind,
    public model: LifModel,
    rng: Rng,
    init: InitialState = {},
  ) {
    // All per-neuron arrays live in one buffer, each starting on a 64-byte line and staggered by
    // 5 lines from the previous one: arrays that sit a multiple of 4 KiB apart (as separate
    // allocations often do) make loads and stores alias in the CPU and slowed kernels by up to 1.6×.
    const slab = new PopulationSlab(n);
    this.v = slab.f64(); this.gE = slab.f64(); this.gI = slab.f64(); this.w = slab.f64();
    this.E_L = slab.f64(); this.V_th = slab.f64(); this.V_reset = slab.f64(); this.I_bias = slab.f64(); this.drive = slab.f64();
    this.refractory = slab.i32();
    this.spikes = slab.i32();
    this.bufE = new Float64Array(n);
    this.bufI = new Float64Array(n);
    this.setVarying(model, rng);
    if (init.v === undefined) this.v.set(this.E_L);
    else fill(`${name}.init.v`, init.v, "mV", this.v, rng);
    const synUnit = model.synapse === "conductance" ? "nS" : "pA";
    if (init.gE !== undefined) fill(`${name}.init.gE`, init.gE, synUnit, this.gE, rng);
    if (init.gI !== undefined) fill(`${name}.init.gI`, init.gI, synUnit, this.gI, rng);
    if (init.w !== undefined) {
      fill(`${name}.init.w`, init.w, "pA", this.w, rng);
      this.hasAdaptation = this.w.some((x) => x !== 0);
    }
  }

  /** Draws the per-neuron parameters of `model` (E_L, V_th, V_reset, I_bias). */
  setVarying(model: LifModel, rng: Rng): void {
    for (const key of Object.keys(LIF_VARYING) as VaryingName[]) {
      fill(`${this.name}.${key}`, model.varying[key], LIF_VARYING[key].unit, this[key], rng);
    }
    for (let i = 0; i < this.n; i++) {
      if (!(this.V_reset[i] < this.V_th[i])) {
        throw new RangeError(`invalid V_reset: ${this.V_reset[i]} mV for neuron ${i} of ${this.name} (expected below V_th = ${this.V_th[i]} mV)`);
      }
    }
    const same = (a: Float64Array) => a.every((x) => x === a[0]);
    this.thresholdMask = same(this.V_th) && same(this.V_reset) ? 0 : -1;
    this.updateDrive();
  }

  /** Recomputes the constant drive after g_L changed (E_L and I_bias unchanged). */
  updateDrive(): void {
    const g_L = this.model.params.g_L;
    for (let i = 0; i < this.n; i++) this.drive[i] = g_L * this.E_L[i] + this.I_bias[i];
    this.driveMask = this.drive.every((x) => x === this.drive[0]) ? 0 : -1;
  }

  /**
   * Where input of a receptor arriving `delaySteps` after the current step goes. Conductance and
   * current synapses take input for the very next step straight into g_E/g_I (it has already decayed
   * to the next step: adding now is arrival at its start); everything else, and every delta synapse
   * (whose input must be dropped during the refractory period), goes through the ring buffer.
   */
  direct(delaySteps: number | null): boolean {
    return this.model.synapse !== "delta" && delaySteps === 0;
  }

  /** One line: `Population E: 3200 lif(conductance) neurons, kind excitatory`. */
  toString(): string {
    return describePopulation(this);
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}, not every state array. */
  [INSPECT](): string {
    return this.toString();
  }

  /** Membrane time constant (ms). */
  get tauM(): number {
    return tauMembrane(this.model);
  }

  /** Grows the ring buffers so that inputs up to `delaySteps` ahead fit; keeps pending input. */
  ensureDelay(delaySteps: number, currentStep: number): void {
    const needed = delaySteps + 2;
    if (needed <= this.ringLength) return;
    const n = this.n;
    const grow = (old: Float64Array) => {
      const next = new Float64Array(needed * n);
      for (let k = 0; k < this.ringLength; k++) {
        const step = currentStep + k;
        const from = (step % this.ringLength) * n;
        const to = (step % needed) * n;
        next.set(old.subarray(from, from + n), to);
      }
      return next;
    };
    this.bufE = grow(this.bufE);
    this.bufI = grow(this.bufI);
    this.ringLength = needed;
  }
}
