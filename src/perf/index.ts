export { median, linearFit, loglogSlope } from "./stats.js";
export type { LineFit, PowerFit } from "./stats.js";
export { collectGarbage, timed, timedAsync } from "./timing.js";
export type { Timing } from "./timing.js";
export { measureScaling } from "./scaling.js";
export type { ScalingSample, ScalingMedian, ScalingOptions } from "./scaling.js";
export { speedupSummary, measureSweepSpeedup } from "./speedup.js";
export type { SpeedupSummary, SpeedupOptions, SpeedupRun } from "./speedup.js";
