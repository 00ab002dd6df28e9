import { describe, expect, it } from "vitest";
import { activityEnd, conditionMeans, firstSpikeLatencies, oscillationPeriod, trialResponses } from "../../src/analysis/latency.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

// 3 neurons; onsets at 100 and 200 ms. Trial 1: neuron 0 at 102 and 104, neuron 2 at 107; trial 2: neuron 1 at 203.
const spikes: Spikes = {
  population: "E", n: 3, start: 0, stop: 300,
  i: Int32Array.from([1, 0, 0, 2, 1, 0]),
  t: Float64Array.from([50, 102, 104, 107, 203, 260]),
};

describe("firstSpikeLatencies", () => {
  it("gives each neuron's first spike after the onset within the window, NaN if silent", () => {
    const lat = firstSpikeLatencies(spikes, 100, 10);
    expect(lat[0]).toBeCloseTo(2, 12);
    expect(lat[1]).toBeNaN();
    expect(lat[2]).toBeCloseTo(7, 12);
    // the window is half-open: a spike exactly at onset + window is left out
    expect(firstSpikeLatencies(spikes, 100, 7)[2]).toBeNaN();
  });
  it("rejects a non-positive window", () => {
    expect(() => firstSpikeLatencies(spikes, 100, 0)).toThrow(/invalid window: 0 ms/);
  });
});

describe("trialResponses", () => {
  it("counts responders, spikes per neuron and first-spike latency per trial", () => {
    const [a, b] = trialResponses(spikes, [100, 200], { window: 20 });
    expect(a.probability).toBeCloseTo(2 / 3, 12);
    expect(a.spikesPerNeuron).toBeCloseTo(1, 12); // 3 spikes over 3 neurons
    expect(a.latency).toBeCloseTo((2 + 7) / 2, 12);
    expect(a.latencySd).toBeCloseTo(Math.sqrt(((2 - 4.5) ** 2 + (7 - 4.5) ** 2) / 1), 12);
    expect(b.probability).toBeCloseTo(1 / 3, 12);
    expect(b.latency).toBeCloseTo(3, 12);
    expect(b.latencySd).toBeNaN(); // one responder
  });
  it("takes one window per trial", () => {
    const [a, b] = trialResponses(spikes, [100, 200], { window: [5, 100] });
    expect(a.probability).toBeCloseTo(1 / 3, 12); // only neuron 0 before 105
    expect(b.spikesPerNeuron).toBeCloseTo(2 / 3, 12); // 203 and 260
  });
  it("gives NaN latency when nobody fires, and rejects mismatched windows", () => {
    expect(trialResponses(spikes, [10], { window: 5 })[0].latency).toBeNaN();
    expect(() => trialResponses(spikes, [100, 200], { window: [5] })).toThrow(/1 lengths for 2 onsets/);
    expect(() => trialResponses(spikes, [100, NaN], { window: 5 })).toThrow(/invalid onset of trial 1: NaN ms/);
  });
});

describe("conditionMeans", () => {
  it("averages per condition in ascending order, Infinity last, NaN values counted apart", () => {
    const rows = conditionMeans([2, 0, Infinity, 2, 0], [0.4, 1, 0.1, 0.6, NaN]);
    expect(rows.map((r) => r.condition)).toEqual([0, 2, Infinity]);
    expect(rows[0]).toEqual({ condition: 0, mean: 1, n: 1, nan: 1 });
    expect(rows[1].mean).toBeCloseTo(0.5, 12);
    expect(rows[2].mean).toBeCloseTo(0.1, 12);
    expect(() => conditionMeans([1, 2], [1])).toThrow(/1 values for 2 conditions/);
  });
});

describe("activityEnd", () => {
  it("finds the end of the last bin above threshold, and whether the burst ended", () => {
    const rate = { t: Float64Array.from([0, 1, 2, 3, 4, 5]), rate: Float64Array.from([0, 50, 20, 8, 2, 0]), bin: 1 };
    expect(activityEnd(rate, { threshold: 5, from: 1 })).toEqual({ end: 4, ended: true });
    expect(activityEnd(rate, { threshold: 100, from: 1 })).toEqual({ end: 1, ended: true });
    const still = { t: Float64Array.from([0, 1, 2]), rate: Float64Array.from([0, 50, 60]) };
    expect(activityEnd(still, { threshold: 5 })).toEqual({ end: 3, ended: false });
    expect(() => activityEnd(rate, { threshold: -1 })).toThrow(/invalid threshold: -1 Hz/);
  });
});

describe("oscillationPeriod", () => {
  const dt = 0.5;
  it("recovers the period of a sampled cosine to a small fraction of a bin", () => {
    const x = Float64Array.from({ length: 4000 }, (_, i) => Math.cos((2 * Math.PI * i * dt) / 23.7));
    // the spectral guess may be off by a few per cent; the result must not depend on it
    expect(oscillationPeriod(x, dt, { guess: 22 })).toBeCloseTo(23.7, 2);
    expect(oscillationPeriod(x, dt, { guess: 25 })).toBeCloseTo(23.7, 2);
  });
  it("recovers the period of a train of narrow pulses (a PING-like population rate)", () => {
    const T = 17.3, x = Float64Array.from({ length: 4000 }, (_, i) => {
      const phase = ((i * dt) % T) - T / 2;
      return 100 * Math.exp(-(phase * phase) / 2);
    });
    expect(Math.abs(oscillationPeriod(x, dt, { guess: 18, cycles: 8 }) - T)).toBeLessThan(0.05); // ms: 10 % of a bin
  });
  it("returns NaN for a constant signal and rejects bad arguments", () => {
    expect(oscillationPeriod(new Float64Array(400).fill(3), dt, { guess: 20 })).toBeNaN();
    expect(() => oscillationPeriod(new Float64Array(100), dt, { guess: 20 })).toThrow(/invalid signal: 50 ms long/);
    expect(() => oscillationPeriod(new Float64Array(100), dt, { guess: 0.5 })).toThrow(/invalid guess: 0.5 ms/);
  });
});
