/**
 * Every notebook in notebooks/ executed through the real tslab kernel (executed copies and HTML
 * pages go to reports/). A failing cell fails the test with notebook, cell and error text; so does a
 * notebook that shows no checks table, or one of whose checks fails on the default parameters.
 * Run times are reported by the runner, never asserted.
 */
import { describe, expect, it } from "vitest";
import { join, resolve, basename } from "node:path";
import { cellsWithOutputs, checksSummary, formatFailure, listNotebooks, runNotebook } from "../../scripts/notebooks.mjs";

const root = resolve(__dirname, "..", "..");
const NOTEBOOK_TIMEOUT_S = 120;

describe("notebooks", () => {
  for (const path of listNotebooks()) {
    it(`${basename(path)} is committed without outputs and runs through the tslab kernel`, async () => {
      expect(cellsWithOutputs(path)).toEqual([]);
      const r = await runNotebook(path, { outDir: join(root, "reports"), html: true, timeout: NOTEBOOK_TIMEOUT_S });
      if (!r.ok) throw new Error(formatFailure(r));
      console.log(`${r.notebook}: ${r.seconds} s, ${checksSummary(r)}`);
      expect(r.checks?.found, `${r.notebook} shows no checks table (tr.showChecks)`).toBeGreaterThan(0);
      expect(r.checks?.failing, `${r.notebook}: ${checksSummary(r)}`).toEqual([]);
    }, (NOTEBOOK_TIMEOUT_S + 30) * 1000);
  }
});
