/**
 * Data out, the part shared by the four formats (csv.ts, json.ts, arrow.ts, parquet.ts): spikes,
 * state traces and arquero tables become a *frame* — named, typed columns of equal length plus a
 * header saying what the file holds and how to rebuild it exactly — and back.
 *
 * - Spikes: one row per spike, columns `population`, `neuron`, `step`, `t`. `step` is the spike's
 *   time index and `t` (ms) = step·dt computed without float noise (`stepsToTime`: 3 steps of
 *   0.1 ms are 0.3, not 0.30000000000000004); the header holds dt and each population's n,
 *   recorded, start and stop. Readers rebuild t from step and dt and check it against the t column.
 * - Traces (a state monitor's `traces()`): long format, one row per sample, columns `population`,
 *   `variable`, `neuron`, `t` (ms), `value` (float64, bit-exact in every format).
 * - Tables: every column of an arquero table; Int32Array → int32, Float64Array → float64, arrays of
 *   numbers → float64, of strings → string, of booleans → boolean (null allowed in arrays).
 */
import * as aq from "arquero";
import { SpikeMonitor, type Spikes } from "../monitors/spike-monitor.js";
import { StateMonitor, type StateTraces } from "../monitors/state-monitor.js";
import { roundSteps, stepsToTime } from "../network/steps.js";
import { VERSION } from "../version.js";

/** The value type of a column in a file. */
export type ColumnType = "int32" | "float64" | "string" | "boolean";

/** A column's values: typed arrays when the column has no nulls, else plain arrays with nulls. */
export type ColumnValues = Int32Array | Float64Array | (number | null)[] | (string | null)[] | (boolean | null)[];

/** One named, typed column of a frame. */
export interface FrameColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
  values: ColumnValues;
}

/** One population of a spikes file: what a monitor's `spikes()` holds besides the spikes. */
export interface SpikesPopulation {
  population: string;
  n: number;
  /** How many of the n neurons were recorded; null when the Spikes object did not say (all). */
  recorded: number | null;
  /** Recording interval [start, stop) (ms); null when the monitor never ran (NaN). */
  start: number | null;
  stop: number | null;
}

/** One population of a traces file. */
export interface TracesPopulation {
  population: string;
  neurons: number[];
  variables: string[];
  samples: number;
}

/**
 * The header every file carries (CSV: a first line `# tightrope {…}`; JSON: the `tightrope` key;
 * Arrow IPC: schema metadata `tightrope`; Parquet: key-value metadata `tightrope`).
 */
export type FrameHeader = { version: string; columns: { name: string; type: ColumnType; nullable: boolean }[] } & (
  | { kind: "spikes"; dt: number; populations: SpikesPopulation[] }
  | { kind: "traces"; populations: TracesPopulation[] }
  | { kind: "table" });

/** A header and its columns. */
export interface Frame {
  header: FrameHeader;
  columns: FrameColumn[];
}

/**
 * What the writers take: spike monitors or their `spikes()` (one or a list; plain Spikes need
 * `{ dt }`), state monitors or their `traces()` (one or a list), or an arquero table.
 */
export type Exportable = SpikeMonitor | Spikes | readonly (SpikeMonitor | Spikes)[] | StateMonitor | StateTraces |
  readonly (StateMonitor | StateTraces)[] | aq.ColumnTable;

/** Options of the writers. */
export interface ExportOptions {
  /** The network's time step (ms), needed only for Spikes objects (a SpikeMonitor knows its dt). */
  dt?: number;
}

/** What the readers return: the file's columns as an arquero `table`, and for spikes and traces the rebuilt objects. */
export type Imported =
  | { kind: "spikes"; table: aq.ColumnTable; spikes: Spikes[]; dt: number }
  | { kind: "traces"; table: aq.ColumnTable; traces: StateTraces[] }
  | { kind: "table"; table: aq.ColumnTable };

