/** Guards on size and time: oversized builds refused before allocation, step budget, spike caps, float32 weights, clean times. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { bytesPerSynapse, checkBuildSize, checkStepBudget, expectedSynapses, MAX_STEPS } from "../../src/network/budget.js";
import { stepsToTime } from "../../src/network/steps.js";
import { MAX_DELAY_STEPS } from "../../src/network/synapses.js";
import { resetWarnings, setWarningHandler } from "../../src/params/warn.js";

let warnings: string[] = [];
let prev: (m: string) => void;
beforeEach(() => { warnings = []; resetWarnings(); prev = setWarningHandler((m) => warnings.push(m)); });
afterEach(() => { setWarningHandler(prev); });

describe("build size", () => {
  it("expectedSynapses and bytesPerSynapse follow the rule", () => {
    expect(expectedSynapses({ rule: "probability", p: 0.1 }, 100, 200)).toBe(2000);
    expect(expectedSynapses({ rule: "indegree", k: 50 }, 100, 200)).toBe(10000);
    expect(expectedSynapses({ rule: "all" }, 100, 200)).toBe(20000);
    expect(bytesPerSynapse({ rule: "all" }, false, false)).toBe(4);
    expect(bytesPerSynapse({ rule: "probability", p: 0.1 }, true, true)).toBe(34);
  });
  it("refuses a build that will not fit, with an estimate, before allocating anything", () => {
    expect(() => checkBuildSize("E→E", { rule: "all" }, 4e4, 4e4, { available: 1e9 }))
      .toThrow(/projection E→E would need about 6.40 GB to build \(1.60e\+9 synapses × 4 bytes\) but 1.00 GB of memory is free/);
    expect(() => checkBuildSize("E→E", { rule: "all" }, 4e4, 4e4, { available: 1e9 })).toThrow(RangeError);
    expect(() => checkBuildSize("E→E", { rule: "all" }, 4e3, 4e3, { available: 1e9 })).not.toThrow();
    expect(() => checkBuildSize("E→E", { rule: "probability", p: 0.5 }, 1e5, 1e5)).toThrow(/more than one projection can hold \(2147483647/);
    const net = new Network();
    net.population("E", 200000, { synapse: "delta" });
    const t0 = performance.now();
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: 0.1 })).toThrow(/would make about 4.00e\+10 synapses/);
    expect(performance.now() - t0).toBeLessThan(1000); // refused before allocating 160 GB
  });
});

describe("step budget and times", () => {
  it("refuses a run past 2³¹ − 1 steps, saying how long that is", () => {
    expect(() => checkStepBudget(MAX_STEPS - 10, 11, 0.1)).toThrow(/would pass 2147483647 steps.*59.7 h of network time at dt = 0.1 ms/);
    expect(() => checkStepBudget(MAX_STEPS - 10, 10, 0.1)).not.toThrow();
    const net = new Network({ dt: 0.1 });
    net.population("E", 1, { synapse: "delta" });
    expect(() => net.run(3e8)).toThrow(/would pass 2147483647 steps/);
  });
  it("derives times from steps without float noise", () => {
    expect(stepsToTime(3, 0.1)).toBe(0.3);
    expect(stepsToTime(7, 0.1)).toBe(0.7);
    expect(stepsToTime(3, 0.025)).toBe(0.075);
    expect(stepsToTime(3, 0.3)).toBeCloseTo(0.9, 12);
    const net = new Network({ dt: 0.1 });
    net.population("E", 1, { synapse: "delta", I_bias: 1000, t_ref: 0 });
    const m = net.monitorSpikes("E");
    net.run(10);
    const t = m.spikes(net.dt).t;
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(String(x)).toMatch(/^\d+(\.\d)?$/);
    expect(net.time).toBe(10);
  });
});

describe("spike monitor cap", () => {
  it("stops at maxSpikes, counts what it dropped and warns once", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 10, { synapse: "delta", I_bias: 1000, t_ref: 0 });
    const m = net.monitorSpikes("E", { maxSpikes: 25 });
    const all = net.monitorSpikes("E");
    net.run(20);
    expect(m.count).toBe(25);
    expect(m.dropped).toBe(all.count - 25);
    expect(warnings.filter((w) => /reached maxSpikes = 25/.test(w))).toHaveLength(1);
    expect(() => net.monitorSpikes("E", { maxSpikes: -1 })).toThrow(/invalid maxSpikes: -1/);
  });
});

describe("float32 weights", () => {
  it("refuses weights beyond single precision and reports weights that underflow to 0", () => {
    const net = new Network();
    net.population("E", 10, { synapse: "delta" });
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: () => 1e39 })).toThrow(/single precision: expected \|w\| ≤ 3.40e\+38/);
    net.connect("E", "E", { rule: { rule: "all" }, weight: (i: number) => (i === 0 ? 1e-50 : 0.1), name: "tiny" });
    expect(warnings.some((w) => /tiny.weight: \d+ non-zero weight\(s\) such as 1e-50 mV underflow to 0/.test(w))).toBe(true);
  });
});

describe("delays beyond the 16-bit buffer", () => {
  /** The time at which a delta-synapse target fires after a source spike at t = 1 ms through a synapse with `delay` (ms). */
  function fireTime(delay: number | number[], run: number): number {
    const net = new Network({ dt: 0.1 });
    net.spikeTimes("G", 1, { indices: [0], times: [1] });
    net.population("P", 1, { synapse: "delta", E_L: 0, V_reset: 0, V_th: 1 });
    net.connect("G", "P", { rule: { rule: "all" }, weight: 5, delay });
    const m = net.monitorSpikes("P");
    net.run(run);
    const t = m.spikes(net.dt).t;
    expect(t.length).toBe(1);
    return t[0];
  }
  it("the longest delay (65535 steps), constant or per synapse, arrives 65535 steps after a zero delay would", () => {
    const t0 = fireTime(0, 5);
    const longest = stepsToTime(MAX_DELAY_STEPS, 0.1); // 6553.5 ms
    expect(fireTime(longest, longest + 5) - t0).toBeCloseTo(longest, 9);
    expect(fireTime([longest], longest + 5) - t0).toBeCloseTo(longest, 9);
  });
  it("one step more is refused (16-bit steps would wrap to 0), naming the projection, the delay in ms and the maximum", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 2, { synapse: "delta" });
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: 0.1, delay: 6553.6 })).toThrow(new RangeError(
      "invalid E→E.delay: 6553.6 ms = 65536 steps of dt = 0.1 ms (expected ≤ 6553.5 ms = 65535 steps, the longest delay a projection can have: " +
      "delays are stored as 16-bit step counts; use a shorter delay or a larger dt)"));
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: 0.1, delay: [1, 2, 7000, 3], name: "long" }))
      .toThrow(/^invalid long\.delay: 7000 ms at synapse 2 = 70000 steps of dt = 0\.1 ms \(expected ≤ 6553\.5 ms = 65535 steps/);
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: 0.1, delay: { dist: "uniform", low: 7000, high: 8000 }, name: "dist" }))
      .toThrow(/^invalid dist\.delay: \d+(\.\d+)? ms at synapse \d = \d+ steps/);
    const coarse = new Network({ dt: 1 });
    coarse.population("E", 2, { synapse: "delta" });
    expect(() => coarse.connect("E", "E", { rule: { rule: "all" }, weight: 0.1, delay: 65536 })).toThrow(/65536 ms = 65536 steps of dt = 1 ms \(expected ≤ 65535 ms/);
  });
});

describe("long runs", () => {
  it("a run of ≥ 10⁶ steps announces its estimated wall time once it has measured its speed", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 1, { synapse: "delta" });
    net.run(1e6, { label: "long test run" }); // 10⁷ steps, a few seconds
    const w = warnings.filter((m) => /long test run: 10000000 steps \(1000000 ms of network time\) will take about [\d.e+]+ s of wall time/.test(m));
    expect(w).toHaveLength(1);
  }, 60_000);
});
