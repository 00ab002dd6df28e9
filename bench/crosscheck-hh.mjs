#!/usr/bin/env node
// Cross-check of tightrope's Hodgkin–Huxley family models against Brian2 2.5 (bench/brian/hh.py):
//  1. Wang–Buzsáki f–I curve, I = 0 … 30 µA/cm², dt = 0.01 ms in both, rate from the spikes after a 200 ms
//     transient ((k − 1)/(t_k − t_1)); agreement: within 2 % at every current where both fire. Brian2 runs the
//     equations three ways: exponential Euler with m∞, h, n frozen over the step (tightrope's scheme), forward
//     Euler (what Brian2 picks for its example's equations) and RK4 (a higher-order reference). A time-step
//     convergence table of tightrope against the RK4 rates says how much of a difference is time-step error.
//  2. The Traub–Miles cell of COBAHH.py alone, I = 0 … 10 µA/cm², dt = 0.01 ms: rates and spike times.
//  3. COBAHH (Brian2's examples/COBAHH.py) over several seeds: mean E and I rates and mean CV of ISIs (E and I)
//     over 100 ms … T; agreement when each difference of means is within the seed-to-seed spread (the larger sd).
// Every table goes to bench/results/crosscheck-hh.md. CPU times are CPU times of the simulation loop in both.
//
//   node bench/crosscheck-hh.mjs [--seeds 5] [--duration 1000] [--dt 0.1] [--fine-dt 0.025 --fine-seeds 3] [--only wb|tm|cobahh] [--out FILE]
// Needs `npm run build` and Brian2 (Debian python3-brian) under /usr/bin/python3.
import { flags } from "./flags.mjs";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tr = await import(join(root, "dist", "index.js"));
const { cobahh, wangBuzsaki, traubMiles, perArea } = tr;
// --fine-dt X: COBAHH again at time step X (over --fine-seeds seeds, default 3) in both simulators
const F = flags({
  "--seeds": { type: "int", min: 1, default: 5 }, "--duration": { type: "number", positive: true, default: 1000 },
  "--dt": { type: "number", positive: true, default: 0.1 }, "--only": { type: "choice", values: ["wb", "tm", "cobahh"], default: "" },
  "--fine-dt": { type: "number", min: 0, default: 0 }, "--fine-seeds": { type: "int", min: 1, default: 3 },
  "--out": { type: "path", default: join(root, "bench", "results", "crosscheck-hh.md") },
}, "usage: node bench/crosscheck-hh.mjs [--seeds N] [--duration MS] [--dt MS] [--only wb|tm|cobahh] [--fine-dt MS] [--fine-seeds N] [--out FILE]");
const SEEDS = F["--seeds"], DURATION = F["--duration"], NET_DT = F["--dt"], ONLY = F["--only"];
const FINE_DT = F["--fine-dt"], FINE_SEEDS = F["--fine-seeds"], OUT = F["--out"];
const PY = process.env.TIGHTROPE_BRIAN_PYTHON ?? "/usr/bin/python3";
const FI_DT = 0.01, FI_T = 1000, TRANSIENT = 200;

