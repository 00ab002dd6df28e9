/**
 * The notebooks executed through Deno's Jupyter kernel (the second kernel; kernel-setup installs it
 * from the deno package), unchanged: a failing cell, a missing checks table or a failing check fails
 * the test, as under tslab (test/notebooks/notebooks.test.ts). Executed copies and HTML pages go to
 * reports/deno/. `npm test` checks the kernel and its error reporting only; the notebooks themselves run
 * under Deno with TIGHTROPE_DENO_NOTEBOOKS=all (`npm run test:deno`) or =subset (DENO_SUBSET). Not in `npm
 * test`, because Deno.jupyter.display is asynchronous and tightrope's display helpers are not: a display
 * still pending when a cell ends can be lost (seen once in 16 notebooks on a fresh clone, notebook 01's
 * checks table), so a notebook run under Deno can fail by chance.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, basename } from "node:path";
import { checksSummary, formatFailure, listNotebooks, runNotebook } from "../../scripts/notebooks.mjs";

const root = resolve(__dirname, "..", "..");
const NOTEBOOK_TIMEOUT_S = 120;
/** Notebooks run under Deno with TIGHTROPE_DENO_NOTEBOOKS=subset (all of them with =all; none otherwise). */
const DENO_SUBSET = ["01-balance-equation.ipynb", "06-adaptation.ipynb", "14-aperiodic-exponent.ipynb", "16-dale-symmetry.ipynb"];

const env = JSON.parse(readFileSync(join(root, "kernel-setup", "env.json"), "utf8")) as { kernels?: string[] };
const which = process.env.TIGHTROPE_DENO_NOTEBOOKS;
const notebooks = which === "all" ? listNotebooks() : which === "subset" ? listNotebooks().filter((p) => DENO_SUBSET.includes(basename(p))) : [];

describe("notebooks under Deno's kernel", () => {
  it("the deno kernel is installed (kernel-setup found the deno package)", () => {
    expect(env.kernels, "kernel-setup/env.json lists no deno kernel: run npm install, then node kernel-setup/setup.mjs").toContain("deno");
    expect(existsSync(join(root, ".jupyter", "share", "jupyter", "kernels", "deno", "kernel.json"))).toBe(true);
  });
  it("a failing cell is reported with its number and error; a type error is NOT (Deno strips types; tslab checks them)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-deno-"));
    const cells = ["const x: number = \"not a number\";\nconsole.log(typeof x);", "throw new Error(\"deliberately broken\");", "console.log('never');"];
    const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: cells.map((source) => ({ cell_type: "code", metadata: {}, source, execution_count: null, outputs: [] })) };
    writeFileSync(join(dir, "broken.ipynb"), JSON.stringify(nb));
    const r = await runNotebook(join(dir, "broken.ipynb"), { outDir: join(dir, "out"), kernel: "deno" });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(2);
    expect(formatFailure(r)).toContain("deliberately broken");
    const executed = JSON.parse(readFileSync(join(dir, "out", "broken.ipynb"), "utf8"));
    expect([executed.cells[0].outputs[0].text].flat().join("")).toBe("string\n"); // ran despite the type error
  }, 60_000);
  for (const path of notebooks) {
    it(`${basename(path)} runs through Deno's kernel`, async () => {
      const r = await runNotebook(path, { outDir: join(root, "reports", "deno"), html: true, timeout: NOTEBOOK_TIMEOUT_S, kernel: "deno" });
      if (!r.ok) throw new Error(formatFailure(r));
      console.log(`${r.notebook} (deno): ${r.seconds} s, ${checksSummary(r)}`);
      expect(r.checks?.found, `${r.notebook} shows no checks table under Deno`).toBeGreaterThan(0);
      expect(r.checks?.failing, `${r.notebook} (deno): ${checksSummary(r)}`).toEqual([]);
    }, (NOTEBOOK_TIMEOUT_S + 30) * 1000);
  }
});
