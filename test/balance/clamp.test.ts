import { describe, expect, it } from "vitest";
import { conductanceClamp } from "../../src/balance/clamp.js";

// Analytic answers: V∞ = Σ g E / Σ g and τ = C/Σ g. Tolerances: the clamped conductances drift by
// < 1e-5 (relative) over the run, which moves V by < 1e-5 × 75 mV and τ by < 1e-5 (see clamp.ts).
const V_TOL = 1e-3; // mV
const TAU_REL = 1e-4;

describe("conductanceClamp", () => {
  it("conductanceClamp relaxes each neuron to the conductance-weighted mean with τ = C_m / g_total", () => {
    const cases = [{ g_E: 0, g_I: 0 }, { g_E: 8, g_I: 32 }, { g_E: 5, g_I: 16 }, { g_E: 3, g_I: 9, E_L: -70 }];
    const C_m = 150, g_L = 12, E_E = 0, E_I = -80;
    const r = conductanceClamp(cases, { C_m, g_L, E_E, E_I, E_L: -65, V_start: -50, duration: 300 });
    cases.forEach((c, k) => {
      const EL = c.E_L ?? -65;
      const g = g_L + c.g_E + c.g_I;
      expect(Math.abs(r.V_ss[k] - (g_L * EL + c.g_E * E_E + c.g_I * E_I) / g)).toBeLessThan(V_TOL);
      expect(Math.abs(r.tau[k] / (C_m / g) - 1)).toBeLessThan(TAU_REL);
    });
    expect(r.v).toHaveLength(4);
    expect(r.t).toHaveLength(3000);
  });
  it("conductanceClamp follows the exponential at every sample, not only at the end", () => {
    const r = conductanceClamp([{ g_E: 10, g_I: 30 }], { V_start: -70 });
    const Vinf = (10 * -60 + 10 * 0 + 30 * -75) / 50, tau = 200 / 50;
    for (const k of [0, 9, 49, 199]) {
      expect(Math.abs(r.v[0][k] - (Vinf + (-70 - Vinf) * Math.exp(-r.t[k] / tau)))).toBeLessThan(V_TOL);
    }
  });
  it("conductanceClamp gives NaN for τ when a neuron starts at its steady state", () => {
    const r = conductanceClamp([{ g_E: 4, g_I: 16 }], { V_start: -60 });
    expect(r.V_ss[0]).toBeCloseTo(-60, 6);
    expect(Number.isNaN(r.tau[0])).toBe(true);
  });
  it("conductanceClamp rejects empty case lists, negative conductances and zero duration", () => {
    expect(() => conductanceClamp([])).toThrow(/invalid cases/);
    expect(() => conductanceClamp([{ g_E: -1, g_I: 0 }])).toThrow("invalid cases[0].g_E: -1 nS (expected ≥ 0 nS)");
    expect(() => conductanceClamp([{ g_E: 1, g_I: 1 }], { duration: 0 })).toThrow(/invalid duration: 0 ms/);
  });
});

describe("conductanceClamp options", () => {
  it("refuses an unknown option name with a guess; cases may carry labels", () => {
    expect(() => conductanceClamp([{ g_E: 8, g_I: 32 }], { durration: 100 } as never)).toThrow(new TypeError("unknown option durration for conductanceClamp; did you mean duration?"));
    expect(conductanceClamp([{ g_E: 8, g_I: 32, case: "label" } as never], { duration: 50 }).tau).toHaveLength(1);
  });
});
