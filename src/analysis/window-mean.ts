/**
 * Means over time windows: of one sampled series, and of recorded state traces over every recorded
 * neuron — the bookkeeping behind "mean g_E in the last 500 ms of the stimulus". Windows are
 * half-open, [from, to), in ms.
 */
import type { StateTraces, StateVariable } from "../monitors/state-monitor.js";

function checkWindow(from: number, to: number): void {
  if (!(Number.isFinite(from) && Number.isFinite(to) && to > from)) {
    throw new RangeError(`invalid window: [${from}, ${to}) ms (expected finite from < to)`);
  }
}

/**
 * Mean of y over the samples with from ≤ t < to; NaN when no sample falls in the window.
 * @example windowMean([0, 1, 2, 3], [5, 6, 7, 8], 1, 3) // 6.5
 */
export function windowMean(t: ArrayLike<number>, y: ArrayLike<number>, from: number, to: number): number {
  if (t.length !== y.length) throw new RangeError(`invalid y: ${y.length} values for ${t.length} times (expected one per time)`);
  checkWindow(from, to);
  let s = 0, n = 0;
  for (let k = 0; k < t.length; k++) if (t[k] >= from && t[k] < to) { s += y[k]; n++; }
  return n > 0 ? s / n : NaN;
}

/**
 * Mean of a recorded state variable over every recorded neuron and every sample in [from, to)
 * (units of the variable: nS for gE/gI, mV for v, pA for w); NaN when no sample falls in the window.
 * @throws TypeError when the variable was not recorded.
 */
export function tracesWindowMean(traces: StateTraces, variable: StateVariable, from: number, to: number): number {
  const series = traces.values[variable];
  if (!series) {
    const have = Object.keys(traces.values).join(", ") || "none";
    throw new TypeError(`invalid variable: ${variable} was not recorded for ${traces.population} (recorded: ${have})`);
  }
  checkWindow(from, to);
  let s = 0, n = 0;
  for (let k = 0; k < traces.t.length; k++) {
    if (traces.t[k] < from || traces.t[k] >= to) continue;
    for (const x of series) s += x[k];
    n += series.length;
  }
  return n > 0 ? s / n : NaN;
}
