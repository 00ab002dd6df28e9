export { grid, pointKey, pointSeed, parseShard, shardPoints } from "./grid.js";
export type { Point, Shard } from "./grid.js";
export { runSweep, sweepRecords, sweepFailures, mergeSweeps, sweepIdentity } from "./run.js";
export type { SweepOptions, SweepRow, PointFunction, SweepIdentity } from "./run.js";
export { encodeJSON, decodeJSON, checkResult } from "./codec.js";
export type { ResultValue } from "./codec.js";
export { writeShard, readShard, mergeShards } from "./shards.js";
export type { ShardFile } from "./shards.js";
