import { expect, it } from "vitest";
import { coScalingFigure, ratioFigure, relaxationFigure, tauEffFigure } from "../../src/figures/balance.js";
import { renderPlot } from "../../src/display/render.js";

type MarkWithData = { data: unknown };
type Format = (d: unknown) => string;

it("ratioFigure plots the rows sorted by E_I then V0 on a log scale, legend entries naming E_I in mV", () => {
  const rows = [{ V0: -50, E_I: -75, ratio: 2 }, { V0: -60, E_I: -75, ratio: 4 }, { V0: -60, E_I: -80, ratio: 3 }];
  const f = ratioFigure(rows);
  expect(f.y?.type).toBe("log");
  expect((f.marks![0] as unknown as MarkWithData).data).toEqual([rows[2], rows[1], rows[0]]);
  expect(((f.color as { tickFormat: Format }).tickFormat)(-75)).toBe("E_I = −75 mV");
  const html = renderPlot(f).outerHTML;
  expect(html).toContain("E_I = −80 mV");
});

it("coScalingFigure has one fixed and one co-scaled point per gain, and a dashed line only at the given gain", () => {
  const f = coScalingFigure([{ gain: 1.25, g_E: 5, V0_fixed: -58, g_I_coscaled: 20, V0_coscaled: -60 },
    { gain: 1, g_E: 4, V0_fixed: -60, g_I_coscaled: 16, V0_coscaled: -60 }], { gain: 1.1 });
  const data = (f.marks![0] as unknown as MarkWithData).data as { gain: number; V0: number; inhibition: string }[];
  expect(data).toEqual([
    { gain: 1, V0: -60, inhibition: "g_I fixed" }, { gain: 1, V0: -60, inhibition: "g_I co-scaled with g_E" },
    { gain: 1.25, V0: -58, inhibition: "g_I fixed" }, { gain: 1.25, V0: -60, inhibition: "g_I co-scaled with g_E" },
  ]);
  expect((f.marks![2] as unknown as MarkWithData).data).toEqual([1.1]);
  expect(coScalingFigure([]).marks).toHaveLength(2);
});

it("tauEffFigure's y domain covers the largest τ and marks the passive τ from the g_syn = 0 row", () => {
  const f = tauEffFigure([{ g_syn: 40, tau: 8 }, { g_syn: 0, tau: 40 }]);
  expect(f.y?.domain).toEqual([0, 42]);
  expect((f.marks![1] as unknown as MarkWithData).data).toEqual([4, 40]);
});

it("relaxationFigure draws every n-th sample per case and the predicted steady states", () => {
  const result = { V_start: 0, t: Float64Array.from([0.1, 0.2, 0.3, 0.4]), v: [Float64Array.from([1, 2, 3, 4]), Float64Array.from([5, 6, 7, 8])], V_ss: [4, 8], tau: [1, 1] };
  const f = relaxationFigure(result, ["a", "b"], { predicted: [4, 8], every: 2 });
  expect((f.marks![0] as unknown as MarkWithData).data).toEqual([
    { t: 0, v: 0, case: "a" }, { t: 0.2, v: 2, case: "a" }, { t: 0.4, v: 4, case: "a" },
    { t: 0, v: 0, case: "b" }, { t: 0.2, v: 6, case: "b" }, { t: 0.4, v: 8, case: "b" },
  ]);
  expect((f.marks![1] as unknown as MarkWithData).data).toEqual([{ v: 4, case: "a" }, { v: 8, case: "b" }]);
  expect(() => relaxationFigure(result, ["a"])).toThrow(/invalid labels: 1 labels for 2/);
});
