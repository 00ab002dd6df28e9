/**
 * The published package: `npm pack` (with its prepack/postpack hooks, on a copy of the project, so
 * notebooks running beside this test never see dist swapped) gives a tarball with the compiled
 * dist/, its types and the README — no sources, tests, notebooks, source maps or caches — that
 * installs into a fresh project (`npm install <tarball>`: its dependencies come from the npm
 * registry, or npm's cache) and runs a small CUBA network through both entry points, as an ES
 * module, through require() (the way tslab loads it), and type-checks against the shipped types.
 */
import { expect, it } from "vitest";
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const timings: string[] = [];
function sh(cmd: string, args: string[], cwd: string, timeout = 180_000): SpawnSyncReturns<string> {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout, env: { ...process.env, npm_config_update_notifier: "false" } });
  timings.push(`${args[0] === "install" || args[0] === "pack" ? `npm ${args[0]}` : args[0].split("/").pop()} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}
/** sh without blocking, so independent runs overlap. */
function shAsync(cmd: string, args: string[], cwd: string, label: string): Promise<SpawnSyncReturns<string>> {
  const t0 = Date.now();
  return new Promise((res) => {
    const child = spawn(cmd, args, { cwd });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("close", (status) => {
      timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      res({ status, stdout, stderr, pid: child.pid ?? 0, output: [], signal: null });
    });
  });
}
const tail = (r: SpawnSyncReturns<string>) => `${r.error ?? ""}\n${(r.stdout ?? "").slice(-1500)}\n${(r.stderr ?? "").slice(-2500)}`;

/** A copy of what `npm pack` needs (sources for prepack's build, which finds the build already made). */
function projectCopy(dir: string): string {
  const b = sh(process.execPath, [join(root, "scripts", "build.mjs"), "--quiet"], root);
  expect(b.status, `npm run build failed: ${tail(b)}`).toBe(0);
  const pkg = join(dir, "pkg");
  mkdirSync(pkg);
  for (const f of ["src", "scripts", "tsconfig.json", "tsconfig.build.json", "package.json", "README.md"]) cpSync(join(root, f), join(pkg, f), { recursive: true });
  const build = readlinkSync(join(root, "dist")); // .build/<hash>
  cpSync(join(root, build), join(pkg, build), { recursive: true });
  symlinkSync(build, join(pkg, "dist"), "dir");
  symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"), "dir");
  return pkg;
}

const ESM = `
import * as tr from "tightrope";
import * as core from "tightrope/core";
import { readFileSync } from "node:fs";
const run = (lib) => {
  const net = lib.cuba({ n: 400, seed: 7 });
  const e = net.monitorSpikes("E"), i = net.monitorSpikes("I");
  net.run(100);
  return { net, e, i };
};
const full = run(tr), c = run(core);
tr.writeParquet([full.e, full.i], "spikes.parquet");
const back = await tr.readParquet("spikes.parquet");
console.log(JSON.stringify({
  full: full.e.count + full.i.count, core: c.e.count + c.i.count,
  same: JSON.stringify(Array.from(full.e.spikes().t)) === JSON.stringify(Array.from(c.e.spikes().t)),
  parquet: back.spikes.reduce((a, s) => a + s.i.length, 0),
  coreHasTables: "spikesTable" in core, fullHasTables: typeof tr.spikesTable,
  version: tr.VERSION, packageVersion: JSON.parse(readFileSync("node_modules/tightrope/package.json", "utf8")).version,
}));
`;
const CJS = `
const tr = require("tightrope"), core = require("tightrope/core");
const net = core.cuba({ n: 400, seed: 7 });
const e = net.monitorSpikes("E");
net.run(100);
tr.writeCSV(e, "spikes.csv");
console.log(JSON.stringify({ spikes: e.count, csv: tr.readCSV("spikes.csv").spikes[0].i.length }));
`;
const TS = `
import * as tr from "tightrope";
import { cuba, type Spikes } from "tightrope/core";
const net: tr.Network = cuba({ n: 40 });
const s: Spikes = net.monitorSpikes("E").spikes(net.dt);
const rows: number = tr.writeCSV(s, "x.csv", { dt: net.dt });
export { rows };
`;

it("npm pack gives dist, types and the README, which install into a fresh project and run through both entry points", async () => {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), "tr-pack-"));
  const pkg = projectCopy(dir);

  const pack = sh(npm, ["pack", "--json", "--pack-destination", dir], pkg);
  expect(pack.status, `npm pack failed: ${tail(pack)}`).toBe(0);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("[")));
  const files: string[] = info.files.map((f: { path: string }) => f.path);
  for (const f of ["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/core.js", "dist/core.d.ts", "dist/io/parquet.js", "dist/models/lif.js"]) {
    expect(files, `the tarball lacks ${f}`).toContain(f);
  }
  const stray = files.filter((f) => !(f.startsWith("dist/") || f === "package.json" || f === "README.md") || f.endsWith(".map") || f.endsWith(".ipynb"));
  expect(stray, "files in the tarball besides dist/ (no maps), package.json and README.md").toEqual([]);
  expect(lstatSync(join(pkg, "dist")).isSymbolicLink(), "postpack points dist back at the build").toBe(true);
  // every sideEffects entry names a file that is in the package
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  for (const f of manifest.sideEffects as string[]) expect(files).toContain(f.replace(/^\.\//, ""));

  const app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  const install = sh(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, info.filename)], app, 240_000);
  if (install.status !== 0) {
    throw new Error(`npm install of the packed tarball failed — its dependencies come from the npm registry (or npm's cache), ` +
      `so without network access this test cannot pass; npm said:${tail(install)}`);
  }
  expect(existsSync(join(app, "node_modules", "tslab")), "tslab is an optional peer, not installed with the package").toBe(false);

  writeFileSync(join(app, "run.mjs"), ESM);
  writeFileSync(join(app, "run.cjs"), CJS);
  writeFileSync(join(app, "check.ts"), TS);
  const [esm, cjs, tsc] = await Promise.all([
    shAsync(process.execPath, ["run.mjs"], app, "run.mjs"),
    shAsync(process.execPath, ["run.cjs"], app, "run.cjs"),
    shAsync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--skipLibCheck",
      "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--types", "node", "--typeRoots", join(root, "node_modules", "@types"), "check.ts"], app, "tsc"),
  ]);
  expect(esm.status, `the ES module run failed: ${tail(esm)}`).toBe(0);
  const r = JSON.parse(esm.stdout.trim().split("\n").pop()!);
  expect(r.full).toBeGreaterThan(0);
  expect(r.core).toBe(r.full); // same seed, same network: the two entry points run the same code
  expect(r.same).toBe(true);
  expect(r.parquet).toBe(r.full);
  expect(r.coreHasTables, "the core entry point has no arquero edges").toBe(false);
  expect(r.fullHasTables).toBe("function");
  expect(r.version).toBe(r.packageVersion);
  expect(cjs.status, `require("tightrope") failed: ${tail(cjs)}`).toBe(0);
  const c = JSON.parse(cjs.stdout.trim());
  expect(c.spikes).toBeGreaterThan(0);
  expect(c.csv).toBe(c.spikes);
  expect(tsc.status, `type check against the shipped types failed: ${tail(tsc)}`).toBe(0);

  const seconds = (Date.now() - started) / 1000;
  console.log(`package test: tarball ${(info.size / 1024).toFixed(0)} kB (${info.entryCount} files, ${(info.unpackedSize / 2 ** 20).toFixed(1)} MB unpacked), ` +
    `${readdirSync(join(app, "node_modules")).length} top-level installed packages, ${seconds.toFixed(1)} s in all (${timings.join(", ")})`);
}, 400_000); // pack ~10 s, install ~20 s from npm's cache (longer from the registry), runs and type check ~10 s at once; more on a loaded machine
