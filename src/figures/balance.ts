/**
 * Figures of the balance equation (Observable Plot options; render with `show` or `save`).
 * Each takes the rows a core function or a notebook computed, so tests can check the data.
 * Plot 0.6 draws no title on swatch (categorical) legends, so each legend entry names its variable
 * and unit itself ("E_I = −75 mV").
 */
import * as Plot from "@observablehq/plot";
import type { CoScalingRow } from "../balance/coscaling.js";
import type { ClampResult } from "../balance/clamp.js";
import { fmt } from "../checks/format.js";
import { checkOptions } from "../params/options.js";

/** A row of the required-ratio curve: V0 (mV), E_I (mV) and g_I/g_E. */
export interface RatioRow {
  V0: number;
  E_I: number;
  ratio: number;
}

/** Required g_I/g_E against V0, one line per E_I (legend "E_I = … mV"), log-scaled ratio. */
export function ratioFigure(rows: readonly RatioRow[], options: { width?: number; height?: number } = {}): Plot.PlotOptions {
  checkOptions("ratioFigure", options, ["width", "height"]);
  const { width = 640, height = 360 } = options;
  const sorted = [...rows].sort((a, b) => a.E_I - b.E_I || a.V0 - b.V0);
  return {
    width, height,
    title: "Inhibition needed to hold V0",
    subtitle: "g_I/g_E = (E_E − V0)/(V0 − E_I), one line per inhibitory reversal potential E_I",
    x: { label: "V0 (mV)" },
    y: { type: "log", label: "required g_I / g_E", grid: true, tickFormat: "~g" },
    color: { legend: true, label: "E_I (mV)", type: "categorical", scheme: "tableau10", tickFormat: (d: number) => `E_I = ${fmt(d)} mV` },
    marks: [
      Plot.line(sorted, { x: "V0", y: "ratio", stroke: "E_I" }),
      Plot.ruleY([1], { strokeDasharray: "3,3" }),
    ],
  };
}

const FIXED = "g_I fixed";
const COSCALED = "g_I co-scaled with g_E";

/** V0 against the excitatory gain, with inhibition fixed and co-scaled; a dashed line at `gain`. */
export function coScalingFigure(rows: readonly CoScalingRow[], options: { width?: number; height?: number; gain?: number } = {}): Plot.PlotOptions {
  checkOptions("coScalingFigure", options, ["width", "height", "gain"]);
  const { width = 640, height = 320, gain } = options;
  const long = [...rows].sort((a, b) => a.gain - b.gain).flatMap((r) => [
    { gain: r.gain, V0: r.V0_fixed, inhibition: FIXED },
    { gain: r.gain, V0: r.V0_coscaled, inhibition: COSCALED },
  ]);
  return {
    width, height,
    title: "Co-scaling holds V0",
    subtitle: gain === undefined ? undefined : `dashed: the notebook's gain × ${fmt(gain)}`,
    x: { label: "excitatory gain (g_E / baseline, dimensionless)" },
    y: { label: "steady-state V0 (mV)", grid: true },
    color: { legend: true, label: "inhibition", domain: [FIXED, COSCALED], tickFormat: (d: string) => `inhibition: ${d}` },
    marks: [
      Plot.line(long, { x: "gain", y: "V0", stroke: "inhibition" }),
      Plot.dot(long, { x: "gain", y: "V0", stroke: "inhibition", r: 2 }),
      ...(gain === undefined ? [] : [Plot.ruleX([gain], { strokeDasharray: "3,3" })]),
    ],
  };
}

/** A row of the τ_eff curve: total synaptic conductance (nS) and τ_eff (ms). */
export interface TauRow {
  g_syn: number;
  tau: number;
}

/**
 * τ_eff against synaptic conductance, with dashed marks at the passive τ (the row with g_syn = 0,
 * when present) and at `highConductance` ms (default 4, the in vivo–like state).
 */
export function tauEffFigure(rows: readonly TauRow[], options: { width?: number; height?: number; highConductance?: number } = {}): Plot.PlotOptions {
  checkOptions("tauEffFigure", options, ["width", "height", "highConductance"]);
  const { width = 640, height = 320, highConductance = 4 } = options;
  const sorted = [...rows].sort((a, b) => a.g_syn - b.g_syn);
  const passive = sorted.find((r) => r.g_syn === 0)?.tau;
  const marks = [{ y: highConductance, label: `${fmt(highConductance)} ms` }, ...(passive === undefined ? [] : [{ y: passive, label: `passive ${fmt(passive)} ms` }])];
  return {
    width, height,
    title: "Balanced bombardment shortens the membrane time constant",
    x: { label: "balanced synaptic conductance g_E + g_I (nS)" },
    y: { label: "τ_eff = C_m / g_total (ms)", grid: true, domain: [0, Math.max(...rows.map((r) => r.tau)) * 1.05] },
    marks: [
      Plot.line(sorted, { x: "g_syn", y: "tau" }),
      Plot.ruleY(marks.map((m) => m.y), { strokeDasharray: "3,3", stroke: "gray" }),
      Plot.text(marks, { x: Math.max(...rows.map((r) => r.g_syn)), y: "y", text: "label", dy: -6, textAnchor: "end" }),
    ],
  };
}

/**
 * Membrane potential of conductance-clamped neurons ({@link conductanceClamp}) relaxing to their
 * steady states, one line per case (legend: `labels`), with each predicted steady state `predicted`
 * (mV) as a dashed line, when given. The start (t = 0, V_start) and every `every`-th sample up to `until` ms are drawn (defaults 5, the whole run).
 */
export function relaxationFigure(result: ClampResult, labels: readonly string[], options: { width?: number; height?: number; predicted?: readonly number[]; every?: number; until?: number } = {}): Plot.PlotOptions {
  checkOptions("relaxationFigure", options, ["width", "height", "predicted", "every", "until"]);
  const { width = 640, height = 300, predicted, every = 5, until = Infinity } = options;
  if (labels.length !== result.v.length) throw new RangeError(`invalid labels: ${labels.length} labels for ${result.v.length} clamped neurons (expected one per neuron)`);
  const rows: { t: number; v: number; case: string }[] = [];
  result.v.forEach((s, k) => {
    rows.push({ t: 0, v: result.V_start, case: labels[k] });
    for (let j = every - 1; j < s.length && result.t[j] <= until; j += every) rows.push({ t: result.t[j], v: s[j], case: labels[k] });
  });
  const lines = (predicted ?? []).map((v, k) => ({ v, case: labels[k] }));
  return {
    width, height,
    title: "Clamped neurons relax to the balance-equation steady state",
    subtitle: predicted ? "solid: LIF engine under constant conductances; dashed: predicted steady state Σ g E / Σ g" : undefined,
    x: { label: "time (ms)" },
    y: { label: "membrane potential V (mV)", grid: true },
    color: { legend: true, label: "case", domain: [...labels], type: "categorical", scheme: "tableau10" },
    marks: [
      Plot.line(rows, { x: "t", y: "v", stroke: "case" }),
      ...(predicted ? [Plot.ruleY(lines, { y: "v", stroke: "case", strokeDasharray: "4,3" })] : []),
    ],
  };
}
