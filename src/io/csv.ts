/**
 * CSV out and back: `writeCSV(data, "spikes.csv")`, `readCSV("spikes.csv")`. The first line is the
 * header `# tightrope {…}` (JSON: what the file holds and the column types; pandas: `skiprows=1`,
 * polars: `skip_rows=1`), then the column names and one line per row (RFC 4180 quoting). Numbers
 * are written in JavaScript's shortest round-trip form (`String(x)`), so a correctly rounding
 * parser reads back the same float64; −0 is written `-0`, and NaN, ±∞ as `NaN`, `Infinity`,
 * `-Infinity`; null is an empty field, the empty string `""`. Written in chunks, atomically.
 */
import { readFileSync } from "node:fs";
import { fromFrame, parseHeader, toFrame, type ColumnType, type ColumnValues, type ExportOptions, type Exportable, type Frame, type Imported } from "./frame.js";
import { writeAtomic } from "./file.js";

const CHUNK = 100_000;
const PREFIX = "# tightrope ";

/** A float64 as CSV text: shortest round-trip digits, `-0`, `NaN`, `Infinity`, `-Infinity`. */
export function csvNumber(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

function csvString(s: string): string {
  return s === "" || /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cell(type: ColumnType, v: unknown): string {
  if (v === null || v === undefined) return "";
  if (type === "string") return csvString(v as string);
  if (type === "float64") return csvNumber(v as number);
  return String(v);
}

/**
 * Writes spikes, traces or a table (see {@link Exportable}) to `path` as CSV; returns the number of rows.
 * @throws TypeError for other data; RangeError for spikes whose times are not whole steps of dt.
 */
export function writeCSV(data: Exportable, path: string, options: ExportOptions = {}): number {
  const { header, columns } = toFrame(data, options, "writeCSV");
  const n = columns[0]?.values.length ?? 0;
  writeAtomic(path, (write) => {
    write(`${PREFIX}${JSON.stringify(header)}\n${columns.map((c) => csvString(c.name)).join(",")}\n`);
    for (let start = 0; start < n; start += CHUNK) {
      const end = Math.min(n, start + CHUNK);
      const lines = new Array<string>(end - start);
      for (let r = start; r < end; r++) {
        let line = "";
        for (let c = 0; c < columns.length; c++) line += (c ? "," : "") + cell(columns[c].type, columns[c].values[r]);
        lines[r - start] = line;
      }
      write(lines.join("\n") + "\n");
    }
  });
  return n;
}

/** Splits CSV text into rows of fields (RFC 4180); an unquoted empty field is null. */
export function parseCSV(text: string, from = 0): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [], k = from;
  const n = text.length;
  while (k < n) {
    let field: string | null;
    if (text[k] === '"') {
      let out = "", j = k + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new RangeError(`invalid CSV: a quoted field opened at offset ${k} is not closed`);
        out += text.slice(j, q);
        if (text[q + 1] === '"') { out += '"'; j = q + 2; } else { k = q + 1; break; }
      }
      field = out;
    } else {
      let j = k;
      while (j < n && text[j] !== "," && text[j] !== "\n" && text[j] !== "\r") j++;
      field = j === k ? null : text.slice(k, j);
      k = j;
    }
    row.push(field);
    if (text[k] === ",") { k++; if (k === n) row.push(null); continue; }
    if (text[k] === "\r") k++;
    if (text[k] === "\n" || k >= n) { k++; rows.push(row); row = []; }
  }
  return rows;
}

function parseCell(type: ColumnType, s: string | null, where: () => string): number | string | boolean | null {
  if (s === null) return type === "string" ? null : null;
  if (type === "string") return s;
  if (type === "boolean") {
    if (s === "true" || s === "false") return s === "true";
    throw new RangeError(`invalid CSV ${where()}: ${JSON.stringify(s)} (expected true or false)`);
  }
  const x = Number(s);
  if (s.trim() === "" || (Number.isNaN(x) && s !== "NaN") || (type === "int32" && !(Number.isInteger(x) && Math.abs(x) < 2 ** 31))) {
    throw new RangeError(`invalid CSV ${where()}: ${JSON.stringify(s)} (expected ${type === "int32" ? "a whole number" : "a number, NaN, Infinity or -Infinity"})`);
  }
  return x;
}

/** Turns parsed strings into typed column values (typed arrays when there are no nulls). */
function columnValues(type: ColumnType, nullable: boolean, cells: (string | null)[], where: (row: number) => string): ColumnValues {
  const parsed = cells.map((s, r) => parseCell(type, s, () => where(r)));
  if (!nullable) {
    const r = parsed.findIndex((v) => v === null);
    if (r >= 0) throw new RangeError(`invalid CSV ${where(r)}: empty field in a column without nulls`);
    if (type === "int32") return Int32Array.from(parsed as number[]);
    if (type === "float64") return Float64Array.from(parsed as number[]);
  }
  return parsed as ColumnValues;
}

/**
 * Reads a CSV file written by {@link writeCSV}: the table, and the spikes (times rebuilt from the
 * step column and dt) or traces it holds.
 * @throws RangeError when the file lacks the tightrope header or its rows disagree with it.
 */
export function readCSV(path: string): Imported {
  const text = readFileSync(path, "utf8");
  const eol = text.indexOf("\n");
  if (!text.startsWith(PREFIX) || eol < 0) throw new RangeError(`invalid file ${path}: no "${PREFIX.trim()} {…}" first line (expected a CSV written by writeCSV)`);
  const header = parseHeader(text.slice(PREFIX.length, eol), path);
  const [names = [], ...rows] = parseCSV(text, eol + 1);
  const expected = header.columns.map((c) => c.name);
  if (names.join("\0") !== expected.join("\0")) throw new RangeError(`invalid file ${path}: columns ${names.join(", ")} (its header says ${expected.join(", ")})`);
  const columns = header.columns.map((c, j) => ({
    ...c,
    values: columnValues(c.type, c.nullable, rows.map((r) => (r.length > j ? r[j] : null)), (r) => `${path}, line ${r + 3}, column ${c.name}`),
  }));
  const frame: Frame = { header, columns };
  return fromFrame(frame, path);
}
