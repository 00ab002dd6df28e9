/**
 * The notebook runner: failures name notebook, cell and error; committed outputs are caught;
 * parameters reach the kernel. These run real tslab kernels (a few seconds each).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cellsWithOutputs, checksSummary, formatFailure, runNotebook, stripNotebook, writeIndex } from "../../scripts/notebooks.mjs";

const root = resolve(__dirname, "..", "..");
const KERNEL_TIMEOUT = 60_000;

function notebook(dir: string, name: string, cells: string[], outputs = false): string {
  const nb = {
    nbformat: 4, nbformat_minor: 4,
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    cells: cells.map((source) => ({
      cell_type: "code", metadata: {}, source, execution_count: outputs ? 1 : null,
      outputs: outputs ? [{ output_type: "stream", name: "stdout", text: "x\n" }] : [],
    })),
  };
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(nb));
  return path;
}

describe("notebook runner", () => {
  it("a runtime error fails with notebook name, cell number, source head and the kernel's error text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const path = notebook(dir, "broken.ipynb", ["const a = 1;", "console.log(a);", "throw new Error(\"deliberately broken: E/I out of balance\");", "console.log('never');"]);
    const r = await runNotebook(path, { outDir: join(dir, "out") });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(3);
    const msg = formatFailure(r);
    expect(msg).toContain("broken.ipynb");
    expect(msg).toContain("cell 3 failed");
    expect(msg).toContain('throw new Error("deliberately broken');
    expect(msg).toContain("deliberately broken: E/I out of balance");
    expect(existsSync(join(dir, "out", "broken.ipynb"))).toBe(true);
  }, KERNEL_TIMEOUT);

  it("a type error fails with the compiler's message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const path = notebook(dir, "typed.ipynb", ["const x: number = \"not a number\";"]);
    const r = await runNotebook(path);
    expect(r.ok).toBe(false);
    expect(formatFailure(r)).toMatch(/typed\.ipynb: cell 1 failed[\s\S]*Type 'string' is not assignable to type 'number'/);
  }, KERNEL_TIMEOUT);

  it("the CLI exits non-zero and prints the failure for a broken notebook", () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const path = notebook(dir, "cli-broken.ipynb", ["console.log('ok');", "undefinedFunction();"]);
    const r = spawnSync(process.execPath, [join(root, "scripts", "notebooks.mjs"), path], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("✗ cli-broken.ipynb: cell 2 failed");
    expect(r.stdout).toContain("undefinedFunction");
    expect(r.stdout).toContain("notebooks: 0 passed, 1 failed");
  }, KERNEL_TIMEOUT);

  it("parameters reach the kernel through TIGHTROPE_PARAMS, and HTML reports are written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const path = notebook(dir, "params.ipynb", ["console.log('seed=' + JSON.parse(process.env.TIGHTROPE_PARAMS ?? '{}').seed);"]);
    const out = join(dir, "out");
    const r = await runNotebook(path, { outDir: out, html: true, params: { seed: 42 } });
    expect(r.ok).toBe(true);
    expect(readFileSync(join(out, "params.ipynb"), "utf8")).toContain("seed=42");
    expect(readFileSync(r.html!, "utf8")).toContain("seed=42");
    const index = readFileSync(writeIndex(out, [r]), "utf8");
    expect(index).toContain('href="params.html"');
    expect(index).toContain('href="api/index.html"'); // the API reference (npm run docs)
  }, KERNEL_TIMEOUT);

  it("checks shown with showChecks are counted, copied to the top of the report with provenance, and a write-up without code is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const lib = JSON.stringify(join(root, "dist", "index.js"));
    const path = notebook(dir, "checked.ipynb", [
      `import * as tr from ${lib};`,
      "const c = new tr.Checks();\nc.near('rate (Hz)', 20.5, 20, { rel: 0.1, source: 'Brunel 2000 Fig. 8' });\nc.below('imbalance', 0.5, 0.3, { source: 'criterion' });\ntr.showChecks(c);",
    ]);
    const out = join(dir, "out");
    const r = await runNotebook(path, { outDir: out, html: true, params: { seed: 3 } });
    expect(r.ok).toBe(true);
    expect(r.checks).toMatchObject({ found: 1, passed: 1, failed: 1, failing: ["imbalance"] });
    expect(checksSummary(r)).toBe("checks: 1 passed, 1 failed (imbalance)");
    const page = readFileSync(r.html!, "utf8");
    const header = page.indexOf("tightrope-report-header");
    expect(header).toBeGreaterThan(0);
    expect(page.indexOf("tightrope-checks")).toBeGreaterThan(header);  // the copy at the top comes first
    expect(page).toMatch(/overridden parameters: seed = 3/);
    expect(page).toMatch(/commit [0-9a-f]{7}/);
    const writeup = readFileSync(r.writeup!, "utf8");
    expect(writeup).toContain("tightrope-checks");
    expect(writeup).not.toMatch(/showChecks/);
    expect(page).toMatch(/showChecks/);
  }, KERNEL_TIMEOUT);

  it("the report index keeps other notebooks' rows when one notebook is re-run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const out = join(dir, "out");
    const a = notebook(dir, "a.ipynb", ["console.log('a')"]);
    const b = notebook(dir, "b.ipynb", ["console.log('b')"]);
    const [ra, rb] = await Promise.all([runNotebook(a, { outDir: out, html: true }), runNotebook(b, { outDir: out, html: true })]);
    writeIndex(out, [ra, rb]);
    const index = readFileSync(writeIndex(out, [ra]), "utf8");
    expect(index).toContain('href="a.html"');
    expect(index).toContain('href="b.html"');
    expect(index).toContain("no checks");
  }, KERNEL_TIMEOUT);

  it("an unhandled rejection, a hung cell and a kernel that exits each fail the notebook and name the cell that ran", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const rejected = notebook(dir, "rejected.ipynb", ["console.log(1);", "(async () => { throw new Error('lost in a promise'); })();\nawait new Promise((r) => setTimeout(r, 100));", "console.log(3);"]);
    const hung = notebook(dir, "hung.ipynb", ["console.log(1);", "const t0 = Date.now();\nwhile (Date.now() - t0 < 30000) {}", "console.log(3);"]);
    const exits = notebook(dir, "exits.ipynb", ["console.log(1);", "process.exit(3);", "console.log(3);"]);
    const [r1, r2, r3] = await Promise.all([runNotebook(rejected), runNotebook(hung, { timeout: 4 }), runNotebook(exits)]);
    expect(r1.ok).toBe(false);
    expect(r1.error?.cell).toBe(2);
    expect(r1.error?.text).toMatch(/unhandled promise rejection[\s\S]*lost in a promise/);
    expect(r2.ok).toBe(false);
    expect(r2.error?.cell).toBe(2);
    expect(formatFailure(r2)).toMatch(/hung\.ipynb: cell 2 failed[\s\S]*timed out after 4 s/);
    expect(r3.ok).toBe(false);
    expect(r3.error?.cell).toBe(2);
    expect(r3.error?.text).toMatch(/the kernel died/);
  }, KERNEL_TIMEOUT);

  it("two runs at once in one folder (build, execute, report) both succeed and keep both notebooks in the index", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const out = join(dir, "reports");
    const lib = JSON.stringify(join(root, "dist", "index.js"));
    const a = notebook(dir, "first.ipynb", [`import * as tr from ${lib};`, "const c = new tr.Checks();\nc.above('x', 2, 1, { source: 'criterion' });\ntr.showChecks(c);"]);
    const b = notebook(dir, "second.ipynb", [`import * as tr from ${lib};`, "console.log(tr.fmt(0.1 + 0.2));"]);
    const both = [a, b].map((nb) => new Promise<{ code: number | null; out: string }>((res) => {
      const sh = `node ${JSON.stringify(join(root, "scripts", "build.mjs"))} --quiet && node ${JSON.stringify(join(root, "scripts", "notebooks.mjs"))} --reports --out ${JSON.stringify(out)} ${JSON.stringify(nb)}`;
      const child = spawn("sh", ["-c", sh], { cwd: root });
      let text = "";
      child.stdout.on("data", (d) => { text += d; });
      child.stderr.on("data", (d) => { text += d; });
      child.on("close", (code) => res({ code, out: text }));
    }));
    const [ra, rb] = await Promise.all(both);
    expect(ra.out).toContain("✓ first.ipynb");
    expect(ra.out).toContain("checks: 1 passed, 0 failed");
    expect(rb.out).toContain("second.ipynb");  // ran (it has no checks table, so the CLI flags it)
    expect(rb.out).not.toMatch(/failed at cell|Cannot find module/);
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toContain('href="first.html"');
    expect(index).toContain('href="second.html"');
  }, 2 * KERNEL_TIMEOUT);

  it("the CLI rejects a bad --jobs or --timeout instead of running nothing", () => {
    for (const args of [["--jobs", "abc"], ["--jobs", "0"], ["--timeout", "-5"], ["--jobs", "1.5"]]) {
      const r = spawnSync(process.execPath, [join(root, "scripts", "notebooks.mjs"), ...args], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`invalid ${args[0]}: "${args[1]}" (expected a whole number ≥ 1)`);
    }
  });

  it("cellsWithOutputs finds committed outputs and stripNotebook removes them", () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-nb-"));
    const path = notebook(dir, "dirty.ipynb", ["1", "2"], true);
    expect(cellsWithOutputs(path).map((c) => c.cell)).toEqual([1, 2]);
    const r = spawnSync(process.execPath, [join(root, "scripts", "notebooks.mjs"), "--check-clean", path], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("dirty.ipynb is committed with outputs in cell(s) 1, 2");
    expect(stripNotebook(path)).toBe(true);
    expect(cellsWithOutputs(path)).toEqual([]);
    expect(stripNotebook(path)).toBe(false);
  });
});
