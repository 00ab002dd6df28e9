#!/usr/bin/env node
// Cross-check of tightrope's engine against Brian2 2.5 on the COBA and CUBA benchmarks.
// Runs both simulators over several seeds and compares mean E and I rates, mean CV of ISIs and the
// population-rate spectrum; the networks agree when every difference of means is within the
// seed-to-seed spread (the larger of the two standard deviations across seeds).
// COBA starts from V ~ U(V_reset, V_th) in both simulators (src/networks/coba.ts); the fraction of runs
// whose activity sustains itself (E rate > 2 Hz) is compared, and the statistics over sustained runs.
// With --brunel, Brunel's (2000) regimes B, C and D run at N_E = 10000 and at N_E = 2500 with the same
// in-degree C_E = 1000 in both simulators: rates, CV, χ at both sizes, the exponent α of χ ∝ N^−α
// (synchronyScaling: asynchronous when α > 1/4) and the resulting label against Brunel's Fig. 8.
//
//   node bench/crosscheck.mjs [--seeds N] [--duration MS] [--fine-dt MS] [--brunel] [--out bench/results/crosscheck.md]
// Needs `npm run build` and Brian2 (Debian python3-brian) under /usr/bin/python3.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { spectrumCorrelation } from "./spectrum-correlation.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const SEEDS = Number(arg("--seeds", 8));
const DURATION = Number(arg("--duration", 1000));
const OUT = resolve(arg("--out", join(root, "bench", "results", "crosscheck.md")));
const PY = process.env.TIGHTROPE_BRIAN_PYTHON ?? "/usr/bin/python3";
const DT = 0.1;
// --fine-dt X: COBA also at time step X in both simulators, to tell time-step error from disagreement
const FINE_DT = Number(arg("--fine-dt", 0));

if (spawnSync(PY, ["-c", "import brian2"]).status !== 0) {
  console.log(`Brian2 is not installed for ${PY} (Debian: apt-get install python3-brian): nothing to compare.`);
  process.exit(0);
}

function measures(sE, sI) {
  const rateE = tr.meanRate(sE);
  const series = tr.populationRateFromSpikes(sE, { bin: 1 });
  const skip = 100; // drop the initial transient from the spectrum
  const spec = tr.powerSpectrum(series.rate.subarray(skip), 1, { segment: 256 });
  return { rateE, rateI: tr.meanRate(sI), cv: tr.nanMean(tr.isiCV(sE)), spectrum: spec, peak: tr.spectralPeak(spec, { minFrequency: 5 }).frequency };
}

function ours(model, seed, dt) {
  const net = model === "coba" ? tr.coba({ seed, dt }) : tr.cuba({ seed, dt });
  const mE = net.monitorSpikes("E"), mI = net.monitorSpikes("I");
  const st = net.run(DURATION);
  return { ...measures(mE.spikes(dt), mI.spikes(dt)), wall: st.wall };
}

function brian(model, seed, dt) {
  const r = spawnSync(PY, [join(root, "bench", "brian", "networks.py"), model, "--seed", String(seed), "--duration", String(DURATION), "--dt", String(dt), "--spikes"],
    { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`Brian2 failed on ${model} seed ${seed}:\n${r.stderr.slice(-3000)}`);
  const o = JSON.parse(r.stdout.trim().split("\n").pop());
  // Brian2 records a spike at the start of the step in which V crossed threshold; tightrope at its end
  const toSpikes = (s, name) => ({ population: name, n: s.n, i: Int32Array.from(s.i), t: Float64Array.from(s.t, (t) => t + dt), start: 0, stop: DURATION });
  return { ...measures(toSpikes(o.spikes_E, "E"), toSpikes(o.spikes_I, "I")), wall: o.wall };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs) => xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1)) : 0;
const fmt = (xs, d = 2) => xs.length ? `${mean(xs).toFixed(d)} ± ${sd(xs).toFixed(d)}` : "—";


