/**
 * A projection: synapses from a spike emitter onto a population, stored as compressed sparse rows
 * by source (weight index convention: synapse k of row i is pre i → post col[k]), with a constant or
 * per-synapse weight and delay. Delivery is event-driven: each spike adds its weights into the
 * target's input for its arrival step (the receptor's ring buffer slot, or its variable directly
 * when it arrives in the next step and the receptor allows it). It is a component of the deliver phase.
 *
 * Dale's law: the receptor (named, or the target model's default for the source's kind) must accept
 * the source's kind. Weights are conductances (nS, ≥ 0) for conductance receptors, currents (pA) for
 * current synapses and jumps (mV) for delta synapses; for the last two, excitatory weights must be
 * ≥ 0 and inhibitory ones ≤ 0.
 */
import { largestDelay } from "./synapses.js";
import type { Population, SpikeEmitter } from "../engine/population.js";
import type { Component } from "../engine/component.js";
import type { Csr } from "./connect.js";
import type { ShortTermPlasticity } from "../plasticity/short-term.js";
import { INSPECT, describeProjection } from "./describe.js";

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
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  constructor(
    readonly name: string,
    readonly pre: SpikeEmitter,
    readonly post: Population,
    csr: Csr,
    /** Constant weight, or one per synapse in CSR order. */
    public weight: number | Float32Array,
    /** Constant delay in steps, or one per synapse in CSR order. */
    readonly delaySteps: number | Uint16Array,
    /** The network's time step (ms), to state delays in ms (optional). */
    readonly dt?: number,
    /** The receptor of the target it drives (default: the target model's receptor for the source's kind). */
    readonly receptor: string = post.model.defaultReceptor(pre.kind),
  ) {
    this.rowPtr = csr.rowPtr;
    this.col = csr.col;
  }

  /** A new gain per postsynaptic neuron (all 1) that this projection multiplies its weights by; for rules. */
  addGain(): Float64Array {
    const g = new Float64Array(this.post.n).fill(1);
    this.gains.push(g);
    return g;
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
    return this.col.length;
  }

  /** The largest delay in steps. */
  maxDelaySteps(): number {
    return largestDelay(this.delaySteps);
  }

  /** Adds the current spikes of the source into the target's ring buffer; returns events delivered. */
  deliver(step: number, dt = 0.1): number {
    const ns = this.pre.nSpikes;
    if (ns === 0) return 0;
    const post = this.post;
    const spikes = this.pre.spikes;
    const { rowPtr, col, weight, delaySteps } = this;
    const direct = typeof delaySteps === "number" && post.direct(this.receptor, delaySteps);
    const buf = direct ? post.state[post.model.receptors[this.receptor].variable] : post.ring[this.receptor];
    const n = post.n;
    const L = post.ringLength;
    let events = 0;
    const gains = this.gains;
    const ng = gains.length;
    const gain = ng === 0 ? null : gains[0];
    const stp = this.stp;
    if (gain !== null || stp !== null) {
      // the general path: per-spike release factor (short-term plasticity) and per-target gain
      const t = (step + 1) * dt;
      for (let s = 0; s < ns; s++) {
        const i = spikes[s];
        const end = rowPtr[i + 1];
        const f = stp === null ? 1 : stp.spike(i, t);
        for (let k = rowPtr[i]; k < end; k++) {
          const j = col[k];
          let g = gain === null ? 1 : gain[j];
          for (let m = 1; m < ng; m++) g *= gains[m][j]; // further rules on this projection
          const w = (typeof weight === "number" ? weight : weight[k]) * f * g;
          const d = typeof delaySteps === "number" ? delaySteps : delaySteps[k];
          if (direct) buf[j] += w;
          else buf[((step + 1 + d) % L) * n + j] += w;
        }
        events += end - rowPtr[i];
      }
      return events;
    }
    if (typeof delaySteps === "number") {
      const off = direct ? 0 : ((step + 1 + delaySteps) % L) * n;
      if (typeof weight === "number") {
        for (let s = 0; s < ns; s++) {
          const i = spikes[s];
          const end = rowPtr[i + 1];
          for (let k = rowPtr[i]; k < end; k++) buf[off + col[k]] += weight;
          events += end - rowPtr[i];
        }
      } else {
        for (let s = 0; s < ns; s++) {
          const i = spikes[s];
          const end = rowPtr[i + 1];
          for (let k = rowPtr[i]; k < end; k++) buf[off + col[k]] += weight[k];
          events += end - rowPtr[i];
        }
      }
    } else {
      for (let s = 0; s < ns; s++) {
        const i = spikes[s];
        const end = rowPtr[i + 1];
        for (let k = rowPtr[i]; k < end; k++) {
          const w = typeof weight === "number" ? weight : weight[k];
          buf[((step + 1 + delaySteps[k]) % L) * n + col[k]] += w;
        }
        events += end - rowPtr[i];
      }
    }
    return events;
  }
}
