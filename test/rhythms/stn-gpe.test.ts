import { describe, expect, it } from "vitest";
import { STN_GPE, stnGpeWeights } from "../../src/rhythms/stn-gpe-constants.js";
import { stnGpeSystem } from "../../src/rhythms/stn-gpe-system.js";
import { stnGpeNetwork } from "../../src/rhythms/stn-gpe-network.js";
import { stnGpeLoopGain } from "../../src/rhythms/loop-gain.js";
import { fixedPoints } from "../../src/dynamics/fixed-points.js";
import { characteristic, rightmostRoot } from "../../src/dynamics/delay.js";
import { oscillation } from "../../src/dynamics/oscillation.js";
import "../../src/units/parse.js";

const F = (M: number, B: number, x: number) => M / (1 + ((M - B) / B) * Math.exp((-4 * x) / M)); // Nevado-Holgado et al. 2010, Eq. 2
const box = { re: [-1, 0.5] as [number, number], im: [0, 1] as [number, number] };

describe("STN_GPE and stnGpeWeights(λ)", () => {
  it("interpolates every weight linearly from healthy (λ = 0) to Parkinsonian (λ = 1)", () => {
    expect(stnGpeWeights(0)).toEqual({ ...STN_GPE.healthy });
    expect(stnGpeWeights(1)).toEqual({ ...STN_GPE.parkinsonian });
    const h = stnGpeWeights(0.5);
    expect(h.wXG).toBeCloseTo((15.1 + 139.4) / 2, 12);
    expect(h.wGS).toBeCloseTo((1.12 + 10.7) / 2, 12);
  });
  it("rejects a non-finite λ", () => {
    expect(() => stnGpeWeights(NaN)).toThrow(/invalid stnGpeWeights lambda: NaN/);
  });
});

describe("stnGpeSystem(w)", () => {
  it("has fixed points that solve the paper's equations (Nevado-Holgado et al. 2010, Eq. 1; 1e-9)", () => {
    for (const w of [STN_GPE.healthy, STN_GPE.parkinsonian]) {
      const fps = fixedPoints(stnGpeSystem(w), { bounds: [[0, 300], [0, 400]] });
      expect(fps.length).toBe(1);
      const [S, G] = fps[0].x;
      expect(Math.abs(S - F(300, 17, w.wCS * 27 - w.wGS * G))).toBeLessThan(1e-9);
      expect(Math.abs(G - F(400, 75, w.wSG * S - w.wGG * G - w.wXG * 2))).toBeLessThan(1e-9);
    }
  });
  it("linearises to the two-unit characteristic equation written out by hand (1e-12 relative)", () => {
    const sys = stnGpeSystem(STN_GPE.parkinsonian);
    const x = fixedPoints(sys, { bounds: [[0, 300], [0, 400]] })[0].x;
    const { loop: L, self: c } = stnGpeLoopGain(sys, x);
    const lin = sys.linearize(x);
    for (const [re, im] of [[0.01, 0.17], [-0.2, 0.05], [0.05, 0.6]]) {
      // τ_Sτ_G det = (1 + λτ_S)(1 + λτ_G + c e^{−4λ}) + L e^{−12λ}
      const cx = (a: number, b: number) => ({ a, b });
      const mul = (p: { a: number; b: number }, q: { a: number; b: number }) => cx(p.a * q.a - p.b * q.b, p.a * q.b + p.b * q.a);
      const ex = (T: number) => cx(Math.exp(-re * T) * Math.cos(-im * T), Math.exp(-re * T) * Math.sin(-im * T));
      const e4 = ex(4), e12 = ex(12);
      const left = mul(cx(1 + 6 * re, 6 * im), cx(1 + 14 * re + c * e4.a, 14 * im + c * e4.b));
      const hand = cx((left.a + L * e12.a) / 84, (left.b + L * e12.b) / 84);
      const d = characteristic(lin, { re, im });
      expect(Math.abs(d.re - hand.a)).toBeLessThan(1e-12 * Math.hypot(hand.a, hand.b));
      expect(Math.abs(d.im - hand.b)).toBeLessThan(1e-12 * Math.hypot(hand.a, hand.b));
    }
  });
  it("is stable with the healthy weights and unstable with the Parkinsonian ones (Nevado-Holgado et al. 2010: beta only in the Parkinsonian state)", () => {
    const re = (w: typeof STN_GPE.healthy) => { const s = stnGpeSystem(w); return rightmostRoot(s.linearize(fixedPoints(s, { bounds: [[0, 300], [0, 400]] })[0].x), box)!.re; };
    expect(re(STN_GPE.healthy)).toBeLessThan(0);
    expect(re(STN_GPE.parkinsonian)).toBeGreaterThan(0);
  });
  it("takes other delays, inputs and an STN transfer; rejects bad values and unknown options", () => {
    const s = stnGpeSystem(STN_GPE.healthy, { delays: { SG: 3 }, stnInput: 5, cortex: 20 });
    expect(s.delays).toEqual([[0, 6], [3, 4]]);
    expect(s.units[0].I).toBeCloseTo(2.42 * 20 + 5, 12);
    expect(() => stnGpeSystem(STN_GPE.healthy, { delays: { GS: -1 } })).toThrow(/delays\.GS: -1/);
    expect(() => stnGpeSystem({ ...STN_GPE.healthy, wSG: -1 })).toThrow(/wSG: -1/);
    expect(() => stnGpeSystem(STN_GPE.healthy, { delay: 1 } as never)).toThrow(/did you mean delays/);
  });
});