const isSpikes = (x: unknown): x is Spikes => typeof x === "object" && x !== null && "i" in x && "t" in x && "population" in x && !("values" in x);
const isTraces = (x: unknown): x is StateTraces => typeof x === "object" && x !== null && "neurons" in x && "values" in x && "t" in x;
const isTable = (x: unknown): x is aq.ColumnTable => typeof x === "object" && x !== null && typeof (x as aq.ColumnTable).columnNames === "function";

/** Turns what a writer was given into a frame. @throws TypeError for anything else, RangeError for spikes off the dt grid. */
export function toFrame(data: Exportable, options: ExportOptions = {}, where = "export"): Frame {
  if (isTable(data)) return tableFrame(data);
  const list: readonly unknown[] = Array.isArray(data) ? data : [data];
  if (list.length > 0 && list.every((x) => x instanceof SpikeMonitor || isSpikes(x))) return spikesFrame(list as (SpikeMonitor | Spikes)[], options.dt, where);
  if (list.length > 0 && list.every((x) => x instanceof StateMonitor || isTraces(x))) {
    return tracesFrame(list.map((x) => (x instanceof StateMonitor ? x.traces() : (x as StateTraces))));
  }
  throw new TypeError(`invalid data for ${where}: ${Object.prototype.toString.call(data)} (expected spike monitors or their spikes(), ` +
    `state monitors or their traces(), or an arquero table)`);
}

function header(columns: FrameColumn[]): FrameHeader["columns"] {
  return columns.map(({ name, type, nullable }) => ({ name, type, nullable }));
}

