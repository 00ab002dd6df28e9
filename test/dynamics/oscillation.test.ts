import { describe, expect, it } from "vitest";
import { oscillation } from "../../src/dynamics/oscillation.js";

describe("oscillation(x, dt)", () => {
  it("measures a sine's amplitude and frequency (37 Hz, amplitude 2; 1e-4 relative at dt = 0.1 ms)", () => {
    const dt = 0.1, x = Float64Array.from({ length: 20000 }, (_, i) => 5 + 2 * Math.sin(2 * Math.PI * 0.037 * i * dt + 0.3));
    const o = oscillation(x, dt);
    expect(o.frequency).toBeCloseTo(37, 2);
    expect(Math.abs(o.amplitude - 2) / 2).toBeLessThan(1e-4);
    expect(o.cycles).toBeGreaterThan(30);
    expect(o.periodSd).toBeLessThan(1e-3);
  });
  it("reports no oscillation for a constant or monotone signal", () => {
    expect(oscillation(new Float64Array(100).fill(1), 0.1).frequency).toBeNaN();
    expect(oscillation(Float64Array.from({ length: 100 }, (_, i) => i), 0.1).frequency).toBeNaN();
    const tiny = Float64Array.from({ length: 1000 }, (_, i) => 1e-9 * Math.sin(i / 5));
    expect(oscillation(tiny, 0.1, { minAmplitude: 1e-6 }).frequency).toBeNaN();
  });
  it("rejects a bad dt", () => {
    expect(() => oscillation([1, 2, 3], -0.1)).toThrow(/invalid oscillation dt: -0.1/);
  });
});
