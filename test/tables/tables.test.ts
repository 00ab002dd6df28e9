import { expect, it } from "vitest";
import { paramTable } from "../../src/tables/params.js";
import { rowsTable } from "../../src/tables/rows.js";

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