function spikesFrame(list: readonly (SpikeMonitor | Spikes)[], givenDt: number | undefined, where: string): Frame {
  let dt = givenDt;
  for (const x of list) {
    if (!(x instanceof SpikeMonitor)) continue;
    if (Number.isNaN(x.dt)) throw new RangeError(`invalid data for ${where}: the spike monitor of ${x.source.name} has not run yet`);
    if (dt !== undefined && Math.abs(dt - x.dt) > 1e-12 * x.dt) throw new RangeError(`invalid dt: ${dt} ms for ${where} (the spike monitor of ${x.source.name} ran with dt = ${x.dt} ms)`);
    dt = x.dt;
  }
  if (dt === undefined || !(dt > 0) || !Number.isFinite(dt)) {
    throw new RangeError(`invalid dt: ${dt} for ${where} of spikes (expected the network's time step in ms, e.g. { dt: net.dt }; pass monitors instead of spikes() and it is known)`);
  }
  const all = list.map((x) => (x instanceof SpikeMonitor ? x.spikes() : x));
  const total = all.reduce((a, s) => a + s.i.length, 0);
  const population = new Array<string>(total), neuron = new Int32Array(total), step = new Int32Array(total), t = new Float64Array(total);
  let k = 0;
  for (const s of all) {
    population.fill(s.population, k, k + s.i.length);
    neuron.set(s.i, k);
    for (let j = 0; j < s.t.length; j++, k++) {
      const n = roundSteps(s.t[j], dt).steps;
      if (stepsToTime(n, dt) !== s.t[j] || n > 0x7fffffff) {
        throw new RangeError(`invalid spikes for ${where}: spike ${j} of ${s.population} at t = ${s.t[j]} ms is not a whole number of steps of dt = ${dt} ms ` +
          `(files hold spike times as step indices; pass the network's dt, or export a table for other times)`);
      }
      step[k] = n;
      t[k] = s.t[j];
    }
  }
  const columns: FrameColumn[] = [
    { name: "population", type: "string", nullable: false, values: population },
    { name: "neuron", type: "int32", nullable: false, values: neuron },
    { name: "step", type: "int32", nullable: false, values: step },
    { name: "t", type: "float64", nullable: false, values: t },
  ];
  const populations = all.map((s) => ({ population: s.population, n: s.n, recorded: s.recorded ?? null, start: finiteOrNull(s.start), stop: finiteOrNull(s.stop) }));
  return { header: { version: VERSION, kind: "spikes", dt, populations, columns: header(columns) }, columns };
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function tracesFrame(list: StateTraces[]): Frame {
  const total = list.reduce((a, tr) => a + Object.values(tr.values).reduce((b, s) => b + (s?.length ?? 0) * tr.t.length, 0), 0);
  const population = new Array<string>(total), variable = new Array<string>(total), neuron = new Int32Array(total);
  const t = new Float64Array(total), value = new Float64Array(total);
  let k = 0;
  for (const tr of list) {
    for (const [name, series] of Object.entries(tr.values)) {
      (series ?? []).forEach((s, m) => {
        const end = k + s.length;
        population.fill(tr.population, k, end);
        variable.fill(name, k, end);
        neuron.fill(tr.neurons[m], k, end);
        t.set(tr.t, k);
        value.set(s, k);
        k = end;
      });
    }
  }
  const columns: FrameColumn[] = [
    { name: "population", type: "string", nullable: false, values: population },
    { name: "variable", type: "string", nullable: false, values: variable },
    { name: "neuron", type: "int32", nullable: false, values: neuron },
    { name: "t", type: "float64", nullable: false, values: t },
    { name: "value", type: "float64", nullable: false, values: value },
  ];
  const populations = list.map((tr) => ({ population: tr.population, neurons: Array.from(tr.neurons), variables: Object.keys(tr.values), samples: tr.t.length }));
  return { header: { version: VERSION, kind: "traces", populations, columns: header(columns) }, columns };
}

/** The type of an arquero column's values. @throws TypeError naming the column for values of other types. */
export function inferColumn(name: string, values: ArrayLike<unknown>): FrameColumn {
  if (values instanceof Int32Array) return { name, type: "int32", nullable: false, values };
  if (values instanceof Float64Array) return { name, type: "float64", nullable: false, values };
  if (ArrayBuffer.isView(values)) {
    if (values instanceof BigInt64Array || values instanceof BigUint64Array) throw new TypeError(`invalid column ${name}: 64-bit integers (expected numbers, strings or booleans)`);
    return { name, type: "float64", nullable: false, values: Float64Array.from(values as ArrayLike<number>) };
  }
  let type: ColumnType | null = null, nulls = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v === null || v === undefined) { nulls++; continue; }
    const t: ColumnType | null = typeof v === "number" ? "float64" : typeof v === "string" ? "string" : typeof v === "boolean" ? "boolean" : null;
    if (t === null || (type !== null && t !== type)) {
      throw new TypeError(`invalid column ${name}: ${typeof v} value ${String(v)} at row ${k}` + (type ? ` in a column of ${type} values` : "") +
        ` (expected numbers, strings or booleans, one type per column; convert the column first)`);
    }
    type = t;
  }
  type ??= "string"; // only nulls
  const out = Array.from(values, (v) => (v === undefined ? null : v)) as (number | string | boolean | null)[];
  if (type === "float64" && nulls === 0) return { name, type, nullable: false, values: Float64Array.from(out as number[]) };
  return { name, type, nullable: nulls > 0, values: out as ColumnValues };
}

function tableFrame(table: aq.ColumnTable): Frame {
  const columns = table.columnNames().map((name) => inferColumn(name, table.array(name) as ArrayLike<unknown>));
  return { header: { version: VERSION, kind: "table", columns: header(columns) }, columns };
}

/**
 * Checks the values a binary reader returned against the header's column type and makes typed
 * arrays of columns without nulls. @throws RangeError naming the file, column and row.
 */
