import { expect, it } from "vitest";
import { coincidenceWindow, levelCrossing, volleyResponse } from "../../src/analysis/coincidence.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

it("volleyResponse counts (volley, neuron) pairs with a spike in the window, and the spontaneous rate outside", () => {
  // 2 neurons, volleys at 100 and 200 ms; neuron 0 answers both, neuron 1 only the first; one stray spike at 500
  const s: Spikes = { population: "X", n: 2, i: Int32Array.from([0, 1, 0, 1]), t: Float64Array.from([103, 109, 205, 500]), start: 0, stop: 1000 };
  const r = volleyResponse(s, [100, 200], { window: 10 });
  expect(r.probability).toBe(0.75);
  const rate = 1 / 2 / (1000 - 20) * 1000; // one spike outside, per neuron, per second
  expect(r.spontaneous).toBeCloseTo(1 - Math.exp(-rate * 0.01), 12);
  expect(r.evoked).toBeCloseTo(0.75 - r.spontaneous, 12);
});

it("coincidenceWindow interpolates the jitter at which the response halves", () => {
  expect(coincidenceWindow([{ jitter: 0, evoked: 0.9 }, { jitter: 2, evoked: 0.6 }, { jitter: 4, evoked: 0.3 }])).toBeCloseTo(3, 12);
  expect(coincidenceWindow([{ jitter: 0, evoked: 0.9 }, { jitter: 4, evoked: 0.8 }])).toBe(Infinity);
  expect(() => coincidenceWindow([{ jitter: 0, evoked: 0 }, { jitter: 1, evoked: 0 }])).toThrow(/no evoked response/);
});

it("volleyResponse with `before` opens each window earlier and widens the spontaneous window to match", () => {
  // volley at 100 ms: a spike at 96 counts with before = 5, not without
  const s: Spikes = { population: "X", n: 1, i: Int32Array.from([0]), t: Float64Array.from([96]), start: 0, stop: 1000 };
  expect(volleyResponse(s, [100], { window: 10 }).probability).toBe(0);
  const r = volleyResponse(s, [100], { window: 10, before: 5, spontaneousRate: 10 });
  expect(r.probability).toBe(1);
  expect(r.spontaneous).toBeCloseTo(1 - Math.exp(-10 * 0.015), 12);
  expect(() => volleyResponse(s, [100, 110], { window: 10, before: 5 })).toThrow(/non-overlapping/);
});

it("levelCrossing interpolates where a rising or falling curve first reaches a level", () => {
  expect(levelCrossing([0.4, 0.8], [0.2, 0.6], 0.5)).toBeCloseTo(0.7, 12);
  expect(levelCrossing([0, 1, 2], [1, 0.8, 0.2], 0.5)).toBeCloseTo(1.5, 12);
  expect(levelCrossing([0, 1], [0.5, 1], 0.5)).toBe(0);
  expect(levelCrossing([0, 1], [0.1, 0.2], 0.5)).toBe(Infinity);
  expect(() => levelCrossing([1, 0], [0, 1], 0.5)).toThrow(/increasing x/);
});
