#!/usr/bin/env node
// The `prepack` and `postpack` hooks of `npm pack` and `npm publish`. dist is a symlink to the
// content-addressed build (.build/<hash>, see build.mjs), and npm does not follow symlinked folders:
// it would pack no dist at all. So prepack builds (or reuses) the build and puts a real copy of it
// under dist, and postpack points dist back at the build folder.
//
//   node scripts/pack.mjs --prepare    build, then dist becomes a real folder (a copy of the build)
//   node scripts/pack.mjs --restore    dist is the symlink to the build again
//
// A notebook kernel that imports dist while a pack runs sees the same files either way; the swaps
// are renames, so dist is missing only between two renames. The package test (test/package/) packs
// a copy of the project, never the live checkout, so it cannot disturb notebooks running beside it.
import { cpSync, existsSync, lstatSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD_DIR, build, link, sourceHash } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(root, "dist");

/** Builds, then replaces the dist symlink by a real copy of the build folder. */
export function prepare() {
  const target = build({ quiet: true });
  const copy = join(root, `.dist-pack-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(target, copy, { recursive: true });
  const old = join(root, `.dist-old-${process.pid}`);
  if (existsSync(DIST) || isLink(DIST)) renameSync(DIST, old);
  renameSync(copy, DIST);
  rmSync(old, { recursive: true, force: true });
}

/** Points dist at the build folder again (the real copy is removed). */
export function restore() {
  const target = join(BUILD_DIR, sourceHash());
  if (!existsSync(join(target, "index.js"))) {
    build({ quiet: true }); // the build was pruned or the sources changed meanwhile
    return;
  }
  if (isLink(DIST)) return;
  const old = join(root, `.dist-old-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, old);
  link(target);
  rmSync(old, { recursive: true, force: true });
}

function isLink(p) {
  try { return lstatSync(p).isSymbolicLink(); } catch { return false; }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [arg, ...rest] = process.argv.slice(2);
  try {
    if (rest.length > 0 || (arg !== "--prepare" && arg !== "--restore")) throw new Error(`expected --prepare or --restore, got ${process.argv.slice(2).join(" ") || "nothing"}`);
    if (arg === "--prepare") prepare(); else restore();
  } catch (e) {
    console.error(`pack: ${e.message}`);
    process.exit(1);
  }
}
