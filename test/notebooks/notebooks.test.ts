/**
 * Every notebook in notebooks/ executed through the real tslab kernel (executed copies and HTML
 * pages go to reports/). A failing cell fails the test with notebook, cell and error text.
 */
import { describe, expect, it } from "vitest";
import { join, resolve, basename } from "node:path";
import { cellsWithOutputs, formatFailure, listNotebooks, runNotebook } from "../../scripts/notebooks.mjs";

const root = resolve(__dirname, "..", "..");
const NOTEBOOK_TIMEOUT_S = 120;

describe("notebooks", () => {
  for (const path of listNotebooks()) {
    it(`${basename(path)} is committed without outputs and runs through the tslab kernel`, async () => {
      expect(cellsWithOutputs(path)).toEqual([]);
      const r = await runNotebook(path, { outDir: join(root, "reports"), html: true, timeout: NOTEBOOK_TIMEOUT_S });
      if (!r.ok) throw new Error(formatFailure(r));
      expect(r.seconds).toBeLessThan(60);
    }, (NOTEBOOK_TIMEOUT_S + 30) * 1000);
  }
});
