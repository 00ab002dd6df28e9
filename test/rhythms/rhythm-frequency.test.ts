import { describe, expect, it } from "vitest";
import { rhythmFrequency } from "../../src/rhythms/rhythm-frequency.js";
import { pingPeriodEstimate } from "../../src/rhythms/ping-estimate.js";

describe("rhythmFrequency(x, dt)", () => {
  it("measures a 37.3 Hz sinusoid to 0.1 % although the spectrum's bins are ≈ 2 Hz apart", () => {
    const x = Float64Array.from({ length: 4000 }, (_, k) => 5 + Math.sin((2 * Math.PI * 37.3 * k * 0.5) / 1000));
    const r = rhythmFrequency(x, 0.5);
    expect(Math.abs(r.frequency / 37.3 - 1)).toBeLessThan(0.001);
    expect(Math.abs(r.peak - 37.3)).toBeLessThan(2);
    expect(r.ratio).toBeGreaterThan(100);
  });
  it("skips the part before `from`, and gives NaN for a constant signal", () => {
    const x = Float64Array.from({ length: 4000 }, (_, k) => (k < 400 ? 50 * Math.sin(k) : Math.sin((2 * Math.PI * 20 * k * 0.5) / 1000)));
    expect(Math.abs(rhythmFrequency(x, 0.5, { from: 200 }).frequency / 20 - 1)).toBeLessThan(0.001);
    expect(rhythmFrequency(new Float64Array(1000).fill(3), 0.5).frequency).toBeNaN();
  });
  it("rejects a non-positive dt", () => {
    expect(() => rhythmFrequency([1, 2, 3], 0)).toThrow(/dt: 0 ms/);
  });
});

describe("pingPeriodEstimate(options)", () => {
  const base = { delay: 2, tauI: 5, G: 100, gE: 25, C: 200, gL: 10, EL: -70, Vth: -50, EE: 0, EI: -80 };
  it("gives g* = (g_L(E_L − V_th) + ḡ_E(E_E − V_th))/(V_th − E_I) = 35 nS, τ* = 200/70 ms and T by hand", () => {
    const r = pingPeriodEstimate(base);
    expect(r.gStar).toBeCloseTo((10 * -20 + 25 * 50) / 30, 12);
    expect(r.tauStar).toBeCloseTo(200 / 70, 12);
    expect(r.period).toBeCloseTo(2 + 5 * Math.log(100 / 35) + 200 / 70, 12);
  });
  it("is NaN when the inhibition never holds the cells (G ≤ g*) or the drive alone fires them (g* ≤ 0)", () => {
    expect(pingPeriodEstimate({ ...base, G: 30 }).period).toBeNaN();
    expect(pingPeriodEstimate({ ...base, gE: 2 }).period).toBeNaN();
  });
  it("rejects a threshold outside the reversal potentials and unknown options", () => {
    expect(() => pingPeriodEstimate({ ...base, Vth: -90 })).toThrow(/V_th = -90 mV/);
    expect(() => pingPeriodEstimate({ ...base, tau: 1 } as never)).toThrow(/unknown option tau/);
  });
});
