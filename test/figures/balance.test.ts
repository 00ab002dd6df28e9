import { expect, it } from "vitest";
import { coScalingFigure, ratioFigure, tauEffFigure } from "../../src/figures/balance.js";
import { renderPlot } from "../../src/display/render.js";

type MarkWithData = { data: unknown };

it("ratioFigure plots the given rows on a log scale", () => {
  const rows = [{ V0: -60, E_I: -75, ratio: 4 }, { V0: -50, E_I: -75, ratio: 2 }];
  const f = ratioFigure(rows);
  expect(f.y?.type).toBe("log");
  expect((f.marks![0] as unknown as MarkWithData).data).toBe(rows);
  expect(renderPlot(f).tagName.toLowerCase()).toBe("figure");
});

it("coScalingFigure has one fixed and one co-scaled point per gain", () => {
  const f = coScalingFigure([{ gain: 1, g_E: 4, V0_fixed: -60, g_I_coscaled: 16, V0_coscaled: -60 },
    { gain: 1.25, g_E: 5, V0_fixed: -58, g_I_coscaled: 20, V0_coscaled: -60 }]);
  const data = (f.marks![0] as unknown as MarkWithData).data as { gain: number; V0: number; inhibition: string }[];
  expect(data).toEqual([
    { gain: 1, V0: -60, inhibition: "fixed g_I" }, { gain: 1, V0: -60, inhibition: "co-scaled g_I" },
    { gain: 1.25, V0: -58, inhibition: "fixed g_I" }, { gain: 1.25, V0: -60, inhibition: "co-scaled g_I" },
  ]);
});

it("tauEffFigure's y domain covers the largest τ", () => {
  const f = tauEffFigure([{ g_syn: 0, tau: 20 }, { g_syn: 40, tau: 4 }]);
  expect(f.y?.domain).toEqual([0, 21]);
});
