/**
 * The on-disk cache of a sweep: one file per point, named by a hash of the sweep function's source,
 * the library version, the point and its seed. Files are written to a temporary name and renamed, so
 * a crash never leaves a half-written entry under the real name; an unreadable entry (truncated,
 * empty, malformed — e.g. from an older version that wrote in place) is reported by path, removed
 * and recomputed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { warnOnce } from "../params/warn.js";
import { decodeJSON, encodeJSON } from "./codec.js";

/** A short hex hash of text. */
export function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 20);
}

/** Writes `text` to `file` atomically (temporary file in the same folder, then rename). */
export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Math.floor(performance.now() * 1000)}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** A sweep's cache folder. */
export class SweepCache {
  constructor(readonly dir: string, private readonly key: string) {
    mkdirSync(dir, { recursive: true });
    // temporary files left by a run that was killed mid-write
    for (const f of readdirSync(dir)) if (/\.tmp-\d+-\d+$/.test(f)) rmSync(join(dir, f), { force: true });
  }

  /** The file of a point. */
  file(pointKey: string, seed: number): string {
    return join(this.dir, `${hash(`${this.key}|${pointKey}|${seed}`)}.json`);
  }

  /** The cached row of a point, or undefined when absent or unreadable (then reported and removed). */
  read<T>(pointKey: string, seed: number): T | undefined {
    const file = this.file(pointKey, seed);
    if (!existsSync(file)) return undefined;
    try {
      const row = decodeJSON(readFileSync(file, "utf8"));
      if (typeof row !== "object" || row === null || !("result" in row)) throw new SyntaxError("not a sweep row");
      return row as T;
    } catch (e) {
      warnOnce(`sweep-cache:${file}`, `sweep cache file ${file} is unreadable (${(e as Error).message}); recomputing that point`);
      rmSync(file, { force: true });
      return undefined;
    }
  }

  /** Stores a point's row atomically. */
  write(pointKey: string, seed: number, row: unknown): void {
    writeAtomic(this.file(pointKey, seed), encodeJSON(row));
  }
}
