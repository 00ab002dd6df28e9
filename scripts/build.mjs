#!/usr/bin/env node
// `npm run build`: compiles src/ into a content-addressed folder .build/<hash> (hash of src/, the
// tsconfig files and the TypeScript version) and points the `dist` symlink at it with an atomic rename.
// Two runs at once (two `npm start` or `npm test` in one checkout) never rewrite files under each
// other's kernels: a build is written to a private temporary folder, renamed into place whole, and
// never modified afterwards; an unchanged tree reuses its build. Old builds are pruned after a day.
//
//   node scripts/build.mjs [--quiet]          build (or reuse) and point dist at it
//   node scripts/build.mjs --link DIR         point dist at DIR (used by `npm run lab` for its watch build)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BUILD_DIR = join(root, ".build");
const DIST = join(root, "dist");
const DAY_MS = 24 * 3600 * 1000;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Hash of everything that determines the build's output. */
export function sourceHash() {
  const h = createHash("sha256");
  const inputs = [...files(join(root, "src")), join(root, "tsconfig.json"), join(root, "tsconfig.build.json"),
    join(root, "node_modules", "typescript", "package.json")].filter(existsSync).sort();
  for (const f of inputs) h.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}

/** Points dist at `target` (a folder) atomically, replacing an old real dist/ folder if there is one. */
export function link(target) {
  try {
    if (lstatSync(DIST).isDirectory()) rmSync(DIST, { recursive: true, force: true }); // the layout before .build/
  } catch { /* no dist yet */ }
  const tmp = join(root, `.dist-link-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(relative(root, target), tmp, "dir");
  renameSync(tmp, DIST);
}

function prune(keep) {
  for (const name of readdirSync(BUILD_DIR)) {
    const p = join(BUILD_DIR, name);
    if (p === keep || name === "lab") continue;
    try { if (Date.now() - statSync(p).mtimeMs > DAY_MS) rmSync(p, { recursive: true, force: true }); } catch { /* another run pruned it */ }
  }
}

/** Builds (or reuses) the library and points dist at it; returns the build folder. */
export function build({ quiet = false } = {}) {
  mkdirSync(BUILD_DIR, { recursive: true });
  const target = join(BUILD_DIR, sourceHash());
  if (!existsSync(join(target, "index.js"))) {
    const tmp = join(BUILD_DIR, `tmp-${process.pid}-${Date.now()}`);
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", tmp], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      process.stdout.write(r.stdout ?? "");
      process.stderr.write(r.stderr ?? "");
      throw new Error(`the TypeScript build failed (tsc exited ${r.status}); dist/ was left as it was`);
    }
    try { renameSync(tmp, target); } catch { rmSync(tmp, { recursive: true, force: true }); } // another run built the same tree first
    if (!quiet) console.log(`built ${relative(root, target)}`);
  }
  link(target);
  prune(target);
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args[0] === "--link") {
      if (!args[1]) throw new Error("--link needs a folder");
      link(resolve(args[1]));
    } else {
      for (const a of args) if (a !== "--quiet") throw new Error(`unknown option ${a} (expected --quiet or --link DIR)`);
      build({ quiet: args.includes("--quiet") });
    }
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
