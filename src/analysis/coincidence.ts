/**
 * Coincidence detection: how reliably a neuron answers a volley of input spikes, and how the answer
 * falls as the volley's spikes spread out in time (Abeles 1982; König, Engel & Singer 1996;
 * Salinas & Sejnowski 2001; Rudolph & Destexhe 2003).
 *
 * - {@link volleyResponse}: probability that a neuron fires within `window` ms after a volley,
 *   minus the probability expected from its spontaneous rate in the same window.
 * - {@link coincidenceWindow}: the jitter σ at which the evoked response falls to half its value
 *   for perfectly synchronous volleys (linear interpolation between measured jitters).
 * - {@link levelCrossing}: where a measured curve first reaches a level (e.g. the volley weight
 *   that evokes a spike on half the volleys), by linear interpolation.
 */
import { recordedNeurons } from "../monitors/spike-monitor.js";
import type { Spikes } from "../monitors/spike-monitor.js";
import { checkOptions } from "../params/options.js";

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
 * pairs with a spike in [t_v − before, t_v + window), and the same for `spontaneousRate` (Hz,
 * default: the rate outside all response windows). `before` (ms, default 0) opens the window
 * earlier, for jittered volleys whose first inputs arrive before t_v (e.g. 2σ). Windows must not
 * overlap.
 */
export function volleyResponse(spikes: Spikes, times: readonly number[], options: { window?: number; before?: number; spontaneousRate?: number } = {}): VolleyResponse {
  checkOptions("volleyResponse", options, ["window", "before", "spontaneousRate"]);
  const { window = 10, before = 0, spontaneousRate } = options;
  if (!(window > 0)) throw new RangeError(`invalid window: ${window} ms (expected > 0 ms)`);
  if (!(before >= 0 && Number.isFinite(before))) throw new RangeError(`invalid before: ${before} ms (expected ≥ 0 ms)`);
  const sorted = [...times].map((t) => t - before).sort((a, b) => a - b);
  for (let v = 1; v < sorted.length; v++) {
    if (sorted[v] - sorted[v - 1] < before + window) {
      throw new RangeError(`invalid window: volleys ${sorted[v - 1] + before} and ${sorted[v] + before} ms are closer than before + window = ${before + window} ms (expected non-overlapping windows)`);
    }
  }
  const span = before + window;
  const hit = new Uint8Array(sorted.length * spikes.n);
  let outside = 0;
  for (let k = 0; k < spikes.t.length; k++) {
    const t = spikes.t[k];
    // the last volley at or before t
    let lo = 0, hi = sorted.length - 1, v = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (sorted[mid] <= t) { v = mid; lo = mid + 1; } else hi = mid - 1; }
    if (v >= 0 && t < sorted[v] + span) hit[v * spikes.n + spikes.i[k]] = 1;
    else outside++;
  }
  let count = 0;
  for (const h of hit) count += h;
  const probability = count / hit.length;
  const outsideTime = (spikes.stop - spikes.start) - sorted.length * span;
  const rate = spontaneousRate ?? (outsideTime > 0 ? (outside / recordedNeurons(spikes) / outsideTime) * 1000 : 0);
  const spontaneous = 1 - Math.exp((-rate * span) / 1000);
  return { probability, spontaneous, evoked: probability - spontaneous };
}

/**
 * The jitter at which the evoked response has fallen to half of its value at the smallest jitter,
 * by linear interpolation; Infinity when it never falls that far over the measured range.
 */
export function coincidenceWindow(rows: readonly { jitter: number; evoked: number }[]): number {
  const r = [...rows].sort((a, b) => a.jitter - b.jitter);
  if (r.length < 2) throw new RangeError(`invalid rows: ${r.length} (expected responses at two or more jitters)`);
  if (!(r[0].evoked > 0)) throw new RangeError(`invalid rows: no evoked response at jitter ${r[0].jitter} ms`);
  return levelCrossing(r.map((x) => x.jitter), r.map((x) => x.evoked), r[0].evoked / 2);
}

/**
 * The first x at which the curve (x[k], y[k]) (x increasing) reaches `level`, by linear
 * interpolation between the two points that bracket it, whether the curve rises or falls through
 * it. x[0] if y[0] is already at the level; Infinity if it never gets there over the measured range.
 * `levelCrossing([0.4, 0.8], [0.2, 0.6], 0.5)` → 0.7.
 */
export function levelCrossing(x: ArrayLike<number>, y: ArrayLike<number>, level: number): number {
  if (x.length !== y.length || x.length < 2) throw new RangeError(`invalid curve: ${x.length} x and ${y.length} y values (expected two or more of each)`);
  for (let k = 1; k < x.length; k++) {
    if (!(x[k] > x[k - 1])) throw new RangeError(`invalid x: ${x[k]} after ${x[k - 1]} (expected increasing x)`);
  }
  if (!Number.isFinite(level)) throw new RangeError(`invalid level: ${level} (expected a finite number)`);
  const side = Math.sign(y[0] - level);
  if (side === 0) return x[0];
  for (let k = 1; k < x.length; k++) {
    if (Math.sign(y[k] - level) !== side) {
      return x[k - 1] + ((level - y[k - 1]) / (y[k] - y[k - 1])) * (x[k] - x[k - 1]);
    }
  }
  return Infinity;
}
