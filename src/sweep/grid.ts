/**
 * Parameter grids and the identity of a sweep point: a stable key (JSON with sorted names) and a
 * seed derived from the sweep's seed and that key — so a point's result does not depend on which
 * worker, shard or order ran it.
 */
import { deriveSeed } from "../random/rng.js";

/** One point of a sweep: parameter name → value. */
export type Point = Record<string, number | string | boolean>;

/**
 * The cartesian product of value lists, first name varying slowest:
 * grid({ g: [4, 5], eta: [1, 2] }) → [{g: 4, eta: 1}, {g: 4, eta: 2}, {g: 5, eta: 1}, {g: 5, eta: 2}].
 */
export function grid(axes: Record<string, readonly (number | string | boolean)[]>): Point[] {
  const names = Object.keys(axes);
  for (const name of names) {
    const values = axes[name];
    if (!Array.isArray(values) || values.length === 0) {
      throw new RangeError(`invalid grid.${name}: ${JSON.stringify(values)} (expected a non-empty array of values)`);
    }
  }
  let points: Point[] = [{}];
  for (const name of names) points = points.flatMap((p) => axes[name].map((v) => ({ ...p, [name]: v })));
  return names.length ? points : [];
}

/** A stable text key of a point (names sorted). */
export function pointKey(point: Point): string {
  return JSON.stringify(Object.keys(point).sort().map((k) => [k, point[k]]));
}

/** The seed of a point: derived from the sweep seed and the point's key. */
export function pointSeed(seed: number, point: Point): number {
  return deriveSeed(seed, "sweep", pointKey(point));
}

/** A shard "i/n" (0 ≤ i < n): this shard runs the points whose index modulo n is i. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (0 ≤ i < n, as Slurm's $SLURM_ARRAY_TASK_ID with --array=0-(n−1)). */
export function parseShard(text: string | Shard): Shard {
  if (typeof text !== "string") return checkShard(text);
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new TypeError(`invalid shard: ${JSON.stringify(text)} (expected "i/n" with 0 ≤ i < n, e.g. "0/4")`);
  return checkShard({ index: Number(m[1]), count: Number(m[2]) });
}

function checkShard(s: Shard): Shard {
  if (!Number.isInteger(s.count) || s.count < 1 || !Number.isInteger(s.index) || s.index < 0 || s.index >= s.count) {
    throw new RangeError(`invalid shard: ${s.index}/${s.count} (expected 0 ≤ i < n)`);
  }
  return s;
}

/** The points of a shard, with their indices in the whole sweep. */
export function shardPoints(points: readonly Point[], shard?: Shard): { index: number; point: Point }[] {
  return points.map((point, index) => ({ index, point })).filter(({ index }) => !shard || index % shard.count === shard.index);
}
