/**
 * Simulation output as arquero tables: spikes (population, neuron, t), rate series (t, rate) and
 * state traces in long format (t, neuron, variable, value).
 */
import * as aq from "arquero";
import type { Spikes } from "../monitors/spike-monitor.js";
import type { RateSeries } from "../analysis/rates.js";
import type { StateTraces, StateVariable } from "../monitors/state-monitor.js";
import { guardExports } from "./export.js";

/**
 * Spikes of one population (one monitor's `spikes(dt)`) or of several (an array of them) as a table
 * with columns population, neuron, t (ms).
 */
export function spikesTable(spikes: Spikes | readonly Spikes[]): aq.ColumnTable {
  const list: readonly Spikes[] = isSpikes(spikes) ? [spikes] : spikes;
  if (!Array.isArray(list)) {
    throw new TypeError(`invalid spikes: ${String(spikes)} (expected a monitor's spikes(dt), e.g. monitor.spikes(net.dt), or an array of them)`);
  }
  for (const s of list) if (!isSpikes(s)) throw new TypeError(`invalid spikes: ${String(s)} in the array (expected a monitor's spikes(dt))`);
  const total = list.reduce((a, s) => a + s.i.length, 0);
  const population = new Array<string>(total);
  const neuron = new Int32Array(total);
  const t = new Float64Array(total);
  let k = 0;
  for (const s of list) {
    population.fill(s.population, k, k + s.i.length);
    neuron.set(s.i, k);
    t.set(s.t, k);
    k += s.i.length;
  }
  return guardExports(aq.table({ population, neuron, t }));
}

function isSpikes(x: unknown): x is Spikes {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "i" in x && "t" in x && "population" in x;
}

/** A rate series as a table with columns t (ms) and rate (Hz). */
export function rateTable(series: RateSeries): aq.ColumnTable {
  return guardExports(aq.table({ t: Array.from(series.t), rate: Array.from(series.rate) }));
}

/** State traces in long format: t (ms), neuron, variable, value. */
export function tracesTable(traces: StateTraces): aq.ColumnTable {
  const t: number[] = [], neuron: number[] = [], variable: string[] = [], value: number[] = [];
  for (const [name, series] of Object.entries(traces.values) as [StateVariable, Float64Array[]][]) {
    series.forEach((s, k) => s.forEach((x, j) => { t.push(traces.t[j]); neuron.push(traces.neurons[k]); variable.push(name); value.push(x); }));
  }
  return guardExports(aq.table({ t, neuron, variable, value }));
}
