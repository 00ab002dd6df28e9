/**
 * Parameter tables as arquero tables: name, value, unit and meaning, one row per parameter, with
 * values printed exactly as given (no rounding) and unit-less ones marked "—". Every notebook prints one (seed included).
 */
import * as aq from "arquero";
import type { ParamRow } from "../params/notebook.js";

/**
 * An arquero table of parameters (columns name, value, unit, set by, meaning); "set by" says
 * "override" for a value that came from TIGHTROPE_PARAMS (`--params`) and "default" otherwise.
 */
export function paramTable(rows: readonly ParamRow[]): aq.ColumnTable {
  return aq.table({
    name: rows.map((r) => r.name),
    value: rows.map((r) => String(r.value)),
    unit: rows.map((r) => r.unit || "—"),
    "set by": rows.map((r) => (r.overridden ? "override" : "default")),
    meaning: rows.map((r) => r.meaning),
  });
}
