import { describe, expect, it } from "vitest";
import type { Projection } from "../../src/network/projection.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";

function circuit() {
  const net = new Network({ dt: 0.1, seed: 1 });
  net.population("E", 4, lif({ E_L: -70 }));
  net.population("I", 4, lif(), { kind: "inhibitory" });
  net.connect("I", "E", { rule: { rule: "one-to-one" }, weight: 2, delay: 1 });
  net.connect("E", "I", { rule: { rule: "one-to-one" }, weight: 1 });
  return net;
}

describe("RetrogradeSuppression", () => {
  it("intense postsynaptic firing suppresses release onto that neuron only, then it recovers with τ_off", () => {
    const net = circuit();
    const r = net.retrogradeSuppression("I→E");
    net.current("E", { type: "step", amplitude: 800, start: 0, stop: 1000, neurons: [0] }); // only neuron 0 fires hard
    net.run(1000);
    expect(r.suppression[0]).toBeGreaterThan(0.6);
    expect(r.suppression[0]).toBeLessThanOrEqual(0.8);
    expect(r.suppression[1]).toBe(0);
    expect(r.gain[0]).toBeCloseTo(1 - r.suppression[0], 12);
    const s0 = r.suppression[0];
    net.run(20000);
    // the signal fades within seconds, then s decays as e^{−t/τ_off} (20 s): about half remains after 20 s
    expect(r.suppression[0] / s0).toBeGreaterThan(0.3);
    expect(r.suppression[0] / s0).toBeLessThan(0.6);
    net.run(40000);
    expect(r.suppression[0] / s0).toBeLessThan(0.1);
  });
  it("suppressed synapses deliver weight × (1 − s)", () => {
    const net = new Network({ dt: 0.1, seed: 1 });
    net.population("E", 1, lif({ V_th: 1000 }));
    net.spikeTimes("S", 1, { indices: [0], times: [5], kind: "inhibitory" });
    const proj = <Projection>net.connect("S", "E", { rule: { rule: "all" }, weight: 4, delay: 1 });
    const r = net.retrogradeSuppression("S→E");
    r.suppression[0] = 0.5;
    r.params.tau_off = 1e12; // hold the suppression fixed for this check
    net.run(6.5); // the spike at 5 ms arrives at 6 ms (1 ms delay) and decays for 0.5 ms
    expect(net.get("E").state.gI[0]).toBeCloseTo(2 * Math.exp(-0.5 / 10), 9);
    expect(proj.gains[0][0]).toBeCloseTo(0.5, 6);
  });
  it("rejects excitatory projections and unknown names", () => {
    const net = circuit();
    expect(() => net.retrogradeSuppression("E→I")).toThrow(/acts on inhibitory synapses/);
    expect(() => net.retrogradeSuppression("I→e")).toThrow(/unknown projection: "I→e"; did you mean I→E\?/);
    expect(() => net.retrogradeSuppression("I→E", { s_max: 2 })).toThrow(/invalid s_max: 2/);
  });
});
