import { describe, expect, it } from "vitest";
import { ShortTermPlasticity } from "../../src/plasticity/short-term.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";

describe("Tsodyks–Markram short-term plasticity", () => {
  it("a regular 20 Hz train depresses to x_ss = 0.114 of the first response (U = 0.5, τ_rec = 800 ms)", () => {
    const stp = new ShortTermPlasticity(1, { U: 0.5, tau_rec: 800 });
    let r = 0;
    const first = stp.spike(0, 0);
    for (let k = 1; k < 200; k++) r = stp.spike(0, 50 * k);
    expect(first).toBe(1);
    expect(ShortTermPlasticity.steadyStateX(20, 0.5, 800)).toBeCloseTo(0.1143, 4);
    expect(r).toBeCloseTo(ShortTermPlasticity.steadyStateX(20, 0.5, 800), 10);
  });
  it("the facilitating set (U = 0.03, τ_rec = 130 ms, τ_facil = 530 ms) grows over the first spikes of a 20 Hz train", () => {
    const stp = new ShortTermPlasticity(1, { U: 0.03, tau_rec: 130, tau_facil: 530 });
    const r = Array.from({ length: 6 }, (_, k) => stp.spike(0, 50 * k));
    expect(r[0]).toBeCloseTo(1, 12);
    for (let k = 1; k < 6; k++) expect(r[k]).toBeGreaterThan(r[k - 1]);
    expect(r[5]).toBeGreaterThan(2);
  });
  it("resources recover with τ_rec after a pause", () => {
    const stp = new ShortTermPlasticity(1, { U: 0.5, tau_rec: 800 });
    stp.spike(0, 0);
    const again = stp.spike(0, 800); // x = 1 − 0.5 e^{−1}
    expect(again).toBeCloseTo(1 - 0.5 * Math.exp(-1), 12);
  });
  it("a projection with short-term plasticity delivers weight × R/U", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif({ synapse: "current", V_th: 1000, tau_E: 1e6 })); // I_E barely decays: it sums the deliveries
    net.spikeTimes("S", 1, { indices: Array(10).fill(0), times: Array.from({ length: 10 }, (_, k) => 10 + 50 * k) });
    net.connect("S", "P", { rule: { rule: "all" }, weight: 10 });
    net.shortTermPlasticity("S→P", { U: 0.5, tau_rec: 800 });
    net.run(500);
    const ref = new ShortTermPlasticity(1, { U: 0.5, tau_rec: 800 });
    let expected = 0;
    for (let k = 0; k < 10; k++) expected += 10 * ref.spike(0, 10 + 50 * k);
    expect(net.get("P").state.gE[0]).toBeCloseTo(expected, 1);
  });
  it("rejects U outside (0, 1]", () => {
    expect(() => new ShortTermPlasticity(1, { U: 0 })).toThrow(/invalid U: 0/);
  });
});
