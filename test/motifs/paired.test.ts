/** The paired-input protocol: schedule bookkeeping, and the window of opportunity with and without FFI. */
import { describe, expect, it } from "vitest";
import { pairedInputCircuit, pairedTrials } from "../../src/motifs/paired.js";
import { conditionMeans, trialResponses } from "../../src/analysis/latency.js";

describe("pairedTrials", () => {
  it("interleaves the intervals, repeats them, and leaves B out for Δt = Infinity", () => {
    const s = pairedTrials([0, 3, Infinity], { repeats: 2, period: 50, start: 10 });
    expect(s.interval).toEqual([0, 3, Infinity, 0, 3, Infinity]);
    expect(s.onset).toEqual([10, 60, 110, 160, 210, 260]);
    expect(s.timesA).toEqual(s.onset);
    expect(s.timesB).toEqual([10, 63, 160, 213]);
  });
  it("rejects negative intervals, intervals too long for the period, and bad repeats", () => {
    expect(() => pairedTrials([-1])).toThrow(/invalid intervals\[0\]: -1 ms/);
    expect(() => pairedTrials([0, 98], { period: 100 })).toThrow(/invalid intervals\[1\]: 98 ms \(expected ≤ period − 5 = 95 ms\)/);
    expect(() => pairedTrials([0], { repeats: 0 })).toThrow(/invalid repeats: 0/);
  });
});

describe("pairedInputCircuit", () => {
  const s = pairedTrials([0, 6, Infinity], { repeats: 4, period: 80 });
  const probability = (wIE: number) => {
    const net = pairedInputCircuit({ ...s, wIE });
    const m = net.monitorSpikes("E");
    net.run(s.onset[s.onset.length - 1] + 80);
    const r = trialResponses(m.spikes(net.dt), s.onset, { window: 75 });
    return conditionMeans(s.interval, r.map((x) => x.probability)).map((x) => x.mean); // [Δt = 0, 6 ms, A alone]
  };
  it("has populations A, B, E, I and the I→E projection only with FFI", () => {
    expect(pairedInputCircuit({ ...s }).projections.map((p) => p.name)).toEqual(["A→E", "A→I", "B→E", "B→I", "I→E"]);
    expect(pairedInputCircuit({ ...s, wIE: 0 }).projections.map((p) => p.name)).not.toContain("I→E");
  });
  it("one pathway alone is subthreshold; together they fire; FFI closes the window by Δt = 6 ms", () => {
    const off = probability(0), on = probability(2);
    expect(off[2]).toBeLessThan(0.2);              // A alone rarely fires a cell
    expect(off[0]).toBeGreaterThan(0.8);           // A and B together usually do
    expect(off[1]).toBeGreaterThan(0.6);           // without FFI they still sum 6 ms apart (τ_m = 20 ms)
    expect(on[0]).toBeGreaterThan(3 * on[2] + 0.2); // with FFI coincident inputs still fire cells …
    expect(on[1]).toBeLessThan(on[2] + 0.1);       // … but 6 ms apart they no longer sum
  }, 20_000);
});

describe("paired options", () => {
  it("unknown option names throw with a guess; a schedule spread into the circuit's options is accepted", () => {
    expect(() => pairedTrials([0, 3], { repeat: 2 } as never)).toThrow(new TypeError("unknown option repeat for pairedTrials; did you mean repeats?"));
    const s = pairedTrials([0, 3], { repeats: 1, period: 50 });
    expect(() => pairedInputCircuit({ ...s, wIe: 0 } as never)).toThrow(/unknown option wIe for pairedInputCircuit; did you mean wIE\?/);
    expect(() => pairedInputCircuit({ ...s, nE: 5, nI: 3, nIn: 5 })).not.toThrow();
  });
});
