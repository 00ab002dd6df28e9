export { ratioFigure, coScalingFigure, tauEffFigure, relaxationFigure } from "./balance.js";
export type { RatioRow, TauRow } from "./balance.js";
export { rasterFigure, rasterPoints, rateFigure, traceFigure, traceRows, currentsFigure } from "./network.js";
export type { RasterPoint, NamedRate } from "./network.js";
export { phasePlaneFigure, fieldArrows } from "./phase-plane.js";
export type { PhasePlaneOptions, PhasePath, PhasePoint, ArrowSegment } from "./phase-plane.js";
