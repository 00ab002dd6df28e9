/**
 * The API reference (`npm run docs`, TypeDoc from the doc comments) builds without a warning: every
 * public export is documented, every link resolves, nothing public refers to an unexported type.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..", "..");

describe("API reference", () => {
  it("TypeDoc builds it with no warning (warnings are errors here)", () => {
    const out = mkdtempSync(join(tmpdir(), "tr-api-"));
    try {
      const r = spawnSync(process.execPath, [join(root, "node_modules", "typedoc", "bin", "typedoc"), "--out", out, "--treatWarningsAsErrors"],
        { cwd: root, encoding: "utf8" });
      expect(`${r.stdout}${r.stderr}`.match(/\[warning\].*|\[error\].*/g) ?? []).toEqual([]);
      expect(r.status).toBe(0);
      expect(existsSync(join(out, "index.html"))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 240_000);
});
