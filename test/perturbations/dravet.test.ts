import { describe, expect, it } from "vitest";
import { DRAVET_FRACTION, dravet } from "../../src/perturbations/dravet.js";
import { sodiumChannelLoss } from "../../src/perturbations/sodium-channel-loss.js";
import { Network } from "../../src/network/network.js";
import { setWarningHandler } from "../../src/params/warn.js";
import { counts, eiSpec, ladderSpec, lastFiring } from "./networks.js";

const quiet = <T>(f: () => T): T => { const prev = setWarningHandler(() => {}); try { return f(); } finally { setWarningHandler(prev); } };
const gNa = (spec: ReturnType<typeof ladderSpec>, name: string) => (Network.fromSpec(spec).get(name).model.params as Record<string, number>).g_Na;

describe("dravet(spec, { fraction = 0.5, population })", () => {
  it("by default halves g_Na of every inhibitory population that has one (Nav1.1 haploinsufficiency) and leaves excitatory cells alone", () => quiet(() => {
    const spec = ladderSpec();
    expect(DRAVET_FRACTION).toBe(0.5);
    const d = dravet(spec);
    expect(d).toEqual(sodiumChannelLoss(spec, { population: "PV", fraction: 0.5 }));
    expect(gNa(d, "PV")).toBe(1750);
    expect(gNa(d, "Pyr")).toBe(20000);
    expect(gNa(dravet(spec, { fraction: 0.3 }), "PV")).toBeCloseTo(2450, 9);
    expect(gNa(dravet(spec, { population: "Pyr" }), "Pyr")).toBe(10000);
  }));

  it("the Dravet interneuron's firing fails at a lower current than the healthy one's (ladder 2–30 µA/cm²); the pyramidal cells fire as before", () => quiet(() => {
    const spec = ladderSpec();
    const [pv, pyr] = counts(spec);
    const [pvD, pyrD] = counts(dravet(spec));
    expect(lastFiring(pvD)).toBeLessThan(lastFiring(pv));
    expect(pyrD).toEqual(pyr);
  }));

  it("a spec without an inhibitory Hodgkin–Huxley population, and bad options, throw saying why", () => {
    expect(() => dravet(eiSpec(1))).toThrow(/dravet: the spec has no inhibitory population with a Na⁺ conductance g_Na .*wangBuzsaki/);
    expect(() => dravet(ladderSpec(), { fraction: 2 })).toThrow(/invalid fraction for dravet: 2/);
    expect(() => dravet(ladderSpec(), { fractoin: 0.5 } as never)).toThrow(/unknown option fractoin for dravet; did you mean fraction\?/);
  });
});
