/** Writing a file whole or not at all: to a temporary file beside it, then renamed into place. */
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";

/**
 * Calls `write(chunk)` as many times as `fill` needs and renames the result to `path`; on failure
 * nothing is left under `path` (nor a temporary file). Chunks are strings (UTF-8) or bytes.
 */
export function writeAtomic(path: string, fill: (write: (chunk: string | Uint8Array) => void) => void): void {
  if (typeof path !== "string" || path === "") throw new TypeError(`invalid path: ${JSON.stringify(path)} (expected a file name)`);
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    fill((chunk) => { typeof chunk === "string" ? writeSync(fd, chunk) : writeSync(fd, chunk); });
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    rmSync(tmp, { force: true });
    throw e;
  }
}
