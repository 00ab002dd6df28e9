/**
 * A projection's delivery in JavaScript: the reference the WebAssembly functions (engine/wasm/deliver.ts)
 * match bit for bit, and the general path with gains (rules such as DSI or homeostatic scaling) and
 * short-term plasticity. Each spike adds its weights into the target's input for its arrival step
 * (the receptor's ring-buffer slot, or its variable directly when it arrives in the next step).
 */
import type { Projection } from "./projection.js";

/** Delivers the source's spikes of this step through `proj`; returns events delivered. */
export function deliverJs(proj: Projection, step: number, dt = 0.1): number {
  const ns = proj.pre.nSpikes;
  if (ns === 0) return 0;
  const post = proj.post;
  const spikes = proj.pre.spikes;
  const { rowPtr, col, weight, delaySteps } = proj;
  const direct = typeof delaySteps === "number" && post.direct(proj.receptor, delaySteps);
  const buf = direct ? post.state[post.model.receptors[proj.receptor].variable] : post.ring[proj.receptor];
  const n = post.n;
  const L = post.ringLength;
  let events = 0;
  const gains = proj.gains;
  const ng = gains.length;
  const gain = ng === 0 ? null : gains[0];
  const stp = proj.stp;
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
