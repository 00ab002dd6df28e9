import { describe, expect, it } from "vitest";
import { isnNetwork } from "../../src/isn/network.js";

const small = { nE: 80, nI: 20, seed: 3 };
const spikesOf = (probes: number) => {
  const net = isnNetwork({ ...small, probes });
  const mE = net.monitorSpikes("E"), mI = net.monitorSpikes("I");
  net.run(200);
  return [mE.spikes(), mI.spikes()];
};

describe("isnNetwork", () => {
  it("builds E and I, and the probes P0, P1 without changing the network's spikes (identical trains)", () => {
    const [e0, i0] = spikesOf(0), [e1, i1] = spikesOf(10);
    expect(e0.t.length).toBeGreaterThan(0);
    expect(Array.from(e1.t)).toEqual(Array.from(e0.t));
    expect(Array.from(e1.i)).toEqual(Array.from(e0.i));
    expect(Array.from(i1.i)).toEqual(Array.from(i0.i));
    const net = isnNetwork({ ...small, probes: 10 });
    expect(["E", "I", "P0", "P1"].map((k) => net.get(k).n)).toEqual([80, 20, 10, 10]);
  });
  it("projects with the weights' signs and the inhibitory-output scale; drops I→E when it is 0", () => {
    const weights = (o: object) => Object.fromEntries(isnNetwork({ ...small, ...o }).projections.map((p) => [p.name, p.weight]));
    expect(weights({})).toEqual({ "E→E": 40, "I→E": -200, "E→I": 100, "I→I": -60 });
    expect(weights({ inhibitoryOutput: 0.25 })).toMatchObject({ "I→E": -50 });
    expect(Object.keys(weights({ inhibitoryOutput: 0 }))).toEqual(["E→E", "E→I", "I→I"]);
  });
  it("adds the step current into I", () => {
    const run = (stepI: number) => {
      const net = isnNetwork({ ...small, stepI, stepStart: 50 });
      const m = net.monitorSpikes("I");
      net.run(150);
      return m.spikes().t.filter((t) => t >= 60).length;
    };
    expect(run(300)).toBeGreaterThan(run(0));
  });
  it("refuses unknown options and bad values", () => {
    expect(() => isnNetwork({ wee: 1 } as never)).toThrow(/unknown option wee for isnNetwork; did you mean wEE\?/);
    expect(() => isnNetwork({ p: 0 })).toThrow(/invalid isnNetwork.p: 0/);
    expect(() => isnNetwork({ wEI: -1 })).toThrow(/invalid isnNetwork.wEI: -1/);
    expect(() => isnNetwork({ probes: 1.5 })).toThrow(/invalid isnNetwork.probes: 1.5/);
  });
});
