import { describe, expect, it } from "vitest";
import { decayTime, firstOvershoot } from "../../src/analysis/relaxation.js";

describe("relaxation", () => {
  it("decayTime recovers τ of an exponential exactly, and the slow τ of a two-exponential approach", () => {
    const t = Float64Array.from({ length: 400 }, (_, k) => k);
    expect(decayTime(t, t.map((x) => 2 + 3 * Math.exp(-x / 50)), 2).tau).toBeCloseTo(50, 9);
    expect(decayTime(t, t.map((x) => 2 - 3 * Math.exp(-x / 50)), 2).tau).toBeCloseTo(50, 9);
    // over-damped release from rest: d(t) = (λ2 e^{−λ1 t} − λ1 e^{−λ2 t})/(λ2 − λ1), λ1 = 1/50, λ2 = 1/5
    const l1 = 1 / 50, l2 = 1 / 5;
    const y = t.map((x) => (l2 * Math.exp(-l1 * x) - l1 * Math.exp(-l2 * x)) / (l2 - l1));
    expect(Math.abs(decayTime(t, y, 0).tau / 50 - 1)).toBeLessThan(0.01);
  });
  it("decayTime needs three samples in the band", () => {
    const t = [0, 1, 2, 3];
    expect(() => decayTime(t, [1, 0.5, 0.01, 0], 0)).toThrow(/1 samples with deviation in \[0.15, 0.7\]/);
    expect(() => decayTime(t, [1, 0.5, 0.3, 0.2], 0, { band: [0.5, 0.2] })).toThrow(/invalid band/);
  });
  it("firstOvershoot of a damped oscillator released from rest is exp(−πζ/√(1−ζ²)) at π/ω", () => {
    const sigma = 0.01, omega = 0.05; // ζ/√(1−ζ²) = σ/ω
    const t = Float64Array.from({ length: 20001 }, (_, k) => k * 0.01);
    const y = t.map((x) => 1 + Math.exp(-sigma * x) * (Math.cos(omega * x) + (sigma / omega) * Math.sin(omega * x)));
    const o = firstOvershoot(t, y, 1);
    expect(o.fraction).toBeCloseTo(Math.exp((-sigma * Math.PI) / omega), 6);
    expect(o.time).toBeCloseTo(Math.PI / omega, 1);
    const mono = firstOvershoot(t, t.map((x) => Math.exp(-x)), 0);
    expect(mono.fraction).toBe(0);
    expect(mono.time).toBeNaN();
  });
});
