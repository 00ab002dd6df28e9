export { ratioFigure, coScalingFigure, tauEffFigure, relaxationFigure } from "./balance.js";
export type { RatioRow, TauRow } from "./balance.js";
export { rasterFigure, rasterPoints, rateFigure, traceFigure, traceRows, currentsFigure } from "./network.js";
export type { RasterPoint, NamedRate } from "./network.js";
