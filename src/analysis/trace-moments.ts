/**
 * Mean and fluctuation of recorded state variables (V, g_E, g_I, currents…) over a time window:
 * the mean over neurons and samples, and the fluctuation as the mean over neurons of each neuron's
 * standard deviation in time (σ_V of notebook 03). Units are those of the traces (mV, nS, pA).
 */
import type { StateTraces, StateVariable } from "../monitors/state-monitor.js";
import { checkOptions } from "../params/options.js";

/** Window statistics of one variable. */
export interface TraceMoment {
  /** Mean over neurons and samples. */
  mean: number;
  /** Mean over neurons of the standard deviation in time (population sd, n in the denominator). */
  sd: number;
  /** Samples per neuron in the window. */
  n: number;
}

/**
 * {@link TraceMoment} of every recorded variable over the samples with from ≤ t < to (ms; default the
 * whole recording). Throws a RangeError when the window holds no sample.
 */
export function traceMoments(traces: StateTraces, options: { from?: number; to?: number } = {}): Partial<Record<StateVariable, TraceMoment>> {
  checkOptions("traceMoments", options, ["from", "to"]);
  const { from = -Infinity, to = Infinity } = options;
  if (!(to > from)) throw new RangeError(`invalid window: [${from}, ${to}) ms (expected to > from)`);
  let a = 0;
  while (a < traces.t.length && traces.t[a] < from) a++;
  let b = a;
  while (b < traces.t.length && traces.t[b] < to) b++;
  const n = b - a;
  if (n === 0) throw new RangeError(`invalid window: [${from}, ${to}) ms holds no sample of ${traces.population} (recorded ${traces.t.length} samples)`);
  const out: Partial<Record<StateVariable, TraceMoment>> = {};
  for (const [name, series] of Object.entries(traces.values) as [StateVariable, Float64Array[]][]) {
    let mean = 0, sd = 0;
    for (const x of series) {
      let m = 0, m2 = 0;
      for (let k = a; k < b; k++) { m += x[k]; m2 += x[k] * x[k]; }
      m /= n;
      mean += m;
      sd += Math.sqrt(Math.max(0, m2 / n - m * m));
    }
    out[name] = { mean: mean / series.length, sd: sd / series.length, n };
  }
  return out;
}
