/**
 * A time window of recorded state traces: the samples with start ≤ t < stop, for every recorded
 * neuron and variable — e.g. the last 300 ms of a run for a figure, without the initial transient.
 */
import type { StateTraces } from "../monitors/state-monitor.js";

/**
 * Restricts traces to start ≤ t < stop (ms; defaults: the whole recording). The arrays are copies.
 * @throws RangeError when stop ≤ start or the window holds no sample.
 */
export function traceWindow(traces: StateTraces, start = -Infinity, stop = Infinity): StateTraces {
  if (!(stop > start)) throw new RangeError(`invalid stop: ${stop} ms (expected after start = ${start} ms)`);
  let a = 0;
  while (a < traces.t.length && traces.t[a] < start) a++;
  let b = a;
  while (b < traces.t.length && traces.t[b] < stop) b++;
  if (b === a) {
    const range = traces.t.length ? `[${traces.t[0]}, ${traces.t[traces.t.length - 1]}] ms` : "nothing (run the network first)";
    throw new RangeError(`invalid window: [${start}, ${stop}) ms holds no sample (recorded: ${range})`);
  }
  const values: StateTraces["values"] = {};
  for (const [k, series] of Object.entries(traces.values) as [keyof StateTraces["values"], Float64Array[]][]) {
    values[k] = series.map((x) => x.slice(a, b));
  }
  return { population: traces.population, neurons: traces.neurons, t: traces.t.slice(a, b), values };
}
