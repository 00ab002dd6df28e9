export { grid, pointKey, pointSeed, parseShard, shardPoints } from "./grid.js";
export type { Point, Shard } from "./grid.js";
export { runSweep, sweepRecords, sweepFailures, mergeSweeps } from "./run.js";
export type { SweepOptions, SweepRow, PointFunction } from "./run.js";
