import { expect, it } from "vitest";
import { tracesWindowMean, windowMean } from "../../src/analysis/window-mean.js";
import type { StateTraces } from "../../src/monitors/state-monitor.js";

it("windowMean averages the samples in [from, to) only", () => {
  expect(windowMean([0, 1, 2, 3], [5, 6, 7, 8], 1, 3)).toBe(6.5);
  expect(windowMean([0, 1, 2, 3], [5, 6, 7, 8], 3, 10)).toBe(8);
  expect(Number.isNaN(windowMean([0, 1], [1, 2], 5, 6))).toBe(true);
});

it("windowMean rejects mismatched lengths and empty windows", () => {
  expect(() => windowMean([0, 1], [1], 0, 1)).toThrow("invalid y: 1 values for 2 times");
  expect(() => windowMean([0], [1], 2, 2)).toThrow("invalid window: [2, 2) ms");
});

it("tracesWindowMean averages over every recorded neuron and sample in the window", () => {
  const traces: StateTraces = {
    population: "E", neurons: Int32Array.from([0, 3]), t: Float64Array.from([1, 2, 3]),
    values: { gE: [Float64Array.from([1, 2, 3]), Float64Array.from([10, 20, 30])] },
  };
  expect(tracesWindowMean(traces, "gE", 2, 4)).toBe((2 + 3 + 20 + 30) / 4);
  expect(() => tracesWindowMean(traces, "gI", 0, 4)).toThrow("invalid variable: gI was not recorded for E (recorded: gE)");
});
