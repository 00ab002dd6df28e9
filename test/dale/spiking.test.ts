import { describe, expect, it } from "vitest";
import { lifCurrentRate, lifCurrentFor, daleSpikingDesign, daleSpikingError, daleSpikingNetwork, daleInputNoise, windowAverageSd, daleSignViolations, DALE_CELL } from "../../src/dale/spiking.js";
import { shotNoise } from "../../src/analysis/fluctuations.js";
import { daleDecomposition } from "../../src/dale/dale.js";
import { hebbianWeights } from "../../src/dale/hopfield.js";
import { randomPatterns, rateOverlap, corruptPattern } from "../../src/dale/patterns.js";
import { firingRates, timeWindow } from "../../src/analysis/rates.js";

describe("LIF f–I helpers", () => {
  it("lifCurrentFor inverts lifCurrentRate; rheobase 100 pA for the default cell", () => {
    for (const nu of [5, 40, 120]) expect(lifCurrentRate(lifCurrentFor(nu))).toBeCloseTo(nu, 9);
    expect(lifCurrentRate(99.9)).toBe(0);
    // 40 Hz, t_ref 5 ms: T = 20 ms = τ_m → V∞ = (e·V_th − V_r)/(e − 1)
    expect(lifCurrentFor(40)).toBeCloseTo(10 * ((Math.E * -50 + 60) / (Math.E - 1) + 60), 9);
    expect(() => lifCurrentFor(300, DALE_CELL)).toThrow(/invalid nu for lifCurrentFor: 300/);
  });
});

describe("spiking Dale design", () => {
  const pats = randomPatterns(4, 200, 1), W = hebbianWeights(pats), d = daleDecomposition(W, 200, { nI: 50 });
  const des = daleSpikingDesign(d, W);
  it("the interneurons' inhibition matches J τ_E c X/1000 in value and slope at the operating point X₀", () => {
    expect(daleSpikingError(d, des, des.X0)).toBeCloseTo(0, 9);
    const h = 10, slope = (daleSpikingError(d, des, des.X0 + h) - daleSpikingError(d, des, des.X0 - h)) / (2 * h);
    expect(Math.abs(slope)).toBeLessThan(1e-4); // pA per Hz of total E rate: second order only
  });
  it("a cue in a small network retrieves the pattern (overlap of rates > 0.9)", () => {
    const net = daleSpikingNetwork(d, des, { seed: 2, cue: corruptPattern(pats[0], 0.1, 1) });
    const m = net.monitorSpikes("E");
    net.run(250);
    expect(rateOverlap(firingRates(timeWindow(m.spikes(), 150, 250)), pats[0])).toBeGreaterThan(0.9);
  });
  it("daleInputNoise: Campbell's theorem by hand for one interneuron term and uniform weights", () => {
    // W = 0 except the offset: every E→E weight J c, 100 ON cells; compare with shotNoise for n identical inputs
    const n = 200, W0 = new Float64Array(n * n), d0 = daleDecomposition(W0, n, { offset: 0.01, nI: 1 });
    const des0 = { ...des, wIE: new Float64Array(n), nuI0: 0 };
    const xi = Float64Array.from({ length: n }, (_, i) => (i < 100 ? 1 : -1));
    const sn = shotNoise({ n: 100, rate: des.nuOn, weight: des.J * 0.01, tau: des.tauE });
    const r = daleInputNoise(d0, W0, des0, xi);
    expect(r.dale).toBeCloseTo(sn.sd, 9);
    expect(r.mixed).toBe(0);
    expect(r.common).toBeCloseTo(sn.sd, 9); // W = 0: all of it is the offset's common drive
  });
  it("daleInputNoise: the common part is the offset's drive plus the inhibition, the same for every cell (by hand)", () => {
    const r = daleInputNoise(d, W, des, pats[0]);
    expect(r.common).toBeGreaterThan(0);
    expect(r.dale).toBeGreaterThan(r.mixed);
    // the common part alone: 100-ish ON cells with weight J c plus the interneurons, by hand for cell 0
    const on = Array.from(pats[0]).filter((x) => x > 0).length;
    const byHand = Math.sqrt((on * (des.nuOn / 1000) * (des.J * d.c[0]) ** 2 * des.tauE) / 2 + (d.nI * (des.nuI0 / 1000) * des.wIE[0] ** 2 * des.tauI) / 2);
    expect(r.common).toBeCloseTo(byHand, 9); // c and w_IE are the same for every cell
  });
  it("windowAverageSd: limits T ≪ τ (sd) and T ≫ τ (sd √(2τ/T)); the exact value at T = τ", () => {
    expect(windowAverageSd(2, 50, 1e-4)).toBeCloseTo(2, 4);
    expect(windowAverageSd(2, 5, 5e5) / (2 * Math.sqrt(10 / 5e5))).toBeCloseTo(1, 4);
    expect(windowAverageSd(1, 10, 10)).toBeCloseTo(Math.sqrt(2 * Math.exp(-1)), 12); // 2(1 − (1 − e⁻¹)) = 2/e
    expect(() => windowAverageSd(1, 0, 10)).toThrow(/invalid tau for windowAverageSd: 0/);
  });
  it("daleSignViolations: 0 for the built network; negative E→E weights written into it count", () => {
    const net = daleSpikingNetwork(d, des, { seed: 2, cue: pats[0] });
    expect(daleSignViolations(net)).toBe(0);
    const proj = net.projection("E→E"), w = Float32Array.from(proj.weight as Float32Array);
    w[0] = -1; w[1] = -2;
    proj.weight = w; // the engine stores what it is given; the count reads it back
    expect(daleSignViolations(net)).toBe(2);
    expect(daleSignViolations(net, ["I→E"])).toBe(0);
  });
});
