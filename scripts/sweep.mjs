#!/usr/bin/env node
// Parameter sweeps from the command line, split into shards for a cluster's job array.
//
//   node scripts/sweep.mjs run SPEC.mjs [--shard i/n] [--workers W] [--cache DIR] --out PART.json
//   node scripts/sweep.mjs merge PART.json … --out RESULT.csv|RESULT.json
//
// SPEC.mjs exports `grid` (name → values), optionally `seed`, and `point(params, tr, seed)`, a
// self-contained function returning an object of numbers/strings. Every shard of the same spec and
// seed computes exactly the points (and results) the whole sweep would; `merge` joins the parts,
// checks that every point is present once, and writes one table.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// V8's parallel GC threads compete with the sweep's workers for the cores: re-run with single-threaded GC
if (!process.execArgv.includes("--single-threaded-gc")) {
  const r = spawnSync(process.execPath, ["--single-threaded-gc", ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const library = join(root, "dist", "core.js");
const aq = await import("arquero");

const [cmd, ...rest] = process.argv.slice(2);
const opt = (k) => { const i = rest.indexOf(k); return i >= 0 ? rest[i + 1] : undefined; };
const positional = rest.filter((a, i) => !a.startsWith("--") && !(i > 0 && rest[i - 1].startsWith("--")));

async function run() {
  const specPath = positional[0];
  if (!specPath) throw new Error("usage: sweep.mjs run SPEC.mjs [--shard i/n] [--workers W] [--cache DIR] --out PART.json");
  const spec = await import(pathToFileURL(resolve(specPath)).href);
  if (typeof spec.point !== "function" || !spec.grid) throw new Error(`${specPath} must export grid and point(params, tr, seed)`);
  const points = tr.grid(spec.grid);
  const shard = opt("--shard");
  const rows = await tr.runSweep({
    points, fn: spec.point, seed: spec.seed ?? 1, shard, library,
    workers: opt("--workers") ? Number(opt("--workers")) : undefined, cache: opt("--cache"),
  });
  const failures = tr.sweepFailures(rows);
  const out = opt("--out") ?? `sweep${shard ? `-${shard.replace("/", "of")}` : ""}.json`;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify({ spec: specPath, seed: spec.seed ?? 1, total: points.length, shard: shard ?? null, rows }, null, 1));
  console.log(`${rows.length} of ${points.length} points${shard ? ` (shard ${shard})` : ""} → ${out}` +
    `${rows.some((r) => r.cached) ? ` (${rows.filter((r) => r.cached).length} from cache)` : ""}`);
  for (const f of failures) console.error(f);
  return failures.length ? 1 : 0;
}

function merge() {
  const parts = positional.map((f) => JSON.parse(readFileSync(f, "utf8")));
  if (!parts.length) throw new Error("usage: sweep.mjs merge PART.json … --out RESULT.csv");
  const total = parts[0].total;
  const rows = tr.mergeSweeps(parts.map((p) => p.rows));
  const missing = [];
  for (let i = 0; i < total; i++) if (!rows.some((r) => r.index === i)) missing.push(i);
  const table = aq.from(tr.sweepRecords(rows));
  const out = opt("--out") ?? "sweep.csv";
  writeFileSync(out, out.endsWith(".json") ? JSON.stringify(table.objects(), null, 1) : table.toCSV());
  console.log(`merged ${parts.length} part(s): ${rows.length} of ${total} points → ${out}`);
  if (missing.length) { console.error(`missing points: ${missing.join(", ")} (run their shards again)`); return 1; }
  console.log(table.toMarkdown({ limit: 20 }));
  return 0;
}

const main = cmd === "run" ? run : cmd === "merge" ? merge : null;
if (!main) { console.error("usage: sweep.mjs run SPEC.mjs … | sweep.mjs merge PART.json …"); process.exit(2); }
Promise.resolve(main()).then((code) => process.exit(code), (e) => { console.error(`sweep: ${e.message}`); process.exit(2); });
