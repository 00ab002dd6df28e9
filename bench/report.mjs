#!/usr/bin/env node
// bench/results/bench.md from the results of bench/run.mjs (also `node bench/report.mjs` to rewrite bench.md
// from bench.json, keeping bench.md's sweep section).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : "—");
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : "—");
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "—");
const span = (s) => (s && s.n ? `${f3(s.median)} (${f3(s.min)}–${f3(s.max)})` : "—");

/** CPU ratio of ours over Brian2 standalone for one precision, with its target and verdict. */
export function ratioOf(entry, precision, run = "first") {
  const o0 = entry.tightrope[precision], b = entry.brian2.cpp_standalone, target = entry.targets[precision];
  // "first": the first run of a fresh process (compiling included); "warm": the same network (same seed) built again
  // in that process and run for as long, with V8's compiled code ready
  const o = run === "warm" ? (o0?.cpuWarm ? { cpu: o0.cpuWarm, wall: o0.wallWarm } : undefined) : o0;
  const cpu = o?.cpu?.n && b?.cpu?.n ? o.cpu.median / b.cpu.median : NaN;
  const wall = o?.wall?.n && b?.wall?.n ? o.wall.median / b.wall.median : NaN;
  // the ratio's range over the repeats: fastest of ours over slowest of Brian2's, and the reverse
  const lo = o?.cpu?.n && b?.cpu?.n ? o.cpu.min / b.cpu.max : NaN, hi = o?.cpu?.n && b?.cpu?.n ? o.cpu.max / b.cpu.min : NaN;
  const verdict = target === undefined ? "no target" : !Number.isFinite(cpu) ? "not measured" : cpu <= target ? "met" : "not met";
  return { cpu, wall, lo, hi, target, verdict };
}

/** Every timed run sustained, and how many seeds were replaced, over all networks and arms. */
export function replacedSeeds(results) {
  const arms = Object.values(results.networks).flatMap((e) => [...Object.values(e.tightrope), ...(e.brian2.cpp_standalone ? [e.brian2.cpp_standalone] : [])]);
  return { replaced: arms.reduce((a, x) => a + (x.dead?.length ?? 0), 0), timed: arms.reduce((a, x) => a + (x.runs?.length ?? 0), 0) };
}

