/**
 * Getting results out: `writeTable(table, path)` writes an arquero table as CSV (streamed in chunks,
 * so any number of rows fits), Arrow IPC (binary, compact, types and NaN kept) or JSON (rows), chosen
 * by the file's extension, atomically (temporary file, then rename). Tables built by tightrope carry
 * a guard: their `toCSV`/`toJSON` refuse tables of more than {@link EXPORT_ROW_LIMIT} rows — whose
 * text would pass what a JavaScript string can hold — with a message that points to Arrow.
 */
import { writeAtomic } from "../io/file.js";
import { extname } from "node:path";
import type * as aq from "arquero";

/** Rows above which toCSV/toJSON of a tightrope table refuse (about 10⁷ rows is hundreds of MB of text). */
export const EXPORT_ROW_LIMIT = 10_000_000;

const CHUNK = 200_000;

function tooLarge(method: string, rows: number, limit: number): Error {
  return new RangeError(`${method}() of a table with ${rows} rows (more than ${limit}) would build a string of hundreds of MB, ` +
    `past what JavaScript strings hold: write it with tr.writeTable(table, "results.arrow") (Arrow IPC: compact, ` +
    `round-trips with aq.loadArrow) or tr.writeTable(table, "results.csv") (streamed in chunks)`);
}

/**
 * Makes `table.toCSV()` and `table.toJSON()` refuse tables of more than `limit` rows with a message
 * pointing to {@link writeTable}; returns the table. Applied to the tables tightrope builds.
 */
export function guardExports(table: aq.ColumnTable, limit = EXPORT_ROW_LIMIT): aq.ColumnTable {
  const t = table as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ["toCSV", "toJSON"]) {
    const original = t[method];
    t[method] = function (this: aq.ColumnTable, ...args: unknown[]) {
      if (this.numRows() > limit) throw tooLarge(method, this.numRows(), limit);
      return original.apply(this, args);
    };
  }
  return table;
}

/**
 * Writes `table` to `path` by extension: `.csv` (streamed, header once), `.arrow`/`.feather` (Arrow
 * IPC) or `.json` (an array of row objects; refused above {@link EXPORT_ROW_LIMIT} rows). Nothing
 * half-written is left under `path` if it fails. Returns the number of rows written.
 * @throws TypeError for another extension.
 */
export function writeTable(table: aq.ColumnTable, path: string): number {
  const ext = extname(path).toLowerCase();
  if (![".csv", ".arrow", ".feather", ".json"].includes(ext)) {
    throw new TypeError(`invalid path: ${path} (expected a file ending in .csv, .arrow or .json)`);
  }
  const n = table.numRows();
  if (ext === ".json" && n > EXPORT_ROW_LIMIT) throw tooLarge("writeTable(….json)", n, EXPORT_ROW_LIMIT);
  writeAtomic(path, (write) => {
    if (ext === ".csv") {
      if (n === 0) write(table.toCSV());
      for (let start = 0; start < n; start += CHUNK) {
        const part = table.slice(start, Math.min(n, start + CHUNK)).toCSV({ header: start === 0 });
        write(part.endsWith("\n") ? part : `${part}\n`);
      }
    } else if (ext === ".json") {
      write(JSON.stringify(table.objects()));
    } else {
      write(table.toArrowIPC());
    }
  });
  return n;
}
