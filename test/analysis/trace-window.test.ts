import { describe, expect, it } from "vitest";
import { traceWindow } from "../../src/analysis/trace-window.js";
import type { StateTraces } from "../../src/monitors/state-monitor.js";

/** Two neurons sampled every 0.5 ms over [0, 10) ms: v = t for neuron 0, −t for neuron 1. */
function traces(): StateTraces {
  const t = Float64Array.from({ length: 20 }, (_, k) => 0.5 * k);
  return { population: "E", neurons: Int32Array.from([3, 7]), t, values: { v: [t.map((x) => x), t.map((x) => -x)], I_E: [t.map(() => 1), t.map(() => 2)] } };
}

describe("traceWindow", () => {
  it("keeps the samples with start ≤ t < stop for every neuron and variable", () => {
    const w = traceWindow(traces(), 2, 4);
    expect([...w.t]).toEqual([2, 2.5, 3, 3.5]);
    expect([...w.values.v![0]]).toEqual([2, 2.5, 3, 3.5]);
    expect([...w.values.v![1]]).toEqual([-2, -2.5, -3, -3.5]);
    expect(w.values.I_E![1].length).toBe(4);
    expect([...w.neurons]).toEqual([3, 7]);
    expect(w.population).toBe("E");
  });
  it("defaults to the whole recording, and copies (the original is untouched)", () => {
    const tr = traces();
    const w = traceWindow(tr, 8);
    expect([...w.t]).toEqual([8, 8.5, 9, 9.5]);
    w.values.v![0][0] = 99;
    expect(tr.values.v![0][16]).toBe(8);
    expect(traceWindow(tr).t.length).toBe(20);
  });
  it("rejects an empty or reversed window", () => {
    expect(() => traceWindow(traces(), 4, 2)).toThrow("invalid stop: 2 ms (expected after start = 4 ms)");
    expect(() => traceWindow(traces(), 20, 30)).toThrow(/holds no sample \(recorded: \[0, 9.5\] ms\)/);
  });
});
