import { describe, expect, it } from "vitest";
import { isiCV, nanMean } from "../../src/analysis/isi.js";
import { fft, powerSpectrum, spectralPeak } from "../../src/analysis/spectrum.js";
import { erf, erfcx } from "../../src/analysis/special.js";
import { brunelRate, lifRate, siegert } from "../../src/analysis/mean-field.js";
import { classifyRegime, synchrony } from "../../src/analysis/regime.js";
import { firingRates, gaussianSmooth, meanRate, timeWindow } from "../../src/analysis/rates.js";
import { currentStats, currentSummary } from "../../src/analysis/currents.js";
import { Rng } from "../../src/random/rng.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

function spikes(n: number, list: [number, number][], stop: number): Spikes {
  const sorted = [...list].sort((a, b) => a[1] - b[1]);
  return { population: "X", n, i: Int32Array.from(sorted, (x) => x[0]), t: Float64Array.from(sorted, (x) => x[1]), start: 0, stop };
}

describe("rates and irregularity", () => {
  it("firingRates and meanRate count spikes per second", () => {
    const s = spikes(2, [[0, 10], [0, 20], [1, 30]], 1000);
    expect([...firingRates(s)]).toEqual([2, 1]);
    expect(meanRate(s)).toBe(1.5);
    expect(timeWindow(s, 15, 1000).i.length).toBe(2);
  });
  it("isiCV is 0 for a clock, ≈ 1 for Poisson, NaN for too few spikes", () => {
    const clock = spikes(1, Array.from({ length: 50 }, (_, k) => [0, 10 * k] as [number, number]), 1000);
    expect(isiCV(clock)[0]).toBeCloseTo(0, 12);
    const r = new Rng(1);
    let t = 0;
    const poisson: [number, number][] = [];
    while (t < 1e6) { t += 10 * r.exponential(); poisson.push([0, t]); }
    expect(isiCV(spikes(1, poisson, 1e6))[0]).toBeCloseTo(1, 1);
    expect(Number.isNaN(isiCV(spikes(1, [[0, 1]], 10))[0])).toBe(true);
    expect(nanMean([NaN, 1, 3])).toBe(2);
  });
  it("gaussianSmooth preserves a constant", () => {
    expect([...gaussianSmooth(new Float64Array(20).fill(3), 2)].every((x) => Math.abs(x - 3) < 1e-12)).toBe(true);
  });
});

describe("spectra", () => {
  it("fft of a pure tone puts all power in its bin", () => {
    const n = 64, re = new Float64Array(n), im = new Float64Array(n);
    for (let k = 0; k < n; k++) re[k] = Math.cos((2 * Math.PI * 5 * k) / n);
    fft(re, im);
    expect(re[5]).toBeCloseTo(32, 9);
    expect(Math.abs(re[6])).toBeLessThan(1e-9);
  });
  it("powerSpectrum finds a 40 Hz oscillation in noise, and Parseval holds for white noise", () => {
    const r = new Rng(2);
    const x = Float64Array.from({ length: 8192 }, (_, k) => Math.sin(2 * Math.PI * 40 * k * 1e-3) + 0.5 * r.normal());
    const peak = spectralPeak(powerSpectrum(x, 1));
    expect(Math.abs(peak.frequency - 40)).toBeLessThan(2);
    expect(peak.ratio).toBeGreaterThan(50);
    const w = Float64Array.from({ length: 65536 }, () => r.normal());
    const s = powerSpectrum(w, 1);
    const df = s.f[1] - s.f[0];
    const total = s.power.reduce((a, b) => a + b, 0) * df;
    expect(total).toBeCloseTo(1, 1);
  });
});

