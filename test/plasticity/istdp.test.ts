import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";

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
  it("drift(): uncorrelated pre and post give trace ratios ≈ 1, no shift, and ρ_w = the post rate", () => {
    // weights fixed at 0 (η = 0): the inhibitory trains cannot affect the postsynaptic neurons
    const net = new Network({ dt: 0.1, seed: 2 });
    net.population("E", 20, lif({ E_L: -60, I_bias: 200 }), { init: { v: { dist: "uniform", low: -60, high: -50 } } });
    net.poissonInput("E", { n: 100, rate: 10, weight: 1 });
    net.poissonSource("I", 20, { rate: 10, kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 0 });
    const rule = net.inhibitorySTDP("I→E", { eta: 0 });
    const m = net.monitorSpikes("E");
    net.run(1000);
    rule.resetDrift();
    net.run(20000);
    const d = rule.drift();
    const post = m.spikes(0.1).t.filter((t) => t >= 1000).length / 20 / 20; // Hz
    expect(post).toBeGreaterThan(5);
    // ~80 000 pre events and ~(20 s · post rate · 20 · 20) post events: ratios within 5 % of 1
    expect(Math.abs(d.postAtPre - 1)).toBeLessThan(0.05);
    expect(Math.abs(d.preAtPost - 1)).toBeLessThan(0.05);
    expect(Math.abs(d.shift)).toBeLessThan(0.05 * d.postRate);
    expect(d.postRate).toBeCloseTo(post, 6); // all synapses, so ρ_w is the plain mean rate
    expect(d.rho0).toBeCloseTo(3 * 20 / d.tauTrace, 9);
    expect(d.T).toBeCloseTo(20000, 6);
    expect(d.atZero).toBe(1);
  }, 20_000);
  it("drift(): inhibition that suppresses its target puts the fixed point above ρ0", () => {
    const net = new Network({ dt: 0.1, seed: 3 });
    net.population("E", 20, lif({ E_L: -60 }));
    net.poissonInput("E", { n: 200, rate: 10, weight: 1 });
    net.poissonSource("I", 20, { rate: 10, kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 8 });
    const rule = net.inhibitorySTDP("I→E", { eta: 0 });
    net.run(10000);
    const d = rule.drift();
    expect(d.postRate).toBeGreaterThan(2);
    expect(d.preAtPost).toBeLessThan(0.9); // uncorrelated trains of this size stay within 5 % of 1 (test above)
    expect(d.shift).toBeLessThan(0);
    expect(d.rhoFixed).toBeGreaterThan(d.rho0);
  }, 20_000);
  it("drift(): the residual accounts exactly for the mean weight change when no weight is clipped", () => {
    const net = new Network({ dt: 0.1, seed: 4 });
    net.population("E", 10, lif({ E_L: -60, I_bias: 200 }), { init: { v: { dist: "uniform", low: -60, high: -50 } } });
    net.poissonInput("E", { n: 100, rate: 10, weight: 1 });
    net.poissonSource("I", 10, { rate: 10, kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 5 });
    const rule = net.inhibitorySTDP("I→E", { eta: 0.01 });
    net.run(500);
    rule.resetDrift();
    const before = rule.meanWeight();
    net.run(3000);
    const d = rule.drift();
    expect(Math.min(...rule.weights)).toBeGreaterThan(0);
    // Σ Δw / (η T) = 2τ′ Σρ_i ρ_j − α Σρ_i + Σ c_ij = 2τ′ Σρ_i · residual (rates per ms)
    const perSynapse = (0.01 * d.T * 2 * d.tauTrace * (d.preRate / 1000) * d.residual) / 1000;
    expect(rule.meanWeight() - before).toBeCloseTo(perSynapse, 4); // Float32 weights
    expect(Math.abs(rule.meanWeight() - before)).toBeGreaterThan(1e-3);
  });
  it("drift() needs presynaptic spikes in the window", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 1, lif());
    net.spikeTimes("I", 1, { indices: [0], times: [5], kind: "inhibitory" });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 1 });
    const rule = net.inhibitorySTDP("I→E");
    expect(() => rule.drift()).toThrow(/invalid drift window: 0 ms/);
    net.run(10);
    expect(rule.drift().preRate).toBeCloseTo(100, 9); // one spike in 10 ms
    rule.resetDrift();
    net.run(10);
    expect(() => rule.drift()).toThrow(/no presynaptic spike/);
  });
  it("rejects excitatory projections", () => {
    const net = new Network();
    net.population("E", 2, lif());
    net.connect("E", "E", { rule: { rule: "all" }, weight: 1 });
    expect(() => net.inhibitorySTDP("E→E")).toThrow(/inhibitory STDP acts on inhibitory synapses/);
  });
});
