/**
 * The notebooks executed through Deno's Jupyter kernel (the second kernel; kernel-setup installs it
 * from the deno package), unchanged: a failing cell, a missing checks table or a failing check fails
 * the test, as under tslab (test/notebooks/notebooks.test.ts). Executed copies and HTML pages go to
 * reports/deno/. `npm test` runs them all; TIGHTROPE_DENO_NOTEBOOKS=subset (DENO_SUBSET) or =none runs
 * fewer, for a quick local run. Deno.jupyter.display is asynchronous and Deno's kernel loses or misfiles
 * messages sent back to back, so tightrope paces its displays and holds each cell's end until they are
 * sent (src/display/kernel.ts); the burst test below is the regression test for that.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, basename } from "node:path";
import { checksSummary, formatFailure, listNotebooks, runNotebook } from "../../scripts/notebooks.mjs";

const root = resolve(__dirname, "..", "..");
const NOTEBOOK_TIMEOUT_S = 120;
/** Notebooks run under Deno with TIGHTROPE_DENO_NOTEBOOKS=subset (all of them with =all; none otherwise). */
const DENO_SUBSET = ["01-balance-equation.ipynb", "06-adaptation.ipynb", "14-aperiodic-exponent.ipynb", "16-dale-symmetry.ipynb"];

const env = JSON.parse(readFileSync(join(root, "kernel-setup", "env.json"), "utf8")) as { kernels?: string[] };
const which = process.env.TIGHTROPE_DENO_NOTEBOOKS;
if (which !== undefined && !["all", "subset", "none"].includes(which)) {
  throw new RangeError(`invalid TIGHTROPE_DENO_NOTEBOOKS: ${which} (expected all, subset or none)`);
}
const notebooks = which === "none" ? [] : which === "subset" ? listNotebooks().filter((p) => DENO_SUBSET.includes(basename(p))) : listNotebooks();

describe("notebooks under Deno's kernel", () => {
  it("the deno kernel is installed (kernel-setup found the deno package)", () => {
    expect(env.kernels, "kernel-setup/env.json lists no deno kernel: run npm install, then node kernel-setup/setup.mjs").toContain("deno");
    expect(existsSync(join(root, ".jupyter", "share", "jupyter", "kernels", "deno", "kernel.json"))).toBe(true);
  });
  it("a failing cell is reported with its number and error; a type error is NOT (Deno strips types; tslab checks them)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-deno-"));
    const cells = ["const x: number = \"not a number\";\nawait Deno.jupyter.display({ \"text/plain\": typeof x }, { raw: true });", "throw new Error(\"deliberately broken\");", "console.log('never');"];
    const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: cells.map((source) => ({ cell_type: "code", metadata: {}, source, execution_count: null, outputs: [] })) };
    writeFileSync(join(dir, "broken.ipynb"), JSON.stringify(nb));
    const r = await runNotebook(join(dir, "broken.ipynb"), { outDir: join(dir, "out"), kernel: "deno" });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(2);
    expect(formatFailure(r)).toContain("deliberately broken");
    const executed = JSON.parse(readFileSync(join(dir, "out", "broken.ipynb"), "utf8"));
    expect(executed.cells[0].outputs.map((o: { data?: Record<string, unknown> }) => [o.data?.["text/plain"]].flat().join(""))).toEqual(["string"]); // ran despite the type error
  }, 60_000);
  it("a burst of displays (40 of 60 kB, then a progress bar) arrives whole, in order and in its own cell", async () => {
    mkdirSync(join(root, ".cache"), { recursive: true });
    const dir = mkdtempSync(join(root, ".cache", "deno-burst-")); // inside the project, so Deno resolves "tightrope"
    const burst = (tag: string) => `for (let i = 0; i < 40; i++) tr.display()!.html("${tag}" + i + " " + "x".repeat(60000));`;
    const cells = [
      'import * as tr from "tightrope";',
      burst("A") + "\nlet s = 0; for (let i = 0; i < 5e7; i++) s += i % 7;\nconsole.log(\"after A\");",
      burst("B"),
      "const p = tr.progress(100, { interval: 0 }); for (let i = 0; i <= 100; i++) p.update(i); p.finish();",
      'console.log("last");',
    ];
    const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: cells.map((source) => ({ cell_type: "code", metadata: {}, source, execution_count: null, outputs: [] })) };
    writeFileSync(join(dir, "burst.ipynb"), JSON.stringify(nb));
    const r = await runNotebook(join(dir, "burst.ipynb"), { outDir: join(dir, "out"), kernel: "deno" });
    const executed = r.ok ? JSON.parse(readFileSync(join(dir, "out", "burst.ipynb"), "utf8")) : null;
    rmSync(dir, { recursive: true, force: true });
    if (!r.ok) throw new Error(formatFailure(r));
    const shown = executed.cells.map((c: { outputs: { output_type: string; data?: Record<string, unknown>; text?: unknown }[] }) =>
      c.outputs.map((o) => (o.output_type === "display_data" ? [o.data!["text/html"]].flat().join("").split(" ")[0] : [o.text].flat().join("").trim())));
    const seq = (tag: string) => Array.from({ length: 40 }, (_, i) => `${tag}${i}`);
    expect(shown[0]).toEqual([]);
    expect(shown[1].filter((x: string) => x !== "after A")).toEqual(seq("A"));
    expect(shown[1]).toContain("after A");
    expect(shown[2]).toEqual(seq("B"));
    expect(shown[3]).toHaveLength(1); // one progress output, updated in place
    expect([executed.cells[3].outputs[0].data["text/html"]].flat().join("")).toMatch(/<progress[^>]*value="1"[\s\S]*100 %/);
    expect(shown[4]).toEqual(["last"]);
  }, 120_000);
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
