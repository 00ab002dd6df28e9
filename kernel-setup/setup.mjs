#!/usr/bin/env node
// Kernel set-up for tightrope: idempotent, project-local, no manual steps.
//
// 1. checks the Node version (tslab turns every import into require(); Plot and arquero 8
//    are ESM-only and load through require() only on Node >= 20.19);
// 2. finds a Python that has Jupyter (jupyter_client, nbconvert, nbclient, IPython) — the first
//    python3 on PATH may not have it; on Debian as root it installs Debian's packages, otherwise
//    it prints the exact command to run and exits non-zero;
// 3. installs the tslab kernelspec into .jupyter/ inside the project (never the user's global
//    Jupyter directories) and verifies it with `jupyter kernelspec list`;
// 4. links node_modules/tightrope to the project (so notebooks `import * as tr from "tightrope"`:
//    tslab's TypeScript 5.0 resolves types only through node_modules, not by package self-reference);
// 5. installs Deno's Jupyter kernel (the `deno` devDependency: the npm package ships the platform
//    binary, nothing is downloaded at run time) as the second kernelspec "deno" in .jupyter/, with
//    its cache (DENO_DIR) in .cache/deno; skipped with a note when the deno package is missing;
// 6. writes kernel-setup/env.json, which the notebook runner and `npm run lab` read.
//
// Usage: node kernel-setup/setup.mjs [--force] [--quiet]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const prefix = join(root, ".jupyter");
const envFile = join(root, "kernel-setup", "env.json");
const tslabBin = join(root, "node_modules", ".bin", "tslab");
const force = process.argv.includes("--force");
const quiet = process.argv.includes("--quiet");
const DEBIAN_PACKAGES = ["jupyter-client", "jupyter-nbconvert", "python3-nbclient", "python3-notebook", "python3-ipykernel"];
const MODULES = ["jupyter_client", "nbconvert", "nbclient", "IPython", "notebook"];

const log = (msg) => { if (!quiet) console.log(`[kernel-setup] ${msg}`); };
const fail = (msg) => { console.error(`[kernel-setup] ERROR: ${msg}`); process.exit(1); };

/** Environment under which every Jupyter process of the project runs: nothing global is written. */
export function jupyterEnv(base = process.env) {
  return {
    ...base,
    JUPYTER_PATH: join(prefix, "share", "jupyter"),
    JUPYTER_DATA_DIR: join(prefix, "data"),
    JUPYTER_CONFIG_DIR: join(prefix, "config"),
    JUPYTER_RUNTIME_DIR: join(prefix, "runtime"),
    IPYTHONDIR: join(prefix, "ipython"),
    JUPYTER_PLATFORM_DIRS: "1",
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
}

function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: tightrope needs Node >= 20.19 ` +
      `(tslab compiles imports to require(), and Plot and arquero 8 are ESM-only modules that ` +
      `require() can load only from Node 20.19 / 22.12 on). Install a newer Node and run again.`);
  }
}

function hasJupyter(python) {
  const code = `import ${MODULES.join(", ")}`;
  const r = spawnSync(python, ["-c", code], { stdio: "ignore" });
  return r.status === 0;
}

function candidates() {
  const list = [];
  list.push("/usr/bin/python3");
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir) list.push(join(dir, "python3"));
  return [...new Set(list)].filter((p) => existsSync(p));
}

/**
 * The Python to use. An explicit TIGHTROPE_PYTHON must exist and have Jupyter: a wrong one is an
 * error naming it, never a silent fall-back to another Python.
 */
function findPython() {
  const chosen = process.env.TIGHTROPE_PYTHON;
  if (chosen !== undefined && chosen !== "") {
    if (!existsSync(chosen)) fail(`TIGHTROPE_PYTHON=${chosen} does not exist (set it to a python that has Jupyter, or unset it to search /usr/bin/python3 and PATH).`);
    const probe = `import importlib.util as u\nprint("tightrope-probe", *[m for m in ${JSON.stringify(MODULES)} if u.find_spec(m) is None])`;
    const r = spawnSync(chosen, ["-c", probe], { encoding: "utf8" });
    const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith("tightrope-probe"));
    if (r.status !== 0 || !line) fail(`TIGHTROPE_PYTHON=${chosen} is not a working Python 3 (it did not run a one-line script): set it to a python3 with Jupyter, or unset it.`);
    const missing = line.split(" ").slice(1).filter(Boolean);
    if (missing.length) fail(`TIGHTROPE_PYTHON=${chosen} cannot import ${missing.join(", ")} (install Jupyter for it, e.g. \`apt-get install ${DEBIAN_PACKAGES.join(" ")}\` for Debian's python3, or unset TIGHTROPE_PYTHON).`);
    return chosen;
  }
  return candidates().find(hasJupyter);
}

function installDebianJupyter() {
  const isDebian = existsSync("/etc/debian_version");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES.join(" ")}`;
  if (!isDebian || !isRoot) {
    fail(`no Python with Jupyter (${MODULES.join(", ")}) was found.\n` +
      (isDebian ? `  Run:  sudo sh -c '${cmd}'\n` :
        `  Install Jupyter (jupyter_client, nbconvert, nbclient, notebook, ipykernel) for a python3, e.g.\n` +
        `    python3 -m pip install notebook nbconvert nbclient ipykernel\n`) +
      `  or point TIGHTROPE_PYTHON at a python that has it, then run npm again.`);
  }
  log(`Jupyter not found: installing Debian packages ${DEBIAN_PACKAGES.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...DEBIAN_PACKAGES],
    { stdio: quiet ? "ignore" : "inherit", env });
  let r = install();
  if (r.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: quiet ? "ignore" : "inherit", env });
    r = install();
  }
  if (r.status !== 0) fail(`apt-get install failed (exit ${r.status}); run it by hand:  ${cmd}`);
}

