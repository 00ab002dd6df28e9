export { ratioFigure, coScalingFigure, tauEffFigure } from "./balance.js";
export type { RatioRow, TauRow } from "./balance.js";
