/**
 * Sweeps on worker threads: deterministic per point whatever the worker count or shard, cached on
 * disk, failures reported without losing other points. Workers import the built library (dist/).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { grid, parseShard, pointKey, pointSeed, shardPoints } from "../../src/sweep/grid.js";
import { mergeSweeps, runSweep, sweepFailures, sweepRecords, type SweepRow } from "../../src/sweep/run.js";

const WORKER_TIMEOUT = 60_000;

/** A point function: a small LIF population with Poisson input; its rate depends on params and seed. */
const point = (p: any, tr: any, seed: number) => {
  if (p.rate < 0) throw new Error("negative rate");
  const net = new tr.Network({ seed });
  net.population("P", 20, tr.lif());
  net.poissonInput("P", { n: 100, rate: p.rate, weight: p.w });
  const m = net.monitorSpikes("P");
  net.run(200);
  return { spikes: m.count, first: m.count ? m.spikes(0.1).t[0] : -1 };
};

const strip = (rows: SweepRow[]) => rows.map((r) => ({ index: r.index, seed: r.seed, ok: r.ok, result: r.result }));

describe("grid", () => {
  it("grid(axes) is the cartesian product, first name slowest", () => {
    expect(grid({ a: [1, 2], b: ["x", "y"] })).toEqual([{ a: 1, b: "x" }, { a: 1, b: "y" }, { a: 2, b: "x" }, { a: 2, b: "y" }]);
    expect(() => grid({ a: [] })).toThrow("invalid grid.a: [] (expected a non-empty array of values)");
  });
  it("pointKey and pointSeed do not depend on the order of names", () => {
    expect(pointKey({ a: 1, b: 2 })).toBe(pointKey({ b: 2, a: 1 }));
    expect(pointSeed(7, { a: 1, b: 2 })).toBe(pointSeed(7, { b: 2, a: 1 }));
    expect(pointSeed(7, { a: 1 })).not.toBe(pointSeed(8, { a: 1 }));
  });
  it("parseShard reads i/n and shards partition the points", () => {
    expect(parseShard("1/3")).toEqual({ index: 1, count: 3 });
    expect(() => parseShard("3/3")).toThrow("invalid shard: 3/3 (expected 0 ≤ i < n)");
    expect(() => parseShard("a/b")).toThrow(/expected "i\/n"/);
    const pts = grid({ a: [1, 2, 3, 4, 5] });
    const all = [0, 1, 2].flatMap((i) => shardPoints(pts, { index: i, count: 3 }).map((x) => x.index)).sort();
    expect(all).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("runSweep", () => {
  const points = grid({ rate: [20, 40, 80], w: [1.5, 3] });
  it("gives identical results with 1 and 2 workers", async () => {
    const one = await runSweep({ points, fn: point, workers: 1, seed: 3 });
    const two = await runSweep({ points, fn: point, workers: 2, seed: 3 });
    expect(strip(two)).toEqual(strip(one));
    expect(one.every((r) => r.ok)).toBe(true);
    expect(new Set(one.map((r) => r.result.spikes)).size).toBeGreaterThan(1);
  }, WORKER_TIMEOUT);
  it("shards merge back into the whole sweep", async () => {
    const whole = await runSweep({ points, fn: point, workers: 2, seed: 3 });
    const a = await runSweep({ points, fn: point, workers: 1, seed: 3, shard: "0/2" });
    const b = await runSweep({ points, fn: point, workers: 1, seed: 3, shard: "1/2" });
    expect(a.length + b.length).toBe(points.length);
    expect(strip(mergeSweeps([b, a]))).toEqual(strip(whole));
  }, WORKER_TIMEOUT);
  it("caches completed points and resumes from the cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), "tr-sweep-"));
    const first = await runSweep({ points: points.slice(0, 3), fn: point, workers: 2, cache });
    expect(first.every((r) => !r.cached)).toBe(true);
    expect(readdirSync(cache).length).toBe(3);
    const resumed = await runSweep({ points, fn: point, workers: 2, cache });
    expect(resumed.filter((r) => r.cached).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(strip(resumed.slice(0, 3))).toEqual(strip(first));
    expect(readdirSync(cache).length).toBe(points.length);
  }, WORKER_TIMEOUT);
  it("reports a failing point with its parameters and keeps the others", async () => {
    const rows = await runSweep({ points: [{ rate: 10, w: 1 }, { rate: -1, w: 1 }, { rate: 30, w: 1 }], fn: point, workers: 2 });
    expect(rows.map((r) => r.ok)).toEqual([true, false, true]);
    expect(sweepFailures(rows)).toEqual(['point 1 {"rate":-1,"w":1} failed: Error: negative rate']);
    expect(sweepRecords(rows)[0]).toMatchObject({ rate: 10, w: 1, ok: true, error: "" });
  }, WORKER_TIMEOUT);
  it("rejects a library that cannot be imported, saying what to pass", async () => {
    await expect(runSweep({ points, fn: point, workers: 1, library: "/nonexistent/tightrope.js" })).rejects.toThrow(/pass library: an absolute path/);
  }, WORKER_TIMEOUT);
  it("mergeSweeps refuses two different results for one point", () => {
    const row = (spikes: number): SweepRow => ({ index: 0, seed: 1, ok: true, cached: false, seconds: 0, params: { a: 1 }, result: { spikes } });
    expect(() => mergeSweeps([[row(1)], [row(2)]])).toThrow(/two different results/);
  });
});

describe("runSweep options", () => {
  it("refuses an unknown option name with a guess before starting any worker", async () => {
    await expect(runSweep({ points: [{ x: 1 }], fn: () => ({}), worker: 2 } as never)).rejects.toThrow(new TypeError("unknown option worker for runSweep; did you mean workers?"));
    await expect(runSweep({ points: [{ x: 1 }], fn: () => ({}), timelimit: 2 } as never)).rejects.toThrow(/unknown option timelimit for runSweep; did you mean timeLimit\?/);
  });
});
