/**
 * Figures of network activity (Observable Plot options): spike rasters, population rates, and
 * traces of state variables and synaptic currents. Rasters show at most `maxNeurons` neurons per
 * population (the first ones), so a figure of a 12,500-neuron network stays a light SVG.
 */
import * as Plot from "@observablehq/plot";
import type { Spikes } from "../monitors/spike-monitor.js";
import type { RateSeries } from "../analysis/rates.js";
import type { StateTraces, StateVariable } from "../monitors/state-monitor.js";
import { checkOptions } from "../params/options.js";

/** A raster point: time (ms), row on the y axis, population. */
export interface RasterPoint {
  t: number;
  neuron: number;
  population: string;
}

/** The points of a raster: populations stacked, at most maxNeurons each, within [start, stop). */
export function rasterPoints(spikes: readonly Spikes[], options: { maxNeurons?: number; start?: number; stop?: number } = {}): RasterPoint[] {
  checkOptions("rasterPoints", options, ["maxNeurons", "start", "stop"]);
  const { maxNeurons = 100, start = -Infinity, stop = Infinity } = options;
  const out: RasterPoint[] = [];
  let offset = 0;
  for (const s of spikes) {
    const shown = Math.min(maxNeurons, s.n);
    for (let k = 0; k < s.i.length; k++) {
      const t = s.t[k];
      if (s.i[k] < shown && t >= start && t < stop) out.push({ t, neuron: offset + s.i[k], population: s.population });
    }
    offset += shown;
  }
  return out;
}

interface Size { width?: number; height?: number; title?: string }

/**
 * Spike raster of one or more populations, stacked. At most `maxNeurons` neurons (the first ones) of
 * each population are drawn; when that hides some, the subtitle says so ("first 100 of 3200 E
 * neurons"). The y axis numbers neurons within each population.
 */
export function rasterFigure(spikes: readonly Spikes[], options: Size & { maxNeurons?: number; start?: number; stop?: number; subtitle?: string } = {}): Plot.PlotOptions {
  checkOptions("rasterFigure", options, ["maxNeurons", "start", "stop", "width", "height", "title", "subtitle"]);
  const { maxNeurons = 100, start, stop, width = 720, height = 300, title = "Spike raster", subtitle } = options;
  if (!(Number.isInteger(maxNeurons) && maxNeurons >= 1)) throw new RangeError(`invalid maxNeurons: ${maxNeurons} (expected a whole number ≥ 1)`);
  const data = rasterPoints(spikes, { maxNeurons, start, stop });
  const blocks: { population: string; offset: number; shown: number; n: number }[] = [];
  let offset = 0;
  for (const s of spikes) {
    const shown = Math.min(maxNeurons, s.n);
    blocks.push({ population: s.population, offset, shown, n: s.n });
    offset += shown;
  }
  const cut = blocks.filter((b) => b.shown < b.n);
  const note = cut.length ? `showing the first ${cut.map((b) => `${b.shown} of ${b.n} ${b.population}`).join(" and ")} neurons` : undefined;
  // a tick at each population's first neuron and at the last neuron drawn (adjacent ends would overprint)
  const ticks = [...blocks.map((b) => b.offset), ...(offset > 1 ? [offset - 1] : [])];
  const tickFormat = (y: number) => {
    const b = blocks.find((x) => y >= x.offset && y < x.offset + x.shown);
    return b ? `${b.population} ${y - b.offset}` : "";
  };
  return {
    width, height, title, subtitle: subtitle ?? note, marginLeft: 50,
    x: { label: "time (ms)", domain: start !== undefined && stop !== undefined ? [start, stop] : undefined },
    y: { label: "neuron", ticks, tickFormat, domain: [-0.5, Math.max(offset, 1) - 0.5], reverse: true },
    color: { legend: spikes.length > 1, label: "population", domain: spikes.map((s) => s.population), range: ["#3060c0", "#d04040", "#40a040", "#a060c0"] },
    marks: [Plot.dot(data, { x: "t", y: "neuron", fill: "population", r: 0.9 })],
  };
}

