#!/usr/bin/env node
// Before/after on the benchmark networks: CPU time (user + system, so time stolen by other processes
// or the hypervisor does not count) of two builds of tightrope, measured in alternating child
// processes (V8 compiles a simulation loop differently from one process to the next, by up to
// 2×, so one process per build proves nothing). Each child builds each network twice and keeps the
// faster run; the table gives the median over processes.
//
//   node bench/compare-builds.mjs OLD_DIST NEW_DIST [--processes 4] [--out FILE]
// e.g. git worktree add /tmp/old <commit> && (cd /tmp/old && npm run build) then
//      node bench/compare-builds.mjs /tmp/old/dist dist
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { flags } from "./flags.mjs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);
const [, , a, b] = process.argv;
if (process.argv[2] === "--child") {
  const tr = await import(resolve(process.argv[3], "index.js"));
  const { NETWORKS } = await import(new URL("./networks.mjs", import.meta.url).href);
  const out = {};
  for (const [name, spec] of Object.entries(NETWORKS)) {
    let best = Infinity;
    for (let r = 0; r < 2; r++) {
      const net = spec.build(tr, 1);
      const c0 = process.cpuUsage();
      net.run(DURATION(name));
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / 1e6);
    }
    out[name] = best;
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}
function DURATION(name) { return name.startsWith("COBA-40k") || name.startsWith("Brunel") ? 300 : 1000; }

const USAGE = "usage: node bench/compare-builds.mjs OLD_DIST NEW_DIST [--processes 4] [--out FILE]";
if (!a || !b || a.startsWith("--") || b.startsWith("--")) { console.error(USAGE); process.exit(2); }
for (const dir of [a, b]) if (!existsSync(resolve(dir, "index.js"))) { console.error(`invalid build: ${dir} has no index.js (expected a dist/ directory; run npm run build there)\n${USAGE}`); process.exit(2); }
const F = flags({ "--processes": { type: "int", min: 1, default: 4 }, "--out": { type: "path", default: null } }, USAGE, process.argv.slice(4));
const P = F["--processes"];
const runs = { before: [], after: [] };
for (let p = 0; p < P; p++) {
  for (const [key, dir] of [["before", a], ["after", b]]) {
    const r = spawnSync(process.execPath, [self, "--child", resolve(dir)], { encoding: "utf8" });
    if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
    runs[key].push(JSON.parse(r.stdout.trim().split("\n").pop()));
  }
}
const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const lines = [`CPU time of the simulation loop (s), median over ${P} alternating processes (best of 2 runs in each); 1 s of COBA-4000 and CUBA-4000, 300 ms of COBA-40k and Brunel-12.5k.`, "",
  "| network | before | after | after / before | before, all processes | after, all processes |", "|---|---|---|---|---|---|"];
for (const name of Object.keys(runs.before[0])) {
  const x = runs.before.map((r) => r[name]), y = runs.after.map((r) => r[name]);
  lines.push(`| ${name} | ${median(x).toFixed(3)} | ${median(y).toFixed(3)} | ${(median(y) / median(x)).toFixed(2)} | ${x.map((v) => v.toFixed(2)).join(", ")} | ${y.map((v) => v.toFixed(2)).join(", ")} |`);
}
const text = lines.join("\n") + "\n";
console.log(text);
const out = F["--out"];
if (out) writeFileSync(out, text);
