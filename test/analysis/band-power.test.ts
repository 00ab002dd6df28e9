import { describe, expect, it } from "vitest";
import { BANDS, bandPower, bandPowers } from "../../src/analysis/band-power.js";
import { powerSpectrum } from "../../src/analysis/spectrum.js";
import { Rng } from "../../src/random/rng.js";

describe("bandPower(spectrum, band)", () => {
  it("puts a 20 Hz sine's power (A²/2) in β (Parseval, 2 %)", () => {
    const dt = 1, x = Float64Array.from({ length: 16384 }, (_, i) => 3 * Math.sin(2 * Math.PI * 0.02 * i * dt));
    const s = powerSpectrum(x, dt);
    expect(bandPower(s, "beta") / 4.5).toBeGreaterThan(0.98);
    expect(bandPower(s, "beta") / 4.5).toBeLessThan(1.02);
    expect(bandPower(s, "gamma")).toBeLessThan(1e-3);
    const rows = bandPowers(s);
    expect(rows.find((r) => r.band === "beta")!.fraction).toBeGreaterThan(0.98);
  });
  it("gives white noise power ∝ bandwidth (variance σ² spread over 0–500 Hz; 10 %)", () => {
    const rng = new Rng(3), x = Float64Array.from({ length: 65536 }, () => rng.normal());
    const s = powerSpectrum(x, 1);
    const density = 1 / 500; // σ² = 1 over the Nyquist band of 500 Hz
    expect(bandPower(s, "gamma") / (50 * density)).toBeCloseTo(1, 1);
    expect(bandPower(s, [100, 300]) / (200 * density)).toBeCloseTo(1, 1);
  });
  it("names the bands and rejects bad ones", () => {
    expect(BANDS.beta).toEqual([13, 30]);
    const s = powerSpectrum(new Float64Array(256).map((_, i) => Math.sin(i)), 1);
    expect(() => bandPower(s, "delta" as never)).toThrow(/one of theta, alpha, beta, gamma/);
    expect(() => bandPower(s, [30, 13])).toThrow(/invalid band: \[30, 13\]/);
  });
});
