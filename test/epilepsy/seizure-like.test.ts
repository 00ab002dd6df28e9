import { describe, expect, it } from "vitest";
import { seizureLike } from "../../src/epilepsy/seizure-like.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

/** n neurons; each fires at the given times. */
function spikes(n: number, times: number[], { jitter = 0 } = {}): Spikes {
  const i: number[] = [], t: number[] = [];
  for (let k = 0; k < n; k++) for (const s of times) { i.push(k); t.push(s + (jitter ? (k % 7) * jitter : 0)); }
  const order = t.map((_, k) => k).sort((a, b) => t[a] - t[b]);
  return { population: "E", n, i: Int32Array.from(order.map((k) => i[k])), t: Float64Array.from(order.map((k) => t[k])), start: 0, stop: 1000 };
}

describe("seizureLike(spikes, { rate = 20, chi = 0.3 })", () => {
  it("every neuron firing together every 25 ms (40 Hz, χ = √(1 − 0.08)) is seizure-like; the same rate with spikes spread evenly in time (χ ≈ 0) is not", () => {
    const sync = seizureLike(spikes(50, Array.from({ length: 40 }, (_, k) => 12.5 + 25 * k)));
    expect(sync.rate).toBeCloseTo(40, 9);
    // χ² = Var(A)/mean count with 0/1 counts of probability q = 2 ms/25 ms: χ = √(1 − q) = √0.92
    expect(sync.chi).toBeCloseTo(Math.sqrt(0.92), 2);
    expect(sync.seizure).toBe(true);
    // neuron k fires at 0.5 k + 25 j: the population fires uniformly (one spike per 0.5 ms) → χ ≈ 0
    const n = 50, i: number[] = [], t: number[] = [];
    for (let j = 0; j < 40; j++) for (let k = 0; k < n; k++) { i.push(k); t.push(25 * j + 0.5 * k); }
    const spread = seizureLike({ population: "E", n, i: Int32Array.from(i), t: Float64Array.from(t), start: 0, stop: 1000 });
    expect(spread.rate).toBeCloseTo(40, 9);
    expect(spread.chi).toBeLessThan(0.05);
    expect(spread.seizure).toBe(false);
  });
  it("sustained: synchronous firing in only the first half of the window fails (2 segments), passes with segments 1 (rate threshold 15 Hz)", () => {
    const s = spikes(50, Array.from({ length: 20 }, (_, k) => 12.5 + 25 * k));
    expect(seizureLike(s).seizure).toBe(false);
    expect(seizureLike(s).segmentRates[0]).toBeCloseTo(40, 9);
    expect(seizureLike(s, { segments: 1, rate: 15 }).seizure).toBe(true); // 20 Hz over the whole window
    expect(() => seizureLike(s, { from: 10, to: 10 })).toThrow(/invalid window for seizureLike/);
  });
});
