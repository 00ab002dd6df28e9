/**
 * Parquet out and back: `writeParquet(data, "spikes.parquet")`, `await readParquet("spikes.parquet")`.
 * Written with hyparquet-writer and read with hyparquet (pure JavaScript, no WebAssembly or native
 * binary; maintained): INT32, DOUBLE (bit-exact, NaN, ±∞ and −0 included), UTF-8 STRING and
 * BOOLEAN columns, Snappy-compressed, the tightrope header as the key-value metadata `tightrope`.
 * pandas reads it with `pd.read_parquet` (pyarrow), polars with `pl.read_parquet`. Writing is
 * synchronous; reading returns a Promise (hyparquet's reader is asynchronous). Written atomically.
 */
import { readFileSync } from "node:fs";
import { parquetWriteBuffer } from "hyparquet-writer";
import { parquetMetadata, parquetRead } from "hyparquet";
import { coerceColumn, fromFrame, inferColumn, parseHeader, toFrame, type ColumnType, type ExportOptions, type Exportable, type Imported } from "./frame.js";
import { VERSION } from "../version.js";
import { writeAtomic } from "./file.js";

const PARQUET_TYPES: Record<ColumnType, "INT32" | "DOUBLE" | "STRING" | "BOOLEAN"> = { int32: "INT32", float64: "DOUBLE", string: "STRING", boolean: "BOOLEAN" };

/**
 * Writes spikes, traces or a table (see {@link Exportable}) to `path` as Parquet; returns the number of rows.
 * @throws TypeError for other data; RangeError for spikes whose times are not whole steps of dt.
 */
export function writeParquet(data: Exportable, path: string, options: ExportOptions = {}): number {
  const { header, columns } = toFrame(data, options, "writeParquet");
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => ({ name: c.name, data: c.values as unknown as unknown[], type: PARQUET_TYPES[c.type], nullable: c.nullable })),
    kvMetadata: [{ key: "tightrope", value: JSON.stringify(header) }],
    createdBy: `tightrope ${VERSION} (hyparquet-writer)`,
  });
  writeAtomic(path, (write) => write(new Uint8Array(buffer)));
  return columns[0]?.values.length ?? 0;
}

/**
 * Reads a Parquet file: the table, and the spikes (times rebuilt from the step column and dt) or
 * traces it holds. A file from another tool (no tightrope metadata) is read as a table of its
 * INT32, DOUBLE, STRING and BOOLEAN columns.
 * @throws RangeError when the file's columns disagree with its header; TypeError for columns of other types.
 */
export async function readParquet(path: string): Promise<Imported> {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const rows = Number(metadata.num_rows);
  const names = metadata.schema.slice(1).map((s) => s.name);
  const parts = new Map<string, { start: number; data: ArrayLike<unknown> }[]>(names.map((n) => [n, []]));
  await parquetRead({ file, metadata, onChunk: (c) => { parts.get(c.columnName)?.push({ start: c.rowStart, data: c.columnData as ArrayLike<unknown> }); } });
  const raw = names.map((name) => {
    const chunks = (parts.get(name) ?? []).sort((a, b) => a.start - b.start);
    const first = chunks[0]?.data;
    const out: unknown[] | Int32Array | Float64Array = first instanceof Int32Array ? new Int32Array(rows) : first instanceof Float64Array ? new Float64Array(rows) : new Array<unknown>(rows);
    for (const { start, data } of chunks) for (let k = 0; k < data.length; k++) out[start + k] = data[k] as never;
    return inferColumn(name, out);
  });
  const meta = metadata.key_value_metadata?.find((kv) => kv.key === "tightrope")?.value;
  if (meta === undefined) return fromFrame({ header: { version: VERSION, kind: "table", columns: raw.map(({ name, type, nullable }) => ({ name, type, nullable })) }, columns: raw }, path);
  const header = parseHeader(meta, path);
  const typed = header.columns.map((c) => {
    const got = raw.find((x) => x.name === c.name);
    if (!got) throw new RangeError(`invalid file ${path}: no column ${c.name} (its header lists it)`);
    return coerceColumn(c, got.values, path);
  });
  return fromFrame({ header, columns: typed }, path);
}