/** The markdown report of a bench.json object. */
export function report(results, sweepSection = "") {
  const m = results.machine, st = results.settings, P = st.precisions, names = Object.keys(results.networks);
  const rows = [], wallRows = [], actRows = [], memRows = [], verdicts = [], warmRows = [], warmVerdicts = [];
  for (const name of names) {
    const e = results.networks[name], b = e.brian2.cpp_standalone;
    const rs = Object.fromEntries(P.map((p) => [p, ratioOf(e, p)]));
    rows.push(`| ${name} | ${P.map((p) => (e.tightrope[p]?.error ? `failed: ${e.tightrope[p].error}` : span(e.tightrope[p]?.cpu))).join(" | ")} | ${span(b?.cpu)} | ` +
      P.map((p) => `**${f2(rs[p].cpu)}** (${f2(rs[p].lo)}–${f2(rs[p].hi)}) | ${rs[p].target === undefined ? "—" : `≤ ${rs[p].target}`} | ${rs[p].verdict}`).join(" | ") + " |");
    wallRows.push(`| ${name} | ${P.map((p) => span(e.tightrope[p]?.wall)).join(" | ")} | ${span(b?.wall)} | ${P.map((p) => f2(rs[p].wall)).join(" | ")} | ` +
      `${e.loadStart.join(" / ")} |`);
    const rate = (x) => (x?.runs?.length ? `${f1(x.rateE)} / ${f1(x.rateI)} (${f1(x.lateE)})` : "—");
    const seeds = (x) => (x ? `${x.seeds.join(", ") || "none"}${x.dead.length ? `; replaced: ${x.dead.map((d) => `${d.seed} (${f2(d.lateE)} Hz)`).join(", ")}` : ""}` : "—");
    actRows.push(`| ${name} | ${P.map((p) => rate(e.tightrope[p])).join(" | ")} | ${rate(b)} | ${P.map((p) => seeds(e.tightrope[p])).join(" | ")} | ${seeds(b)} |`);
    const o = e.tightrope.float64;
    const rss = (x) => (x?.runs?.length ? `${f1(x.peakRssMb)} (${f1(x.peakRssMb - x.baseRssMb)})` : "—");
    memRows.push(`| ${name} | ${f2((o?.synapses ?? NaN) / 1e6)} M / ${f2((b?.synapses ?? NaN) / 1e6)} M | ${f2(o?.bytesPerSynapse)} | ${P.map((p) => rss(e.tightrope[p])).join(" | ")} | ` +
      `${f1(b?.peakRssMb)} | ${f2(o?.build)} | ${f1(b?.compile)} | ${f1((o?.neuronUpdatesPerS ?? NaN) / 1e6)} M | ${f1((o?.eventsPerS ?? NaN) / 1e6)} M |`);
    for (const p of P) if (rs[p].target !== undefined) verdicts.push({ name, p, ...rs[p] });
    const ws = Object.fromEntries(P.map((p) => [p, ratioOf(e, p, "warm")]));
    warmRows.push(`| ${name} | ${P.map((p) => span(e.tightrope[p]?.cpuWarm)).join(" | ")} | ${span(b?.cpu)} | ` +
      P.map((p) => `**${f2(ws[p].cpu)}** (${f2(ws[p].lo)}–${f2(ws[p].hi)}) | ${ws[p].target === undefined ? "—" : `≤ ${ws[p].target}`} | ${ws[p].verdict}`).join(" | ") +
      ` | ${P.map((p) => f1(e.tightrope[p]?.lateWarmE)).join(" / ")} |`);
    for (const p of P) if (ws[p].target !== undefined) warmVerdicts.push({ name, p, ...ws[p] });
  }
  const { replaced, timed } = replacedSeeds(results);
  const met = verdicts.filter((v) => v.verdict === "met").length, warmMet = warmVerdicts.filter((v) => v.verdict === "met").length;
  const hdrP = P.map((p) => `ours ${p} CPU (s)`).join(" | ");
  const cython = names.filter((n) => results.networks[n].brian2.runtime);
  // runs of ours whose compiled-code run did not keep the first network alive (bench/one.mjs's warm.firstKept)
  const released = names.flatMap((n) => P.flatMap((p) => results.networks[n].tightrope[p]?.runs ?? [])).filter((r) => r.warm?.firstKept !== true).length;
  const compiles = names.map((n) => results.networks[n].brian2.cpp_standalone?.compile).filter(Number.isFinite);
  const compileRange = compiles.length ? `${Math.round(Math.min(...compiles))}–${Math.round(Math.max(...compiles))}` : "";
  const lines = [
    "# Benchmarks: tightrope vs Brian2", "",
    `Generated by \`npm run bench\` (bench/run.mjs) on ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; ` +
    `Brian2 ${m.brian2 ?? "absent"} (C++ standalone, double precision, no OpenMP); load average (1 / 5 / 15 min) ` +
    `${m.loadBefore.join(" / ")} before, ${m.loadAfter.join(" / ")} after.${st.quick ? " **Quick run (--quick): 1 repeat, no scaling — not a benchmark.**" : ""}`, "",
    `**How.** ${st.duration / 1000} s of biological time at dt = ${st.dt} ms. CPU time of the simulation loop on both sides: ours is ` +
    "process.cpuUsage() (user + system, all threads) around `net.run`, after building the network and a `global.gc()` that " +
    "collects the construction garbage; Brian2 standalone's is the binary's own `std::clock()` loop time. Each run is a fresh " +
    `process with its own seed; ${st.repeats} repeat(s) per network and simulator, interleaved (ours ${P.join(", ours ")}, Brian2, ` +
    "then the reverse order, …); medians with the range (min–max) over the repeats. Brian2 is compiled once per network; its " +
    "binary reads the seed at start-up. A run counts only if its activity is the benchmark's (mean E rate over the last " +
    `${st.window} ms ≥ 2 Hz for COBA and Brunel, within 4–7 Hz for CUBA): otherwise it is not timed, it is flagged below and ` +
    "replaced by the next seed. Brian2 standalone in double precision is the reference for both of our columns." +
    (st.pinned ? ` Every timed process, ours and Brian2's, ran pinned to one CPU: ${st.pinned} (unpinned, the scheduler's placement alone moved one run's CPU time by up to 45 %).` : ""), "",
    "## CPU time of the loop with compiled code ready (s), and ratios to Brian2 standalone (the headline)", "",
    "Brian2 standalone's loop time excludes its code generation and C++ compilation (the \"Brian2 compile\" column below" +
    (compileRange ? `: ${compileRange} s` : "") + "). Ours, like with like: each of our processes first runs the network once (that run, V8's compilation " +
    "included, is the next table), then builds the same network again — same seed, so the same connections, initial " +
    "state and input as Brian2's run, not the end of a first second — collects the garbage, and times its run, with the " +
    "first network still in memory (released, its objects would take with them the optimised code V8 compiled against " +
    "them, and the timed run would compile it again: `bench/one.mjs --release-first` times it that way; " +
    "[release-first.md](release-first.md) compares the two)" +
    (released > 0 ? ` — **except in ${released} of our runs, which released it (--release-first, or a bench/one.mjs older than the flag)**` : "") + ". Its " +
    "spikes must equal the first run's (the process fails otherwise), so the E rate is the first run's.", "",
    `| network | ${P.map((p) => `ours ${p} CPU, compiled (s)`).join(" | ")} | Brian2 standalone CPU (s) | ${P.map((p) => `ours ${p} / Brian2 (range) | target | verdict`).join(" | ")} | E rate over the last ${st.window} ms (Hz; ${P.join(" / ")}) |`,
    `|---|${P.map(() => "---|").join("")}---|${P.map(() => "---|---|---|").join("")}---|`, ...warmRows, "",
    `Targets: issue 13's "Done when" (CPU time / CPU time, against Brian2 2.5 standalone in the same run). ` +
    `**${warmMet} of ${warmVerdicts.length} met** with compiled code ready (${warmVerdicts.map((v) => `${v.name} ${v.p}: ${v.verdict}`).join("; ")}); ` +
    `**${met} of ${verdicts.length}** by the first run of a fresh process (next table). ` +
    "A ratio's range divides the fastest of our runs by the slowest of Brian2's, and the slowest by the fastest.", "",
    "## CPU time of the first run of a fresh process (V8's compilation included)", "",
    "The first run of a fresh process includes compiling: V8 compiles the WebAssembly kernels (first quickly, then optimised " +
    "in the background while they run) and the JavaScript of the run loop; CPU time counts those background threads too.", "",
    `| network | ${hdrP} | Brian2 standalone CPU (s) | ${P.map((p) => `ours ${p} / Brian2 (range) | target | verdict`).join(" | ")} |`,
    `|---|${P.map(() => "---|").join("")}---|${P.map(() => "---|---|---|").join("")}`, ...rows, "",
    `First runs: **${met} of ${verdicts.length} targets met** (${verdicts.map((v) => `${v.name} ${v.p}: ${v.verdict}`).join("; ")}).`, "",
    `**Every timed run sustained:** ${timed} runs timed; ${replaced} seed(s) replaced because their activity failed the check` +
    (replaced ? " (listed under Activity)." : "."), "",
    "## Wall time of the loop (s)", "",
    `| network | ${P.map((p) => `ours ${p} wall`).join(" | ")} | Brian2 standalone wall | ${P.map((p) => `${p} / Brian2 (wall)`).join(" | ")} | load average at start (1 / 5 / 15 min) |`,
    `|---|${P.map(() => "---|").join("")}---|${P.map(() => "---|").join("")}---|`, ...wallRows, "",
    "Brian2's loop wall time is read from a steady clock started and stopped beside its std::clock() (bench/brian/networks.py " +
    "instruments the generated Network::run). On a machine shared with other processes wall time exceeds CPU time.", "",
    "## Activity of the timed runs", "",
    `| network | ${P.map((p) => `E / I rate ours ${p} (Hz; E over the last ${st.window} ms)`).join(" | ")} | E / I rate Brian2 (Hz; E late) | ${P.map((p) => `seeds ours ${p}`).join(" | ")} | seeds Brian2 |`,
    `|---|${P.map(() => "---|").join("")}---|${P.map(() => "---|").join("")}---|`, ...actRows, "",
    "Medians over the timed runs. COBA-40k is kicked in both simulators (PyNN's VAbenchmarks.py kick-start: src/networks/kick.ts, " +
    "bench/brian/networks.py --kick; with and without the kick over 8 seeds: bench/results/kick.md).", "",
    "## Memory and throughput", "",
    `| network | synapses ours / Brian2 | bytes per synapse (ours) | ${P.map((p) => `peak RSS ours ${p} (MB; above the RSS before building)`).join(" | ")} | peak RSS Brian2 binary (MB) | build ours (s) | Brian2 compile (s) | neuron updates / CPU s (ours float64) | synaptic events / CPU s (ours float64) |`,
    `|---|---|---|${P.map(() => "---|").join("")}---|---|---|---|---|`, ...memRows, "",
    "Bytes per synapse: our projections' arrays (CSR row pointers and targets; per-synapse weights and delays when they vary) over " +
    "their synapses, kick included. Peak RSS: the whole process, the largest over the repeats, and in brackets its rise above the " +
    "resident memory before the network was built (Node, V8 and tightrope's core, dist/core.js, which the bench imports: " +
    "about 60 MB); Brian2's is its standalone binary's, from GNU time.", "",
    ...(cython.length ? ["## Brian2 Cython runtime (one run, wall time of the loop, not interleaved)", "", "| network | Brian2 Cython wall (s) | ours float64 wall / Cython | E rate (Hz) |", "|---|---|---|---|",
      ...cython.map((n) => { const e = results.networks[n]; return `| ${n} | ${f3(e.brian2.runtime.wall)} | ${f2(e.tightrope.float64?.wall.median / e.brian2.runtime.wall)} | ${f1(e.brian2.runtime.rateE)} |`; }), ""]
      : ["Brian2's Cython runtime is not run by default (`--cython` adds one run per network): it costs minutes on Brunel and is not what the targets compare with.", ""]),
    ...(results.scaling.length ? ["## Scaling (CUBA, 500 ms, weights × 80/k so the rate stays comparable; float64)", "",
      "One run per point, each in a fresh process (construction garbage collected before timing): tightrope's time includes compiling its hot loop, which flattens the curve at small sizes. Brian2 standalone compiled and run once per point.", "",
      "| series | neurons | in-degree k | tightrope CPU (s) | tightrope wall (s) | Brian2 standalone (s, CPU) | ratio (CPU / CPU) | E rate ours / Brian2 (Hz) |", "|---|---|---|---|---|---|---|---|",
      ...results.scaling.map((r) => `| ${r.series} | ${r.n} | ${r.k} | ${f3(r.tightropeCpu)} | ${f3(r.tightrope)} | ${f3(r.brian2 ?? NaN)} | ${f2(r.tightropeCpu / (r.brian2 ?? NaN))} | ${f1(r.rateE)} / ${f1(r.brianRateE ?? NaN)} |`), ""] : []),
  ];
  return lines.join("\n") + (sweepSection ? `\n${sweepSection.trimEnd()}\n` : "");
}

/** The "## Sweep on worker threads" section of an existing bench.md (written by sweep-speedup.mjs --append), or "". */
export function sweepSectionOf(file) {
  if (!existsSync(file)) return "";
  const text = readFileSync(file, "utf8"), start = text.indexOf("## Sweep on worker threads");
  if (start < 0) return "";
  const next = text.indexOf("\n## ", start + 1);
  return next < 0 ? text.slice(start) : text.slice(start, next + 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "results");
  const md = report(JSON.parse(readFileSync(join(dir, "bench.json"), "utf8")), sweepSectionOf(join(dir, "bench.md")));
  writeFileSync(join(dir, "bench.md"), md);
  console.log(md);
}
