/** writeArrow / readArrow: spikes (from step indices and dt), traces (bit-exact float64) and tables round-trip exactly. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import * as aq from "arquero";
import { writeArrow, readArrow } from "../../src/io/arrow.js";
import { awkwardTraces, expectSpikes, expectTable, expectTraces, mixedTable, smallRun, tmp } from "./fixtures.js";

describe("writeArrow / readArrow", () => {
  const dir = tmp();
  const run = smallRun();

  it("round-trips the spikes of two monitors exactly, times rebuilt from step and dt", async () => {
    const path = join(dir, "spikes.arrow");
    const rows = writeArrow([run.e, run.i], path);
    expect(rows).toBe(run.e.count + run.i.count);
    expect(rows).toBeGreaterThan(0);
    expectSpikes(readArrow(path), [run.e.spikes(), run.i.spikes()], run.net.dt);
  });

  it("writes spikes() objects given the network's dt, and refuses them without it", async () => {
    const path = join(dir, "spikes-objects.arrow");
    writeArrow(run.e.spikes(), path, { dt: run.net.dt });
    expectSpikes(readArrow(path), [run.e.spikes()], run.net.dt);
    expect(() => writeArrow(run.e.spikes(), path)).toThrow(/invalid dt: undefined/);
  });

  it("refuses spike times that are not whole steps of dt", () => {
    const s = { population: "X", n: 2, i: Int32Array.from([0]), t: Float64Array.from([0.25]), start: 0, stop: 1 };
    expect(() => writeArrow(s, join(dir, "bad.arrow"), { dt: 0.1 })).toThrow(/not a whole number of steps of dt = 0.1 ms/);
  });

  it("round-trips a state monitor's traces bit for bit", async () => {
    const path = join(dir, "traces.arrow");
    writeArrow(run.state, path);
    expectTraces(readArrow(path), [run.state.traces()]);
  });

  it("round-trips awkward floats bit for bit (−0, NaN, ±∞, subnormals, random bit patterns)", async () => {
    const path = join(dir, "awkward.arrow");
    const traces = [awkwardTraces(), run.state.traces()];
    writeArrow(traces, path);
    expectTraces(readArrow(path), traces);
  });

  it("round-trips a table with int32, float64, nullable, string and boolean columns", async () => {
    const path = join(dir, "table.arrow");
    const table = mixedTable();
    expect(writeArrow(table, path)).toBe(5);
    expectTable(readArrow(path), table);
  });

  it("rejects data it cannot write, naming what it expects", () => {
    expect(() => writeArrow(42 as never, join(dir, "x.arrow"))).toThrow(/expected spike monitors or their spikes\(\), state monitors or their traces\(\), or an arquero table/);
  });
});

describe("readArrow of another tool's file", () => {
  it("reads an Arrow file without tightrope metadata as a table", () => {
    const path = join(tmp(), "plain.arrow");
    writeFileSync(path, aq.table({ a: Float64Array.from([1.5, -0]), s: ["x", "y"] }).toArrowIPC());
    const got = readArrow(path);
    expect(got.kind).toBe("table");
    expect(Array.from(got.table.array("a") as Float64Array)).toEqual([1.5, -0]);
    expect(Array.from(got.table.array("s") as string[])).toEqual(["x", "y"]);
  });
});