function kernelOk(python) {
  const specFile = join(prefix, "share", "jupyter", "kernels", "tslab", "kernel.json");
  if (!existsSync(specFile)) return false;
  const spec = JSON.parse(readFileSync(specFile, "utf8"));
  if (spec.argv?.[0] !== tslabBin) return false;
  return listKernels(python).includes("tslab");
}

function listKernels(python) {
  const r = spawnSync(python, ["-m", "jupyter_client.kernelspecapp", "list", "--json"],
    { env: jupyterEnv(), encoding: "utf8" });
  if (r.status !== 0) return [];
  try { return Object.keys(JSON.parse(r.stdout).kernelspecs); } catch { return []; }
}

/**
 * node_modules/tightrope → the project root, so `import "tightrope"` works from notebooks (types and
 * runtime). A link that points elsewhere (e.g. a worktree sharing another checkout's node_modules)
 * is replaced only when node_modules is this project's own.
 */
export function linkSelf() {
  const link = join(root, "node_modules", "tightrope");
  const target = join(root, "node_modules", "..");
  let current = null;
  try { current = realpathSync(link); } catch { current = null; }
  if (current === realpathSync(root)) return;
  if (realpathSync(join(root, "node_modules")) !== join(realpathSync(root), "node_modules")) {
    log(`node_modules is shared with another checkout: notebooks here import "tightrope" from ${current ?? "nowhere"}; give this checkout its own node_modules to import its own build`);
    if (current !== null) return;
  }
  try { if (lstatSync(link)) rmSync(link, { force: true }); } catch { /* absent */ }
  symlinkSync("..", link, "dir");
  log(`linked node_modules/tightrope → ${target}`);
}

/**
 * The Deno binary of the project's `deno` package (or TIGHTROPE_DENO): node_modules/deno/deno, which
 * its install script links to the platform package (@deno/linux-x64-glibc, …), else that package's binary.
 */
export function findDeno() {
  const chosen = process.env.TIGHTROPE_DENO;
  if (chosen) return existsSync(chosen) ? chosen : null;
  const exe = process.platform === "win32" ? "deno.exe" : "deno";
  const direct = join(root, "node_modules", "deno", exe);
  if (existsSync(direct)) return direct;
  const libc = process.platform === "linux" ? "-glibc" : "";
  try {
    const req = createRequire(join(root, "node_modules", "deno", "package.json"));
    const bin = join(dirname(req.resolve(`@deno/${process.platform}-${process.arch}${libc}/package.json`)), exe);
    return existsSync(bin) ? bin : null;
  } catch { return null; }
}

/** Writes the "deno" kernelspec (Deno's built-in Jupyter kernel) into .jupyter/; returns whether it did. */
function installDeno(python) {
  const deno = findDeno();
  if (!deno) {
    log("the deno package is not installed (npm install): only the tslab kernel is set up");
    return false;
  }
  const dir = join(prefix, "share", "jupyter", "kernels", "deno");
  const spec = {
    argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno (TypeScript)",
    language: "typescript",
    env: { DENO_DIR: join(root, ".cache", "deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  };
  const text = JSON.stringify(spec, null, 1) + "\n";
  const file = join(dir, "kernel.json");
  if (!force && existsSync(file) && readFileSync(file, "utf8") === text && listKernels(python).includes("deno")) return true;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp-${process.pid}`, text);
  renameSync(`${file}.tmp-${process.pid}`, file);
  if (!listKernels(python).includes("deno")) fail(`the deno kernelspec did not appear in \`jupyter kernelspec list\` (wrote ${file}).`);
  log(`installed the deno kernelspec (${deno}) into ${prefix}`);
  return true;
}

function main() {
  checkNode();
  if (!existsSync(tslabBin)) fail(`${tslabBin} is missing: run \`npm install\` first.`);
  let python = findPython();
  if (!python) { installDebianJupyter(); python = findPython(); }
  if (!python) fail("Jupyter was installed but no python3 can import it; set TIGHTROPE_PYTHON.");

  if (force || !kernelOk(python)) {
    log(`installing the tslab kernelspec into ${prefix} (python: ${python})`);
    mkdirSync(prefix, { recursive: true });
    execFileSync(tslabBin, ["install", `--python=${python}`, `--binary=${tslabBin}`, `--prefix=${prefix}`],
      { stdio: quiet ? "ignore" : "inherit", env: jupyterEnv() });
    const kernels = listKernels(python);
    if (!kernels.includes("tslab")) {
      fail(`the tslab kernelspec did not appear in \`jupyter kernelspec list\` (found: ${kernels.join(", ") || "none"}).`);
    }
    log(`verified: jupyter kernelspec list shows ${kernels.join(", ")}`);
  }
  const deno = installDeno(python);
  linkSelf();
  const jupyterBin = join(dirname(python), "jupyter");
  const tmp = `${envFile}.tmp-${process.pid}`; // atomic: a concurrent run never reads half a file
  writeFileSync(tmp, JSON.stringify({ python, jupyter: existsSync(jupyterBin) ? jupyterBin : null, prefix, kernels: deno ? ["tslab", "deno"] : ["tslab"] }, null, 2) + "\n");
  renameSync(tmp, envFile);
  log(`ready: python ${python}, kernel${deno ? "s tslab and deno" : " tslab"} in ${prefix}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
