/** The CLI `npm run export:brian2 -- spec.json out.py` (scripts/export-brian2.mjs, on the built dist/). */
import { expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cuba } from "../../src/networks/cuba.js";
import { Network } from "../../src/network/network.js";
import { readNpy } from "../../src/export/npy.js";

const root = resolve(__dirname, "..", "..");

it("writes the script and its arrays beside it; the synapses read back equal the spec's network", () => {
  expect(existsSync(join(root, "dist", "index.js")), "run `npm run build` first").toBe(true);
  const dir = mkdtempSync(join(tmpdir(), "tightrope-export-cli-"));
  try {
    const spec = cuba({ n: 200, seed: 7 }).toSpec();
    writeFileSync(join(dir, "spec.json"), JSON.stringify(spec));
    const r = spawnSync(process.execPath, [join(root, "scripts", "export-brian2.mjs"), join(dir, "spec.json"), join(dir, "cuba.py"), "--duration", "250"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const script = readFileSync(join(dir, "cuba.py"), "utf8");
    expect(script).toContain(`DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cuba_data")`);
    expect(script).toContain(`ap.add_argument("--duration", type=float, default=250`);
    const proj = Network.fromSpec(spec).projections[1];
    expect(Array.from(readNpy(readFileSync(join(dir, "cuba_data", "s1_j.npy"))))).toEqual(Array.from(proj.col));
    const usage = spawnSync(process.execPath, [join(root, "scripts", "export-brian2.mjs"), join(dir, "spec.json")], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run export:brian2 -- spec.json out.py/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
