/**
 * One NMDA EPSP in a passive LIF cell (no threshold) against an independent RK4 integration of the same
 * equations (the Brian2 comparison is bench/crosscheck-nmda.mjs; CI has no Brian2):
 *   C_m dv/dt = g_L (E_L − v) + g B(v) (E_NMDA − v),  B(v) = 1/(1 + [Mg]/3.57 · e^{−0.062 v})  (Jahr & Stevens 1990)
 *   x jumps by w N at the event;  dx/dt = −x/τ_r;  τ_d dg/dt = −g + (τ_d − τ_r)/τ_r · x
 * C_m 200 pF, g_L 10 nS, w 5 nS at t = 10 ms, τ_r 2 ms, τ_d 100 ms, E_NMDA 0 mV, [Mg] 1 mM.
 */
import { describe, expect, it } from "vitest";
import { Network, lif } from "../../src/core.js";

const M = { C_m: 200, g_L: 10, E_NMDA: 0, Mg: 1, tau_r: 2, tau_d: 100, w: 5, event: 10 };
const DURATION = 90; // ms: the EPSP peaks about 43 ms after the event

/** Classical RK4 of (v, x, g) at step h, the event at exactly t = 10 ms; v at t = k h. */
function reference(E_L: number, h: number): Float64Array {
  const { C_m, g_L, E_NMDA, Mg, tau_r: tr, tau_d: td, w, event } = M;
  const tp = (tr * td / (td - tr)) * Math.log(td / tr), wN = w / (Math.exp(-tp / td) - Math.exp(-tp / tr)), kr = (td - tr) / tr;
  const fv = (v: number, g: number) => (g_L * (E_L - v) + (g / (1 + (Mg / 3.57) * Math.exp(-0.062 * v))) * (E_NMDA - v)) / C_m;
  const fg = (x: number, g: number) => (-g + kr * x) / td;
  const steps = Math.round(DURATION / h), kEvent = Math.round(event / h), out = new Float64Array(steps + 1);
  let v = E_L, x = 0, g = 0;
  out[0] = v;
  for (let k = 0; k < steps; k++) {
    if (k === kEvent) x += wN;
    const v1 = fv(v, g), x1 = -x / tr, g1 = fg(x, g);
    const v2 = fv(v + (h / 2) * v1, g + (h / 2) * g1), x2 = -(x + (h / 2) * x1) / tr, g2 = fg(x + (h / 2) * x1, g + (h / 2) * g1);
    const v3 = fv(v + (h / 2) * v2, g + (h / 2) * g2), x3 = -(x + (h / 2) * x2) / tr, g3 = fg(x + (h / 2) * x2, g + (h / 2) * g2);
    const v4 = fv(v + h * v3, g + h * g3), x4 = -(x + h * x3) / tr, g4 = fg(x + h * x3, g + h * g3);
    v += (h / 6) * (v1 + 2 * v2 + 2 * v3 + v4);
    x += (h / 6) * (x1 + 2 * x2 + 2 * x3 + x4);
    g += (h / 6) * (g1 + 2 * g2 + 2 * g3 + g4);
    out[k + 1] = v;
  }
  return out;
}

/** Peak of v − E_L, refined by a parabola through the three samples around the maximum. */
function peak(v: ArrayLike<number>, E_L: number): number {
  let k = 0;
  for (let j = 1; j < v.length; j++) if (v[j] > v[k]) k = j;
  const a = v[k - 1], b = v[k], c = v[k + 1];
  return b - ((a - c) * (a - c)) / (8 * (a - 2 * b + c)) - E_L;
}

function ours(E_L: number, dt: number): { v: Float64Array; g: Float64Array } {
  const net = new Network({ dt, seed: 1 });
  net.spikeTimes("S", 1, { indices: [0], times: [M.event] });
  net.population("P", 1, lif({ receptors: ["NMDA"], E_L, V_reset: E_L, V_th: 1000, C_m: M.C_m, g_L: M.g_L }));
  net.connect("S", "P", { rule: { rule: "all" }, weight: M.w, receptor: "NMDA" });
  const mon = net.monitorState("P", ["v", "g_NMDA"]);
  net.run(DURATION);
  const { values } = mon.traces();
  return { v: values.v![0], g: values.g_NMDA![0] };
}

describe("the reference integration", () => {
  it("has converged: RK4 at dt 0.002 and 0.004 ms give the same peaks to 1e-9 relative (its error is ~16× smaller still)", () => {
    for (const E_L of [-70, -30]) {
      const a = peak(reference(E_L, 0.002), E_L), b = peak(reference(E_L, 0.004), E_L);
      expect(Math.abs(a - b) / a).toBeLessThan(1e-9);
    }
  });
  it("has the Mg²⁺ block: the EPSP at −30 mV is larger than at −70 mV, whereas without block it would be 30/70 of it", () => {
    expect(peak(reference(-30, 0.004), -30) / peak(reference(-70, 0.004), -70)).toBeGreaterThan(3);
  });
});

describe("lif with receptors [\"NMDA\"]: one EPSP at dt 0.01 ms", () => {
  // Tolerance 1e-3 relative. The engine's step is exact for the receptor (x, g and their step means) and for
  // the membrane with the conductance held over the step; it evaluates B(v) at the start of the step, a
  // first-order error of at most 0.062/mV · |dv/dt| · dt · (1 − B) ≲ 0.062 · 0.15 mV/ms · 0.01 ms ≈ 1e-4 of the
  // NMDA current. The sampled g_NMDA peak misses the true peak (w) by at most dt²/8 · |g''|/w ≈ 1e-7.
  for (const E_L of [-70, -30]) {
    it(`peak EPSP at E_L = ${E_L} mV equals the RK4 reference (dt 0.002 ms) within 0.1 %, g_NMDA peaks at w`, () => {
      const { v, g } = ours(E_L, 0.01);
      const want = peak(reference(E_L, 0.002), E_L);
      const got = peak(Float64Array.of(E_L, ...v), E_L);
      expect(Math.abs(got - want) / want).toBeLessThan(1e-3);
      expect(Math.abs(Math.max(...g) - M.w) / M.w).toBeLessThan(1e-6);
    });
  }
});