/** A rate series with a name, for {@link rateFigure}. */
export interface NamedRate extends RateSeries {
  name: string;
}

/** Population rates over time, one line per series. */
export function rateFigure(series: readonly NamedRate[], options: Size = {}): Plot.PlotOptions {
  checkOptions("rateFigure", options, ["width", "height", "title"]);
  const { width = 720, height = 220, title = "Population rate" } = options;
  const data = series.flatMap((s) => Array.from(s.t, (t, k) => ({ t, rate: s.rate[k], population: s.name })));
  return {
    width, height, title,
    x: { label: "time (ms)" },
    y: { label: "rate (Hz)", grid: true },
    color: { legend: series.length > 1, label: "population", domain: series.map((s) => s.name), range: ["#3060c0", "#d04040", "#40a040", "#a060c0"] },
    marks: [Plot.line(data, { x: "t", y: "rate", stroke: "population" })],
  };
}

const LABELS: Record<StateVariable, string> = {
  v: "V (mV)", gE: "g_E", gI: "g_I", w: "w (pA)", I_E: "I_E (pA)", I_I: "I_I (pA)",
};

/** Long-format rows of traces: one row per (time, neuron, variable). */
export function traceRows(traces: StateTraces, variables: readonly StateVariable[]): { t: number; neuron: number; variable: string; value: number }[] {
  const rows: { t: number; neuron: number; variable: string; value: number }[] = [];
  for (const v of variables) {
    const series = traces.values[v];
    if (!series) throw new TypeError(`invalid variable: ${v} was not recorded (recorded: ${Object.keys(traces.values).join(", ")})`);
    series.forEach((s, k) => s.forEach((value, j) => rows.push({ t: traces.t[j], neuron: traces.neurons[k], variable: LABELS[v], value })));
  }
  return rows;
}

/** Traces of one variable for every recorded neuron. */
export function traceFigure(traces: StateTraces, variable: StateVariable, options: Size = {}): Plot.PlotOptions {
  checkOptions("traceFigure", options, ["width", "height", "title"]);
  const { width = 720, height = 220, title } = options;
  const data = traceRows(traces, [variable]);
  return {
    width, height, marginLeft: 60, title: title ?? `${LABELS[variable]} — ${traces.population}`,
    x: { label: "time (ms)" },
    y: { label: LABELS[variable], grid: true },
    color: { legend: traces.neurons.length > 1, label: "recorded neuron", type: "categorical" },
    marks: [Plot.line(data, { x: "t", y: "value", stroke: (d: { neuron: number }) => `neuron ${d.neuron}` })],
  };
}

/** Excitatory, inhibitory and net synaptic current of one recorded neuron (pA). */
export function currentsFigure(traces: StateTraces, options: Size & { neuron?: number } = {}): Plot.PlotOptions {
  checkOptions("currentsFigure", options, ["neuron", "width", "height", "title"]);
  const { neuron = 0, width = 720, height = 240, title } = options;
  const k = traces.neurons.indexOf(neuron);
  const IE = traces.values.I_E?.[k], II = traces.values.I_I?.[k];
  if (k < 0 || !IE || !II) throw new TypeError(`invalid neuron: ${neuron} (record I_E and I_I of it)`);
  const data = Array.from(traces.t, (t, j) => [
    { t, current: "I_E", value: IE[j] },
    { t, current: "I_I", value: II[j] },
    { t, current: "net", value: IE[j] + II[j] },
  ]).flat();
  return {
    // currents reach thousands of pA: room for tick labels such as "−4,000" (Plot's default 40 px clips them)
    width, height, marginLeft: 60, title: title ?? `Synaptic currents of ${traces.population} neuron ${neuron}`,
    x: { label: "time (ms)" },
    y: { label: "current (pA)", grid: true },
    color: { legend: true, label: "current (pA)", domain: ["I_E", "I_I", "net"], range: ["#3060c0", "#d04040", "#202020"] },
    marks: [Plot.ruleY([0], { stroke: "#999" }), Plot.line(data, { x: "t", y: "value", stroke: "current", strokeWidth: 1 })],
  };
}
