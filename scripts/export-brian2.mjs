#!/usr/bin/env node
// Writes a Brian2 2.5 script for a network spec (net.toSpec() saved as JSON), with its arrays beside it:
//   npm run export:brian2 -- spec.json out.py [--duration MS] [--target cython|numpy]
// → out.py and out_data/*.npy (synapses, initial state, per-neuron parameters). Run it with
//   /usr/bin/python3 out.py [--duration MS] [--seed N] [--out results.json]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); if (i < 0) return undefined; const v = args[i + 1]; args.splice(i, 2); return v; };
const duration = opt("--duration"), target = opt("--target");
if (args.length !== 2) {
  console.error("usage: npm run export:brian2 -- spec.json out.py [--duration MS] [--target cython|numpy]");
  process.exit(2);
}
const [specFile, outFile] = args.map((a) => resolve(a));
const spec = JSON.parse(readFileSync(specFile, "utf8"));
const dataDir = basename(outFile).replace(/\.py$/, "") + "_data";
const out = tr.toBrian2(spec, { dataDir, ...(duration ? { duration: Number(duration) } : {}), ...(target ? { target } : {}) });
mkdirSync(join(dirname(outFile), dataDir), { recursive: true });
for (const [name, a] of out.arrays) writeFileSync(join(dirname(outFile), dataDir, `${name}.npy`), tr.npyBytes(a));
writeFileSync(outFile, out.script);
console.log(`wrote ${outFile} and ${out.arrays.size} arrays in ${join(dirname(outFile), dataDir)}`);
