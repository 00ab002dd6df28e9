/**
 * scripts/build.mjs: builds are content-addressed and swapped in atomically, so two builds at once
 * in one checkout both succeed and leave dist pointing at a complete build.
 */
import { expect, it } from "vitest";
import { cpSync, existsSync, lstatSync, mkdtempSync, readlinkSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..", "..");

function run(dir: string, args: string[] = []): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [join(dir, "scripts", "build.mjs"), ...args], { cwd: dir });
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.stderr.on("data", (d) => { out += d; });
    child.on("close", (code) => res({ code, out }));
  });
}

it("two builds at once both succeed, dist points at a complete build, and a change makes a new one beside the old", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tr-build-"));
  for (const f of ["src", "scripts", "tsconfig.json", "tsconfig.build.json", "package.json"]) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const [a, b] = await Promise.all([run(dir), run(dir)]);
  expect(a.code, a.out).toBe(0);
  expect(b.code, b.out).toBe(0);
  expect(lstatSync(join(dir, "dist")).isSymbolicLink()).toBe(true);
  const first = readlinkSync(join(dir, "dist"));
  expect(existsSync(join(dir, "dist", "index.js"))).toBe(true);
  expect(existsSync(join(dir, "dist", "checks", "checks.js"))).toBe(true);
  appendFileSync(join(dir, "src", "index.ts"), "\nexport const BUILD_TEST_MARK = 1;\n");
  expect((await run(dir)).code).toBe(0);
  const second = readlinkSync(join(dir, "dist"));
  expect(second).not.toBe(first);
  expect(existsSync(join(dir, first, "index.js"))).toBe(true);  // a kernel still using the old build keeps it
  writeFileSync(join(dir, "src", "broken.ts"), "export const x: number = 'not a number';\n");
  const broken = await run(dir);
  expect(broken.code).toBe(1);
  expect(broken.out).toMatch(/the TypeScript build failed[\s\S]*dist\/ was left as it was|Type 'string' is not assignable/);
  expect(readlinkSync(join(dir, "dist"))).toBe(second);
}, 180_000);