const lines = [];
let allAgree = true;
const disagree = [];
const configs = [["coba", DT], ["cuba", DT], ...(FINE_DT > 0 ? [["coba", FINE_DT]] : [])];
for (const [model, dt] of configs) {
  const runs = { tightrope: [], brian2: [] };
  for (let seed = 1; seed <= SEEDS; seed++) {
    runs.tightrope.push(ours(model, seed, dt));
    runs.brian2.push(brian(model, seed, dt));
    process.stderr.write(`${model} dt ${dt} seed ${seed}: ours ${runs.tightrope.at(-1).rateE.toFixed(2)} Hz, Brian2 ${runs.brian2.at(-1).rateE.toFixed(2)} Hz\n`);
  }
  const sustained = (rs) => rs.filter((r) => r.rateE > 2);
  const A = sustained(runs.tightrope), B = sustained(runs.brian2);
  const before = allAgree;
  allAgree = true;
  lines.push(`### ${model.toUpperCase()} (${SEEDS} seeds, ${DURATION} ms, dt = ${dt} ms)`, "");
  if (dt !== DT) lines.push(`The same networks at a ${DT / dt} times finer time step, to separate time-step error from disagreement.`, "");
  lines.push("| measure | tightrope | Brian2 2.5 | difference | spread | agree |", "|---|---|---|---|---|---|");
  const fracA = A.length / SEEDS, fracB = B.length / SEEDS;
  // binomial spread of a fraction over SEEDS runs
  const fracSpread = 2 * Math.sqrt(Math.max(fracA * (1 - fracA), fracB * (1 - fracB), 0.25 / SEEDS) / SEEDS);
  const fracOk = Math.abs(fracA - fracB) <= fracSpread;
  if (model === "coba") lines.push(`| runs with sustained activity | ${A.length}/${SEEDS} | ${B.length}/${SEEDS} | ${(fracA - fracB).toFixed(2)} | ${fracSpread.toFixed(2)} | ${fracOk ? "yes" : "NO"} |`);
  allAgree &&= fracOk;
  for (const [label, key, d] of [["E rate (Hz)", "rateE", 2], ["I rate (Hz)", "rateI", 2], ["mean CV of ISIs (E)", "cv", 3], ["spectral peak (Hz)", "peak", 1]]) {
    // a broadband (asynchronous) spectrum may have no local maximum at all: spectralPeak gives NaN; such
    // seeds are counted, and the peak is compared only when both simulators find one in at least 2 seeds
    const a = A.map((r) => r[key]).filter(Number.isFinite), b = B.map((r) => r[key]).filter(Number.isFinite);
    const nn = key === "peak" ? ` (${a.length} / ${b.length} seeds with a peak)` : "";
    if (a.length < 2 || b.length < 2) { lines.push(`| ${label}${nn} | ${fmt(a, d)} | ${fmt(b, d)} | — | — | not compared |`); continue; }
    const diff = mean(a) - mean(b);
    const spread = Math.max(sd(a), sd(b));
    const ok = Math.abs(diff) <= spread || (key === "peak" && Math.abs(diff) <= 4);
    allAgree &&= ok;
    lines.push(`| ${label}${nn} | ${fmt(a, d)} | ${fmt(b, d)} | ${diff.toFixed(d)} | ${spread.toFixed(d)} | ${ok ? "yes" : "NO"} |`);
  }
  if (A.length && B.length) lines.push(`| log-spectrum correlation 5–200 Hz | | | ${spectrumCorrelation(A, B).toFixed(3)} | | |`);
  lines.push(`| wall time of 1 s (s) | ${fmt(runs.tightrope.map((r) => r.wall))} | ${fmt(runs.brian2.map((r) => r.wall))} (Cython runtime) | | | |`, "");
  if (!allAgree) disagree.push({ model, dt });
  allAgree &&= before;
}
if (process.argv.includes("--brunel")) {
  // Brunel (2000) regimes B, C and D, 2 seeds, 500 ms (statistics over 100–500 ms), at N_E = 10000 and 2500 (C_E = 1000)
  const T = 500, SIZES = [2500, 10000];
  const paper = { B: "SI fast", C: "AI", D: "SI slow" };
  lines.push(`### Brunel 2000, J = 0.1 mV, D = 1.5 ms, C_E = 1000 (2 seeds, ${T} ms, statistics over 100–${T} ms)`, "");
  lines.push("Rate, CV and spectral peak at N_E = 10000; rate and χ also at N_E = 2500 and α of χ ∝ N^−α; label with synchrony from α (asynchronous when α > 1/4).", "");
  lines.push("| regime | simulator | E rate (Hz) | rate at 2500 (Hz) | mean CV | χ (2500) | χ (10000) | α | peak (Hz) | label | Brunel 2000 Fig. 8 |", "|---|---|---|---|---|---|---|---|---|---|---|");
  const toSpikes = (s) => ({ population: "E", n: s.n, i: Int32Array.from(s.i), t: Float64Array.from(s.t, (t) => t + DT), start: 0, stop: T });
  for (const [reg, gp] of Object.entries({ B: { g: 6, eta: 4 }, C: { g: 5, eta: 2 }, D: { g: 4.5, eta: 0.9 } })) {
    for (const seed of [1, 2]) {
      const ours = SIZES.map((nE) => {
        const net = tr.brunel({ ...gp, nE, epsilon: 1000 / nE, seed });
        const m = net.monitorSpikes("E");
        net.run(T);
        return tr.timeWindow(m.spikes(DT), 100, T);
      });
      const theirs = SIZES.map((nE) => {
        const r = spawnSync(PY, [join(root, "bench", "brian", "networks.py"), "brunel", "--g", String(gp.g), "--eta", String(gp.eta), "--nE", String(nE),
          "--epsilon", String(1000 / nE), "--seed", String(seed), "--duration", String(T), "--spikes"], { encoding: "utf8", maxBuffer: 1 << 30 });
        if (r.status !== 0) throw new Error(`Brian2 failed on Brunel ${reg} seed ${seed}:\n${r.stderr.slice(-3000)}`);
        return tr.timeWindow(toSpikes(JSON.parse(r.stdout.trim().split("\n").pop()).spikes_E), 100, T);
      });
      for (const [sim, runs] of [["tightrope", ours], ["Brian2", theirs]]) {
        const sc = tr.synchronyScaling(runs);
        const x = tr.classifyRegime(runs[1], { synchronous: !sc.asynchronous });
        lines.push(`| ${reg} (seed ${seed}) | ${sim} | ${x.rate.toFixed(2)} | ${tr.meanRate(runs[0]).toFixed(2)} | ${x.cv.toFixed(3)} | ${sc.chi[0].toFixed(3)} | ${sc.chi[1].toFixed(3)} | ${sc.alpha.toFixed(2)} | ${x.peakFrequency.toFixed(1)} | ${x.label} | ${paper[reg]} |`);
        process.stderr.write(`brunel ${reg} seed ${seed} ${sim}: ${x.rate.toFixed(2)} Hz, χ ${sc.chi.map((c) => c.toFixed(3)).join("/")}, α ${sc.alpha.toFixed(2)}, ${x.label}\n`);
      }
    }
  }
  const mf = (gp) => tr.brunelRate(gp).rate.toFixed(2);
  lines.push("", `Siegert mean-field rates: B ${mf({ g: 6, eta: 4 })} Hz, C ${mf({ g: 5, eta: 2 })} Hz, D ${mf({ g: 4.5, eta: 0.9 })} Hz.`, "");
}
// a disagreement at the default step that disappears at the finer step is time-step error, not a model difference
const finer = disagree.filter((d) => d.dt === DT && FINE_DT > 0 && d.model === "coba" && !disagree.some((e) => e.model === d.model && e.dt === FINE_DT));
const verdict = allAgree ? "the two simulators agree within the seed-to-seed spread." :
  `DISAGREEMENT in ${disagree.map((d) => `${d.model.toUpperCase()} at dt = ${d.dt} ms`).join(", ")} — see the rows marked NO.` +
  (finer.length ? ` At dt = ${FINE_DT} ms the same networks agree on every measure, so the difference at dt = ${DT} ms is time-step error of one or both integration schemes, not a difference of the models.` : "");
const text = [`# tightrope vs Brian2: COBA, CUBA${process.argv.includes("--brunel") ? " and Brunel 2000" : ""}`, "", `Generated by \`node bench/crosscheck.mjs\` on ${new Date().toISOString()} (Node ${process.versions.node}).`,
  `Statistics over runs with sustained activity (E rate > 2 Hz); "spread" is the larger seed-to-seed standard deviation.`, "", ...lines,
  `Verdict: ${verdict}`, ""].join("\n");
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(text);
process.exit(allAgree ? 0 : 1);
