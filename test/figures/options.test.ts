/** Figure builders refuse unknown option names with a guess (a misspelt window or size would silently draw something else). */
import { describe, expect, it } from "vitest";
import { coScalingFigure, ratioFigure, relaxationFigure, tauEffFigure } from "../../src/figures/balance.js";
import { currentsFigure, rasterFigure, rasterPoints, rateFigure, traceFigure } from "../../src/figures/network.js";

const traces = { population: "E", neurons: Int32Array.from([0]), t: Float64Array.from([0, 1]), values: { v: [Float64Array.from([-60, -59])] } };
const unknown: [string, () => unknown, RegExp][] = [
  ["ratioFigure", () => ratioFigure([], { widht: 300 } as never), /unknown option widht for ratioFigure; did you mean width\?/],
  ["coScalingFigure", () => coScalingFigure([], { gian: 2 } as never), /unknown option gian for coScalingFigure; did you mean gain\?/],
  ["tauEffFigure", () => tauEffFigure([], { hieght: 300 } as never), /unknown option hieght for tauEffFigure; did you mean height\?/],
  ["relaxationFigure", () => relaxationFigure({} as never, [], { predict: [] } as never), /unknown option predict for relaxationFigure; did you mean predicted\?/],
  ["rasterPoints", () => rasterPoints([], { maxNeuron: 10 } as never), /unknown option maxNeuron for rasterPoints; did you mean maxNeurons\?/],
  ["rasterFigure", () => rasterFigure([], { subtitel: "x" } as never), /unknown option subtitel for rasterFigure; did you mean subtitle\?/],
  ["rateFigure", () => rateFigure([], { titel: "x" } as never), /unknown option titel for rateFigure; did you mean title\?/],
  ["traceFigure", () => traceFigure(traces, "v", { with: 300 } as never), /unknown option with for traceFigure; did you mean width\?/],
  ["currentsFigure", () => currentsFigure(traces, { nueron: 0 } as never), /unknown option nueron for currentsFigure; did you mean neuron\?/],
];

describe("figure options", () => {
  it.each(unknown)("%s refuses an unknown option name with a guess", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
