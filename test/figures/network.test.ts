import { expect, it } from "vitest";
import { currentsFigure, rasterFigure, rasterPoints, rateFigure, traceRows } from "../../src/figures/network.js";
import { renderPlot } from "../../src/display/render.js";
import { spikesTable, rateTable, tracesTable } from "../../src/tables/network.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";
import type { StateTraces } from "../../src/monitors/state-monitor.js";

const E: Spikes = { population: "E", n: 300, i: Int32Array.from([0, 150, 2]), t: Float64Array.from([1, 2, 3]), start: 0, stop: 10 };
const I: Spikes = { population: "I", n: 50, i: Int32Array.from([1]), t: Float64Array.from([4]), start: 0, stop: 10 };
const traces: StateTraces = {
  population: "E", neurons: Int32Array.from([4]), t: Float64Array.from([0.1, 0.2]),
  values: { I_E: [Float64Array.from([10, 12])], I_I: [Float64Array.from([-8, -13])] },
};

it("rasterPoints stacks populations and keeps at most maxNeurons of each", () => {
  expect(rasterPoints([E, I], { maxNeurons: 100 })).toEqual([
    { t: 1, neuron: 0, population: "E" }, { t: 3, neuron: 2, population: "E" }, { t: 4, neuron: 101, population: "I" },
  ]);
  expect(rasterPoints([E], { maxNeurons: 200, start: 1.5, stop: 10 }).map((p) => p.t)).toEqual([2, 3]);
});

it("rasterFigure and rateFigure render with their data", () => {
  const f = rasterFigure([E, I]);
  expect((f.marks![0] as unknown as { data: unknown[] }).data).toHaveLength(3);
  expect(renderPlot(f).tagName.toLowerCase()).toBe("figure");
  expect(f.subtitle).toBe("showing the first 100 of 300 E neurons");
  expect(rasterFigure([E, I], { maxNeurons: 400 }).subtitle).toBeUndefined();
  expect((f.y as { ticks: number[] }).ticks).toEqual([0, 100, 149]);
  expect(() => rasterFigure([E], { maxNeurons: 0 })).toThrow(/invalid maxNeurons: 0/);
  const r = rateFigure([{ name: "E", t: Float64Array.from([0, 1]), rate: Float64Array.from([5, 7]), bin: 1 }]);
  expect((r.marks![0] as unknown as { data: unknown[] }).data).toEqual([{ t: 0, rate: 5, population: "E" }, { t: 1, rate: 7, population: "E" }]);
});

it("currentsFigure shows I_E, I_I and their sum", () => {
  const f = currentsFigure(traces, { neuron: 4 });
  const data = (f.marks![1] as unknown as { data: { current: string; value: number }[] }).data;
  expect(data.filter((d) => d.current === "net").map((d) => d.value)).toEqual([2, -1]);
  expect(f.marginLeft).toBeGreaterThanOrEqual(60); // room for "−4,000 pA" tick labels
  expect(() => currentsFigure(traces, { neuron: 7 })).toThrow(/invalid neuron: 7/);
  expect(() => traceRows(traces, ["v"])).toThrow(/v was not recorded/);
});

it("spikesTable, rateTable and tracesTable have one row per spike, bin and sample", () => {
  expect(spikesTable([E, I]).numRows()).toBe(4);
  expect(spikesTable([E, I]).columnNames()).toEqual(["population", "neuron", "t"]);
  expect(rateTable({ t: Float64Array.from([0, 1]), rate: Float64Array.from([1, 2]), bin: 1 }).objects()).toEqual([{ t: 0, rate: 1 }, { t: 1, rate: 2 }]);
  expect(tracesTable(traces).numRows()).toBe(4);
});
