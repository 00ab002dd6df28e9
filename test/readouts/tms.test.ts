import { describe, expect, it } from "vitest";
import { tmsVolley, pairedPulseSchedule, pairedPulseCounts, pairedPulseCurve, conditionLabel } from "../../src/readouts/tms.js";
import { tmsCircuit } from "../../src/readouts/tms-circuit.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

const spikesAt = (t: number[]): Spikes => ({ t: Float64Array.from(t), i: new Int32Array(t.length), n: 1, start: 0, stop: 1e9, population: "E" } as unknown as Spikes);

describe("tmsVolley(pulses, { fibres, thresholds, jitter })", () => {
  it("recruits exactly the fibres whose threshold lo + (hi − lo)(k + ½)/n is ≤ the intensity, the same ones every pulse", () => {
    const v = tmsVolley([{ time: 10, intensity: 0.3 }, { time: 20, intensity: 0.05 }], { fibres: 10 });
    // thresholds 0.05, 0.15, 0.25, 0.35 …: intensity 0.3 → fibres 0, 1, 2; 0.05 → fibre 0
    expect(Array.from(v.indices)).toEqual([0, 1, 2, 0]);
    expect(Array.from(v.times)).toEqual([10, 10, 10, 20]);
    const w = tmsVolley([{ time: 5, intensity: 0.5 }], { fibres: 100, thresholds: [0.2, 0.6] });
    expect(w.indices.length).toBe(75); // (0.5 − 0.2)/0.4 × 100 = 75 thresholds ≤ 0.5
    expect(tmsVolley([{ time: 5, intensity: 0.19 }], { fibres: 100, thresholds: [0.2, 0.6] }).indices.length).toBe(0);
  });
  it("jitter is Gaussian with the given sd and the same seed gives the same times", () => {
    const pulses = Array.from({ length: 200 }, (_, k) => ({ time: 100 + 500 * k, intensity: 1 }));
    const v = tmsVolley(pulses, { fibres: 50, jitter: 2, seed: 3 });
    const dev = Array.from(v.times, (t, k) => t - pulses[Math.floor(k / 50)].time);
    const m = dev.reduce((a, b) => a + b, 0) / dev.length;
    const sd = Math.sqrt(dev.reduce((a, b) => a + (b - m) ** 2, 0) / (dev.length - 1));
    expect(Math.abs(m)).toBeLessThan(4 * 2 / Math.sqrt(dev.length)); // 4 standard errors of the mean
    expect(sd).toBeCloseTo(2, 1); // 10⁴ samples: relative se of sd ≈ 0.7 %
    expect(Array.from(tmsVolley(pulses, { fibres: 50, jitter: 2, seed: 3 }).times)).toEqual(Array.from(v.times));
  });
  it("bad input throws saying why", () => {
    expect(() => tmsVolley([], { fibres: 0 })).toThrow(/invalid tmsVolley fibres: 0/);
    expect(() => tmsVolley([{ time: -1, intensity: 1 }], { fibres: 3 })).toThrow(/pulses\[0\]\.time: -1/);
    expect(() => tmsVolley([{ time: 1, intensity: 1 }], { fibres: 3, thresholds: [0.5, 0.5] })).toThrow(/invalid tmsVolley thresholds/);
  });
});

