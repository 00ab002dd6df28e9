/**
 * A projection: synapses from a spike emitter onto a LIF population, stored as compressed sparse
 * rows by source, with a constant or per-synapse weight and delay. Delivery is event-driven: each
 * spike adds its weights into the target's ring buffer at the slot of its arrival step.
 *
 * Dale's law: the receptor is set by the source population's kind. Weights are conductances (nS,
 * ≥ 0) for conductance synapses, currents (pA) for current synapses and jumps (mV) for delta
 * synapses; for the last two, excitatory weights must be ≥ 0 and inhibitory ones ≤ 0.
 */
import type { NeuronPopulation, SpikeEmitter } from "./population.js";
import type { Csr } from "./connect.js";
import type { ShortTermPlasticity } from "../plasticity/short-term.js";
import { INSPECT, describeProjection } from "./describe.js";

/** Which ring buffer a projection writes into. */
export type Receptor = "E" | "I";

export class Projection {
  readonly receptor: Receptor;
  /**
   * Optional gain per postsynaptic neuron (e.g. 1 − suppression for endocannabinoid DSI, see
   * plasticity/retrograde.ts): every synapse onto j then delivers weight × postGain[j].
   */
  postGain: Float64Array | null = null;
  /** Optional short-term plasticity: each presynaptic spike's weights are scaled by its release R/U. */
  stp: ShortTermPlasticity | null = null;
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  constructor(
    readonly name: string,
    readonly pre: SpikeEmitter,
    readonly post: NeuronPopulation,
    csr: Csr,
    /** Constant weight, or one per synapse in CSR order. */
    public weight: number | Float32Array,
    /** Constant delay in steps, or one per synapse in CSR order. */
    readonly delaySteps: number | Uint16Array,
    /** The network's time step (ms), to state delays in ms (optional). */
    readonly dt?: number,
  ) {
    this.receptor = pre.kind === "excitatory" ? "E" : "I";
    this.rowPtr = csr.rowPtr;
    this.col = csr.col;
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
    const d = this.delaySteps;
    if (typeof d === "number") return d;
    let m = 0;
    for (let s = 0; s < d.length; s++) if (d[s] > m) m = d[s];
    return m;
  }

  /** Adds the current spikes of the source into the target's ring buffer; returns events delivered. */
  deliver(step: number, dt = 0.1): number {
    const ns = this.pre.nSpikes;
    if (ns === 0) return 0;
    const post = this.post;
    const spikes = this.pre.spikes;
    const { rowPtr, col, weight, delaySteps } = this;
    const direct = typeof delaySteps === "number" && post.direct(delaySteps);
    const buf = direct ? (this.receptor === "E" ? post.gE : post.gI) : this.receptor === "E" ? post.bufE : post.bufI;
    const n = post.n;
    const L = post.ringLength;
    let events = 0;
    const gain = this.postGain;
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
          const w = (typeof weight === "number" ? weight : weight[k]) * f * (gain === null ? 1 : gain[j]);
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
