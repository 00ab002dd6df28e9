/**
 * Timing helpers: medians, least-squares and log–log fits with known answers, the order in which a
 * scaling series and a speed-up measurement run their arms, and the speed-up summary's algebra.
 * No test asserts how long anything took: timings are measured by bench/ and stated by notebook 08.
 */
import { describe, expect, it } from "vitest";
import { linearFit, loglogSlope, median } from "../../src/perf/stats.js";
import { timed, timedAsync } from "../../src/perf/timing.js";
import { measureScaling } from "../../src/perf/scaling.js";
import { measureSweepSpeedup, speedupSummary } from "../../src/perf/speedup.js";

describe("median", () => {
  it("is the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median(new Float64Array([5]))).toBe(5);
  });
  it("ignores NaN and is NaN when nothing is left", () => {
    expect(median([1, NaN, 3])).toBe(2);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
    expect(() => median(["1" as unknown as number])).toThrow("invalid values[0]: 1 (expected a number)");
  });
});

describe("linearFit and loglogSlope", () => {
  it("recover an exact line", () => {
    const f = linearFit([0, 1, 2, 5], [2, 5, 8, 17]);
    expect(f.slope).toBeCloseTo(3, 12);
    expect(f.intercept).toBeCloseTo(2, 12);
    expect(f.r2).toBeCloseTo(1, 12);
  });
  it("match the least-squares solution by hand", () => {
    // x̄ = ȳ = 1, Sxy = 1, Sxx = 2 → slope 0.5, intercept 0.5; residuals −0.5, 1, −0.5 → r² = 1 − 1.5/2
    const f = linearFit([0, 1, 2], [0, 2, 1]);
    expect(f.slope).toBeCloseTo(0.5, 12);
    expect(f.intercept).toBeCloseTo(0.5, 12);
    expect(f.r2).toBeCloseTo(0.25, 12);
  });
  it("weights fit relative errors when they are 1/y²", () => {
    // zero weight drops a point; with the other two the line is exact
    const f = linearFit([0, 1, 2], [1, 3, 100], { weights: [1, 1, 0] });
    expect(f.slope).toBeCloseTo(2, 12);
    expect(f.intercept).toBeCloseTo(1, 12);
    // equal weights reproduce the unweighted fit
    expect(linearFit([0, 1, 2], [0, 2, 1], { weights: [3, 3, 3] }).slope).toBeCloseTo(0.5, 12);
    expect(() => linearFit([0, 1], [1, 2], { weights: [1, -1] })).toThrow("invalid weights[1]: -1 (expected a finite number ≥ 0)");
    expect(() => linearFit([0, 1], [1, 2], { weights: [1] })).toThrow("invalid weights: length 1 (expected the length of x, 2)");
  });
  it("loglogSlope gives the exponent of a power law", () => {
    const x = [1e3, 3e3, 1e4, 3e4, 1e5];
    const quad = loglogSlope(x, x.map((n) => 5 * n ** 1.5));
    expect(quad.exponent).toBeCloseTo(1.5, 12);
    expect(quad.prefactor).toBeCloseTo(5, 9);
    // a fixed cost a plus a linear term bN: between two sizes the slope is ln((a+bN₂)/(a+bN₁))/ln(N₂/N₁) < 1
    const two = loglogSlope([100, 10000], [1 + 100, 1 + 10000]);
    expect(two.exponent).toBeCloseTo(Math.log(10001 / 101) / Math.log(100), 12);
    expect(two.exponent).toBeLessThan(1);
  });
  it("reject bad input, naming it", () => {
    expect(() => loglogSlope([0, 1], [1, 2])).toThrow("invalid x[0]: 0 (expected > 0 on a log axis)");
    expect(() => loglogSlope([1, 2], [1, -2])).toThrow("invalid y[1]: -2 (expected > 0 on a log axis)");
    expect(() => linearFit([1, 2], [1])).toThrow("invalid y: length 1 (expected the length of x, 2)");
    expect(() => linearFit([1, 1], [1, 2])).toThrow("invalid x: all values equal 1 (expected at least two distinct values)");
    expect(() => linearFit([1], [1])).toThrow("invalid x: 1 point(s) (expected at least 2)");
  });
});

