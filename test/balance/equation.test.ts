import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { balanceRatio, requiredInhibition } from "../../src/balance/equation.js";
import { inputResistance, steadyStateV, tauEff } from "../../src/balance/membrane.js";
import { coScalingSweep } from "../../src/balance/coscaling.js";

const TOL = 1e-12;

describe("balanceRatio", () => {
  it("balanceRatio gives 4 at V0 = −60 mV, E_E = 0, E_I = −75 mV and 3 for E_I = −80 mV", () => {
    expect(balanceRatio({ V0: -60, E_E: 0, E_I: -75 })).toBeCloseTo(4, 12);
    expect(balanceRatio({ V0: "-60 mV", E_E: "0 mV", E_I: "-80 mV" })).toBeCloseTo(3, 12);
  });
  it("balanceRatio makes the net synaptic current vanish", () => {
    for (const V0 of [-70, -55, -30]) {
      const r = balanceRatio({ V0, E_E: 0, E_I: -80 });
      const gE = 3.7;
      expect(Math.abs(gE * (V0 - 0) + r * gE * (V0 + 80))).toBeLessThan(TOL * 1e3);
    }
  });
  it("balanceRatio rejects V0 outside (E_I, E_E) and wrong units", () => {
    expect(() => balanceRatio({ V0: -90 })).toThrow(/invalid V0: -90 mV \(expected between E_I = -75 mV and E_E = 0 mV/);
    expect(() => balanceRatio({ V0: "-60 nS" })).toThrow(/wrong dimension/);
    expect(() => balanceRatio({ V0: -60, E_I: NaN })).toThrow(RangeError);
  });
});

describe("requiredInhibition", () => {
  it("requiredInhibition without leak is g_E times the balance ratio", () => {
    expect(requiredInhibition({ V0: -60, g_E: 5 })).toBeCloseTo(20, 12);
  });
  it("requiredInhibition with leak holds V0 exactly", () => {
    const gI = requiredInhibition({ V0: -58, g_E: 6, g_L: 10, E_L: -70, E_I: -80 });
    expect(steadyStateV({ g_L: 10, E_L: -70, g_E: 6, g_I: gI, E_I: -80 })).toBeCloseTo(-58, 10);
  });
  it("requiredInhibition rejects excitation too weak to hold V0 against the leak", () => {
    expect(() => requiredInhibition({ V0: -50, g_E: 0.1, g_L: 10, E_L: -70 })).toThrow(/too weak/);
  });
});

describe("membrane", () => {
  it("steadyStateV is the conductance-weighted mean of reversal potentials", () => {
    expect(steadyStateV({ g_L: 10, E_L: -60, g_E: 10, E_E: 0, g_I: 20, E_I: -80 })).toBeCloseTo((-600 - 1600) / 40, 12);
    expect(steadyStateV()).toBe(-60);
  });
  it("tauEff falls from 20 ms at rest to 4 ms with 40 nS of synaptic conductance", () => {
    expect(tauEff()).toBeCloseTo(20, 12);
    expect(tauEff({ C_m: "200 pF", g_L: "10 nS", g_E: "8 nS", g_I: "32 nS" })).toBeCloseTo(4, 12);
  });
  it("inputResistance is 1/g_total in MΩ", () => {
    expect(inputResistance({ g_L: 10 })).toBeCloseTo(100, 12);
  });
  it("tauEff rejects a negative conductance and zero capacitance", () => {
    expect(() => tauEff({ g_E: -1 })).toThrow("invalid g_E: -1 nS (expected ≥ 0 nS)");
    expect(() => tauEff({ C_m: 0 })).toThrow(/invalid C_m: 0 pF/);
  });
});

describe("coScalingSweep", () => {
  it("coScalingSweep holds V0 under co-scaling when E_L = V0 and not with g_I fixed", () => {
    const rows = coScalingSweep({ g_L: 10, E_L: -60, g_E: 4, g_I: 16, E_I: -75 }, [1, 1.25]);
    expect(rows[0].V0_fixed).toBeCloseTo(-60, 12);
    expect(rows[1].V0_coscaled).toBeCloseTo(-60, 12);
    expect(rows[1].g_I_coscaled).toBeCloseTo(20, 12);
    expect(rows[1].V0_fixed).toBeGreaterThan(-59);
  });
  it("coScalingSweep rejects non-positive gains", () => {
    expect(() => coScalingSweep({}, [1, 0])).toThrow("invalid gains[1]: 0 (expected > 0)");
  });
});
