#!/usr/bin/env node
// `npm run lab`: Jupyter Notebook on notebooks/ with the project's tslab kernel, bound to localhost,
// with `tsc --watch` rebuilding .build/lab (dist points there after each compile) so edits under src/
// reach the next import in a notebook.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { jupyterEnv } from "../kernel-setup/setup.mjs";
import { BUILD_DIR, link } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { python } = JSON.parse(readFileSync(join(root, "kernel-setup", "env.json"), "utf8"));
const watch = spawn(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json", "--outDir", join(BUILD_DIR, "lab"), "--watch", "--preserveWatchOutput"],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
// after each compile, point dist at the watch build (a concurrent `npm test` may have pointed it elsewhere)
watch.stdout.on("data", (d) => { if (/Watching for file changes/.test(String(d))) link(join(BUILD_DIR, "lab")); });
const asRoot = typeof process.getuid === "function" && process.getuid() === 0; // containers often run as root
const lab = spawn(python, ["-m", "notebook", "--ip=127.0.0.1", `--notebook-dir=${join(root, "notebooks")}`, ...(asRoot ? ["--allow-root"] : []), ...process.argv.slice(2)],
  { cwd: root, env: jupyterEnv(), stdio: "inherit" });
const stop = () => { watch.kill(); lab.kill(); };
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
lab.on("exit", (code) => { watch.kill(); process.exit(code ?? 0); });
