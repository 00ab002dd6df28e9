import { describe, expect, it } from "vitest";
import { traceMoments } from "../../src/analysis/trace-moments.js";
import type { StateTraces } from "../../src/monitors/state-monitor.js";

describe("traceMoments", () => {
  // two neurons sampled every ms: v alternates ±1 around −60 and −50 (sd 1 each); gE ramps
  const t = Float64Array.from({ length: 100 }, (_, k) => k);
  const traces: StateTraces = {
    population: "E", neurons: Int32Array.from([0, 1]), t,
    values: { v: [t.map((k) => -60 + (k % 2 ? 1 : -1)), t.map((k) => -50 + (k % 2 ? 1 : -1))], gE: [t.map((k) => k), t.map((k) => 2 * k)] },
  };
  it("averages over neurons and samples; sd is each neuron's sd in time, averaged", () => {
    const m = traceMoments(traces);
    expect(m.v!.mean).toBe(-55);
    expect(m.v!.sd).toBeCloseTo(1, 12);
    expect(m.v!.n).toBe(100);
    expect(m.gE!.mean).toBeCloseTo((49.5 + 99) / 2, 12);
  });
  it("restricts to [from, to)", () => {
    const m = traceMoments(traces, { from: 10, to: 20 });
    expect(m.gE!.mean).toBeCloseTo((14.5 + 29) / 2, 12);
    expect(m.gE!.n).toBe(10);
    expect(() => traceMoments(traces, { from: 200 })).toThrow(/holds no sample of E/);
    expect(() => traceMoments(traces, { from: 5, to: 5 })).toThrow(/expected to > from/);
  });
});
