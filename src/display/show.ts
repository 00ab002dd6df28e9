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

/** The part of an arquero table that `show` uses. */
export interface TableLike {
  numRows(): number;
  toHTML(options?: { limit?: number }): string;
  toMarkdown(options?: { limit?: number }): string;
}

/** Whether `x` is an arquero table (duck-typed so core code need not import arquero). */
export function isTable(x: unknown): x is TableLike {
  return typeof x === "object" && x !== null && typeof (x as TableLike).toHTML === "function" &&
    typeof (x as TableLike).numRows === "function";
}

let figureCount = 0;

/** Options of {@link show}. */
export interface ShowOptions {
  /** Largest number of table rows shown (default 50). */
  limit?: number;
}

/**
 * Displays a figure (Plot options or element), an arquero table, or markdown text. Returns nothing,
 * so a `show(…)` at the end of a notebook cell prints nothing more.
 */
export function show(x: Plottable | TableLike | string, { limit = 50 }: ShowOptions = {}): void {
  const out = display();
  if (typeof x === "string") {
    if (out) out.markdown(x);
    else console.log(x);
    return;
  }
  if (isTable(x)) {
    const html = x.toHTML({ limit });
    if (out) out.html(html);
    else console.log(x.toMarkdown({ limit }));
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
