/**
 * `show(x)`: the one call notebooks use to display things. Plot options or a rendered figure are
 * shown as inline SVG; an arquero table as an HTML table; a string as markdown. Outside a kernel
 * nothing throws: tables and markdown are printed as text and figures are written to
 * `$TIGHTROPE_FIGURES` (default: the OS temp directory) with their path printed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { display } from "./kernel.js";
import { toInlineHTML, toStandaloneSVG } from "./render.js";
import { toFigure, type Plottable } from "./save.js";
import { escapeHTML } from "./checks.js";
import { fmt } from "../checks/format.js";
import { checkOptions, optionNames } from "../params/options.js";

/** The part of an arquero table that `show` uses. */
export interface TableLike {
  /** The number of rows. */
  numRows(): number;
  /** An HTML table of the first `limit` rows. */
  toHTML(options?: { limit?: number; format?: Record<string, (v: unknown) => string> }): string;
  /** A Markdown table of the first `limit` rows. */
  toMarkdown(options?: { limit?: number; format?: Record<string, (v: unknown) => string> }): string;
  /** The column names. */
  columnNames?(): string[];
  /** A column's values. */
  array?(name: string): ArrayLike<unknown>;
}

/** Whether `x` is an arquero table (duck-typed so core code need not import arquero). */
export function isTable(x: unknown): x is TableLike {
  return typeof x === "object" && x !== null && typeof (x as TableLike).toHTML === "function" &&
    typeof (x as TableLike).numRows === "function";
}

let figureCount = 0;

/** Options of {@link show}. */
export interface ShowOptions {
  /** Largest number of table rows shown (default 50); the hidden count is stated under the table. */
  limit?: number;
  /** Significant digits of numbers in tables (default 4; integers print in full, NaN as "—"). */
  digits?: number;
}

/**
 * Per-column formatters for a table: numbers with `digits` significant digits, values smaller than
 * 1e-9 of the column's largest magnitude as 0, NaN as "—". Also says whether a shown cell is NaN.
 */
export function tableFormat(x: TableLike, digits: number, limit: number): {
  /** A formatter per column name. */
  format: Record<string, (v: unknown) => string>;
  /** Whether a number among the shown rows is NaN (shown as "—"). */
  hasNaN: boolean;
} {
  const format: Record<string, (v: unknown) => string> = {};
  let hasNaN = false;
  if (!x.columnNames || !x.array) return { format, hasNaN };
  for (const name of x.columnNames()) {
    const col = x.array(name);
    let max = 0;
    let numeric = false;
    for (let k = 0; k < col.length; k++) {
      const v = col[k];
      if (typeof v === "number") {
        numeric = true;
        if (Number.isFinite(v)) max = Math.max(max, Math.abs(v));
        else if (Number.isNaN(v) && k < limit) hasNaN = true;
      }
    }
    if (!numeric) continue;
    const tiny = max * 1e-9;
    format[name] = (v: unknown) => typeof v === "number" ? fmt(Math.abs(v) < tiny ? 0 : v, digits) : v === null || v === undefined ? "" : String(v);
  }
  return { format, hasNaN };
}

const SHOW_OPTIONS = optionNames<ShowOptions>({ limit: true, digits: true });

/**
 * Displays a figure (Plot options or element), an arquero table, or markdown text. Returns nothing,
 * so a `show(…)` at the end of a notebook cell prints nothing more.
 */
export function show(x: Plottable | TableLike | string, options: ShowOptions = {}): void {
  checkOptions("show", options, SHOW_OPTIONS);
  const { limit = 50, digits = 4 } = options;
  const out = display();
  if (typeof x === "string") {
    if (out) out.markdown(x);
    else console.log(x);
    return;
  }
  if (isTable(x)) {
    if (!(Number.isInteger(limit) && limit >= 0)) throw new RangeError(`invalid limit: ${limit} (expected a whole number of rows ≥ 0)`);
    const { format, hasNaN } = tableFormat(x, digits, limit);
    const hidden = Math.max(0, x.numRows() - limit);
    const notes = [
      hidden ? `${hidden} of ${x.numRows()} rows not shown (show(table, { limit: ${x.numRows()} }) shows them all).` : "",
      hasNaN ? "— : not defined (NaN): the quantity cannot be computed for that row (e.g. a CV from fewer than three spikes, a mean of nothing)." : "",
    ].filter(Boolean);
    if (out) out.html(x.toHTML({ limit, format }) + notes.map((n) => `<p style="margin:2px 0"><small>${escapeHTML(n)}</small></p>`).join(""));
    else console.log([x.toMarkdown({ limit, format }), ...notes].join("\n"));
    return;
  }
  const figure = toFigure(x);
  if (out) {
    out.html(toInlineHTML(figure));
  } else {
    const dir = process.env.TIGHTROPE_FIGURES ?? join(tmpdir(), "tightrope-figures");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `figure-${process.pid}-${++figureCount}.svg`);
    writeFileSync(file, toStandaloneSVG(figure));
    console.log(`[figure written to ${file}]`);
  }
}