describe("stnGpeNetwork(w)", () => {
  it("settles on the analysis' fixed point with the healthy weights (1e-6 spk/s)", () => {
    const net = stnGpeNetwork(STN_GPE.healthy);
    const mS = net.monitorState("STN", ["r"]), mG = net.monitorState("GPe", ["r"]);
    net.run(1500);
    const x = fixedPoints(stnGpeSystem(STN_GPE.healthy), { bounds: [[0, 300], [0, 400]] })[0].x;
    const S = mS.traces().values.r![0], G = mG.traces().values.r![0];
    expect(Math.abs(S[S.length - 1] - x[0])).toBeLessThan(1e-6);
    expect(Math.abs(G[G.length - 1] - x[1])).toBeLessThan(1e-6);
  });
  it("oscillates just past the Hopf point at the characteristic root's frequency (0.5 %)", () => {
    // the delays set the frequency: a wiring error in them would move it by far more than 0.5 %
    const sysAt = (l: number) => stnGpeSystem(stnGpeWeights(l));
    const lin = (l: number) => { const s = sysAt(l); return s.linearize(fixedPoints(s, { bounds: [[0, 300], [0, 400]] })[0].x); };
    let lo = 0, hi = 1;
    for (let k = 0; k < 30; k++) { const m = (lo + hi) / 2; if (rightmostRoot(lin(m), box)!.re < 0) lo = m; else hi = m; }
    const root = rightmostRoot(lin(hi), box)!;
    const net = stnGpeNetwork(stnGpeWeights(hi + 0.005));
    const m = net.monitorState("STN", ["r"]);
    net.run(4000);
    const o = oscillation(m.traces().values.r![0], 0.1, { from: 3000 });
    expect(o.amplitude).toBeGreaterThan(0.1);
    expect(Math.abs(o.frequency / ((1000 * root.im) / (2 * Math.PI)) - 1)).toBeLessThan(0.005);
  });
  it("rejects bad weights, rates and unknown options", () => {
    expect(() => stnGpeNetwork({ ...STN_GPE.healthy, wGG: NaN })).toThrow(/wGG: NaN/);
    expect(() => stnGpeNetwork(STN_GPE.healthy, { init: { STN: -1 } })).toThrow(/init\.STN: -1/);
    expect(() => stnGpeNetwork(STN_GPE.healthy, { dealys: {} } as never)).toThrow(/did you mean delays/);
  });
});
