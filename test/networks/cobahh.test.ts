/**
 * The COBAHH network as Brian2's examples/COBAHH.py builds it. Its statistics against Brian2 2.5 over
 * 5 seeds are in bench/results/crosscheck-hh.md (bench/crosscheck-hh.mjs); here: structure, initial
 * state, determinism, and that a full-size run is healthy.
 */
import { describe, expect, it } from "vitest";
import { cobahh } from "../../src/networks/cobahh.js";
import { runStatus } from "../../src/checks/status.js";

const meanOf = (a: ArrayLike<number>) => Array.from(a).reduce((s, x) => s + x, 0) / a.length;
const sdOf = (a: ArrayLike<number>) => { const m = meanOf(a); return Math.sqrt(Array.from(a).reduce((s, x) => s + (x - m) ** 2, 0) / (a.length - 1)); };

describe("COBAHH network", () => {
  it("has 3200 E + 800 I Traub–Miles cells connected with p = 0.02 (binomial count within 4 sd)", () => {
    const net = cobahh({ seed: 3 });
    expect([net.get("E").n, net.get("I").n]).toEqual([3200, 800]);
    expect(net.get("E").model.type).toBe("traub-miles");
    const count = net.projections.reduce((a, p) => a + p.size, 0);
    const N = 4000 * 4000, p = 0.02;
    expect(Math.abs(count - p * N)).toBeLessThan(4 * Math.sqrt(N * p * (1 - p)));
    const w = Object.fromEntries(net.projections.map((q) => [q.name, q.receptor]));
    expect(w).toEqual({ "E→E": "E", "E→I": "E", "I→E": "I", "I→I": "I" });
  });
  it("starts as COBAHH.py: V ~ N(−65, 5²) mV, g_E ~ N(40, 15²) nS, g_I ~ N(200, 120²) nS, m = h = n = 0", () => {
    const E = cobahh({ seed: 4 }).get("E");
    // sample mean within 4 standard errors, sample sd within 10 % (3200 draws: se of sd ≈ 1.25 %)
    for (const [name, mu, sigma] of [["v", -65, 5], ["gE", 40, 15], ["gI", 200, 120]] as const) {
      expect(Math.abs(meanOf(E.state[name]) - mu), name).toBeLessThan(4 * sigma / Math.sqrt(E.n));
      expect(Math.abs(sdOf(E.state[name]) / sigma - 1), name).toBeLessThan(0.1);
    }
    for (const g of ["m", "h", "n"]) expect(Math.max(...E.state[g]), g).toBe(0);
  });
  it("is deterministic for a seed and differs between seeds", () => {
    const spikes = (seed: number) => {
      const net = cobahh({ seed, n: 400 });
      const m = net.monitorSpikes("E");
      net.run(30);
      return Array.from(m.spikes(0.1).t);
    };
    const a = spikes(5);
    expect(a.length).toBeGreaterThan(0);
    expect(spikes(5)).toEqual(a);
    expect(spikes(6)).not.toEqual(a);
  });
  it("a full-size run neither dies out nor runs away (300 ms)", () => {
    const net = cobahh({ seed: 1 });
    const m = net.monitorSpikes("E");
    net.run(300);
    const status = runStatus(m.spikes(0.1), { from: 100 });
    expect(status.status).toBe("ok");
  });
});
