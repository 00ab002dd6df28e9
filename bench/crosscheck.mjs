#!/usr/bin/env node
// Cross-check of tightrope's engine against Brian2 2.5 on the COBA and CUBA benchmarks.
// Runs both simulators over several seeds and compares mean E and I rates, mean CV of ISIs and the
// population-rate spectrum; the networks agree when every difference of means is within the
// seed-to-seed spread (the larger of the two standard deviations across seeds).
// COBA's activity either sustains itself (~20 Hz) or dies out after the initial transient (~0.2 Hz)
// depending on the seed, in both simulators; the fraction of sustained runs is compared, and the
// statistics are compared over sustained runs.
//
//   node bench/crosscheck.mjs [--seeds N] [--duration MS] [--out bench/results/crosscheck.md]
// Needs `npm run build` and Brian2 (Debian python3-brian) under /usr/bin/python3.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const SEEDS = Number(arg("--seeds", 8));
const DURATION = Number(arg("--duration", 1000));
const OUT = resolve(arg("--out", join(root, "bench", "results", "crosscheck.md")));
const PY = process.env.TIGHTROPE_BRIAN_PYTHON ?? "/usr/bin/python3";
const DT = 0.1;

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

function ours(model, seed) {
  const net = model === "coba" ? tr.coba({ seed }) : tr.cuba({ seed });
  const mE = net.monitorSpikes("E"), mI = net.monitorSpikes("I");
  const st = net.run(DURATION);
  return { ...measures(mE.spikes(DT), mI.spikes(DT)), wall: st.wall };
}

function brian(model, seed) {
  const r = spawnSync(PY, [join(root, "bench", "brian", "networks.py"), model, "--seed", String(seed), "--duration", String(DURATION), "--spikes"],
    { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`Brian2 failed on ${model} seed ${seed}:\n${r.stderr.slice(-3000)}`);
  const o = JSON.parse(r.stdout.trim().split("\n").pop());
  const toSpikes = (s, name) => ({ population: name, n: s.n, i: Int32Array.from(s.i), t: Float64Array.from(s.t, (t) => t + DT), start: 0, stop: DURATION });
  return { ...measures(toSpikes(o.spikes_E, "E"), toSpikes(o.spikes_I, "I")), wall: o.wall };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs) => xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1)) : 0;
const fmt = (xs, d = 2) => xs.length ? `${mean(xs).toFixed(d)} ± ${sd(xs).toFixed(d)}` : "—";

function spectrumCorrelation(a, b) {
  // correlation of the mean log spectra between 5 and 200 Hz
  const avg = (runs) => runs[0].spectrum.power.map((_, k) => mean(runs.map((r) => Math.log(r.spectrum.power[k] + 1e-12))));
  const f = a[0].spectrum.f;
  const la = avg(a), lb = avg(b);
  const idx = [...f.keys()].filter((k) => f[k] >= 5 && f[k] <= 200);
  const xa = idx.map((k) => la[k]), xb = idx.map((k) => lb[k]);
  const ma = mean(xa), mb = mean(xb);
  let c = 0, va = 0, vb = 0;
  for (let k = 0; k < xa.length; k++) { c += (xa[k] - ma) * (xb[k] - mb); va += (xa[k] - ma) ** 2; vb += (xb[k] - mb) ** 2; }
  return c / Math.sqrt(va * vb);
}

