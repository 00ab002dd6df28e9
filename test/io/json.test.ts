/** writeJSON / readJSON: spikes (from step indices and dt), traces (bit-exact float64) and tables round-trip exactly. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeJSON, readJSON } from "../../src/io/json.js";
import { awkwardTraces, expectSpikes, expectTable, expectTraces, mixedTable, smallRun, tmp } from "./fixtures.js";

describe("writeJSON / readJSON", () => {
  const dir = tmp();
  const run = smallRun();

  it("round-trips the spikes of two monitors exactly, times rebuilt from step and dt", async () => {
    const path = join(dir, "spikes.json");
    const rows = writeJSON([run.e, run.i], path);
    expect(rows).toBe(run.e.count + run.i.count);
    expect(rows).toBeGreaterThan(0);
    expectSpikes(readJSON(path), [run.e.spikes(), run.i.spikes()], run.net.dt);
  });

  it("writes spikes() objects given the network's dt, and refuses them without it", async () => {
    const path = join(dir, "spikes-objects.json");
    writeJSON(run.e.spikes(), path, { dt: run.net.dt });
    expectSpikes(readJSON(path), [run.e.spikes()], run.net.dt);
    expect(() => writeJSON(run.e.spikes(), path)).toThrow(/invalid dt: undefined/);
  });

  it("refuses spike times that are not whole steps of dt", () => {
    const s = { population: "X", n: 2, i: Int32Array.from([0]), t: Float64Array.from([0.25]), start: 0, stop: 1 };
    expect(() => writeJSON(s, join(dir, "bad.json"), { dt: 0.1 })).toThrow(/not a whole number of steps of dt = 0.1 ms/);
  });

  it("round-trips a state monitor's traces bit for bit", async () => {
    const path = join(dir, "traces.json");
    writeJSON(run.state, path);
    expectTraces(readJSON(path), [run.state.traces()]);
  });

  it("round-trips awkward floats bit for bit (−0, NaN, ±∞, subnormals, random bit patterns)", async () => {
    const path = join(dir, "awkward.json");
    const traces = [awkwardTraces(), run.state.traces()];
    writeJSON(traces, path);
    expectTraces(readJSON(path), traces);
  });

  it("round-trips a table with int32, float64, nullable, string and boolean columns", async () => {
    const path = join(dir, "table.json");
    const table = mixedTable();
    expect(writeJSON(table, path)).toBe(5);
    expectTable(readJSON(path), table);
  });

  it("rejects data it cannot write, naming what it expects", () => {
    expect(() => writeJSON(42 as never, join(dir, "x.json"))).toThrow(/expected spike monitors or their spikes\(\), state monitors or their traces\(\), or an arquero table/);
  });
});
