/**
 * The bookkeeping of `npm run bench` (bench/activity.mjs, bench/report.mjs, bench/run.mjs's flags): rates from
 * per-step counts, the activity criterion, ratios and verdicts against the targets, the report of a results file.
 * No timing is asserted.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
// @ts-expect-error plain JavaScript modules of the bench scripts
import { activity, sustained } from "../../bench/activity.mjs";
// @ts-expect-error plain JavaScript modules of the bench scripts
import { ratioOf, replacedSeeds, report } from "../../bench/report.mjs";

const root = resolve(__dirname, "..", "..");
/** A rate monitor of n neurons whose per-step counts are `counts`. */
const monitor = (n: number, counts: number[]) => ({ result: (dt: number) => ({ n, dt, counts: Int32Array.from(counts) }) });

describe("bench activity", () => {
  it("rates over the run, its last window and in bins, from per-step counts", () => {
    // 10 neurons, dt = 0.1 ms, 20 ms: one spike per step in the first 10 ms, none after → 100 spikes in 20 ms
    const counts = [...new Array(100).fill(1), ...new Array(100).fill(0)];
    const a = activity({ E: monitor(10, counts) }, 0.1, 20, 10, 5);
    expect(a.rates.E).toBeCloseTo(100 / 10 / 0.02, 9); // 500 Hz
    expect(a.late.E).toBe(0);
    expect(a.bins.E).toEqual([1000, 1000, 0, 0]);
  });
  it("the criterion: at least min Hz, or within [lo, hi]", () => {
    expect(sustained({ min: 2 }, { E: 2 })).toBe(true);
    expect(sustained({ min: 2 }, { E: 1.99 })).toBe(false);
    expect(sustained({ lo: 4, hi: 7 }, { E: 5.6 })).toBe(true);
    expect(sustained({ lo: 4, hi: 7 }, { E: 7.5 })).toBe(false);
  });
});

describe("bench report", () => {
  const stat = (xs: number[]) => ({ median: [...xs].sort((a, b) => a - b)[xs.length >> 1], min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
  const arm = (cpus: number[], dead: object[] = [], warm?: number[]) => ({
    ...(warm ? { cpuWarm: stat(warm), wallWarm: stat(warm), lateWarmE: 10 } : {}),
    cpu: { median: [...cpus].sort((a, b) => a - b)[cpus.length >> 1], min: Math.min(...cpus), max: Math.max(...cpus), n: cpus.length },
    wall: { median: 1, min: 1, max: 1, n: cpus.length }, runs: cpus.map((cpu, k) => ({ seed: k + 1, cpu, late: { E: 10 } })),
    seeds: cpus.map((_, k) => k + 1), dead, rateE: 10, rateI: 10, lateE: 10, lateI: 10, synapses: 100, peakRssMb: 60, baseRssMb: 50,
    bytesPerSynapse: 4, build: 0.1, neuronUpdatesPerS: 1e8, eventsPerS: 1e7,
  });
  const results = {
    machine: { cpu: "test", cores: 2, memoryGiB: 1, node: "20", brian2: "2.5.1", date: "2026-01-01T00:00:00Z", loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] },
    settings: { repeats: 3, duration: 1000, window: 500, dt: 0.1, precisions: ["float64", "float32"], quick: false },
    networks: {
      A: { check: { min: 2 }, targets: { float64: 0.5, float32: 0.25 }, loadStart: [0, 0, 0],
        tightrope: { float64: arm([0.4, 0.5, 0.6], [], [0.3, 0.3, 0.4]), float32: arm([0.3, 0.3, 0.3], [], [0.2, 0.2, 0.2]) }, brian2: { cpp_standalone: arm([1, 1, 1], [{ seed: 2, lateE: 0.1 }]) } },
    },
    scaling: [],
  };
  it("divides medians, gives the range over repeats and a verdict against the target", () => {
    const r64 = ratioOf(results.networks.A, "float64"), r32 = ratioOf(results.networks.A, "float32");
    expect(r64.cpu).toBeCloseTo(0.5, 12);
    expect([r64.lo, r64.hi]).toEqual([0.4, 0.6]);
    expect(r64.verdict).toBe("met"); // ≤ target
    expect(r32.verdict).toBe("not met"); // 0.3 > 0.25
    expect(ratioOf({ ...results.networks.A, targets: {} }, "float64").verdict).toBe("no target");
    // compiled code ready: the warm runs (0.3 and 0.2 over Brian2's 1)
    expect(ratioOf(results.networks.A, "float64", "warm").cpu).toBeCloseTo(0.3, 12);
    expect(ratioOf(results.networks.A, "float32", "warm").verdict).toBe("met");
  });
  it("counts timed runs and replaced seeds, and writes both into the report", () => {
    expect(replacedSeeds(results)).toEqual({ replaced: 1, timed: 9 });
    const md = report(results);
    expect(md).toContain("**2 of 2 met** with compiled code ready (A float64: met; A float32: met); **1 of 2** by the first run");
    expect(md).toContain("First runs: **1 of 2 targets met** (A float64: met; A float32: not met)");
    expect(md).toContain("9 runs timed; 1 seed(s) replaced");
    expect(md).toContain("replaced: 2 (0.10 Hz)");
  });
  it("bench/run.mjs refuses an unknown flag with a guess (exit 2)", () => {
    const r = spawnSync(process.execPath, [join(root, "bench", "run.mjs"), "--repeat", "3"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown flag --repeat; did you mean --repeats\?/);
  });
});