describe("special functions and mean field", () => {
  it("erfcx and erf match tabulated values to 1e-6", () => {
    expect(erfcx(0)).toBeCloseTo(1, 6);
    expect(erfcx(1)).toBeCloseTo(0.4275835762, 6);
    expect(erfcx(-1)).toBeCloseTo(2 * Math.E - 0.4275835762, 5);
    expect(erfcx(30)).toBeCloseTo(1 / (30 * Math.sqrt(Math.PI)) * (1 - 1 / 1800), 6);
    expect(erf(0.5)).toBeCloseTo(0.5204998778, 6);
    expect(erf(-2)).toBeCloseTo(-0.9953222650, 6);
  });
  it("lifRate is the deterministic f–I curve", () => {
    expect(lifRate({ tau: 20, t_ref: 2, V_inf: -40, V_reset: -60, V_th: -50 })).toBeCloseTo(1000 / (2 + 20 * Math.log(2)), 10);
  });
  it("siegert tends to the deterministic rate as the noise vanishes (suprathreshold)", () => {
    const det = lifRate({ tau: 20, t_ref: 2, V_inf: 25, V_reset: 10, V_th: 20 });
    expect(siegert({ mu: 25, sigma: 0.05, tau: 20, theta: 20, V_r: 10, tau_rp: 2 }) / det).toBeCloseTo(1, 2);
  });
  it("siegert grows with noise below threshold", () => {
    const a = siegert({ mu: 15, sigma: 1, tau: 20, theta: 20, V_r: 10, tau_rp: 2 });
    const b = siegert({ mu: 15, sigma: 4, tau: 20, theta: 20, V_r: 10, tau_rp: 2 });
    expect(b).toBeGreaterThan(10 * a);
  });
  it("brunelRate is self-consistent: Siegert(μ(ν), σ(ν)) = ν", () => {
    const r = brunelRate({ g: 6, eta: 4 });
    const again = siegert({ mu: r.mu, sigma: r.sigma, tau: 20, theta: 20, V_r: 10, tau_rp: 2 });
    expect(again).toBeCloseTo(r.rate, 4);
    expect(r.nuThr).toBeCloseTo(10, 10);
    expect(r.rate).toBeGreaterThan(40);
    expect(r.rate).toBeLessThan(70);
  });
});

describe("regime classification", () => {
  it("independent Poisson neurons are asynchronous irregular", () => {
    const r = new Rng(3);
    const list: [number, number][] = [];
    for (let i = 0; i < 400; i++) { let t = 0; for (;;) { t += 1000 / 20 * r.exponential(); if (t >= 2000) break; list.push([i, t]); } }
    const s = spikes(400, list, 2000);
    expect(classifyRegime(s).label).toBe("AI");
    expect(synchrony(s)).toBeLessThan(0.1);
  });
  it("neurons firing together every 25 ms are synchronous regular", () => {
    const list: [number, number][] = [];
    for (let i = 0; i < 200; i++) for (let t = 5; t < 2000; t += 25) list.push([i, t + 0.1 * (i % 3)]);
    const reg = classifyRegime(spikes(200, list, 2000));
    expect(reg.label).toBe("SR");
    expect(reg.chi).toBeGreaterThan(0.9);
    expect(Math.abs(reg.peakFrequency - 40)).toBeLessThan(2);
  });
  it("neurons joining a 20 Hz rhythm on random cycles are synchronous irregular, slow", () => {
    const r = new Rng(4);
    const list: [number, number][] = [];
    for (let i = 0; i < 300; i++) for (let t = 10; t < 3000; t += 50) if (r.uniform() < 0.15) list.push([i, t + 2 * r.normal()]);
    expect(classifyRegime(spikes(300, list, 3000)).label).toBe("SI slow");
  });
});

describe("currentStats", () => {
  it("currentStats gives means, net sd and the E–I correlation", () => {
    const t = Float64Array.from({ length: 1000 }, (_, k) => k);
    const IE = Float64Array.from(t, (x) => 100 + 10 * Math.sin(x / 10));
    const II = Float64Array.from(t, (x) => -90 - 10 * Math.sin(x / 10));
    const [s] = currentStats({ population: "P", neurons: Int32Array.from([0]), t, values: { I_E: [IE], I_I: [II] } });
    expect(s.meanNet).toBeCloseTo(10, 1);
    expect(s.corrEI).toBeCloseTo(-1, 6);
    expect(s.sdNet).toBeCloseTo(0, 6);
    expect(s.imbalance).toBeCloseTo(0.1, 2);
  });
  it("currentSummary averages over neurons and leaves out NaN correlations", () => {
    const t = Float64Array.from({ length: 100 }, (_, k) => k);
    const wave = (a: number, b: number) => Float64Array.from(t, (x) => a + b * Math.sin(x / 5));
    const stats = currentStats({ population: "P", neurons: Int32Array.from([0, 1]), t, values: {
      I_E: [wave(100, 10), wave(200, 0)], I_I: [wave(-80, -10), wave(-150, 5)] } });
    const sum = currentSummary(stats);
    expect(sum.neurons).toBe(2);
    expect(sum.meanE).toBeCloseTo(150, 0); // (100 + 200)/2 up to the sine's non-zero mean over 100 samples
    expect(sum.meanNet).toBeCloseTo((stats[0].meanNet + stats[1].meanNet) / 2, 12);
    expect(Number.isNaN(stats[1].corrEI)).toBe(true); // constant I_E: no correlation
    expect(sum.corrEI).toBeCloseTo(-1, 6);              // only neuron 0 counts
    expect(sum.imbalance).toBeCloseTo((0.2 + 0.25) / 2, 1);
    expect(() => currentSummary([])).toThrow(RangeError);
  });
});
