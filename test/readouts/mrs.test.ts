import { describe, expect, it } from "vitest";
import { mrsReadout, synapticScale, normalQuantile, sampleSizeTwoGroups, groupStudyPower, MRS_POOLS } from "../../src/readouts/mrs.js";

describe("MRS pool model", () => {
  it("GABA+ sums the GABA pools and macromolecules, Glx glutamate and glutamine", () => {
    const m = mrsReadout();
    expect(m.gabaPlus).toBeCloseTo(0.6 + 0.3 + 0.1 + 0.82, 12);
    expect(m.glx).toBe(12);
    expect(m.mmShare).toBeCloseTo(0.82 / 1.82, 12);
    expect(m.glxOverGaba).toBeCloseTo(12 / 1.82, 12);
  });
  it("synaptic weights scale with the vesicular pool × receptors, not with the other pools", () => {
    expect(synapticScale({ ...MRS_POOLS, gabaMetabolic: 0.1, gabaCytosolic: 0.2 })).toEqual({ inhibitory: 1, excitatory: 1 });
    const k = synapticScale({ ...MRS_POOLS, gabaVesicular: 0.05, gabaReceptors: 0.8, ampaReceptors: 0.5 });
    expect(k.inhibitory).toBeCloseTo(0.4, 12);
    expect(k.excitatory).toBeCloseTo(0.5, 12);
    expect(() => mrsReadout({ ...MRS_POOLS, glutamine: -1 })).toThrow(/invalid mrsReadout glutamine: -1/);
  });
});

describe("study size", () => {
  it("normalQuantile matches tabulated values (to the erf's ~1e-7 accuracy)", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621234, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
    expect(() => normalQuantile(1)).toThrow(/invalid normalQuantile p: 1/);
  });
  it("sampleSizeTwoGroups is 2 (z_{0.975} + z_{0.8})² (cv/d)² rounded up", () => {
    expect(sampleSizeTwoGroups({ cv: 0.1, difference: 0.1 })).toBe(16); // 2 × 7.849 = 15.7
    expect(sampleSizeTwoGroups({ cv: 0.2, difference: 0.1 })).toBe(63); // 8 × 7.849 = 62.8
    expect(() => sampleSizeTwoGroups({ cv: 0, difference: 0.1 })).toThrow(/invalid sampleSizeTwoGroups cv: 0/);
  });
  it("groupStudyPower: about α with no difference, about the design power at the designed n", () => {
    // 4000 studies: binomial sd ≈ 0.0035 at 0.05 and 0.0063 at 0.8; the t test at n = 63 loses < 0.01 power vs the z design
    expect(groupStudyPower({ cv: 0.2, difference: 0, n: 20, studies: 4000, seed: 5 })).toBeGreaterThan(0.05 - 4 * 0.0035);
    expect(groupStudyPower({ cv: 0.2, difference: 0, n: 20, studies: 4000, seed: 5 })).toBeLessThan(0.05 + 4 * 0.0035);
    expect(Math.abs(groupStudyPower({ cv: 0.2, difference: 0.1, n: 63, studies: 4000, seed: 6 }) - 0.8)).toBeLessThan(0.035);
  });
});