describe("pairedPulseSchedule / pairedPulseCounts / pairedPulseCurve", () => {
  it("schedules every condition `repeats` times, gap ms after each trial's last pulse, with CS and TS intensities", () => {
    const s = pairedPulseSchedule(["test", { cs: 0.1 }, { cs: 0.2, isi: 3 }], { ts: 0.4, repeats: 2, gap: 100, start: 50, seed: 2 });
    expect(s.trials.length).toBe(6);
    expect(s.trials.filter((t) => t.label === "CS 0.2, ISI 3 ms").length).toBe(2);
    // run length: 6 gaps + 2 ISIs
    expect(s.end).toBe(50 + 6 * 100 + 2 * 3);
    const paired = s.trials.find((t) => t.isi === 3)!;
    expect(paired.ts - paired.cs).toBe(3);
    expect(s.pulses.filter((p) => p.intensity === 0.4).length).toBe(4); // 2 test + 2 paired test pulses
    expect(s.pulses.length).toBe(8);
    expect(conditionLabel({ cs: 0.1 })).toBe("CS 0.1 alone");
    expect(pairedPulseSchedule(["test", { cs: 0.1 }], { ts: 1, repeats: 5, seed: 2 }).trials.map((t) => t.label))
      .toEqual(pairedPulseSchedule(["test", { cs: 0.1 }], { ts: 1, repeats: 5, seed: 2 }).trials.map((t) => t.label));
  });
  it("counts spikes in [ts + delay, ts + delay + window), subtracts the pre-trial background, and takes ratios to test alone", () => {
    const trials = [
      { label: "test", isi: NaN, csIntensity: NaN, cs: NaN, ts: 100 },
      { label: "CS 0.1, ISI 5 ms", isi: 5, csIntensity: 0.1, cs: 200, ts: 205 },
      { label: "test", isi: NaN, csIntensity: NaN, cs: NaN, ts: 300 },
    ];
    // test 1: 4 spikes in [101, 109); paired: 1 in [206, 214), 2 spikes in [180, 200) before its CS; test 2: 2 spikes (109 is out)
    const s = spikesAt([60, 101, 102, 105, 108.9, 109, 185, 190, 206, 214, 301, 302]);
    const raw = pairedPulseCounts(s, trials);
    expect(Array.from(raw)).toEqual([4, 1, 2]);
    const net = pairedPulseCounts(s, trials, { baseline: 40 }); // background × 8/40
    expect(net[0]).toBeCloseTo(4 - 1 * 0.2, 12); // one spike (60) in [60, 100)
    expect(net[1]).toBeCloseTo(1 - 2 * 0.2, 12);
    const curve = pairedPulseCurve(trials, raw);
    const test = curve.find((c) => c.label === "test")!;
    expect(test.mean).toBe(3);
    expect(test.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(curve.find((c) => c.isi === 5)!.ratio).toBeCloseTo(1 / 3, 12);
    expect(() => pairedPulseCurve(trials, [1])).toThrow(/1 values for 3 trials/);
  });
});

describe("tmsCircuit", () => {
  it("builds E, PV, NGF and two fibre groups; gB = 0 leaves out the GABA_B projection; same seed, same spikes", () => {
    const pulses = [{ time: 50, intensity: 0.35 }];
    const net = tmsCircuit({ pulses, nE: 40, nPV: 20, nNGF: 20 });
    expect(net.toSpec().parts.filter((p) => p.build === "connect").length).toBe(5);
    expect(tmsCircuit({ pulses, gB: 0, nE: 40, nPV: 20, nNGF: 20 }).toSpec().parts.filter((p) => p.build === "connect").length).toBe(4);
    const run = () => { const n = tmsCircuit({ pulses, nE: 40, nPV: 20, nNGF: 20, seed: 4 }); const m = n.monitorSpikes("E"); n.run(80); return Array.from(m.spikes().t); };
    const a = run();
    expect(a).toEqual(run());
    // the pulse (0.35, above the 0.15 start of the E fibres) makes E fire in the window after it
    expect(a.filter((t) => t >= 51 && t < 59).length).toBeGreaterThan(a.filter((t) => t >= 30 && t < 38).length);
    expect(() => tmsCircuit({ pulses, wTEE: 1 } as never)).toThrow(/wTEE/);
  });
});

describe("tmsCircuit nmda option", () => {
  it("nmda > 0 adds an NMDA projection from the TMS-E fibres and NMDA receptors on E", () => {
    const spec = tmsCircuit({ pulses: [{ time: 10, intensity: 0.3 }], nE: 40, nPV: 20, nNGF: 20, nmda: 1 }).toSpec();
    const nm = spec.parts.filter((p) => p.build === "connect" && (p.options as { receptor?: string }).receptor === "NMDA");
    expect(nm.length).toBe(1);
    expect(JSON.stringify(spec.parts.find((p) => p.build === "population" && p.args[0] === "E"))).toContain("NMDA");
  });
});