const lines = [];
let allAgree = true;
for (const model of ["coba", "cuba"]) {
  const runs = { tightrope: [], brian2: [] };
  for (let seed = 1; seed <= SEEDS; seed++) {
    runs.tightrope.push(ours(model, seed));
    runs.brian2.push(brian(model, seed));
    process.stderr.write(`${model} seed ${seed}: ours ${runs.tightrope.at(-1).rateE.toFixed(2)} Hz, Brian2 ${runs.brian2.at(-1).rateE.toFixed(2)} Hz\n`);
  }
  const sustained = (rs) => rs.filter((r) => r.rateE > 2);
  const A = sustained(runs.tightrope), B = sustained(runs.brian2);
  lines.push(`### ${model.toUpperCase()} (${SEEDS} seeds, ${DURATION} ms, dt = ${DT} ms)`, "");
  lines.push("| measure | tightrope | Brian2 2.5 | difference | spread | agree |", "|---|---|---|---|---|---|");
  const fracA = A.length / SEEDS, fracB = B.length / SEEDS;
  // binomial spread of a fraction over SEEDS runs
  const fracSpread = 2 * Math.sqrt(Math.max(fracA * (1 - fracA), fracB * (1 - fracB), 0.25 / SEEDS) / SEEDS);
  const fracOk = Math.abs(fracA - fracB) <= fracSpread;
  if (model === "coba") lines.push(`| runs with sustained activity | ${A.length}/${SEEDS} | ${B.length}/${SEEDS} | ${(fracA - fracB).toFixed(2)} | ${fracSpread.toFixed(2)} | ${fracOk ? "yes" : "NO"} |`);
  allAgree &&= fracOk;
  for (const [label, key, d] of [["E rate (Hz)", "rateE", 2], ["I rate (Hz)", "rateI", 2], ["mean CV of ISIs (E)", "cv", 3], ["spectral peak (Hz)", "peak", 1]]) {
    const a = A.map((r) => r[key]), b = B.map((r) => r[key]);
    if (!a.length || !b.length) { lines.push(`| ${label} | — | — | — | — | — |`); continue; }
    const diff = mean(a) - mean(b);
    const spread = Math.max(sd(a), sd(b));
    const ok = Math.abs(diff) <= spread || (key === "peak" && Math.abs(diff) <= 4);
    allAgree &&= ok;
    lines.push(`| ${label} | ${fmt(a, d)} | ${fmt(b, d)} | ${diff.toFixed(d)} | ${spread.toFixed(d)} | ${ok ? "yes" : "NO"} |`);
  }
  if (A.length && B.length) lines.push(`| log-spectrum correlation 5–200 Hz | | | ${spectrumCorrelation(A, B).toFixed(3)} | | |`);
  lines.push(`| wall time of 1 s (s) | ${fmt(runs.tightrope.map((r) => r.wall))} | ${fmt(runs.brian2.map((r) => r.wall))} (Cython runtime) | | | |`, "");
}
if (process.argv.includes("--brunel")) {
  // Brunel (2000) regimes B and C, full size, 2 seeds, 500 ms (first 100 ms dropped)
  lines.push("### Brunel 2000, N_E = 10000, J = 0.1 mV (2 seeds, 500 ms, statistics over 100–500 ms)", "");
  lines.push("| regime | simulator | E rate (Hz) | mean CV | χ | peak (Hz) | label |", "|---|---|---|---|---|---|---|");
  for (const [reg, gp] of Object.entries({ B: { g: 6, eta: 4 }, C: { g: 5, eta: 2 } })) {
    for (const seed of [1, 2]) {
      const net = tr.brunel({ ...gp, seed });
      const m = net.monitorSpikes("E");
      net.run(500);
      const a = tr.classifyRegime(tr.timeWindow(m.spikes(DT), 100, 500));
      const r = spawnSync(PY, [join(root, "bench", "brian", "networks.py"), "brunel", "--g", String(gp.g), "--eta", String(gp.eta), "--seed", String(seed), "--duration", "500", "--spikes"], { encoding: "utf8", maxBuffer: 1 << 30 });
      const o = JSON.parse(r.stdout.trim().split("\n").pop());
      const sB = { population: "E", n: o.spikes_E.n, i: Int32Array.from(o.spikes_E.i), t: Float64Array.from(o.spikes_E.t, (t) => t + DT), start: 0, stop: 500 };
      const b = tr.classifyRegime(tr.timeWindow(sB, 100, 500));
      for (const [sim, x] of [["tightrope", a], ["Brian2", b]]) {
        lines.push(`| ${reg} (seed ${seed}) | ${sim} | ${x.rate.toFixed(2)} | ${x.cv.toFixed(3)} | ${x.chi.toFixed(3)} | ${x.peakFrequency.toFixed(1)} | ${x.label} |`);
      }
      process.stderr.write(`brunel ${reg} seed ${seed}: ours ${a.rate.toFixed(2)} Hz ${a.label}, Brian2 ${b.rate.toFixed(2)} Hz ${b.label}\n`);
    }
  }
  const mf = (gp) => tr.brunelRate(gp).rate.toFixed(2);
  lines.push("", `Siegert mean-field rates: B ${mf({ g: 6, eta: 4 })} Hz, C ${mf({ g: 5, eta: 2 })} Hz.`, "");
}
const text = [`# tightrope vs Brian2: COBA and CUBA`, "", `Generated by \`node bench/crosscheck.mjs\` on ${new Date().toISOString()} (Node ${process.versions.node}).`,
  `Statistics over runs with sustained activity (E rate > 2 Hz); "spread" is the larger seed-to-seed standard deviation.`, "", ...lines,
  `Verdict: ${allAgree ? "the two simulators agree within the seed-to-seed spread." : "DISAGREEMENT — see the rows marked NO."}`, ""].join("\n");
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(text);
process.exit(allAgree ? 0 : 1);
