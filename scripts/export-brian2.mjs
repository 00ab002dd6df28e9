#!/usr/bin/env node
// Writes a Brian2 2.5 script for a network spec (net.toSpec() saved as JSON), with its arrays beside it:
//   npm run export:brian2 -- spec.json out.py [--duration MS] [--target cython|numpy]
// → out.py and out_data/*.npy (synapses, initial state, per-neuron parameters). Run it with
//   /usr/bin/python3 out.py [--duration MS] [--seed N] [--out results.json]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); if (i < 0) return undefined; const v = args[i + 1]; args.splice(i, 2); return v; };
const USAGE = "usage: npm run export:brian2 -- spec.json out.py [--duration MS] [--target cython|numpy]";
const fail = (message, code = 1) => { console.error(`export:brian2: ${message}`); process.exit(code); };
const duration = opt("--duration"), target = opt("--target");
const unknown = args.find((a) => a.startsWith("--"));
if (unknown) fail(`unknown flag ${unknown} (expected --duration or --target)\n${USAGE}`, 2);
if (args.length !== 2) fail(USAGE, 2);
if (duration !== undefined && !(Number(duration) > 0)) fail(`invalid --duration: ${duration} (expected a positive number of ms)`, 2);
if (target !== undefined && !["cython", "numpy"].includes(target)) fail(`invalid --target: ${target} (expected cython or numpy)`, 2);
const [specFile, outFile] = args.map((a) => resolve(a));
if (!existsSync(specFile)) fail(`no spec file ${specFile} (save one with JSON.stringify(net.toSpec()))`);
let spec, out;
try {
  spec = JSON.parse(readFileSync(specFile, "utf8"));
} catch (e) { fail(`${specFile} is not JSON: ${e.message}`); }
const dataDir = basename(outFile).replace(/\.py$/, "") + "_data";
try {
  out = tr.toBrian2(spec, { dataDir, ...(duration ? { duration: Number(duration) } : {}), ...(target ? { target } : {}) });
} catch (e) { fail(e.message); }
mkdirSync(join(dirname(outFile), dataDir), { recursive: true });
for (const [name, a] of out.arrays) writeFileSync(join(dirname(outFile), dataDir, `${name}.npy`), tr.npyBytes(a));
writeFileSync(outFile, out.script);
console.log(`wrote ${outFile} and ${out.arrays.size} arrays in ${join(dirname(outFile), dataDir)}`);
