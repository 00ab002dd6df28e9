import { describe, expect, it } from "vitest";
import { loopGainThreshold, stnGpeLoopGain } from "../../src/rhythms/loop-gain.js";
import { stnGpeSystem } from "../../src/rhythms/stn-gpe-system.js";
import { STN_GPE } from "../../src/rhythms/stn-gpe-constants.js";
import { rightmostRoot } from "../../src/dynamics/delay.js";

/** The two-unit delayed linear system with loop gain L and self-gain c (variables δS, δG). */
function linear(L: number, c: number, o: { tauS: number; tauG: number; T_SG: number; T_GS: number; T_GG: number }) {
  // δS′ = (−δS − a δG(t − T_GS))/τ_S, δG′ = (−δG + b δS(t − T_SG) − c δG(t − T_GG))/τ_G with a b = L
  const a = Math.sqrt(L), b = Math.sqrt(L);
  const delayed = [
    { tau: o.T_GS, A: [[0, -a / o.tauS], [0, 0]] },
    { tau: o.T_SG, A: [[0, 0], [b / o.tauG, 0]] },
    { tau: o.T_GG, A: [[0, 0], [0, -c / o.tauG]] },
  ];
  return { A0: [[-1 / o.tauS, 0], [0, -1 / o.tauG]], delayed };
}

describe("loopGainThreshold(options)", () => {
  it("is 1 at ωT = π for a pure delayed loop (τ_S = τ_G = 0, no self-inhibition: 1 + L e^{−λT} = 0)", () => {
    const r = loopGainThreshold({ tauS: 0, tauG: 0, loopDelay: 8 });
    expect(r.gain).toBeCloseTo(1, 9);
    expect(r.omega).toBeCloseTo(Math.PI / 8, 9);
  });
  it("with one low-pass stage solves atan(ωτ) + ωT = π with L = √(1 + ω²τ²) (1e-9)", () => {
    const r = loopGainThreshold({ tauS: 6, tauG: 0, loopDelay: 12 });
    expect(Math.abs(Math.atan(6 * r.omega) + 12 * r.omega - Math.PI)).toBeLessThan(1e-9);
    expect(r.gain).toBeCloseTo(Math.sqrt(1 + 36 * r.omega ** 2), 9);
  });
  it("puts the rightmost characteristic root on the imaginary axis at L = L_c, at ω (root search, 1e-6)", () => {
    const o = { tauS: 6, tauG: 14, T_SG: 6, T_GS: 6, T_GG: 4 }, c = 2.5;
    const r = loopGainThreshold({ tauS: 6, tauG: 14, loopDelay: 12, self: c, selfDelay: 4 });
    const box = { re: [-1, 0.5] as [number, number], im: [0, 1] as [number, number] };
    const at = rightmostRoot(linear(r.gain, c, o), box)!;
    expect(Math.abs(at.re)).toBeLessThan(1e-6);
    expect(at.im).toBeCloseTo(r.omega, 6);
    expect(rightmostRoot(linear(0.9 * r.gain, c, o), box)!.re).toBeLessThan(0);
    expect(rightmostRoot(linear(1.1 * r.gain, c, o), box)!.re).toBeGreaterThan(0);
    expect(r.frequency).toBeCloseTo((1000 * r.omega) / (2 * Math.PI), 12);
  });
  it("falls as the loop delay grows", () => {
    const g = [2, 4, 8, 12, 20].map((T) => loopGainThreshold({ tauS: 6, tauG: 14, loopDelay: T, self: 2, selfDelay: 4 }).gain);
    for (let k = 1; k < g.length; k++) expect(g[k]).toBeLessThan(g[k - 1]);
  });
  it("is infinite with no delay and no self-inhibition (two low-pass stages turn the phase by less than π)", () => {
    const r = loopGainThreshold({ tauS: 6, tauG: 14, loopDelay: 0 });
    expect(r.gain).toBe(Infinity);
    expect(r.frequency).toBeNaN();
  });
  it("rejects negative parameters and unknown options", () => {
    expect(() => loopGainThreshold({ tauS: -1, tauG: 14, loopDelay: 12 })).toThrow(/tauS: -1/);
    expect(() => loopGainThreshold({ tauS: 6, tauG: 14, loopDelay: 12, selfdelay: 4 } as never)).toThrow(/did you mean selfDelay/);
  });
});

describe("stnGpeLoopGain(sys, x)", () => {
  it("multiplies the weights by the logistic's slopes F′ = (4/M) F (1 − F/M) (1e-12)", () => {
    const w = STN_GPE.parkinsonian, sys = stnGpeSystem(w), x = [20, 25];
    const uS = w.wCS * 27 - w.wGS * x[1], uG = w.wSG * x[0] - w.wGG * x[1] - w.wXG * 2;
    const slope = (M: number, B: number, u: number) => { const f = M / (1 + ((M - B) / B) * Math.exp((-4 * u) / M)); return (4 / M) * f * (1 - f / M); };
    const dS = slope(300, 17, uS), dG = slope(400, 75, uG);
    const g = stnGpeLoopGain(sys, x);
    expect(g.loop).toBeCloseTo(w.wSG * w.wGS * dS * dG, 12);
    expect(g.self).toBeCloseTo(w.wGG * dG, 12);
  });
  it("rejects a state of the wrong size", () => {
    expect(() => stnGpeLoopGain(stnGpeSystem(STN_GPE.healthy), [1])).toThrow(/expected \[S, G\]/);
  });
});
