/** Data for the export round-trip tests: a small CUBA run, awkward floats, and a mixed table. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import * as aq from "arquero";
import { cuba } from "../../src/networks/cuba.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";
import type { StateTraces } from "../../src/monitors/state-monitor.js";
import type { Imported } from "../../src/io/frame.js";

/** A fresh temporary folder. */
export const tmp = (): string => mkdtempSync(join(tmpdir(), "tightrope-io-"));

/** CUBA, 400 neurons, 100 ms: spike monitors on E and I (I: some neurons) and v, I_E, I_I of three E cells. */
export function smallRun() {
  const net = cuba({ n: 400, seed: 3 });
  const e = net.monitorSpikes("E"), i = net.monitorSpikes("I", { neurons: [0, 1, 2, 3, 40, 79] });
  const state = net.monitorState("E", ["v", "I_E", "I_I"], { neurons: [0, 5, 9], interval: 0.5 });
  net.run(100);
  return { net, e, i, state };
}

/** Floats that trip text formats: −0, NaN, ±∞, subnormals, extremes, 0.1 + 0.2, and random doubles from their bits. */
export function awkwardTraces(): StateTraces {
  const special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE,
    0.1 + 0.2, 1 / 3, -65.00000000000001, 1e21, 1e-7, 123456789012345680000];
  const n = 200;
  const bits = new BigUint64Array(n);
  let s = 0x9e3779b97f4a7c15n;
  for (let k = 0; k < n; k++) { s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn; bits[k] = s; }
  const random = Array.from(new Float64Array(bits.buffer)).map((x) => (Number.isNaN(x) ? 1.5 : x)); // NaN payloads are not kept by text
  const a = Float64Array.from([...special, ...random]);
  const b = Float64Array.from(a, (x) => (Number.isNaN(x) ? x : -x)); // −NaN's sign bit is not kept by CSV and JSON
  const t = Float64Array.from(a, (_, k) => (k + 1) * 0.25);
  return { population: "P,\"odd\"", neurons: Int32Array.from([7, 3]), t, values: { v: [a, b], w: [b, a] } };
}

/** A table with every column type, nulls, and strings that need quoting. */
export function mixedTable(): aq.ColumnTable {
  return aq.table({
    id: Int32Array.from([1, -2, 2147483647, 0, -2147483648]),
    x: Float64Array.from([0.1, -0, NaN, Infinity, 1e-300]),
    y: [1.5, null, -0, 3, null],
    name: ["plain", "with, comma", "with \"quotes\"\nand a newline", "", null],
    flag: [true, false, null, true, false],
    none: [null, null, null, null, null],
  });
}

/** Bit patterns of a float64 array (equal patterns = bit-exact). */
export const bitsOf = (a: ArrayLike<number>): bigint[] => Array.from(new BigUint64Array(Float64Array.from(a).buffer));

/** Asserts that `got` holds exactly the spikes of `want` and that every time is step·dt with no float noise. */
export function expectSpikes(got: Imported, want: Spikes[], dt: number): void {
  expect(got.kind).toBe("spikes");
  if (got.kind !== "spikes") return;
  expect(got.dt).toBe(dt);
  expect(got.spikes.length).toBe(want.length);
  got.spikes.forEach((s, k) => {
    const w = want[k];
    expect({ ...s, i: Array.from(s.i), t: bitsOf(s.t) }).toEqual({ ...w, i: Array.from(w.i), t: bitsOf(w.t) });
  });
  // dt = 0.1 ms: every time has at most one decimal (0.3, not 0.30000000000000004)
  if (dt === 0.1) for (const s of got.spikes) for (const x of s.t) expect(String(x)).toMatch(/^\d+(\.\d)?$/);
  expect(got.table.numRows()).toBe(want.reduce((a, s) => a + s.i.length, 0));
}

/** Asserts bit-exact traces. */
export function expectTraces(got: Imported, want: StateTraces[]): void {
  expect(got.kind).toBe("traces");
  if (got.kind !== "traces") return;
  expect(got.traces.length).toBe(want.length);
  got.traces.forEach((tr, k) => {
    const w = want[k];
    expect(tr.population).toBe(w.population);
    expect(Array.from(tr.neurons)).toEqual(Array.from(w.neurons));
    expect(bitsOf(tr.t)).toEqual(bitsOf(w.t));
    expect(Object.keys(tr.values)).toEqual(Object.keys(w.values));
    for (const [name, series] of Object.entries(w.values)) {
      expect(tr.values[name]!.map(bitsOf)).toEqual(series!.map(bitsOf));
    }
  });
}

/** Asserts that `got` holds the values of `want` column by column (Object.is: −0 and NaN count). */
export function expectTable(got: Imported, want: aq.ColumnTable): void {
  expect(got.kind).toBe("table");
  expect(got.table.columnNames()).toEqual(want.columnNames());
  for (const name of want.columnNames()) {
    const a = Array.from(got.table.array(name) as ArrayLike<unknown>), b = Array.from(want.array(name) as ArrayLike<unknown>);
    expect(a.length).toBe(b.length);
    a.forEach((x, r) => { if (!Object.is(x, b[r])) expect.fail(`column ${name}, row ${r}: got ${String(x)}, expected ${String(b[r])}`); });
  }
}
