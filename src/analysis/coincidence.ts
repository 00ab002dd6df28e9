/**
 * Coincidence detection: how reliably a neuron answers a volley of input spikes, and how the answer
 * falls as the volley's spikes spread out in time (Abeles 1982; König, Engel & Singer 1996;
 * Salinas & Sejnowski 2001; Rudolph & Destexhe 2003).
 *
 * - {@link volleyResponse}: probability that a neuron fires within `window` ms after a volley,
 *   minus the probability expected from its spontaneous rate in the same window.
 * - {@link coincidenceWindow}: the jitter σ at which the evoked response falls to half its value
 *   for perfectly synchronous volleys (linear interpolation between measured jitters).
 */
import type { Spikes } from "../monitors/spike-monitor.js";

/** Evoked and spontaneous firing probabilities per volley and neuron. */
export interface VolleyResponse {
  /** P(at least one spike in [t_v, t_v + window)) averaged over volleys and neurons. */
  probability: number;
  /** The same probability expected from the spontaneous rate. */
  spontaneous: number;
  /** probability − spontaneous. */
  evoked: number;
}

/**
 * Response of the neurons in `spikes` to volleys at `times` (ms): the fraction of (volley, neuron)
 * pairs with a spike in [t_v, t_v + window), and the same for `spontaneousRate` (Hz, default: the
 * rate outside all response windows).
 */
export function volleyResponse(spikes: Spikes, times: readonly number[], { window = 10, spontaneousRate }: { window?: number; spontaneousRate?: number } = {}): VolleyResponse {
  if (!(window > 0)) throw new RangeError(`invalid window: ${window} ms (expected > 0 ms)`);
  const sorted = [...times].sort((a, b) => a - b);
  const hit = new Uint8Array(sorted.length * spikes.n);
  let outside = 0;
  for (let k = 0; k < spikes.t.length; k++) {
    const t = spikes.t[k];
    // the last volley at or before t
    let lo = 0, hi = sorted.length - 1, v = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (sorted[mid] <= t) { v = mid; lo = mid + 1; } else hi = mid - 1; }
    if (v >= 0 && t < sorted[v] + window) hit[v * spikes.n + spikes.i[k]] = 1;
    else outside++;
  }
  let count = 0;
  for (const h of hit) count += h;
  const probability = count / hit.length;
  const outsideTime = (spikes.stop - spikes.start) - sorted.length * window;
  const rate = spontaneousRate ?? (outsideTime > 0 ? (outside / spikes.n / outsideTime) * 1000 : 0);
  const spontaneous = 1 - Math.exp((-rate * window) / 1000);
  return { probability, spontaneous, evoked: probability - spontaneous };
}

/**
 * The jitter at which the evoked response has fallen to half of its value at the smallest jitter,
 * by linear interpolation; Infinity when it never falls that far over the measured range.
 */
export function coincidenceWindow(rows: readonly { jitter: number; evoked: number }[]): number {
  const r = [...rows].sort((a, b) => a.jitter - b.jitter);
  if (r.length < 2) throw new RangeError(`invalid rows: ${r.length} (expected responses at two or more jitters)`);
  const half = r[0].evoked / 2;
  if (!(r[0].evoked > 0)) throw new RangeError(`invalid rows: no evoked response at jitter ${r[0].jitter} ms`);
  for (let k = 1; k < r.length; k++) {
    if (r[k].evoked <= half) {
      const a = r[k - 1], b = r[k];
      return a.jitter + ((a.evoked - half) / (a.evoked - b.evoked)) * (b.jitter - a.jitter);
    }
  }
  return Infinity;
}
