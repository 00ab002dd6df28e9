/**
 * Shard files: what `sweep.mjs run --shard i/n` writes and `sweep.mjs merge` reads. Each holds the
 * sweep's identity, the shard and its rows (NaN, ±Infinity and −0 kept). Merging refuses files it
 * cannot read (naming them), parts of different sweeps, and the same shard twice, and lists the
 * points no part has.
 */
import { readFileSync } from "node:fs";
import { decodeJSON, encodeJSON } from "./codec.js";
import { writeAtomic } from "./cache.js";
import { mergeSweeps, type SweepIdentity, type SweepRow } from "./run.js";
import type { Shard } from "./grid.js";

/** The contents of a shard file. */
export interface ShardFile {
  format: "tightrope-sweep-shard";
  sweep: SweepIdentity;
  /** The spec or label the sweep came from, for messages. */
  spec: string;
  shard: Shard | null;
  rows: SweepRow[];
}

/** Writes a shard file atomically. */
export function writeShard(path: string, part: Omit<ShardFile, "format">): void {
  writeAtomic(path, encodeJSON({ format: "tightrope-sweep-shard", ...part }, 1));
}

/** Reads a shard file. @throws Error naming the file when it is missing, unreadable or not a shard file. */
export function readShard(path: string): ShardFile {
  let data: unknown;
  try {
    data = decodeJSON(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`cannot read shard file ${path}: ${(e as Error).message}`);
  }
  const f = data as ShardFile;
  if (typeof f !== "object" || f === null || f.format !== "tightrope-sweep-shard" || !f.sweep?.id || !Array.isArray(f.rows)) {
    throw new Error(`${path} is not a sweep shard file (written by \`sweep.mjs run … --out\`; files of older versions must be run again)`);
  }
  return f;
}

/** The merged rows of shard files, and the indices of points none of them has. */
export function mergeShards(files: readonly { path: string; part: ShardFile }[]): { rows: SweepRow[]; missing: number[]; sweep: SweepIdentity } {
  if (files.length === 0) throw new Error("nothing to merge: give one or more shard files");
  const first = files[0];
  const seen = new Map<string, string>();
  for (const { path, part } of files) {
    if (part.sweep.id !== first.part.sweep.id) {
      const what = (["version", "seed", "fn", "points"] as const).filter((k) => part.sweep[k] !== first.part.sweep[k])
        .map((k) => (k === "fn" ? "point function" : k === "points" ? "grid" : k));
      throw new Error(`${path} belongs to a different sweep than ${first.path} (they differ in ${what.join(", ") || "identity"})`);
    }
    const key = part.shard ? `${part.shard.index}/${part.shard.count}` : "whole";
    const other = seen.get(key);
    if (other) throw new Error(`${path} and ${other} are the same shard (${key}): give each shard once`);
    seen.set(key, path);
  }
  const rows = mergeSweeps(files.map((f) => f.part.rows));
  const have = new Set(rows.map((r) => r.index));
  const missing: number[] = [];
  for (let i = 0; i < first.part.sweep.total; i++) if (!have.has(i)) missing.push(i);
  return { rows, missing, sweep: first.part.sweep };
}
