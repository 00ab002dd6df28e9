import { describe, expect, it } from "vitest";
import { ingNetwork } from "../../src/rhythms/ing-network.js";
import { rhythmFrequency } from "../../src/rhythms/rhythm-frequency.js";
import { meanRate, populationRate } from "../../src/analysis/rates.js";
import { setWarningHandler } from "../../src/params/warn.js";
import "../../src/units/parse.js";

describe("ingNetwork(options)", () => {
  it("wires n(n − 1) GABA_A synapses of g_syn/(n − 1) each (0.1 mS/cm² = 10 nS per cell in total)", () => {
    const prev = setWarningHandler(() => {});
    try {
      const net = ingNetwork({ n: 20, gSyn: 0.1 });
      const p = net.projection("I→I");
      expect(p.col.length).toBe(20 * 19);
      expect(p.weight).toBeCloseTo(10 / 19, 12);
    } finally { setWarningHandler(prev); }
  });
  it("with homogeneous drive and no coupling fires every cell at the single Wang–Buzsáki cell's rate; coupling slows and synchronises it", () => {
    const prev = setWarningHandler(() => {});
    try {
      const run = (gSyn: number) => {
        const net = ingNetwork({ n: 30, gSyn, driveSd: 0, drive: 1, seed: 3 });
        const m = net.monitorSpikes("I"), r = net.monitorRate("I");
        net.run(600);
        const s = m.spikes(net.dt);
        return { rate: meanRate(s), rhythm: rhythmFrequency(populationRate(r.result(net.dt), { bin: 0.5 }).rate, 0.5, { from: 200 }) };
      };
      const free = run(0), coupled = run(0.1);
      // Wang & Buzsáki 1996: 1 µA/cm² drives one cell at ≈ 60 Hz (staggered scheme, dt = 0.05 ms: within 0.5 % of RK4, models/hh.ts)
      expect(free.rate).toBeGreaterThan(55);
      expect(free.rate).toBeLessThan(65);
      expect(coupled.rate).toBeLessThan(free.rate);
      expect(Math.abs(coupled.rhythm.frequency / coupled.rate - 1)).toBeLessThan(0.05); // one spike per cell per cycle
    } finally { setWarningHandler(prev); }
  });
  it("rejects bad sizes, time constants, probabilities and unknown options", () => {
    expect(() => ingNetwork({ n: 1 })).toThrow(/ingNetwork\.n: 1/);
    expect(() => ingNetwork({ tauGABA: 0 })).toThrow(/tauGABA: 0 ms/);
    expect(() => ingNetwork({ p: 0 })).toThrow(/ingNetwork\.p: 0/);
    expect(() => ingNetwork({ tau: 10 } as never)).toThrow(/unknown option tau/);
  });
});