describe("timed", () => {
  it("returns the work's value with its wall and CPU seconds", async () => {
    const t = timed(() => {
      const t0 = performance.now();
      let x = 0;
      while (performance.now() - t0 < 20) x++;
      return x;
    });
    expect(t.value).toBeGreaterThan(0);
    expect(t.wall).toBeGreaterThanOrEqual(0.02); // it ran until 20 ms had passed
    expect(t.cpu).toBeGreaterThan(0); // and was busy doing so
    const a = await timedAsync(async () => "done");
    expect(a.value).toBe("done");
    expect(a.wall).toBeGreaterThanOrEqual(0);
  });
});

describe("measureScaling", () => {
  it("warms up on all but the largest size, alternates the order, and reports per-size medians", () => {
    const order: number[] = [];
    const { samples, medians } = measureScaling([30, 10, 20], (x) => { order.push(x); return () => x * 2; }, { repeats: 3 });
    expect(order).toEqual([10, 20, 10, 20, 30, 30, 20, 10, 10, 20, 30]);
    const none: number[] = [];
    measureScaling([5], (x) => { none.push(x); return () => x; }, { repeats: 2, warmup: true });
    expect(none).toEqual([5, 5, 5]); // one size: warmed up by one run of itself
    const cold: number[] = [];
    measureScaling([2, 1], (x) => { cold.push(x); return () => x; }, { repeats: 1, warmup: false });
    expect(cold).toEqual([1, 2]);
    expect(samples.map((s) => s.result)).toEqual([20, 40, 60, 60, 40, 20, 20, 40, 60]);
    expect(medians.map((m) => [m.x, m.repeats])).toEqual([[10, 3], [20, 3], [30, 3]]);
    for (const m of medians) {
      expect(m.wall).toBe(median(samples.filter((s) => s.x === m.x).map((s) => s.wall)));
      expect(m.cpu).toBe(median(samples.filter((s) => s.x === m.x).map((s) => s.cpu)));
    }
  });
  it("rejects bad sizes and repeats", () => {
    expect(() => measureScaling([], () => () => 0)).toThrow("invalid sizes: [] (expected a non-empty array of finite numbers)");
    expect(() => measureScaling([1], () => () => 0, { repeats: 0 })).toThrow("invalid repeats: 0 (expected an integer ≥ 1)");
  });
});

describe("speedupSummary", () => {
  it("computes speed-up, efficiency, CPU ratio and utilisations from the medians", () => {
    const serial = [{ wall: 10, cpu: 10 }, { wall: 12, cpu: 10 }, { wall: 11, cpu: 10 }];
    const parallel = [{ wall: 6, cpu: 11 }, { wall: 5, cpu: 11 }, { wall: 5.5, cpu: 11 }];
    const s = speedupSummary(serial, parallel, 2);
    expect(s.serial).toEqual({ wall: 11, cpu: 10 });
    expect(s.parallel).toEqual({ wall: 5.5, cpu: 11 });
    expect(s.speedup).toBeCloseTo(2, 12);
    expect(s.efficiency).toBeCloseTo(1, 12);
    expect(s.cpuRatio).toBeCloseTo(1.1, 12);
    expect(s.serialUtilisation).toBeCloseTo(10 / 11, 12);
    expect(s.parallelUtilisation).toBeCloseTo(1, 12);
    expect(s.wallSpread).toBeCloseTo(0.2, 12); // serial 12/10 − 1
    expect(s.meanSpeedup).toBeCloseTo(11 / 5.5, 12);
  });
  it("meanSpeedup uses the means, steadier than the medians when run times are bimodal", () => {
    const serial = [8, 10, 8, 10, 10].map((wall) => ({ wall, cpu: wall }));
    const parallel = [4, 4.5, 4, 4.5, 4].map((wall) => ({ wall, cpu: 2 * wall }));
    const s = speedupSummary(serial, parallel, 2);
    expect(s.speedup).toBeCloseTo(10 / 4, 12); // medians: the slow serial mode against the fast parallel one
    expect(s.meanSpeedup).toBeCloseTo(9.2 / 4.2, 12);
  });
  it("efficiency = (parallel utilisation / serial utilisation) / CPU ratio", () => {
    const serial = [{ wall: 7.3, cpu: 6.1 }], parallel = [{ wall: 2.9, cpu: 7.7 }];
    for (const n of [2, 3, 4]) {
      const s = speedupSummary(serial, parallel, n);
      expect(s.efficiency).toBeCloseTo(s.parallelUtilisation / s.serialUtilisation / s.cpuRatio, 12);
    }
  });
  it("rejects bad input", () => {
    expect(() => speedupSummary([], [{ wall: 1, cpu: 1 }], 2)).toThrow("invalid repeats: 0 serial and 1 parallel (expected at least one of each)");
    expect(() => speedupSummary([{ wall: 1, cpu: 1 }], [{ wall: 1, cpu: 1 }], 0)).toThrow("invalid workers: 0 (expected an integer ≥ 1)");
  });
});

