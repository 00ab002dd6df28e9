import { describe, expect, it } from "vitest";
import { pointConductanceSteadyState, simulatePointConductance } from "../../src/models/point-conductance-sim.js";
import { fitExponentialDecay, frozenNoiseBias, stepResponse } from "../../src/analysis/tau-eff.js";

const mean = (a: ArrayLike<number>) => { let s = 0; for (let k = 0; k < a.length; k++) s += a[k]; return s / a.length; };
const sd = (a: ArrayLike<number>) => { const m = mean(a); let s = 0; for (let k = 0; k < a.length; k++) s += (a[k] - m) ** 2; return Math.sqrt(s / a.length); };

describe("point-conductance model (Destexhe et al. 2001)", () => {
  it("pointConductanceSteadyState gives τ_eff ≈ 4.07 ms, V ≈ −65.3 mV and 22 ms at rest", () => {
    const s = pointConductanceSteadyState();
    expect(s.tauEff).toBeCloseTo(346 / 85.1, 10);
    expect(s.V).toBeCloseTo(-65.26, 2);
    expect(s.tauRest).toBeCloseTo(22.04, 2);
    expect(pointConductanceSteadyState({ intensity: 0 }).V).toBe(-80);
  });
  it("the OU conductances have the given means and standard deviations (5 % tolerance, 20 s)", () => {
    const r = simulatePointConductance({ duration: 20000, dt: 0.1, seed: 3 });
    expect(Math.abs(mean(r.ge) - 12.1) / 12.1).toBeLessThan(0.05);
    expect(Math.abs(mean(r.gi) - 57.3) / 57.3).toBeLessThan(0.05);
    expect(Math.abs(sd(r.ge) - 3.0) / 3.0).toBeLessThan(0.05);
    expect(Math.abs(sd(r.gi) - 6.6) / 6.6).toBeLessThan(0.08);
    expect(Math.abs(mean(r.v) + 65.3)).toBeLessThan(0.5);
  });
  it("the same seed gives frozen bombardment whatever current is injected", () => {
    const a = simulatePointConductance({ duration: 50, seed: 9 });
    const b = simulatePointConductance({ duration: 50, seed: 9, current: () => -50 });
    expect(Array.from(b.ge)).toEqual(Array.from(a.ge));
    expect(b.v[900]).toBeLessThan(a.v[900]);
  });
  it("rejects a reset above threshold and unknown parameters", () => {
    expect(() => simulatePointConductance({ duration: 10, V_th: -60, V_reset: -50 })).toThrow(/invalid V_reset/);
    expect(() => simulatePointConductance({ duration: 10, gE0: 3 } as never)).toThrow(/did you mean g_e0/);
  });
});

describe("measuring τ_eff", () => {
  it("fitExponentialDecay recovers τ and amplitude of an exact exponential", () => {
    const t = Array.from({ length: 200 }, (_, k) => k * 0.1);
    const { tau, a } = fitExponentialDecay(t, t.map((x) => -3 * Math.exp(-x / 4)));
    expect(tau).toBeCloseTo(4, 10);
    expect(a).toBeCloseTo(-3, 10);
  });
  it("stepResponse of the passive membrane gives τ = C/g_L and R_in = 1/g_L exactly", () => {
    const r = stepResponse((on, seed) => simulatePointConductance({ duration: 300, seed, intensity: 0, current: on ? (t) => (t >= 100 && t < 200 ? -20 : 0) : undefined }).v,
      { dt: 0.05, start: 100, width: 100, amplitude: -20, trials: 1 });
    expect(r.tau).toBeCloseTo(346 / 15.7, 2);
    expect(r.Rin).toBeCloseTo(1000 / 15.7, 1);
  });
  it("stepResponse under bombardment finds τ_eff within 5 % of C/g_total", () => {
    const r = stepResponse((on, seed) => simulatePointConductance({ duration: 300, seed, current: on ? (t) => (t >= 100 && t < 200 ? -20 : 0) : undefined }).v,
      { dt: 0.05, start: 100, width: 100, amplitude: -20, trials: 8 });
    expect(Math.abs(r.tau - 4.066) / 4.066).toBeLessThan(0.05);
    expect(Math.abs(r.Rin - 11.75) / 11.75).toBeLessThan(0.06);
  });
  it("stepResponse rejects a zero step and too short traces", () => {
    expect(() => stepResponse(() => new Float64Array(10), { dt: 1, start: 0, width: 5, amplitude: 0 })).toThrow(/invalid amplitude/);
    expect(() => stepResponse(() => new Float64Array(10), { dt: 1, start: 5, width: 5, amplitude: -1 })).toThrow(/need 15/);
  });
});

describe("frozenNoiseBias", () => {
  it("is Σσ²τ/(C ḡ_T): ≈ 1.6 % in the Destexhe et al. 2001 state, 0 without noise", () => {
    const eps = frozenNoiseBias({ C: 346, gTotal: 85.1, sources: [{ sd: 3, tau: 2.728 }, { sd: 6.6, tau: 10.49 }] });
    expect(eps).toBeCloseTo((9 * 2.728 + 43.56 * 10.49) / (346 * 85.1), 12);
    expect(frozenNoiseBias({ C: 346, gTotal: 85.1, sources: [] })).toBe(0);
    expect(() => frozenNoiseBias({ C: 346, gTotal: 0, sources: [] })).toThrow(/invalid gTotal/);
  });
  it("bounds the overestimate of τ by the frozen-noise step response (12 trials, 3 seeds)", () => {
    // measured τ lies in [τ_eff(1 − 3 s.e.), τ_eff (1 + ε) + 3 s.e.]; s.e. from the seed spread
    const ss = pointConductanceSteadyState();
    const eps = frozenNoiseBias({ C: 346, gTotal: ss.gTotal, sources: [{ sd: 3, tau: 2.728 }, { sd: 6.6, tau: 10.49 }] });
    const taus = [1, 2, 3].map((seed) => stepResponse((on, s) => simulatePointConductance({
      duration: 300, dt: 0.05, seed: s, current: on ? (t: number) => (t >= 100 && t < 200 ? -20 : 0) : undefined,
    }).v, { dt: 0.05, start: 100, width: 100, amplitude: -20, trials: 12, seed: seed * 1000 }).tau);
    const m = mean(taus), se = Math.sqrt(taus.reduce((a, t) => a + (t - m) ** 2, 0) / 2 / 3);
    expect(m).toBeGreaterThan(ss.tauEff - 3 * se - 1e-9);
    expect(m).toBeLessThan(ss.tauEff * (1 + eps) + 3 * se);
  });
});
