#!/usr/bin/env node
// Notebook runner: executes notebooks through the real tslab kernel with Jupyter's own client
// (nbclient, via scripts/execute_notebooks.py) and reports failures by notebook, cell and error text.
//
//   node scripts/notebooks.mjs [--reports] [--out DIR] [--params JSON] [--jobs N] [--timeout S] [--kernel deno] [NB.ipynb …]
//   (--kernel deno: run through Deno's Jupyter kernel instead of tslab; reports go to reports/deno/)
//   node scripts/notebooks.mjs --check-clean     fail if a committed notebook has outputs
//   node scripts/notebooks.mjs --strip           remove outputs from notebooks/ in place
//
// --reports writes executed notebooks, one standalone HTML page per notebook and reports/index.html.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";
import { jupyterEnv } from "../kernel-setup/setup.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const NOTEBOOK_DIR = join(root, "notebooks");

/** The notebooks in a folder, sorted by name. */
export function listNotebooks(dir = NOTEBOOK_DIR) {
  return readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort().map((f) => join(dir, f));
}

/** Cells of a notebook that carry outputs or execution counts (committed notebooks must have none). */
export function cellsWithOutputs(path) {
  const nb = JSON.parse(readFileSync(path, "utf8"));
  return nb.cells
    .map((c, i) => ({ cell: i + 1, outputs: c.outputs?.length ?? 0, count: c.execution_count ?? null }))
    .filter((c) => c.outputs > 0 || c.count !== null);
}

/** Removes outputs and execution counts in place; returns whether the file changed. */
export function stripNotebook(path) {
  const text = readFileSync(path, "utf8");
  const nb = JSON.parse(text);
  for (const c of nb.cells) {
    if (c.cell_type === "code") { c.outputs = []; c.execution_count = null; }
    if (c.metadata) { delete c.metadata.execution; delete c.metadata.scrolled; delete c.metadata.collapsed; }
  }
  const out = JSON.stringify(nb, null, 1) + "\n";
  if (out !== text) writeFileSync(path, out);
  return out !== text;
}

function python() {
  const envFile = join(root, "kernel-setup", "env.json");
  if (!existsSync(envFile)) throw new Error("the kernel is not set up: run `npm run kernel` (node kernel-setup/setup.mjs)");
  return JSON.parse(readFileSync(envFile, "utf8")).python;
}

/** Provenance for a report header: git commit (with "+changes" when the tree differs), version, date, Node, parameters. */
export function reportMeta(params) {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, encoding: "utf8" });
  const commit = git.status === 0 ? git.stdout.trim() + (dirty.stdout?.trim() ? " + uncommitted changes" : "") : "unknown (not a git checkout)";
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const parsed = params === undefined ? {} : typeof params === "string" ? JSON.parse(params) : params;
  return { commit, version, date: new Date().toISOString().replace(/\.\d+Z$/, "Z"), node: process.versions.node, params: parsed };
}

/** "checks: 12 passed, 0 failed" for a result, or a note that the notebook showed no checks table. */
export function checksSummary(result) {
  const c = result.checks;
  if (!c || !c.found) return "no checks table";
  return `checks: ${c.passed} passed, ${c.failed} failed${c.failed ? ` (${c.failing.join("; ")})` : ""}`;
}