describe("measureSweepSpeedup", () => {
  const point = (p: any, tr: any, seed: number) => {
    const net = new tr.Network({ seed });
    net.population("P", 20, tr.lif());
    net.poissonInput("P", { n: 100, rate: p.rate, weight: 0.5 });
    const m = net.monitorSpikes("P");
    net.run(100);
    return { spikes: m.count };
  };
  it("alternates the arms, times each, and finds identical results", async () => {
    const points = [{ rate: 10 }, { rate: 20 }, { rate: 40 }];
    const r = await measureSweepSpeedup({ points, fn: point, seed: 2, workers: 2, repeats: 3, warmup: false });
    expect(r.runs.map((x) => [x.repeat, x.arm, x.workers])).toEqual([
      [0, "serial", 1], [0, "parallel", 2], [1, "parallel", 2], [1, "serial", 1], [2, "serial", 1], [2, "parallel", 2],
    ]);
    expect(r.identical).toBe(true);
    expect(new Set(r.rows.map((x) => x.result.spikes)).size).toBeGreaterThan(1); // the points differ, so "identical" means something
    expect(r.rows.map((x) => x.params)).toEqual(points);
    expect(r.summary.repeats).toBe(3);
    expect(r.summary.serial.wall).toBe(median(r.runs.filter((x) => x.arm === "serial").map((x) => x.wall)));
  }, 60_000);
  it("refuses a cache, which would skip the work it times", async () => {
    await expect(measureSweepSpeedup({ points: [{ rate: 1 }], fn: point, cache: "/tmp/x" } as any)).rejects.toThrow(/invalid cache: \/tmp\/x/);
  });
});

describe("perf options", () => {
  it("linearFit, measureScaling and measureSweepSpeedup refuse an unknown option name with a guess (before timing anything)", async () => {
    expect(() => linearFit([1, 2, 3], [1, 2, 3], { weight: [1, 1, 1] } as never)).toThrow(new TypeError("unknown option weight for linearFit; did you mean weights?"));
    let prepared = 0;
    expect(() => measureScaling([1, 2], () => { prepared++; return () => 0; }, { repeat: 2 } as never)).toThrow(/unknown option repeat for measureScaling; did you mean repeats\?/);
    expect(prepared).toBe(0);
    await expect(measureSweepSpeedup({ points: [{ x: 1 }], fn: () => ({}), workers: 1, repeat: 2 } as never)).rejects.toThrow(/unknown option repeat for measureSweepSpeedup; did you mean repeats\?/);
    await expect(measureSweepSpeedup({ points: [{ x: 1 }], fn: () => ({}), workers: 1, shard: "0/2" } as never)).rejects.toThrow(/unknown option shard for measureSweepSpeedup/);
  });
});
