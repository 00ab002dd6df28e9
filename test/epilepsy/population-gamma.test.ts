import { describe, expect, it } from "vitest";
import { populationGamma } from "../../src/epilepsy/population-gamma.js";
import { Rng } from "../../src/random/rng.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

/** Spike columns sorted by time from per-spike (neuron, time) pairs. */
function columns(population: string, n: number, pairs: [number, number][], stop: number): Spikes {
  pairs.sort((a, b) => a[1] - b[1]);
  return { population, n, i: Int32Array.from(pairs.map((p) => p[0])), t: Float64Array.from(pairs.map((p) => p[1])), start: 0, stop };
}

/** n independent Poisson neurons at `rate` Hz for `T` ms. */
function poisson(n: number, rate: number, T: number, seed: number): Spikes {
  const rng = new Rng(seed), pairs: [number, number][] = [];
  for (let k = 0; k < n; k++) for (let t = rng.exponential() * 1000 / rate; t < T; t += rng.exponential() * 1000 / rate) pairs.push([k, t]);
  return columns("P", n, pairs, T);
}

describe("populationGamma(spikes, { band = [30, 80], bin = 1, segment = 128 })", () => {
  it("independent Poisson cells (a white signal): the band's share of the bins, 7 of 63.5 (bins 31.25 … 78.1 Hz of 7.8125 Hz; the Nyquist bin counts half), within 10 %", () => {
    const g = populationGamma(poisson(100, 20, 20000, 1));
    expect(g.spectrum.f[1]).toBeCloseTo(1000 / 128, 12);
    expect(g.fraction).toBeGreaterThan(0.9 * 7 / 63.5);
    expect(g.fraction).toBeLessThan(1.1 * 7 / 63.5);
    expect(g.rate).toBeGreaterThan(19); // 40 000 expected spikes: sd 0.1 Hz
    expect(g.rate).toBeLessThan(21);
  });

  it("cells locked to a 40 Hz cycle (2 ms jitter): the peak within half a bin of 40 Hz, most power in the band; two recordings are summed per cell", () => {
    const rng = new Rng(2), pairs: [number, number][] = [];
    for (let k = 0; k < 50; k++) for (let c = 1; c < 80; c++) if (rng.uniform() < 0.5) pairs.push([k, 25 * c + 2 * rng.normal()]);
    const locked = columns("E", 50, pairs, 2000);
    const g = populationGamma(locked);
    expect(Math.abs(g.peak - 40)).toBeLessThanOrEqual(1000 / 128 / 2);
    expect(g.fraction).toBeGreaterThan(0.5);
    expect(g.ratio).toBeGreaterThan(10);
    expect(populationGamma(locked, { peakRange: [60, 200] }).peak).toBeCloseTo(1000 / 128 * 10, 9); // the harmonic, 80 Hz → bin 78.1 Hz
    // adding a silent population of the same size halves the rate per cell and quarters the power
    const silent: Spikes = { population: "I", n: 50, i: new Int32Array(0), t: new Float64Array(0), start: 0, stop: 2000 };
    const both = populationGamma([locked, silent]);
    expect(both.rate).toBeCloseTo(g.rate / 2, 12);
    expect(both.power).toBeCloseTo(g.power / 4, 9);
    expect(both.fraction).toBeCloseTo(g.fraction, 12);
  });

  it("bad windows throw", () => {
    const s = poisson(10, 10, 1000, 3);
    expect(() => populationGamma(s, { from: 500, to: 400 })).toThrow(/invalid window for populationGamma: \[500, 400\) ms/);
    expect(() => populationGamma(s, { from: 0, to: 100 })).toThrow(/100 bins of 1 ms \(expected at least segment = 128 bins\)/);
    expect(() => populationGamma([])).toThrow(/no recordings/);
    expect(() => populationGamma(s, { peakRange: [80, 30] })).toThrow(/invalid peakRange for populationGamma: \[80, 30\] Hz/);
  });
});
