/**
 * JSON out and back: `writeJSON(data, "traces.json")`, `readJSON("traces.json")`. The file is one
 * object, `{"tightrope": header, "columns": {"name": [values…], …}}` — column-oriented, so pandas
 * and polars build a frame from `columns` directly. JSON has no NaN, ±∞ or −0: in float64 columns
 * they are written as the strings "NaN", "Infinity", "-Infinity" and the number -0.0 (read back
 * exactly here; in Python, `float("NaN")` etc. convert them). Refused above
 * {@link EXPORT_ROW_LIMIT} rows (the text would pass what a JavaScript string holds; use Arrow or
 * Parquet). Written atomically.
 */
import { readFileSync } from "node:fs";
import { EXPORT_ROW_LIMIT } from "../tables/export.js";
import { fromFrame, parseHeader, toFrame, type ColumnType, type ColumnValues, type ExportOptions, type Exportable, type Imported } from "./frame.js";
import { writeAtomic } from "./file.js";

/** A float64 as JSON: the number when finite (−0 as -0.0), else the string "NaN", "Infinity" or "-Infinity". */
export function jsonNumber(x: number): string {
  return Object.is(x, -0) ? "-0.0" : Number.isFinite(x) ? String(x) : `"${String(x)}"`;
}

function jsonValue(type: ColumnType, v: unknown): string {
  if (v === null || v === undefined) return "null";
  return type === "float64" ? jsonNumber(v as number) : JSON.stringify(v);
}

/**
 * Writes spikes, traces or a table (see {@link Exportable}) to `path` as JSON; returns the number of rows.
 * @throws TypeError for other data; RangeError above {@link EXPORT_ROW_LIMIT} rows or for spikes off the dt grid.
 */
export function writeJSON(data: Exportable, path: string, options: ExportOptions = {}): number {
  const { header, columns } = toFrame(data, options, "writeJSON");
  const n = columns[0]?.values.length ?? 0;
  if (n > EXPORT_ROW_LIMIT) {
    throw new RangeError(`writeJSON of ${n} rows (more than ${EXPORT_ROW_LIMIT}): the text would pass what JavaScript strings hold; write Arrow (writeArrow) or Parquet (writeParquet)`);
  }
  writeAtomic(path, (write) => {
    write(`{"tightrope":${JSON.stringify(header)},\n"columns":{`);
    columns.forEach((c, j) => {
      write(`${j ? ",\n" : "\n"}${JSON.stringify(c.name)}:[`);
      for (let start = 0; start < n; start += 100_000) {
        const end = Math.min(n, start + 100_000);
        const parts = new Array<string>(end - start);
        for (let r = start; r < end; r++) parts[r - start] = jsonValue(c.type, c.values[r]);
        write((start ? "," : "") + parts.join(","));
      }
      write("]");
    });
    write("}}\n");
  });
  return n;
}

function fromJSONValue(type: ColumnType, v: unknown, where: () => string): number | string | boolean | null {
  if (v === null) return null;
  const ok = type === "string" ? typeof v === "string" : type === "boolean" ? typeof v === "boolean"
    : type === "int32" ? Number.isInteger(v) : typeof v === "number" || v === "NaN" || v === "Infinity" || v === "-Infinity";
  if (!ok) throw new RangeError(`invalid JSON ${where()}: ${JSON.stringify(v)} (expected a ${type} value)`);
  return type === "float64" ? Number(v) : (v as number | string | boolean);
}

/**
 * Reads a JSON file written by {@link writeJSON}: the table, and the spikes (times rebuilt from the
 * step column and dt) or traces it holds.
 * @throws RangeError when the file is not such a file or its values disagree with its header.
 */
export function readJSON(path: string): Imported {
  let doc: { tightrope?: unknown; columns?: Record<string, unknown[]> };
  try { doc = JSON.parse(readFileSync(path, "utf8")); } catch (e) { throw new RangeError(`invalid file ${path}: not JSON (${(e as Error).message})`); }
  const header = parseHeader(JSON.stringify(doc?.tightrope ?? null), path);
  const columns = header.columns.map((c) => {
    const raw = doc.columns?.[c.name];
    if (!Array.isArray(raw)) throw new RangeError(`invalid file ${path}: no column ${c.name} under "columns"`);
    const parsed = raw.map((v, r) => fromJSONValue(c.type, v, () => `${path}, column ${c.name}, row ${r}`));
    let values: ColumnValues = parsed as ColumnValues;
    if (!c.nullable) {
      const r = parsed.indexOf(null);
      if (r >= 0) throw new RangeError(`invalid JSON ${path}, column ${c.name}, row ${r}: null in a column without nulls`);
      if (c.type === "int32") values = Int32Array.from(parsed as number[]);
      if (c.type === "float64") values = Float64Array.from(parsed as number[]);
    }
    return { ...c, values };
  });
  return fromFrame({ header, columns }, path);
}
