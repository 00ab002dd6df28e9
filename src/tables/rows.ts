/**
 * Arrays of row objects (what core functions return) as arquero tables, with numbers rounded for
 * display when asked.
 */
import * as aq from "arquero";
import { checkOptions } from "../params/options.js";

/** An arquero table from row objects; `digits` rounds every number to that many significant digits. */
export function rowsTable<T extends object>(rows: readonly T[], options: { digits?: number } = {}): aq.ColumnTable {
  checkOptions("rowsTable", options, ["digits"]);
  const { digits } = options;
  if (rows.length === 0) return aq.table({});
  const names = Object.keys(rows[0]) as (keyof T & string)[];
  const cols: Record<string, unknown[]> = {};
  for (const n of names) {
    cols[n] = rows.map((r) => {
      const v = r[n];
      return digits !== undefined && typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(digits)) : v;
    });
  }
  return aq.table(cols);
}
