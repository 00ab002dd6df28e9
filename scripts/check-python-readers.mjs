#!/usr/bin/env node
// Writes spikes and traces (a small CUBA run plus awkward floats: −0, NaN, ±∞, subnormals) in every
// format, with raw float64 dumps beside them, then runs scripts/read-exports.py, which reads them with
// pandas (and pyarrow/polars when installed) and checks them bit for bit. Not part of CI: it needs
// python3-pandas (Debian: apt-get install python3-pandas).   node scripts/check-python-readers.mjs [DIR]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const dir = process.argv[2] ? resolve(process.argv[2]) : mkdtempSync(join(tmpdir(), "tightrope-py-"));
mkdirSync(dir, { recursive: true });

const net = tr.cuba({ n: 400, seed: 3 });
const e = net.monitorSpikes("E"), i = net.monitorSpikes("I");
const state = net.monitorState("E", ["v", "I_E", "I_I"], { neurons: [0, 5, 9], interval: 0.5 });
net.run(100);
const special = Float64Array.from([0, -0, NaN, Infinity, -Infinity, 5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, 0.1 + 0.2, 1 / 3, 1e21, 1e-7]);
const awkward = { population: "awkward", neurons: Int32Array.from([0]), t: Float64Array.from(special, (_, k) => k + 1), values: { v: [special] } };
const traces = [state.traces(), awkward];
for (const ext of ["csv", "json", "arrow", "parquet"]) {
  const write = { csv: tr.writeCSV, json: tr.writeJSON, arrow: tr.writeArrow, parquet: tr.writeParquet }[ext];
  write([e, i], join(dir, `spikes.${ext}`));
  write(traces, join(dir, `traces.${ext}`));
}
const frame = tr.toFrame(traces);
const col = (f, name) => Float64Array.from(f.columns.find((c) => c.name === name).values);
writeFileSync(join(dir, "traces-value.f64"), new Uint8Array(col(frame, "value").buffer));
writeFileSync(join(dir, "spikes-t.f64"), new Uint8Array(col(tr.toFrame([e, i]), "t").buffer));
console.log(`files in ${dir}`);
const py = spawnSync(process.env.TIGHTROPE_PYTHON ?? "/usr/bin/python3", [join(root, "scripts", "read-exports.py"), dir], { stdio: "inherit" });
process.exit(py.status ?? 1);
