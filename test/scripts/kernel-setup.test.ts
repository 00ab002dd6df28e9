/** kernel-setup/setup.mjs refuses an explicit TIGHTROPE_PYTHON that is wrong instead of falling back silently. */
import { expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const setup = resolve(__dirname, "..", "..", "kernel-setup", "setup.mjs");
const run = (python: string) => spawnSync(process.execPath, [setup, "--quiet"], { env: { ...process.env, TIGHTROPE_PYTHON: python }, encoding: "utf8" });

it("a TIGHTROPE_PYTHON that does not exist is an error naming it", () => {
  const r = run("/no/such/python3");
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("TIGHTROPE_PYTHON=/no/such/python3 does not exist");
});

it("a TIGHTROPE_PYTHON that is not Python, or lacks Jupyter, is an error naming what is missing", () => {
  expect(run("/bin/true").stderr).toContain("is not a working Python 3");
  const dir = mkdtempSync(join(tmpdir(), "tr-py-"));
  const bare = join(dir, "python3");
  writeFileSync(bare, "#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n");  // -S: no site-packages, so no Jupyter
  chmodSync(bare, 0o755);
  const r = run(bare);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/cannot import jupyter_client.*nbclient/);
});