export function coerceColumn(c: FrameHeader["columns"][number], values: ArrayLike<unknown>, file: string): FrameColumn {
  const ok = (v: unknown): boolean => (v === null ? c.nullable : c.type === "string" ? typeof v === "string" : c.type === "boolean" ? typeof v === "boolean"
    : c.type === "int32" ? Number.isInteger(v) && Math.abs(v as number) < 2 ** 31 : typeof v === "number");
  for (let r = 0; r < values.length; r++) {
    if (!ok(values[r] ?? null)) throw new RangeError(`invalid file ${file}: column ${c.name}, row ${r} holds ${String(values[r])} (its header says ${c.nullable ? "nullable " : ""}${c.type})`);
  }
  const out: ColumnValues = !c.nullable && c.type === "int32" ? (values instanceof Int32Array ? values : Int32Array.from(values as ArrayLike<number>))
    : !c.nullable && c.type === "float64" ? (values instanceof Float64Array ? values : Float64Array.from(values as ArrayLike<number>))
    : (Array.from(values, (v) => v ?? null) as ColumnValues);
  return { ...c, values: out };
}

/** Rebuilds what a frame holds (spikes, traces or a table). @throws RangeError when the columns disagree with the header. */
export function fromFrame(frame: Frame, file: string): Imported {
  const { header: h, columns } = frame;
  const table = aq.table(Object.fromEntries(columns.map((c) => [c.name, c.values])));
  const col = (name: string): ColumnValues => {
    const c = columns.find((x) => x.name === name);
    if (!c) throw new RangeError(`invalid file ${file}: no column ${name} in a ${h.kind} file`);
    return c.values;
  };
  if (h.kind === "table") return { kind: "table", table };
  if (h.kind === "spikes") {
    const population = col("population") as (string | null)[], neuron = col("neuron"), step = col("step"), t = col("t");
    const spikes = h.populations.map((p) => {
      const rows: number[] = [];
      for (let k = 0; k < population.length; k++) if (population[k] === p.population) rows.push(k);
      const i = Int32Array.from(rows, (k) => neuron[k] as number);
      const times = Float64Array.from(rows, (k) => {
        const x = stepsToTime(step[k] as number, h.dt);
        if (!Object.is(x, t[k])) throw new RangeError(`invalid file ${file}: row ${k} has t = ${t[k]} ms but step ${step[k]} × dt ${h.dt} ms = ${x} ms`);
        return x;
      });
      return { population: p.population, n: p.n, ...(p.recorded === null ? {} : { recorded: p.recorded }), i, t: times, start: p.start ?? NaN, stop: p.stop ?? NaN };
    });
    return { kind: "spikes", table, spikes, dt: h.dt };
  }
  const population = col("population"), variable = col("variable"), neuron = col("neuron"), t = col("t"), value = col("value");
  let k = 0;
  const traces = h.populations.map((p): StateTraces => {
    const times = new Float64Array(p.samples);
    const values: Record<string, Float64Array[]> = {};
    let first = true;
    for (const v of p.variables) {
      values[v] = p.neurons.map((nrn) => {
        if (k + p.samples > value.length || population[k] !== p.population || variable[k] !== v || neuron[k] !== nrn) {
          throw new RangeError(`invalid file ${file}: expected the samples of ${p.population}.${v}[${nrn}] at row ${k}`);
        }
        const s = Float64Array.from({ length: p.samples }, (_, j) => value[k + j] as number);
        for (let j = 0; j < p.samples; j++) {
          if (first) times[j] = t[k + j] as number;
          else if (!Object.is(times[j], t[k + j])) throw new RangeError(`invalid file ${file}: row ${k + j} has t = ${t[k + j]} ms, expected ${times[j]} ms`);
        }
        first = false;
        k += p.samples;
        return s;
      });
    }
    return { population: p.population, neurons: Int32Array.from(p.neurons), t: times, values };
  });
  return { kind: "traces", table, traces };
}

/** Parses and checks a file's header text. @throws RangeError naming the file when it is not a tightrope header. */
export function parseHeader(text: string, file: string): FrameHeader {
  let h: unknown;
  try { h = JSON.parse(text); } catch { h = null; }
  const o = h as Partial<FrameHeader> | null;
  if (!o || typeof o !== "object" || !["spikes", "traces", "table"].includes(String(o.kind)) || !Array.isArray(o.columns)) {
    throw new RangeError(`invalid file ${file}: its tightrope header is missing or damaged (expected a file written by tightrope's writers)`);
  }
  return o as FrameHeader;
}
