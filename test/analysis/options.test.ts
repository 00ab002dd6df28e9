/**
 * Every analysis function that takes an options object refuses an unknown option name with a guess
 * (a misspelt option would otherwise silently fall back to its default and change the result);
 * functions that take a record of parameters refuse a missing one, naming the likely typo.
 */
import { describe, expect, it } from "vitest";
import type { Spikes } from "../../src/monitors/spike-monitor.js";
import type { StateTraces } from "../../src/monitors/state-monitor.js";
import { currentStats } from "../../src/analysis/currents.js";
import { populationRate, populationRateFromSpikes } from "../../src/analysis/rates.js";
import { powerSpectrum, spectralPeak } from "../../src/analysis/spectrum.js";
import { classifyRegime, synchrony } from "../../src/analysis/regime.js";
import { volleyResponse } from "../../src/analysis/coincidence.js";
import { isiCV } from "../../src/analysis/isi.js";
import { meanPotentialBound, shotNoise, sigmaVEffective } from "../../src/analysis/fluctuations.js";
import { decayTime } from "../../src/analysis/relaxation.js";
import { ccdf } from "../../src/analysis/ccdf.js";
import { episodeSeverity } from "../../src/analysis/episodes.js";
import { meanInterval, pairedInterval } from "../../src/analysis/intervals.js";
import { activityEnd, oscillationPeriod, trialResponses } from "../../src/analysis/latency.js";
import { lifRate, siegert } from "../../src/analysis/mean-field.js";
import { fitExponentialDecay, frozenNoiseBias, stepResponse } from "../../src/analysis/tau-eff.js";
import { traceMoments } from "../../src/analysis/trace-moments.js";
import { synchronyScaling } from "../../src/analysis/synchrony-scaling.js";

const spikes: Spikes = { population: "E", n: 2, i: Int32Array.from([0, 1, 0]), t: Float64Array.from([1, 2, 3]), start: 0, stop: 10 };
const counts = { population: "E", n: 2, dt: 0.1, start: 0, counts: new Int32Array(100) };
const traces: StateTraces = { population: "E", neurons: Int32Array.from([0]), t: Float64Array.from([0, 1, 2]), values: { v: [Float64Array.from([-60, -59, -58])] } };
const series = { t: [0.5, 1.5], rate: [1, 2], bin: 1 };
const t = Float64Array.from({ length: 50 }, (_, k) => k);
const y = Float64Array.from(t, (x) => Math.exp(-x / 10));

/** [call, option name, expected guess or undefined] */
const unknown: [string, () => unknown, RegExp][] = [
  ["currentStats", () => currentStats(traces, { form: 10 } as never), /unknown option form for currentStats; did you mean from\?/],
  ["populationRate", () => populationRate(counts, { smoth: 2 } as never), /unknown option smoth for populationRate; did you mean smooth\?/],
  ["populationRateFromSpikes", () => populationRateFromSpikes(spikes, { bins: 2 } as never), /unknown option bins for populationRateFromSpikes; did you mean bin\?/],
  ["powerSpectrum", () => powerSpectrum(y, 1, { segments: 16 } as never), /unknown option segments for powerSpectrum; did you mean segment\?/],
  ["spectralPeak", () => spectralPeak({ f: t, power: y }, { minFreq: 5 } as never), /unknown option minFreq for spectralPeak; did you mean minFrequency\?/],
  ["synchrony", () => synchrony(spikes, { binn: 2 } as never), /unknown option binn for synchrony; did you mean bin\?/],
  ["classifyRegime", () => classifyRegime(spikes, { cvThresh: 0.5 } as never), /unknown option cvThresh for classifyRegime; did you mean cvThreshold\?/],
  ["volleyResponse", () => volleyResponse(spikes, [1], { windw: 5 } as never), /unknown option windw for volleyResponse; did you mean window\?/],
  ["isiCV", () => isiCV(spikes, { minSpike: 5 } as never), /unknown option minSpike for isiCV; did you mean minSpikes\?/],
  ["decayTime", () => decayTime(t, y, 0, { bands: [0.1, 0.9] } as never), /unknown option bands for decayTime; did you mean band\?/],
  ["ccdf", () => ccdf(y, { maxPoint: 10 } as never), /unknown option maxPoint for ccdf; did you mean maxPoints\?/],
  ["episodeSeverity", () => episodeSeverity(series, { base: 1, threshold: 2, form: 0 } as never), /unknown option form for episodeSeverity; did you mean from\?/],
  ["meanInterval", () => meanInterval([1, 2, 3], { levle: 0.99 } as never), /unknown option levle for meanInterval; did you mean level\?/],
  ["pairedInterval", () => pairedInterval([1, 2, 3], [2, 3, 4], { confidence: 0.99 } as never), /unknown option confidence for pairedInterval \(expected one of level\)/],
  ["trialResponses", () => trialResponses(spikes, [1], { windows: 5 } as never), /unknown option windows for trialResponses; did you mean window\?/],
  ["activityEnd", () => activityEnd(series, { threshold: 1, form: 0 } as never), /unknown option form for activityEnd; did you mean from\?/],
  ["oscillationPeriod", () => oscillationPeriod(y, 1, { guess: 10, cycle: 3 } as never), /unknown option cycle for oscillationPeriod; did you mean cycles\?/],
  ["fitExponentialDecay", () => fitExponentialDecay(t, y, { flor: 0.1 } as never), /unknown option flor for fitExponentialDecay; did you mean floor\?/],
  ["stepResponse", () => stepResponse(() => y, { dt: 1, start: 5, width: 10, amplitude: 1, trial: 3 } as never), /unknown option trial for stepResponse; did you mean trials\?/],
  ["traceMoments", () => traceMoments(traces, { too: 2 } as never), /unknown option too for traceMoments; did you mean to\?/],
  ["synchronyScaling", () => synchronyScaling([spikes, spikes], { treshold: 0.3 } as never), /unknown option treshold for synchronyScaling; did you mean threshold\?/],
];

describe("analysis options", () => {
  it.each(unknown)("%s refuses an unknown option name with a guess", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
  it("records of parameters may carry extra names but not lack a required one", () => {
    expect(() => lifRate({ tau: 20, t_ref: 2, V_inf: 30, V_reset: 10, V_Th: 20 } as never)).toThrow(new TypeError("missing option V_th for lifRate; is V_Th a typo of it?"));
    expect(lifRate({ tau: 20, t_ref: 2, V_inf: 30, V_reset: 10, V_th: 20, label: "x" } as never)).toBeCloseTo(lifRate({ tau: 20, t_ref: 2, V_inf: 30, V_reset: 10, V_th: 20 }), 12);
    expect(() => siegert({ mu: 10, sd: 5, tau: 20, theta: 20, V_r: 10, tau_rp: 2 } as never)).toThrow(/missing option sigma for siegert; is sd a typo of it\?/);
    expect(() => shotNoise({ n: 1000, rate: 5, weight: 0.5, tau_syn: 5 } as never)).toThrow(/missing option tau for shotNoise/);
    expect(() => meanPotentialBound({ gTotal: 50, sigmaG: 5 } as never)).toThrow(/missing option sigmaV for meanPotentialBound \(expected gTotal, sigmaG, sigmaV\)/);
    expect(() => sigmaVEffective({ C: 200, gtotal: 50, V: -60, sources: [] } as never)).toThrow(/missing option gTotal for sigmaVEffective; is gtotal a typo of it\?/);
    expect(() => frozenNoiseBias({ C: 200, gTotal: 50, source: [] } as never)).toThrow(/missing option sources for frozenNoiseBias; is source a typo of it\?/);
  });
});
