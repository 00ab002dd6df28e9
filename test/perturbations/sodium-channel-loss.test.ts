import { describe, expect, it } from "vitest";
import { sodiumChannelLoss } from "../../src/perturbations/sodium-channel-loss.js";
import { Network } from "../../src/network/network.js";
import { wangBuzsaki } from "../../src/models/wang-buzsaki.js";
import { setWarningHandler } from "../../src/params/warn.js";
import "../../src/units/parse.js";
import { LADDER, counts, ladderSpec, lastFiring } from "./networks.js";

const gNa = (spec: ReturnType<typeof ladderSpec>, name: string) => (Network.fromSpec(spec).get(name).model.params as Record<string, number>).g_Na;
const quiet = <T>(f: () => T): T => { const prev = setWarningHandler(() => {}); try { return f(); } finally { setWarningHandler(prev); } };

describe("sodiumChannelLoss(spec, { population, fraction })", () => {
  it("scales g_Na of the named population only, writing nS whatever form the spec gave; losses compose multiplicatively", () => quiet(() => {
    const spec = ladderSpec();
    const before = JSON.stringify(spec);
    const half = sodiumChannelLoss(spec, { population: "PV", fraction: 0.5 });
    expect(JSON.stringify(spec)).toBe(before);
    expect(gNa(half, "PV")).toBe(1750);     // 35 mS/cm² on 10⁴ µm² = 3500 nS, halved
    expect(gNa(half, "Pyr")).toBe(20000);   // Traub–Miles: 100 mS/cm², untouched
    expect(gNa(sodiumChannelLoss(half, { population: "PV", fraction: 0.5 }), "PV")).toBe(875);
    expect(gNa(sodiumChannelLoss(spec, { population: ["PV", "Pyr"], fraction: 0.25 }), "Pyr")).toBe(15000);
    for (const [options, expected] of [[{ g_Na: "35 mS/cm^2" }, 1750], [{ g_Na: "3 nS" }, 1.5], [{ area: 2e4 }, 3500]] as const) {
      const net = new Network({ dt: 0.02 });
      net.population("PV", 1, wangBuzsaki(options), { kind: "inhibitory" });
      expect(gNa(sodiumChannelLoss(net.toSpec(), { population: "PV", fraction: 0.5 }), "PV")).toBe(expected);
    }
  }));

  it("a Wang–Buzsáki cell with half its g_Na stops firing (depolarization block) at a lower current of the 2–30 µA/cm² ladder; the Traub–Miles cells are unchanged", () => quiet(() => {
    const spec = ladderSpec();
    const [pv, pyr] = counts(spec);
    const [pvLoss, pyrLoss] = counts(sodiumChannelLoss(spec, { population: "PV", fraction: 0.5 }));
    const healthy = lastFiring(pv), loss = lastFiring(pvLoss);
    expect(healthy).toBeGreaterThanOrEqual(18); // the healthy cell fires up to ≈ 25 µA/cm² (wang-buzsaki.ts), beyond most of the ladder
    expect(loss).toBeLessThan(healthy);
    expect(pvLoss[0]).toBeGreaterThan(0);      // it still fires at the lowest current: failure, not silence
    expect(pvLoss.slice(LADDER.indexOf(healthy)).every((c) => c < 5)).toBe(true);
    expect(pyrLoss).toEqual(pyr);
  }));

  it("bad arguments throw, naming the parameter, the value and what is expected", () => quiet(() => {
    const spec = ladderSpec();
    expect(() => sodiumChannelLoss(spec, { population: "L", fraction: 0.5 })).toThrow(/invalid population for sodiumChannelLoss: L is lif.*no Na⁺ conductance g_Na/);
    expect(() => sodiumChannelLoss(spec, { population: "PV", fraction: -0.1 })).toThrow(/invalid fraction for sodiumChannelLoss: -0.1 \(expected a fraction in \[0, 1\]/);
    expect(() => sodiumChannelLoss(spec, { fraction: 0.5 } as never)).toThrow(/missing option population for sodiumChannelLoss/);
    expect(() => sodiumChannelLoss(spec, { population: "Pv", fraction: 0.5 })).toThrow(/did you mean PV\?/);
  }));
});
