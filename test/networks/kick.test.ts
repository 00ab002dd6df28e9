/**
 * coba({ kick }): PyNN's kick-start (src/networks/kick.ts) — option errors, the kick's source and synapses
 * (counts against their binomial expectations), and a network at rest driven by it.
 */
import { describe, expect, it } from "vitest";
import { coba } from "../../src/networks/coba.js";
import { COBA_KICK } from "../../src/networks/kick.js";

/** |x − mean| ≤ 5 sd for a binomial(n, p) count: fails by chance with probability < 1e-6. */
function binomialOk(x: number, n: number, p: number): boolean {
  return Math.abs(x - n * p) <= 5 * Math.sqrt(n * p * (1 - p));
}

describe("coba kick", () => {
  it("rejects bad kick options, naming the option and what is expected", () => {
    expect(() => coba({ n: 100, kick: "yes" as never })).toThrow(TypeError);
    expect(() => coba({ n: 100, kick: "yes" as never })).toThrow(/invalid kick: "yes" \(expected true, false or an object/);
    expect(() => coba({ n: 100, kick: { rat: 50 } as never })).toThrow(/unknown option rat for kick; did you mean rate\?/);
    expect(() => coba({ n: 100, kick: { p: 2 } })).toThrow(RangeError);
    expect(() => coba({ n: 100, kick: { p: 2 } })).toThrow(/kick\.p: 2/);
    expect(() => coba({ n: 100, kick: { n: 0 } })).toThrow(/kick\.n: 0/);
    expect(() => coba({ n: 100, kick: { n: 2.5 } })).toThrow(/kick\.n: 2\.5/);
    expect(() => coba({ n: 100, kick: { weight: -1 } })).toThrow(/kick\.weight: -1 nS/);
    expect(() => coba({ n: 100, kick: { rate: -5 } })).toThrow(/kick\.rate: -5 Hz/);
    expect(() => coba({ n: 100, kick: { duration: -1 } })).toThrow(/kick\.duration: -1 ms/);
    expect(() => coba({ n: 100, kick: null as never })).toThrow(TypeError);
  });

  it("adds no kick by default or with kick: false", () => {
    for (const net of [coba({ n: 200 }), coba({ n: 200, kick: false })]) {
      expect(() => net.monitorSpikes("kick")).toThrow(/kick/);
      expect(net.projections.map((p) => p.name)).toEqual(["E→E", "E→I", "I→E", "I→I"]);
    }
  });

  it("makes 20 trains firing with p = rate·dt per step for 50 ms, projecting with p = 0.01 and 100 nS onto g_E of E and I", () => {
    const net = coba({ n: 40000, indegree: 10, kick: true, seed: 3 });
    const kick = net.projections.filter((p) => p.name.startsWith("kick→"));
    expect(kick.map((p) => p.name)).toEqual(["kick→E", "kick→I"]);
    // 20 × 32000 and 20 × 8000 candidate pairs, each made with p = 0.01
    expect(binomialOk(kick[0].size, 20 * 32000, COBA_KICK.p)).toBe(true);
    expect(binomialOk(kick[1].size, 20 * 8000, COBA_KICK.p)).toBe(true);
    for (const p of kick) {
      expect(p.receptor).toBe("E");
      expect(p.weight).toBe(100);
    }
    const m = net.monitorSpikes("kick");
    net.run(80);
    const s = m.spikes(0.1);
    // 20 trains × 500 steps, each spike with probability 100 Hz × 0.1 ms = 0.01
    expect(binomialOk(s.t.length, 20 * 500, 0.01)).toBe(true);
    expect(Math.min(...s.t)).toBeGreaterThan(0);
    expect(Math.max(...s.t)).toBeLessThanOrEqual(50 + 1e-9);
  });

  it("takes other parameters: 40 trains at 50 Hz for 100 ms fire binomial(40 × 1000 steps, 0.005) spikes (±5 sd), none after 100 ms", () => {
    const net = coba({ n: 400, kick: { n: 40, duration: 100, rate: 50 }, seed: 2 });
    const m = net.monitorSpikes("kick");
    net.run(120);
    expect(binomialOk(m.spikes(0.1).t.length, 40 * 1000, 0.005)).toBe(true);
    expect(Math.max(...m.spikes(0.1).t)).toBeLessThanOrEqual(100 + 1e-9);
  });

  it("drives a network at rest: exactly the neurons a kick spike reaches fire, within 1 ms of it", () => {
    // no recurrent weights, V at E_L = −60 mV, no conductance: without the kick nothing ever fires; one kick spike
    // (100 nS toward E_E = 0) drives V up at ≈ 100·60/200 = 30 mV/ms, across the 10 mV to threshold in ≈ 0.35 ms
    const rest = { v: -60, gE: 0, gI: 0 };
    const quiet = coba({ n: 2000, wE: 0, wI: 0, init: rest, seed: 5 });
    const q = quiet.monitorSpikes("E");
    quiet.run(60);
    expect(q.spikes(0.1).t.length).toBe(0);

    const net = coba({ n: 2000, wE: 0, wI: 0, init: rest, kick: true, seed: 5 });
    const mk = net.monitorSpikes("kick"), mE = net.monitorSpikes("E");
    net.run(60);
    const kicks = mk.spikes(0.1), fired = mE.spikes(0.1);
    const proj = net.projection("kick→E");
    const firstKick = new Map<number, number>(); // target → time of its first kick spike
    for (let k = 0; k < kicks.t.length; k++) {
      const src = kicks.i[k];
      for (let s = proj.rowPtr[src]; s < proj.rowPtr[src + 1]; s++) {
        const j = proj.col[s];
        if (!firstKick.has(j)) firstKick.set(j, kicks.t[k]);
      }
    }
    const firstSpike = new Map<number, number>();
    for (let k = 0; k < fired.t.length; k++) if (!firstSpike.has(fired.i[k])) firstSpike.set(fired.i[k], fired.t[k]);
    expect(firstKick.size).toBeGreaterThan(50); // ≈ 1600 × (1 − 0.99^20) × (1 − e^{−5}) ≈ 290 targets reached
    expect([...firstSpike.keys()].sort((a, b) => a - b)).toEqual([...firstKick.keys()].sort((a, b) => a - b));
    for (const [j, t] of firstKick) {
      const lag = firstSpike.get(j)! - t;
      expect(lag).toBeGreaterThan(0);
      expect(lag).toBeLessThanOrEqual(1);
    }
  });

  it("keeps the network writable as a spec: the rebuilt network gives the same spikes", async () => {
    const { Network } = await import("../../src/network/network.js");
    const a = coba({ n: 1000, kick: true, seed: 4 });
    const b = Network.fromSpec(a.toSpec());
    const ma = a.monitorSpikes("E"), mb = b.monitorSpikes("E");
    a.run(100); b.run(100);
    expect(Array.from(mb.spikes(0.1).t)).toEqual(Array.from(ma.spikes(0.1).t));
    expect(ma.spikes(0.1).t.length).toBeGreaterThan(0);
  });
});