/** Executes one notebook; resolves to the executor's JSON result (never rejects on a failing cell). */
export function runNotebook(path, { outDir, html = false, timeout = 300, params, kernel = "tslab" } = {}) {
  const meta = reportMeta(params);
  if (kernel !== "tslab") meta.kernel = kernel;
  const args = [join(root, "scripts", "execute_notebooks.py"), "--timeout", String(timeout), "--meta", JSON.stringify(meta)];
  if (kernel !== "tslab") args.push("--kernel", kernel);
  if (outDir) args.push("--out-dir", outDir);
  if (html) args.push("--html");
  args.push(path);
  const env = jupyterEnv();
  if (params !== undefined) env.TIGHTROPE_PARAMS = typeof params === "string" ? params : JSON.stringify(params);
  return new Promise((resolvePromise) => {
    const child = spawn(python(), args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("close", (code) => {
      const line = stdout.trim().split("\n").filter(Boolean).pop();
      let result;
      try { result = JSON.parse(line); } catch {
        result = { notebook: basename(path), ok: false, error: { text: `the executor exited ${code} without a result:\n${stderr.slice(-4000)}` } };
      }
      result.path = path;
      if (kernel !== "tslab") result.kernel = kernel;
      resolvePromise(result);
    });
  });
}

/** Runs notebooks `jobs` at a time, in order of name; calls onResult as each finishes. */
export async function runNotebooks(paths, { jobs = Math.min(2, cpus().length), onResult, ...options } = {}) {
  const results = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await runNotebook(paths[i], options);
      onResult?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

/** A failure as a user should read it: notebook, cell number, head of the source, the kernel's error text. */
export function formatFailure(result) {
  const e = result.error ?? {};
  const where = e.cell ? `cell ${e.cell}` : "before any cell ran";
  const head = (e.source ?? "").split("\n").slice(0, 3).map((l) => `    | ${l}`).join("\n");
  const text = (e.text ?? "").split("\n").map((l) => `    ${l}`).join("\n");
  return `✗ ${result.notebook}: ${where} failed\n${head ? `${head}\n` : ""}  error:\n${text}`;
}

function escapeHtml(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function notebookTitle(path) {
  try {
    const nb = JSON.parse(readFileSync(path, "utf8"));
    const md = nb.cells.find((c) => c.cell_type === "markdown");
    const src = Array.isArray(md?.source) ? md.source.join("") : md?.source ?? "";
    const h = /^#\s+(.+)$/m.exec(src);
    return h ? h[1].trim() : basename(path, ".ipynb");
  } catch { return basename(path, ".ipynb"); }
}

/**
 * Writes reports/index.html linking every notebook's page and write-up, with its status, checks and
 * run time. Entries are kept in reports/index.json, so a run of some notebooks updates their rows and
 * keeps the others (marked with the time they ran).
 */
export function writeIndex(outDir, results) {
  return withLock(join(outDir, ".index.lock"), () => writeIndexLocked(outDir, results));
}

/** Runs fn holding a lock folder (mkdir is atomic), so two runs updating one index do not lose each other's rows. */
function withLock(lock, fn) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try { mkdirSync(lock); break; } catch (e) {
      if (e.code !== "EEXIST") throw e;
      if (Date.now() > deadline) { rmSync(lock, { recursive: true, force: true }); continue; } // a crashed run left it
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  try { return fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

function writeIndexLocked(outDir, results) {
  const store = join(outDir, "index.json");
  let entries = {};
  try { entries = JSON.parse(readFileSync(store, "utf8")); } catch { entries = {}; }
  const when = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  for (const r of results) {
    entries[r.notebook] = {
      notebook: r.notebook, title: notebookTitle(r.path), ok: r.ok, cell: r.error?.cell ?? null, seconds: r.seconds ?? null,
      checks: r.checks ?? null, html: r.html ? relative(outDir, r.html) : null, writeup: r.writeup ? relative(outDir, r.writeup) : null, when,
    };
  }
  const list = Object.values(entries).sort((a, b) => a.notebook.localeCompare(b.notebook));
  const rows = list.map((e) => {
    const title = escapeHtml(e.title);
    const status = e.ok ? "ran" : `<b style="color:#b00">failed at cell ${e.cell ?? "?"}</b>`;
    const c = e.checks;
    const checks = !c || !c.found ? `<b style="color:#b00">no checks</b>` : c.failed ? `<b style="color:#b00">${c.failed} of ${c.passed + c.failed} fail</b>` : `${c.passed} pass`;
    const writeup = e.writeup ? ` · <a href="${escapeHtml(e.writeup)}">write-up</a>` : "";
    return `<tr><td>${e.html ? `<a href="${escapeHtml(e.html)}">${title}</a>${writeup}` : title}</td><td>${escapeHtml(e.notebook)}</td><td>${status}</td><td>${checks}</td><td>${e.seconds ?? "—"} s</td><td>${escapeHtml(e.when)}</td></tr>`;
  }).join("\n");
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>tightrope notebooks</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}td,th{padding:4px 10px;text-align:left}tr:nth-child(even){background:#f4f4f4}</style></head>
<body><h1>tightrope — executed notebooks</h1><p>Updated ${escapeHtml(when)} through ${results.some((r) => r.kernel === "deno") ? "Deno's Jupyter kernel" : `the tslab kernel (Node ${escapeHtml(process.versions.node)})`}. Each notebook has a full page (code and outputs) and a write-up without code. The library's <a href="api/index.html">API reference</a> is generated from its doc comments by <code>npm run docs</code>.</p>
<table><tr><th>notebook</th><th>file</th><th>status</th><th>checks</th><th>time</th><th>ran at</th></tr>
${rows}
</table></body></html>\n`;
  const file = join(outDir, "index.html");
  writeFileSync(`${file}.tmp-${process.pid}`, html);
  renameSync(`${file}.tmp-${process.pid}`, file);
  writeFileSync(`${store}.tmp-${process.pid}`, JSON.stringify(entries, null, 1));
  renameSync(`${store}.tmp-${process.pid}`, store);
  return file;
}

function wholeNumber(flag, text, min) {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(n) || n < min) throw new Error(`invalid ${flag}: ${JSON.stringify(text)} (expected a whole number ≥ ${min})`);
  return n;
}

function parseArgs(argv) {
  const opts = { paths: [], reports: false, outDir: undefined, params: undefined, jobs: undefined, timeout: 300, checkClean: false, strip: false, kernel: "tslab" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--reports") opts.reports = true;
    else if (a === "--out") opts.outDir = resolve(value());
    else if (a === "--params") opts.params = value();
    else if (a === "--jobs") opts.jobs = wholeNumber(a, value(), 1);
    else if (a === "--timeout") opts.timeout = wholeNumber(a, value(), 1);
    else if (a === "--kernel") {
      opts.kernel = value();
      if (!["tslab", "deno"].includes(opts.kernel)) throw new Error(`invalid --kernel: ${JSON.stringify(opts.kernel)} (expected tslab or deno)`);
    }
    else if (a === "--check-clean") opts.checkClean = true;
    else if (a === "--strip") opts.strip = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else opts.paths.push(resolve(a));
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const paths = opts.paths.length ? opts.paths : listNotebooks();
  if (opts.strip) {
    for (const p of paths) if (stripNotebook(p)) console.log(`stripped ${relative(root, p)}`);
    return 0;
  }
  if (opts.checkClean) {
    let bad = 0;
    for (const p of paths) {
      const cells = cellsWithOutputs(p);
      if (cells.length) {
        bad++;
        console.error(`✗ ${relative(root, p)} is committed with outputs in cell(s) ${cells.map((c) => c.cell).join(", ")}: run \`npm run strip\``);
      }
    }
    return bad ? 1 : 0;
  }
  if (opts.params !== undefined) {
    try { JSON.parse(opts.params); } catch (e) { throw new Error(`--params must be a JSON object, e.g. '{"seed": 7}': ${e.message}`); }
  }
  const outDir = opts.outDir ?? (opts.reports ? join(root, "reports", ...(opts.kernel === "tslab" ? [] : [opts.kernel])) : undefined);
  if (outDir) mkdirSync(outDir, { recursive: true });
  const start = Date.now();
  const results = await runNotebooks(paths, {
    outDir, html: opts.reports, timeout: opts.timeout, params: opts.params, jobs: opts.jobs, kernel: opts.kernel,
    onResult: (r) => console.log(r.ok ? `${r.checks?.failed || !r.checks?.found ? "!" : "✓"} ${r.notebook} (${r.seconds} s) — ${checksSummary(r)}` : formatFailure(r)),
  });
  const failed = results.filter((r) => !r.ok);
  const checkFailures = results.filter((r) => r.ok && (!r.checks?.found || r.checks.failed));
  if (opts.reports) {
    const index = writeIndex(outDir, results);
    console.log(`\nReports: ${relative(process.cwd(), index) || index} (one HTML page per notebook in ${relative(process.cwd(), outDir) || outDir}/)`);
  }
  const passed = results.reduce((a, r) => a + (r.checks?.passed ?? 0), 0), failedChecks = results.reduce((a, r) => a + (r.checks?.failed ?? 0), 0);
  console.log(`checks: ${passed} passed, ${failedChecks} failed over ${results.length} notebook(s)` +
    (checkFailures.length ? `; failing or missing checks in ${checkFailures.map((r) => r.notebook).join(", ")}` : ""));
  console.log(`notebooks: ${results.length - failed.length} passed, ${failed.length} failed (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return failed.length || checkFailures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code), (e) => { console.error(`notebooks: ${e.message}`); process.exit(2); });
}
