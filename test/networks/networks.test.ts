/**
 * The benchmark networks at their published parameters. COBA and CUBA run at full size for 1 s
 * (≈ 1 s each); Brunel's network runs at full size (N_E = 10000, C_E = 1000: a smaller in-degree changes
 * its state) for a few hundred ms and is compared with the Siegert mean field.
 */
import { describe, expect, it } from "vitest";
import { coba } from "../../src/networks/coba.js";
import { cuba } from "../../src/networks/cuba.js";
import { brunel, BRUNEL_REGIMES } from "../../src/networks/brunel.js";
import { meanRate, timeWindow } from "../../src/analysis/rates.js";
import { isiCV, nanMean } from "../../src/analysis/isi.js";
import { brunelRate } from "../../src/analysis/mean-field.js";
import { classifyRegime } from "../../src/analysis/regime.js";

describe("benchmark networks", () => {
  it("CUBA (Brian2 examples/CUBA.py parameters) fires at 5–6.5 Hz with CV ≈ 0.6 (Brian2 2.5: 5.64 ± 0.24 Hz, CV 0.59)", () => {
    const net = cuba({ seed: 1 });
    expect(net.projections.reduce((a, p) => a + p.size, 0)).toBeGreaterThan(0.019 * 4000 * 4000);
    const m = net.monitorSpikes("E");
    net.run(1000);
    const s = m.spikes(0.1);
    expect(meanRate(s)).toBeGreaterThan(5);
    expect(meanRate(s)).toBeLessThan(6.5);
    expect(Math.abs(nanMean(isiCV(s)) - 0.59)).toBeLessThan(0.04);
  });
  it("COBA (Brette et al. 2007 benchmark 1) either sustains ≈ 20 Hz irregular activity or dies out, as in Brian2", () => {
    const net = coba({ seed: 2 });
    const m = net.monitorSpikes("E");
    net.run(1000);
    const s = m.spikes(0.1);
    expect(meanRate(s)).toBeGreaterThan(17.5);
    expect(meanRate(s)).toBeLessThan(22);
    expect(nanMean(isiCV(s))).toBeGreaterThan(1.4);
  });
  it("Brunel's regime B (g = 6, η = 4) fires at the Siegert mean-field rate within 15 % and irregularly", () => {
    const net = brunel({ ...BRUNEL_REGIMES.B, seed: 1 });
    const m = net.monitorSpikes("E");
    net.run(300);
    const s = timeWindow(m.spikes(0.1), 100, 300);
    const mf = brunelRate({ ...BRUNEL_REGIMES.B }).rate;
    expect(Math.abs(meanRate(s) - mf) / mf).toBeLessThan(0.15);
    expect(classifyRegime(s).cv).toBeGreaterThan(0.5);
  }, 30_000);
  it("Brunel's regime A (g = 3, η = 2) is synchronous regular", () => {
    const net = brunel({ ...BRUNEL_REGIMES.A, seed: 1 });
    const m = net.monitorSpikes("E");
    net.run(150);
    expect(classifyRegime(timeWindow(m.spikes(0.1), 50, 150)).label).toBe("SR");
  }, 30_000);
});
