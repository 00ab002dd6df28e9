/**
 * Arrow IPC out and back: `writeArrow(data, "spikes.arrow")`, `readArrow("spikes.arrow")`. The Arrow
 * IPC *file* format (Feather v2), written with flechette (already arquero's Arrow library): typed
 * binary columns, so int32 and float64 values (NaN, ±∞ and −0 included) come back bit for bit; the
 * tightrope header is the schema's metadata under the key `tightrope`. pandas reads it with
 * `pd.read_feather` (pyarrow), polars with `pl.read_ipc`. Written atomically.
 */
import { readFileSync } from "node:fs";
import { Table, bool, columnFromArray, float64, int32, tableFromColumns, tableFromIPC, tableToIPC, utf8 } from "@uwdata/flechette";
import { coerceColumn, fromFrame, inferColumn, parseHeader, toFrame, type ColumnType, type ExportOptions, type Exportable, type Imported } from "./frame.js";
import { VERSION } from "../version.js";
import { writeAtomic } from "./file.js";

const ARROW_TYPES = { int32, float64, string: utf8, boolean: bool } as const satisfies Record<ColumnType, () => unknown>;

/**
 * Writes spikes, traces or a table (see {@link Exportable}) to `path` as an Arrow IPC file; returns the number of rows.
 * @throws TypeError for other data; RangeError for spikes whose times are not whole steps of dt.
 */
export function writeArrow(data: Exportable, path: string, options: ExportOptions = {}): number {
  const { header, columns } = toFrame(data, options, "writeArrow");
  const built = tableFromColumns(columns.map((c) => [c.name, columnFromArray(c.values as ArrayLike<unknown> as unknown[], ARROW_TYPES[c.type]())] as [string, ReturnType<typeof columnFromArray>]));
  const schema = { ...built.schema, fields: built.schema.fields.map((f, j) => ({ ...f, nullable: columns[j].nullable })), metadata: new Map([["tightrope", JSON.stringify(header)]]) };
  const bytes = tableToIPC(new Table(schema, built.children), { format: "file" });
  if (!bytes) throw new Error(`writeArrow: flechette produced no bytes for ${path}`);
  writeAtomic(path, (write) => write(bytes));
  return columns[0]?.values.length ?? 0;
}

/**
 * Reads an Arrow IPC file (or stream): the table, and the spikes (times rebuilt from the step column
 * and dt) or traces it holds. A file from another tool (no tightrope metadata) is read as a table of
 * its int32, float64, string and boolean columns.
 * @throws RangeError when the file's columns disagree with its header; TypeError for columns of other types.
 */
export function readArrow(path: string): Imported {
  const table = tableFromIPC(readFileSync(path));
  const meta = table.schema.metadata?.get("tightrope");
  const columns = table.names.map((name) => inferColumn(String(name), table.getChild(name).toArray() as ArrayLike<unknown>));
  if (meta === undefined) return fromFrame({ header: { version: VERSION, kind: "table", columns: columns.map(({ name, type, nullable }) => ({ name, type, nullable })) }, columns }, path);
  const header = parseHeader(meta, path);
  const typed = header.columns.map((c) => {
    const got = columns.find((x) => x.name === c.name);
    if (!got) throw new RangeError(`invalid file ${path}: no column ${c.name} (its header lists it)`);
    return coerceColumn(c, got.values, path);
  });
  return fromFrame({ header, columns: typed }, path);
}
