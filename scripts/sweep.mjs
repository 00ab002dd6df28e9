#!/usr/bin/env node
// Parameter sweeps from the command line, split into shards for a cluster's job array.
//
//   node scripts/sweep.mjs run SPEC.mjs [--shard i/n] [--workers W] [--cache DIR] [--time-limit S] [--memory-limit MB] --out PART.json
//   node scripts/sweep.mjs merge PART.json … --out RESULT.csv|RESULT.json
//
// SPEC.mjs exports `grid` (name → values), optionally `seed`, and `point(params, tr, seed)`, a
// self-contained function returning a record of numbers/strings/booleans/arrays. Every shard of the
// same spec and seed computes exactly the points (and results) the whole sweep would; `merge` joins
// the parts, refusing unreadable files, parts of different sweeps and duplicate shards, and checks
// that every point is present once. Exit status: 0 when every point ran and succeeded, 1 when any
// point failed or is missing or nothing ran, 2 for a usage error.
import { spawnSync } from "node:child_process";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// V8's parallel GC threads compete with the sweep's workers for the cores: re-run with single-threaded GC
if (!process.execArgv.includes("--single-threaded-gc")) {
  const r = spawnSync(process.execPath, ["--single-threaded-gc", ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// the core only (no Plot, arquero or mathjs): fast to load, so a usage error is reported at once
const tr = await import(join(root, "dist", "core.js"));
const library = join(root, "dist", "core.js");

class UsageError extends Error {}

const FLAGS = {
  run: { "--shard": "i/n", "--workers": "W", "--cache": "DIR", "--out": "PART.json", "--time-limit": "S", "--memory-limit": "MB" },
  merge: { "--out": "RESULT.csv" },
};
const USAGE = {
  run: "usage: sweep.mjs run SPEC.mjs [--shard i/n] [--workers W] [--cache DIR] [--time-limit S] [--memory-limit MB] --out PART.json",
  merge: "usage: sweep.mjs merge PART.json … --out RESULT.csv|RESULT.json",
};

/** Splits arguments into positional ones and known flags with values; anything else is a usage error. */
export function parseFlags(cmd, args) {
  const known = FLAGS[cmd];
  const flags = {};
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      if (!(a in known)) {
        const guess = tr.closest(a, Object.keys(known));
        throw new UsageError(`unknown option ${a} for ${cmd}${guess ? `; did you mean ${guess}?` : ` (expected ${Object.keys(known).join(", ")})`}`);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new UsageError(`${a} needs a value (${a} ${known[a]})`);
      flags[a] = args[++i];
    } else positional.push(a);
  }
  return { flags, positional };
}

function number(flags, name, { integer, min }) {
  if (flags[name] === undefined) return undefined;
  const text = flags[name];
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new UsageError(`invalid ${name}: ${JSON.stringify(text)} (expected ${integer ? "a whole number" : "a number"} ≥ ${min})`);
  }
  return n;
}

async function run(args) {
  const { flags, positional } = parseFlags("run", args);
  if (positional.length !== 1) throw new UsageError(USAGE.run);
  const specPath = positional[0];
  const spec = await import(pathToFileURL(resolve(specPath)).href);
  if (typeof spec.point !== "function" || !spec.grid) throw new UsageError(`${specPath} must export grid and point(params, tr, seed)`);
  const points = tr.grid(spec.grid);
  const shard = flags["--shard"];
  if (shard !== undefined) tr.parseShard(shard);
  const options = {
    points, fn: spec.point, seed: spec.seed ?? 1, shard, library, cache: flags["--cache"],
    workers: number(flags, "--workers", { integer: true, min: 1 }),
    timeLimit: number(flags, "--time-limit", { integer: false, min: 0.001 }),
    memoryLimit: number(flags, "--memory-limit", { integer: true, min: 16 }),
  };
  const rows = await tr.runSweep(options);
  const failures = tr.sweepFailures(rows);
  const out = flags["--out"] ?? `sweep${shard ? `-${shard.replace("/", "of")}` : ""}.json`;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  tr.writeShard(out, { sweep: tr.sweepIdentity(options), spec: specPath, shard: shard ? tr.parseShard(shard) : null, rows });
  const cached = rows.filter((r) => r.cached).length;
  console.log(`${rows.length} of ${points.length} points${shard ? ` (shard ${shard})` : ""} → ${out}${cached ? ` (${cached} from cache)` : ""}`);
  for (const f of failures) console.error(f);
  if (rows.length === 0) { console.error(`nothing ran: shard ${shard} of ${points.length} points is empty`); return 1; }
  if (failures.length) { console.error(`${failures.length} of ${rows.length} points failed`); return 1; }
  return 0;
}

async function merge(args) {
  const { flags, positional } = parseFlags("merge", args);
  if (!positional.length) throw new UsageError(USAGE.merge);
  const files = positional.map((path) => ({ path, part: tr.readShard(path) }));
  const { rows, missing } = tr.mergeShards(files);
  const aq = await import("arquero");
  const table = aq.from(tr.sweepRecords(rows));
  const out = flags["--out"] ?? "sweep.csv";
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out + ".tmp", out.endsWith(".json") ? tr.encodeJSON(tr.sweepRecords(rows), 1) : table.toCSV());
  renameSync(out + ".tmp", out);
  console.log(`merged ${files.length} part(s): ${rows.length} of ${files[0].part.sweep.total} points → ${out}`);
  const failed = rows.filter((r) => !r.ok);
  if (missing.length) console.error(`missing points: ${missing.join(", ")} (run their shards again)`);
  if (failed.length) console.error(`${failed.length} point(s) failed: ${tr.sweepFailures(rows).join("; ")}`);
  if (!missing.length) console.log(table.toMarkdown({ limit: 20 }));
  return missing.length || failed.length ? 1 : 0;
}

const [cmd, ...rest] = process.argv.slice(2);
const main = cmd === "run" ? run : cmd === "merge" ? merge : null;
if (!main) { console.error(`sweep: ${cmd === undefined ? "" : `unknown command ${cmd}; `}${USAGE.run}\n       ${USAGE.merge}`); process.exit(2); }
Promise.resolve().then(() => main(rest)).then((code) => process.exit(code), (e) => {
  console.error(`sweep: ${e.message}`);
  process.exit(e instanceof UsageError || e instanceof RangeError || e instanceof TypeError ? 2 : 1);
});
