import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as aq from "arquero";
import { guardExports, writeTable } from "../../src/tables/export.js";
import { spikesTable } from "../../src/tables/network.js";
import { Network } from "../../src/network/network.js";

function spikes() {
  const net = new Network({ dt: 0.1 });
  net.population("E", 5, { synapse: "delta", I_bias: 1000, t_ref: 0 });
  const m = net.monitorSpikes("E");
  net.run(20);
  return spikesTable(m.spikes(net.dt));
}

describe("writeTable(table, path)", () => {
  it("round-trips spikes through CSV, Arrow IPC and JSON, with times written without float noise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-export-"));
    const t = spikes();
    expect(t.numRows()).toBeGreaterThan(10);
    for (const name of ["s.csv", "s.arrow", "s.json"]) expect(writeTable(t, join(dir, name))).toBe(t.numRows());
    const csv = readFileSync(join(dir, "s.csv"), "utf8");
    expect(csv.split("\n")[0]).toBe("population,neuron,t");
    expect(csv).not.toMatch(/0000000000/);
    expect(aq.fromCSV(csv).objects()).toEqual(t.objects());
    expect(aq.fromArrow(readFileSync(join(dir, "s.arrow"))).objects()).toEqual(t.objects());
    expect(JSON.parse(readFileSync(join(dir, "s.json"), "utf8"))).toEqual(t.objects());
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
  it("streams CSV in chunks with one header", () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-export-"));
    const n = 450_001;
    const t = aq.table({ k: Int32Array.from({ length: n }, (_, i) => i) });
    writeTable(t, join(dir, "big.csv"));
    const lines = readFileSync(join(dir, "big.csv"), "utf8").trimEnd().split("\n");
    expect(lines.length).toBe(n + 1);
    expect(lines.filter((l) => l === "k")).toHaveLength(1);
    expect(lines[n]).toBe(String(n - 1));
  });
  it("rejects an unknown extension", () => {
    expect(() => writeTable(spikes(), "/tmp/x.parquet")).toThrow(/expected a file ending in .csv, .arrow or .json/);
  });
});

describe("guardExports", () => {
  it("makes toCSV and toJSON of a too-large table fail with a message pointing to Arrow", () => {
    const t = guardExports(aq.table({ a: [1, 2, 3] }), 2);
    expect(() => t.toCSV()).toThrow(/toCSV\(\) of a table with 3 rows.*writeTable\(table, "results.arrow"\)/);
    expect(() => t.toJSON()).toThrow(/toJSON\(\) of a table with 3 rows/);
    expect(guardExports(aq.table({ a: [1, 2] }), 2).toCSV()).toBe("a\n1\n2\n");
  });
});
