/** writeCSV / readCSV: spikes (from step indices and dt), traces (bit-exact float64) and tables round-trip exactly. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { writeCSV, readCSV } from "../../src/io/csv.js";
import { awkwardTraces, expectSpikes, expectTable, expectTraces, mixedTable, smallRun, tmp } from "./fixtures.js";

describe("writeCSV / readCSV", () => {
  const dir = tmp();
  const run = smallRun();

  it("round-trips the spikes of two monitors exactly, times rebuilt from step and dt", async () => {
    const path = join(dir, "spikes.csv");
    const rows = writeCSV([run.e, run.i], path);
    expect(rows).toBe(run.e.count + run.i.count);
    expect(rows).toBeGreaterThan(0);
    expectSpikes(readCSV(path), [run.e.spikes(), run.i.spikes()], run.net.dt);
  });

  it("writes spikes() objects given the network's dt, and refuses them without it", async () => {
    const path = join(dir, "spikes-objects.csv");
    writeCSV(run.e.spikes(), path, { dt: run.net.dt });
    expectSpikes(readCSV(path), [run.e.spikes()], run.net.dt);
    expect(() => writeCSV(run.e.spikes(), path)).toThrow(/invalid dt: undefined/);
  });

  it("refuses spike times that are not whole steps of dt", () => {
    const s = { population: "X", n: 2, i: Int32Array.from([0]), t: Float64Array.from([0.25]), start: 0, stop: 1 };
    expect(() => writeCSV(s, join(dir, "bad.csv"), { dt: 0.1 })).toThrow(/not a whole number of steps of dt = 0.1 ms/);
  });

  it("round-trips a state monitor's traces bit for bit", async () => {
    const path = join(dir, "traces.csv");
    writeCSV(run.state, path);
    expectTraces(readCSV(path), [run.state.traces()]);
  });

  it("round-trips awkward floats bit for bit (−0, NaN, ±∞, subnormals, random bit patterns)", async () => {
    const path = join(dir, "awkward.csv");
    const traces = [awkwardTraces(), run.state.traces()];
    writeCSV(traces, path);
    expectTraces(readCSV(path), traces);
  });

  it("round-trips a table with int32, float64, nullable, string and boolean columns", async () => {
    const path = join(dir, "table.csv");
    const table = mixedTable();
    expect(writeCSV(table, path)).toBe(5);
    expectTable(readCSV(path), table);
  });

  it("rejects data it cannot write, naming what it expects", () => {
    expect(() => writeCSV(42 as never, join(dir, "x.csv"))).toThrow(/expected spike monitors or their spikes\(\), state monitors or their traces\(\), or an arquero table/);
  });
});

describe("writeCSV's text", () => {
  it("starts with the tightrope header, then column names; spike times have no float noise", () => {
    const dir = tmp();
    const run = smallRun();
    const path = join(dir, "s.csv");
    writeCSV(run.e, path);
    const lines = readFileSync(path, "utf8").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^# tightrope \{"version":"[^"]+","kind":"spikes","dt":0.1,/);
    expect(lines[1]).toBe("population,neuron,step,t");
    for (const line of lines.slice(2)) {
      const [, , step, t] = line.split(",");
      expect(t).toMatch(/^\d+(\.\d)?$/); // dt = 0.1: 0.3, never 0.30000000000000004
      expect(Number(t)).toBe(Number(step) / 10);
    }
  });

  it("refuses a CSV without the header line", () => {
    const path = join(tmp(), "plain.csv");
    writeFileSync(path, "a,b\n1,2\n");
    expect(() => readCSV(path)).toThrow(/no "# tightrope \{…\}" first line/);
  });
});
