/**
 * Figures of the balance equation (Observable Plot options; render with `show` or `save`).
 * Each takes the rows a core function or a notebook computed, so tests can check the data.
 */
import * as Plot from "@observablehq/plot";
import type { CoScalingRow } from "../balance/coscaling.js";

/** A row of the required-ratio curve: V0 (mV), E_I (mV) and g_I/g_E. */
export interface RatioRow {
  V0: number;
  E_I: number;
  ratio: number;
}

/** Required g_I/g_E against V0, one line per E_I, log-scaled ratio. */
export function ratioFigure(rows: readonly RatioRow[], { width = 640, height = 360 }: { width?: number; height?: number } = {}): Plot.PlotOptions {
  return {
    width, height,
    title: "Inhibition needed to hold V0",
    subtitle: "g_I/g_E = (E_E − V0)/(V0 − E_I), E_E = 0 mV",
    x: { label: "V0 (mV)" },
    y: { type: "log", label: "required g_I / g_E", grid: true, tickFormat: "~g" },
    color: { legend: true, label: "E_I (mV)", type: "categorical", scheme: "tableau10" },
    marks: [
      Plot.line(rows, { x: "V0", y: "ratio", stroke: "E_I" }),
      Plot.ruleY([1], { strokeDasharray: "3,3" }),
    ],
  };
}

/** V0 against the excitatory gain, with inhibition fixed and co-scaled. */
export function coScalingFigure(rows: readonly CoScalingRow[], { width = 640, height = 320 }: { width?: number; height?: number } = {}): Plot.PlotOptions {
  const long = rows.flatMap((r) => [
    { gain: r.gain, V0: r.V0_fixed, inhibition: "fixed g_I" },
    { gain: r.gain, V0: r.V0_coscaled, inhibition: "co-scaled g_I" },
  ]);
  return {
    width, height,
    title: "Co-scaling holds V0",
    x: { label: "excitatory gain (g_E / baseline)" },
    y: { label: "steady-state V0 (mV)", grid: true },
    color: { legend: true, domain: ["fixed g_I", "co-scaled g_I"] },
    marks: [
      Plot.line(long, { x: "gain", y: "V0", stroke: "inhibition" }),
      Plot.dot(long, { x: "gain", y: "V0", stroke: "inhibition", r: 2 }),
      Plot.ruleX([1.25], { strokeDasharray: "3,3" }),
    ],
  };
}

/** A row of the τ_eff curve: total synaptic conductance (nS) and τ_eff (ms). */
export interface TauRow {
  g_syn: number;
  tau: number;
}

/** τ_eff against synaptic conductance, with the 20 ms and 4 ms marks. */
export function tauEffFigure(rows: readonly TauRow[], { width = 640, height = 320 }: { width?: number; height?: number } = {}): Plot.PlotOptions {
  return {
    width, height,
    title: "Balanced bombardment shortens the membrane time constant",
    x: { label: "balanced synaptic conductance g_E + g_I (nS)" },
    y: { label: "τ_eff = C_m / g_total (ms)", grid: true, domain: [0, Math.max(...rows.map((r) => r.tau)) * 1.05] },
    marks: [
      Plot.line(rows, { x: "g_syn", y: "tau" }),
      Plot.ruleY([20, 4], { strokeDasharray: "3,3", stroke: "gray" }),
      Plot.text([{ y: 4, label: "4 ms" }, { y: 20, label: "20 ms" }], { x: Math.max(...rows.map((r) => r.g_syn)), y: "y", text: "label", dy: -6, textAnchor: "end" }),
    ],
  };
}
