import { expect, it } from "vitest";
import { paramTable } from "../../src/tables/params.js";
import { rowsTable } from "../../src/tables/rows.js";
import { spikesTable } from "../../src/tables/network.js";

it("paramTable(rows) has name, value, unit, set by, meaning columns and marks unit-less and overridden values", () => {
  const t = paramTable([{ name: "seed", value: 7, unit: "", meaning: "seed", overridden: true }, { name: "g_L", value: 10, unit: "nS", meaning: "leak", overridden: false }]);
  expect(t.columnNames()).toEqual(["name", "value", "unit", "set by", "meaning"]);
  expect(t.objects()).toEqual([
    { name: "seed", value: "7", unit: "—", "set by": "override", meaning: "seed" },
    { name: "g_L", value: "10", unit: "nS", "set by": "default", meaning: "leak" },
  ]);
});

it("rowsTable(rows, {digits}) rounds numbers and keeps strings", () => {
  const t = rowsTable([{ a: Math.PI, b: "x" }], { digits: 3 });
  expect(t.objects()).toEqual([{ a: 3.14, b: "x" }]);
  expect(rowsTable([]).numRows()).toBe(0);
});

it("spikesTable takes one monitor's spikes or an array of them, and says what it expects otherwise", () => {
  const a = { population: "E", n: 3, i: Int32Array.from([2, 0]), t: Float64Array.from([1.5, 2]), start: 0, stop: 3 };
  const b = { population: "I", n: 1, i: Int32Array.from([0]), t: Float64Array.from([0.5]), start: 0, stop: 3 };
  expect(spikesTable(a).objects()).toEqual([{ population: "E", neuron: 2, t: 1.5 }, { population: "E", neuron: 0, t: 2 }]);
  expect(spikesTable([a, b]).numRows()).toBe(3);
  expect(spikesTable([a, b]).objects()[2]).toEqual({ population: "I", neuron: 0, t: 0.5 });
  expect(() => spikesTable({ count: 3 } as never)).toThrow(/invalid spikes: .* \(expected a monitor's spikes\(dt\), e\.g\. monitor\.spikes\(net\.dt\), or an array of them\)/);
  expect(() => spikesTable([a, 5] as never)).toThrow("invalid spikes: 5 in the array (expected a monitor's spikes(dt))");
});

it("rowsTable refuses an unknown option name with a guess", () => {
  expect(() => rowsTable([{ a: 1 }], { digit: 3 } as never)).toThrow(new TypeError("unknown option digit for rowsTable; did you mean digits?"));
});
