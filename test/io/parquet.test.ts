/** writeParquet / readParquet: spikes (from step indices and dt), traces (bit-exact float64) and tables round-trip exactly. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeParquet, readParquet } from "../../src/io/parquet.js";
import { awkwardTraces, expectSpikes, expectTable, expectTraces, mixedTable, smallRun, tmp } from "./fixtures.js";

describe("writeParquet / readParquet", () => {
  const dir = tmp();
  const run = smallRun();

  it("round-trips the spikes of two monitors exactly, times rebuilt from step and dt", async () => {
    const path = join(dir, "spikes.parquet");
    const rows = writeParquet([run.e, run.i], path);
    expect(rows).toBe(run.e.count + run.i.count);
    expect(rows).toBeGreaterThan(0);
    expectSpikes(await readParquet(path), [run.e.spikes(), run.i.spikes()], run.net.dt);
  });

  it("writes spikes() objects given the network's dt, and refuses them without it", async () => {
    const path = join(dir, "spikes-objects.parquet");
    writeParquet(run.e.spikes(), path, { dt: run.net.dt });
    expectSpikes(await readParquet(path), [run.e.spikes()], run.net.dt);
    expect(() => writeParquet(run.e.spikes(), path)).toThrow(/invalid dt: undefined/);
  });

  it("refuses spike times that are not whole steps of dt", () => {
    const s = { population: "X", n: 2, i: Int32Array.from([0]), t: Float64Array.from([0.25]), start: 0, stop: 1 };
    expect(() => writeParquet(s, join(dir, "bad.parquet"), { dt: 0.1 })).toThrow(/not a whole number of steps of dt = 0.1 ms/);
  });

  it("round-trips a state monitor's traces bit for bit", async () => {
    const path = join(dir, "traces.parquet");
    writeParquet(run.state, path);
    expectTraces(await readParquet(path), [run.state.traces()]);
  });

  it("round-trips awkward floats bit for bit (−0, NaN, ±∞, subnormals, random bit patterns)", async () => {
    const path = join(dir, "awkward.parquet");
    const traces = [awkwardTraces(), run.state.traces()];
    writeParquet(traces, path);
    expectTraces(await readParquet(path), traces);
  });

  it("round-trips a table with int32, float64, nullable, string and boolean columns", async () => {
    const path = join(dir, "table.parquet");
    const table = mixedTable();
    expect(writeParquet(table, path)).toBe(5);
    expectTable(await readParquet(path), table);
  });

  it("rejects data it cannot write, naming what it expects", () => {
    expect(() => writeParquet(42 as never, join(dir, "x.parquet"))).toThrow(/expected spike monitors or their spikes\(\), state monitors or their traces\(\), or an arquero table/);
  });
});
