import { expect, it } from "vitest";
import { adaptation, adaptationIndex } from "../../src/analysis/adaptation-index.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

it("adaptationIndex is 1 − steady/onset: 0 without adaptation, 1 when silenced, negative when the response grows", () => {
  expect(adaptationIndex(80, 20)).toBe(0.75);
  expect(adaptationIndex(10, 10)).toBe(0);
  expect(adaptationIndex(10, 0)).toBe(1);
  expect(adaptationIndex(10, 15)).toBe(-0.5);
  expect(Number.isNaN(adaptationIndex(0, 5))).toBe(true);
  expect(() => adaptationIndex(-1, 0)).toThrow("invalid onset: -1 Hz (expected a rate ≥ 0)");
});

it("adaptation counts spikes per neuron per second in the onset and steady windows", () => {
  // 2 neurons; onset window [100, 200): 4 spikes → 4 / 2 / 0.1 s = 20 Hz; steady [500, 1000): 2 spikes → 2 Hz
  const s: Spikes = { population: "E", n: 2, i: Int32Array.from([0, 1, 0, 1, 0, 1, 0]), t: Float64Array.from([50, 100, 150, 160, 199, 600, 999]), start: 0, stop: 1000 };
  const a = adaptation(s, { onset: [100, 200], steady: [500, 1000] });
  expect(a.onset).toBeCloseTo(20, 12);
  expect(a.steady).toBeCloseTo(2, 12);
  expect(a.index).toBeCloseTo(0.9, 12);
  expect(() => adaptation(s, { onset: [100, 200], steady: [900, 1100] })).toThrow("invalid steady window: [900, 1100) ms lies outside the recording [0, 1000) ms");
});
