/**
 * Parameter tables as arquero tables: name, value, unit and meaning, one row per parameter, with
 * values printed exactly as given (no rounding) and unit-less ones marked "—". Every notebook prints one (seed included).
 */
import * as aq from "arquero";
import type { ParamRow } from "../params/notebook.js";

/** An arquero table of parameters (columns name, value, unit, meaning). */
export function paramTable(rows: readonly ParamRow[]): aq.ColumnTable {
  return aq.table({
    name: rows.map((r) => r.name),
    value: rows.map((r) => String(r.value)),
    unit: rows.map((r) => r.unit || "—"),
    meaning: rows.map((r) => r.meaning),
  });
}
