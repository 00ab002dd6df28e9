import { describe, expect, it } from "vitest";
import { isnLesionRun, isnStepRun, probeRateFor, rateDifferenceZ } from "../../src/isn/experiment.js";
import { isnNetwork } from "../../src/isn/network.js";
import { meanRate, timeWindow } from "../../src/analysis/rates.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

const small = { nE: 80, nI: 20, seed: 4 };
const protocol = { baseline: [100, 300], stepped: [350, 500], stepI: 200, probes: 10, probeCurrent: 8 } as const;

/** Spikes over [0, 1000) ms, cell k firing counts[k] times. */
const spikesOf = (population: string, counts: number[]): Spikes => {
  const i = counts.flatMap((c, k) => Array.from({ length: c }, () => k));
  return { population, n: counts.length, i: Int32Array.from(i), t: Float64Array.from(i, (_, j) => j), start: 0, stop: 1000 };
};

describe("probeRateFor", () => {
  it("gives δr with K_EE w_EE τ_E δr / 1000 = probeCurrent (hand-derived, 1e-12)", () => {
    expect(probeRateFor(16)).toBeCloseTo(2, 12); // 40 inputs · 40 pA · 5 ms = 8 pA per Hz
    expect(probeRateFor(16, { p: 0.2, nE: 100, wEE: 20 })).toBeCloseTo(8, 12); // 20 · 20 · 5 / 1000 = 2 pA per Hz
  });
  it("refuses a current ≤ 0 and a network without E→E weight", () => {
    expect(() => probeRateFor(0)).toThrow(/invalid probeCurrent: 0 pA/);
    expect(() => probeRateFor(16, { wEE: 0 })).toThrow(/invalid wEE for probes: 0 pA/);
  });
});

describe("rateDifferenceZ", () => {
  it("is (m_a − m_b)/√(s_a²/n_a + s_b²/n_b) (hand-derived: rates 1, 3 vs 0, 0 → z = 2)", () => {
    const a = spikesOf("A", [1, 3]), b = spikesOf("B", [0, 0]);
    expect(rateDifferenceZ(a, b)).toBeCloseTo(2, 12);
    expect(rateDifferenceZ(b, a)).toBeCloseTo(-2, 12);
    // rates 1, 3 vs 2, 6: means 2 and 4, s² 2 and 8 → z = −2/√(1 + 4)
    expect(rateDifferenceZ(a, spikesOf("C", [2, 6]))).toBeCloseTo(-2 / Math.sqrt(5), 12);
  });
  it("needs two cells for a spread", () => {
    expect(() => rateDifferenceZ(spikesOf("A", [1]), spikesOf("B", [1, 2]))).toThrow(/invalid rateDifferenceZ population A: 1 cell/);
  });
});

describe("isnStepRun", () => {
  const run = isnStepRun(small, protocol);
  it("measures the windows of its protocol and the probes' δr", () => {
    expect(run.E0).toBeCloseTo(meanRate(timeWindow(run.spikes.E, 100, 300)), 12);
    expect(run.I1).toBeCloseTo(meanRate(timeWindow(run.spikes.I, 350, 500)), 12);
    expect(run.spikes.E.stop).toBe(500);
    expect(run.probeRate).toBeCloseTo(probeRateFor(8, small), 12);
    expect(run.index).toBeCloseTo((run.P1 - run.P0) / run.probeRate, 12);
    expect(run.status.ok && run.statusI.ok).toBe(true);
  });
  it("starts the step into I at the end of the baseline: I spikes identical to the unstepped network before it, not after", () => {
    const net = isnNetwork({ ...small, probes: 10, probeRate: run.probeRate }), m = net.monitorSpikes("I");
    net.run(500);
    const plain = m.spikes(), before = (s: Spikes) => Array.from(timeWindow(s, 0, 300).t);
    expect(before(run.spikes.I)).toEqual(before(plain));
    expect(timeWindow(run.spikes.I, 300, 500).t.length).not.toBe(timeWindow(plain, 300, 500).t.length);
  });
  it("refuses options the protocol sets, and windows out of order", () => {
    expect(() => isnStepRun({ ...small, stepI: 5 })).toThrow(/invalid isnStepRun options.stepI: set by the protocol/);
    expect(() => isnStepRun(small, { baseline: [100, 300], stepped: [200, 400] })).toThrow(/invalid isnStepRun stepped: starts at 200 ms/);
    expect(() => isnStepRun(small, { baseline: [300, 100] })).toThrow(/invalid isnStepRun baseline/);
    expect(() => isnStepRun(small, { step: 1 } as never)).toThrow(/unknown option step/);
  });
});

describe("isnLesionRun", () => {
  it("reports E and I rates over [from, duration) and flags E above maxRate as runaway", () => {
    const r = isnLesionRun(small, { duration: 400, from: 100, maxRate: 1000 });
    expect(r.status.ok).toBe(true);
    expect(r.status.from).toBe(325); // last quarter of the window [100, 400)
    const capped = isnLesionRun(small, { duration: 400, from: 100, maxRate: 0.5 * r.status.rate });
    expect([capped.status.status, capped.rE]).toEqual(["runaway", r.rE]); // same seed, same run
  });
  it("raises r_E when the inhibitory output is removed", () => {
    const rE = (inhibitoryOutput: number) => isnLesionRun({ ...small, inhibitoryOutput }, { duration: 400, from: 100, maxRate: 1000 }).rE;
    expect(rE(0)).toBeGreaterThan(rE(1));
  });
});
