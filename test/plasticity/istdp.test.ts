import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/neurons/lif.js";

describe("inhibitory STDP (Vogels et al. 2011)", () => {
  it("a presynaptic spike alone depresses by η α; a postsynaptic spike 2.1 ms later potentiates by η e^{−2.1/τ}", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 1, lif({ V_th: 1000 }));
    net.spikeTimes("I", 1, { indices: [0], times: [10], kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 5 });
    const rule = net.inhibitorySTDP("I→E", { eta: 0.1, rho0: 3, tau: 20 });
    expect(rule.alpha).toBeCloseTo(0.12, 12);
    net.run(12); // the presynaptic spike at 10 ms: w ← w + η (x_post − α) with x_post = 0
    expect(rule.weights[0]).toBeCloseTo(5 - 0.1 * 0.12, 6);
    // a postsynaptic spike in the next step (12.1 ms): w ← w + η x_pre, x_pre = e^{−2.1/20}
    const E = net.get("E");
    E.spikes[0] = 0;
    E.nSpikes = 1;
    const before = rule.weights[0];
    rule.update(0.1);
    expect(rule.weights[0] - before).toBeCloseTo(0.1 * Math.exp(-2.1 / 20), 6);
  });
  it("drives an over-excited population down towards ρ0 (within 2.5 Hz) and keeps weights in [0, w_max]", () => {
    const net = new Network({ dt: 0.1, seed: 1 });
    net.population("E", 200, lif({ E_L: -60, I_bias: 200 }), { init: { v: { dist: "uniform", low: -60, high: -50 } } });
    net.poissonInput("E", { n: 100, rate: 10, weight: 1 });
    net.poissonSource("I", 50, { rate: 10, kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "probability", p: 0.5 }, weight: 0.1 });
    const rule = net.inhibitorySTDP("I→E", { eta: 1, w_max: 30 });
    const m = net.monitorRate("E");
    net.run(2000);
    const early = m.result(0.1).counts.reduce((a, b) => a + b, 0) / 200 / 2;
    net.run(13000);
    const c = m.result(0.1).counts;
    let late = 0;
    for (let k = c.length - 60000; k < c.length; k++) late += c[k];
    late = late / 200 / 6;
    expect(early).toBeGreaterThan(10);
    expect(Math.abs(late - 3)).toBeLessThan(2.5);
    expect(Math.min(...rule.weights)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...rule.weights)).toBeLessThanOrEqual(30);
  }, 20_000);
  it("rejects excitatory projections", () => {
    const net = new Network();
    net.population("E", 2, lif());
    net.connect("E", "E", { rule: { rule: "all" }, weight: 1 });
    expect(() => net.inhibitorySTDP("E→E")).toThrow(/inhibitory STDP acts on inhibitory synapses/);
  });
});