if (spawnSync(PY, ["-c", "import brian2"]).status !== 0) {
  console.error(`Brian2 is not installed for ${PY} (Debian: apt-get install python3-brian): nothing to compare.`);
  process.exit(1);
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs) => xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1)) : 0;
const pm = (xs, d = 2) => xs.length ? `${mean(xs).toFixed(d)} ± ${sd(xs).toFixed(d)}` : "—";
const pct = (a, b) => (a > 0 && b > 0 ? (100 * (a - b)) / b : NaN);
const fpct = (x) => Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${x.toFixed(2)} %` : "—";
const cpuSeconds = (f) => { const c0 = process.cpuUsage(); const r = f(); const c = process.cpuUsage(c0); return [r, (c.user + c.system) / 1e6]; };

function brian(args) {
  const r = spawnSync(PY, [join(root, "bench", "brian", "hh.py"), ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`Brian2 failed (${args.join(" ")}):\n${r.stderr.slice(-3000)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Per-neuron spike times from {i, t} columns (Brian2 stamps the start of the step: + dt for tightrope's end of step). */
function trains(s, n, shift = 0) {
  const out = Array.from({ length: n }, () => []);
  for (let k = 0; k < s.i.length; k++) out[s.i[k]].push(s.t[k] + shift);
  return out;
}
const isiRate = (t0) => { const t = t0.filter((x) => x > TRANSIENT); return t.length < 2 ? 0 : (1000 * (t.length - 1)) / (t[t.length - 1] - t[0]); };

/** tightrope: one population, neuron k with bias currents[k] (µA/cm² on the model's area), through the Network. */
function oursFI(model, currents, dt, T = FI_T) {
  const net = new tr.Network({ dt, seed: 1 });
  const m = model.with({ I_bias: currents.map((I) => I * perArea(model.params.area)) });
  net.population("P", currents.length, m, { kind: "inhibitory" });
  const mon = net.monitorSpikes("P");
  const [, cpu] = cpuSeconds(() => net.run(T));
  const s = mon.spikes(dt);
  return { trains: trains(s, currents.length), cpu };
}

const lines = [];
const verdicts = [];

if (!ONLY || ONLY === "wb") {
  const currents = Array.from({ length: 31 }, (_, k) => k);
  const ours = oursFI(wangBuzsaki(), currents, FI_DT);
  const b = {};
  for (const method of ["expeuler", "euler", "rk4"]) {
    b[method] = brian(["wb-fi", "--currents", currents.join(","), "--duration", String(FI_T), "--dt", String(FI_DT), "--method", method]);
    process.stderr.write(`WB f–I: Brian2 ${method} done (${b[method].cpu.toFixed(2)} s CPU)\n`);
  }
  const rate = { ours: ours.trains.map(isiRate) };
  for (const m of Object.keys(b)) rate[m] = trains(b[m].spikes, currents.length, FI_DT).map(isiRate);
  const ok = { expeuler: true, euler: true, rk4: true }, both = { expeuler: 0, euler: 0, rk4: 0 }, worst = { expeuler: 0, euler: 0, rk4: 0 };
  lines.push(`## 1. Wang–Buzsáki f–I curve (dt = ${FI_DT} ms in both, ${FI_T} ms, rate after ${TRANSIENT} ms)`, "",
    "Rates in Hz; Δ = tightrope relative to the Brian2 column on its left. \"Same scheme\": Brian2's `exponential_euler` with m = m∞(v) set before every step (so m, h, n are frozen over the step, as in tightrope). \"Euler\": forward Euler, Brian2's choice for the equations of its `Wang_Buszaki_1996.py` example. \"RK4\": Brian2's `rk4` (fourth order) as the accurate reference. Agreement: |Δ| ≤ 2 % where both fire.", "",
    "| I (µA/cm²) | tightrope | Brian2 same scheme | Δ | Brian2 Euler | Δ | Brian2 RK4 | Δ |", "|---|---|---|---|---|---|---|---|");
  currents.forEach((I, k) => {
    const cells = [];
    for (const m of ["expeuler", "euler", "rk4"]) {
      const d = pct(rate.ours[k], rate[m][k]);
      const fires = rate.ours[k] > 0 && rate[m][k] > 0;
      if (fires) { both[m]++; worst[m] = Math.max(worst[m], Math.abs(d)); if (Math.abs(d) > 2) ok[m] = false; }
      else if ((rate.ours[k] > 0) !== (rate[m][k] > 0)) ok[m] = false; // one fires, the other not
      cells.push(rate[m][k].toFixed(2), fires ? `${fpct(d)}${Math.abs(d) > 2 ? " ✗" : ""}` : (rate.ours[k] > 0) !== (rate[m][k] > 0) ? "one silent ✗" : "both silent");
    }
    lines.push(`| ${I} | ${rate.ours[k].toFixed(2)} | ${cells.join(" | ")} |`);
  });
  const label = { expeuler: "same scheme", euler: "forward Euler", rk4: "RK4" };
  lines.push("");
  for (const m of ["expeuler", "euler", "rk4"]) {
    const v = `WB f–I vs Brian2 ${label[m]}: ${ok[m] ? "agree" : "DISAGREE"} (largest |Δ| ${worst[m].toFixed(3)} % over the ${both[m]} currents where both fire; 2 % required)`;
    lines.push(`- ${v}`); verdicts.push(v);
  }
  // time-step convergence of tightrope against Brian2's RK4 rates
  const dts = [0.0025, 0.005, 0.01, 0.02, 0.05, 0.1];
  const sel = [1, 2, 5, 10, 20];
  lines.push("", `Time-step error: tightrope's rate at each dt relative to Brian2's RK4 rate at dt = ${FI_DT} ms (exponential Euler is first order: the error halves with dt).`, "",
    `| dt (ms) | ${sel.map((I) => `I = ${I}`).join(" | ")} |`, `|---|${sel.map(() => "---").join("|")}|`);
  const errs = {};
  for (const dt of dts) {
    const r = oursFI(wangBuzsaki(), sel, dt).trains.map(isiRate);
    errs[dt] = sel.map((I, j) => pct(r[j], rate.rk4[currents.indexOf(I)]));
    lines.push(`| ${dt} | ${errs[dt].map(fpct).join(" | ")} |`);
  }
  const worstAt = (dt) => Math.max(...errs[dt].map(Math.abs));
  const ratio = mean(sel.map((_, j) => errs[0.01][j] / errs[0.005][j]));
  const fine = dts.filter((dt) => worstAt(dt) <= 2);
  lines.push("", `Measured: halving dt from 0.01 to 0.005 ms divides the error by ${ratio.toFixed(2)} on average (first order: 2); ` +
    (fine.length ? `tightrope is within 2 % of RK4 at every current of this table for dt ≤ ${Math.max(...fine)} ms (largest |Δ| ${worstAt(Math.max(...fine)).toFixed(2)} %).` : "no dt of this table brings tightrope within 2 % of RK4."));
  if (!ok.rk4) {
    const silentRk4 = currents.filter((I, k) => rate.rk4[k] === 0 && rate.ours[k] > 0);
    lines.push("", `Why tightrope and RK4 differ at dt = ${FI_DT} ms: not the model or spike detection — Brian2 integrating the same equations with the same scheme gives the same rates (largest |Δ| ${worst.expeuler.toExponential(1)} %), and with forward Euler within ${worst.euler.toFixed(2)} % — but the time-step error of first-order schemes, which shrinks linearly with dt as the table above shows.` +
      (silentRk4.length ? ` At I = ${silentRk4.join(", ")} µA/cm² RK4 is silent while the first-order runs still fire: near the depolarization block the spikes shrink towards V_spike = −20 mV, and the current at which the block sets in depends on the scheme and dt.` : ""));
  }
  lines.push("", `CPU time of the ${currents.length} neurons × ${FI_T} ms loop: tightrope ${ours.cpu.toFixed(2)} s, Brian2 (Cython) same scheme ${b.expeuler.cpu.toFixed(2)} s, Euler ${b.euler.cpu.toFixed(2)} s, RK4 ${b.rk4.cpu.toFixed(2)} s.`, "");
}

if (!ONLY || ONLY === "tm") {
  const currents = Array.from({ length: 11 }, (_, k) => k);
  const ours = oursFI(traubMiles(), currents, FI_DT);
  const b = brian(["tm-fi", "--currents", currents.join(","), "--duration", String(FI_T), "--dt", String(FI_DT)]);
  const theirs = trains(b.spikes, currents.length, FI_DT);
  lines.push(`## 2. Traub–Miles cell of COBAHH.py alone (dt = ${FI_DT} ms, ${FI_T} ms, both exponential Euler)`, "",
    "| I (µA/cm²) | tightrope (Hz) | Brian2 (Hz) | Δ | spikes | largest spike-time difference (ms) |", "|---|---|---|---|---|---|");
  let ok = true, worst = 0;
  currents.forEach((I, k) => {
    const a = isiRate(ours.trains[k]), c = isiRate(theirs[k]);
    const same = ours.trains[k].length === theirs[k].length;
    const dmax = same ? Math.max(0, ...ours.trains[k].map((t, j) => Math.abs(t - theirs[k][j]))) : NaN;
    const d = pct(a, c);
    if (!same || Math.abs(d) > 2) ok = false;
    worst = Math.max(worst, Math.abs(d));
    lines.push(`| ${I} | ${a.toFixed(3)} | ${c.toFixed(3)} | ${fpct(d)} | ${ours.trains[k].length} / ${theirs[k].length} | ${same ? (dmax === 0 ? "0" : dmax.toExponential(1)) : "counts differ"} |`);
  });
  const v = `Traub–Miles f–I vs Brian2 (same scheme): ${ok ? "agree" : "DISAGREE"} (largest |Δ| ${worst.toExponential(1)} %)`;
  lines.push("", `- ${v}`, "", `CPU time: tightrope ${ours.cpu.toFixed(2)} s, Brian2 ${b.cpu.toFixed(2)} s.`, "");
  // time-step error of the cell (COBAHH runs it at dt = 0.1 ms): rates against tightrope at dt = 0.001 ms
  const sel = [1, 2, 5, 10], ref = oursFI(traubMiles(), sel, 0.001).trains.map(isiRate);
  lines.push(`Time-step error of the cell: tightrope's rate at each dt relative to tightrope at dt = 0.001 ms (first order, so that reference is itself ≈ 0.1 % low).`, "",
    `| dt (ms) | ${sel.map((I) => `I = ${I}`).join(" | ")} |`, `|---|${sel.map(() => "---").join("|")}|`);
  for (const dt of [0.01, 0.025, 0.05, 0.1]) {
    const r = oursFI(traubMiles(), sel, dt).trains.map(isiRate);
    lines.push(`| ${dt} | ${sel.map((_, j) => fpct(pct(r[j], ref[j]))).join(" | ")} |`);
  }
  lines.push("");
  verdicts.push(v);
}

/** Section 3 at time step dt over `seeds` seeds: table lines and the verdict. */
function cobahhSection(dt, seeds) {
  const FROM = 100;
  const measure = (sE, sI) => {
    const wE = tr.timeWindow(sE, FROM, DURATION), wI = tr.timeWindow(sI, FROM, DURATION);
    return { rateE: tr.meanRate(wE), rateI: tr.meanRate(wI), cvE: tr.nanMean(tr.isiCV(wE)), cvI: tr.nanMean(tr.isiCV(wI)), status: tr.runStatus(sE, { from: FROM }) };
  };
  const runs = { tightrope: [], brian2: [] };
  for (let seed = 1; seed <= seeds; seed++) {
    const net = cobahh({ seed, dt });
    const mE = net.monitorSpikes("E"), mI = net.monitorSpikes("I");
    const [, cpu] = cpuSeconds(() => net.run(DURATION));
    runs.tightrope.push({ ...measure(mE.spikes(dt), mI.spikes(dt)), cpu });
    const o = brian(["cobahh", "--seed", String(seed), "--duration", String(DURATION), "--dt", String(dt)]);
    const toSpikes = (s, name) => ({ population: name, n: s.n, i: Int32Array.from(s.i), t: Float64Array.from(s.t, (t) => t + dt), start: 0, stop: DURATION });
    runs.brian2.push({ ...measure(toSpikes(o.spikes_E, "E"), toSpikes(o.spikes_I, "I")), cpu: o.cpu });
    process.stderr.write(`COBAHH dt ${dt} seed ${seed}: tightrope E ${runs.tightrope.at(-1).rateE.toFixed(2)} Hz (${cpu.toFixed(1)} s CPU), Brian2 E ${runs.brian2.at(-1).rateE.toFixed(2)} Hz (${o.cpu.toFixed(1)} s CPU)\n`);
  }
  const healthy = (rs) => rs.filter((r) => r.status.ok);
  const A = healthy(runs.tightrope), B = healthy(runs.brian2);
  const out = [`## 3. COBAHH (Brian2 examples/COBAHH.py), ${seeds} seeds, ${DURATION} ms, dt = ${dt} ms`, "",
    `Statistics over ${FROM}–${DURATION} ms of runs that neither died out nor ran away (tightrope ${A.length}/${seeds}, Brian2 ${B.length}/${seeds}); mean ± sd over seeds; "spread" is the larger sd. Different random connectivity and initial values in each simulator (same distributions).`, "",
    "| measure | tightrope | Brian2 2.5 | difference | spread | agree |", "|---|---|---|---|---|---|"];
  let ok = A.length === seeds && B.length === seeds;
  const means = {};
  for (const [label, key, d] of [["E rate (Hz)", "rateE", 2], ["I rate (Hz)", "rateI", 2], ["mean CV of ISIs (E)", "cvE", 3], ["mean CV of ISIs (I)", "cvI", 3]]) {
    const a = A.map((r) => r[key]), b = B.map((r) => r[key]);
    const diff = mean(a) - mean(b), spread = Math.max(sd(a), sd(b));
    const agree = Math.abs(diff) <= spread;
    ok &&= agree;
    means[key] = [mean(a), mean(b)];
    out.push(`| ${label} | ${pm(a, d)} | ${pm(b, d)} | ${diff.toFixed(d)} | ${spread.toFixed(d)} | ${agree ? "yes" : "NO"} |`);
  }
  out.push(`| CPU time of the run (s) | ${pm(runs.tightrope.map((r) => r.cpu))} | ${pm(runs.brian2.map((r) => r.cpu))} (Cython runtime, compilation excluded) | | | |`, "");
  const v = `COBAHH at dt = ${dt} ms vs Brian2: ${ok ? "agree within the seed-to-seed spread" : "DISAGREE — see the rows marked NO"}`;
  out.push(`- ${v}`, "");
  return { lines: out, verdict: v, means, runs };
}

if (!ONLY || ONLY === "cobahh") {
  const coarse = cobahhSection(NET_DT, SEEDS);
  lines.push(...coarse.lines);
  verdicts.push(coarse.verdict);
  if (FINE_DT > 0) {
    const fine = cobahhSection(FINE_DT, FINE_SEEDS);
    lines.push(...fine.lines.map((l) => l.replace("## 3. COBAHH", "## 3b. COBAHH")));
    // paired by seed (the same network and initial state at both time steps): relative change of each measure
    const shift = (sim, key) => fine.runs[sim].map((r, k) => (100 * (r[key] - coarse.runs[sim][k][key])) / coarse.runs[sim][k][key]);
    const fmtShift = (xs) => `${xs.length ? `${mean(xs) >= 0 ? "+" : ""}${mean(xs).toFixed(1)} ± ${sd(xs).toFixed(1)} %` : "—"}`;
    lines.push(`From dt = ${NET_DT} to ${FINE_DT} ms, paired by seed (seeds 1–${FINE_SEEDS}, same network and start), the E rate changes by ${fmtShift(shift("tightrope", "rateE"))} in tightrope and ${fmtShift(shift("brian2", "rateE"))} in Brian2, the I rate by ${fmtShift(shift("tightrope", "rateI"))} and ${fmtShift(shift("brian2", "rateI"))}, the mean CV (E) by ${fmtShift(shift("tightrope", "cvE"))} and ${fmtShift(shift("brian2", "cvE"))}.`, "");
    verdicts.push(fine.verdict);
  }
}

const text = [`# tightrope vs Brian2: Hodgkin–Huxley family (Wang–Buzsáki, Traub–Miles, COBAHH)`, "",
  `Generated by \`node bench/crosscheck-hh.mjs\` on ${new Date().toISOString()} (Node ${process.versions.node}, Brian2 2.5 Cython runtime, 2 shared cores).`, "",
  ...lines, "## Verdicts", "", ...verdicts.map((v) => `- ${v}`), ""].join("\n");
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(text);
