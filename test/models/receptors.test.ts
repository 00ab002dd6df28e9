import { describe, expect, it } from "vitest";
import {
  conductanceReceptors, mgBlock, peakFactor, readSlowReceptors, slowConstants, slowReceptorCode, slowReceptorStep,
  SLOW_RECEPTOR_SCHEMA, type SlowReceptor,
} from "../../src/models/receptors.js";

/** Default slow-receptor parameters (NMDA τ_r 2, τ_d 100 ms; GABA_B τ_r 50, τ_d 150 ms). */
const P: Record<string, number> = Object.fromEntries(Object.entries(SLOW_RECEPTOR_SCHEMA).map(([k, s]) => [k, s.default]));

/** Closed form of one event of peak conductance w at t = 0: g(t) = w N (e^{−t/τd} − e^{−t/τr}). */
const closed = (t: number, w: number, tr: number, td: number) => w * peakFactor(tr, td) * (Math.exp(-t / td) - Math.exp(-t / tr));

/**
 * Integral of f on [a, b] by 5-point Gauss–Legendre quadrature (exact for polynomials of degree 9; for
 * the closed form over one step h ≤ 0.1 ms the error is ~ (h/τr)^10 ≈ 1e-17 relative).
 */
function quad(f: (t: number) => number, a: number, b: number): number {
  const x = [0, 0.5384693101056831, 0.906179845938664], w = [0.5688888888888889, 0.47862867049936647, 0.23692688505618908];
  const m = (a + b) / 2, r = (b - a) / 2;
  let s = w[0] * f(m);
  for (let j = 1; j < 3; j++) s += w[j] * (f(m - r * x[j]) + f(m + r * x[j]));
  return s * r;
}

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("mgBlock(v, mg) — Jahr & Stevens (1990): B = 1 / (1 + [Mg]/3.57 mM · e^{−0.062 V/mV})", () => {
  // Known answers worked by hand from the formula at [Mg] = 1 mM:
  //   −70 mV: e^{4.34} = 76.7075 → B = 1 / (1 + 76.7075/3.57) = 0.044471
  //   −30 mV: e^{1.86} = 6.42374 → B = 1 / (1 + 6.42374/3.57) = 0.357224
  //     0 mV: B = 3.57 / 4.57 = 0.781182
  // tolerance 1e-6: the six digits written here
  it("gives the hand-computed values at −70, −30 and 0 mV for [Mg] = 1 mM", () => {
    expect(mgBlock(-70, 1)).toBeCloseTo(0.044471, 6);
    expect(mgBlock(-30, 1)).toBeCloseTo(0.357224, 6);
    expect(mgBlock(0, 1)).toBeCloseTo(3.57 / 4.57, 12);
  });
  it("is one half at V½ = ln([Mg]/3.57 mM)/0.062 (−20.525 mV at 1 mM) and rises with V", () => {
    for (const mg of [0.5, 1, 2]) expect(mgBlock(Math.log(mg / 3.57) / 0.062, mg)).toBeCloseTo(0.5, 12);
    expect(Math.log(1 / 3.57) / 0.062).toBeCloseTo(-20.525, 3);
    let prev = 0;
    for (let v = -100; v <= 40; v += 5) { const b = mgBlock(v, 1); expect(b).toBeGreaterThan(prev); prev = b; }
  });
  it("tends to 1 (no block) as [Mg] → 0 and is exactly 1 at [Mg] = 0", () => {
    for (const v of [-100, -70, -30, 0, 30]) {
      expect(mgBlock(v, 0)).toBe(1);
      expect(1 - mgBlock(v, 1e-9)).toBeLessThan(1e-9 * Math.exp(-0.062 * v) / 3.57 * 1.000001);
    }
  });
});

describe("peakFactor(τr, τd)", () => {
  // Maximise w N (e^{−t/τd} − e^{−t/τr}) on a grid of step h = 1e-4 ms over [0, 3 τd]: the grid maximum is
  // below the true one by at most h²/8 · max|g''| ≤ h²/8 · w N (1/τr² + 1/τd²) (≤ 1.3e-8 w here); that bound
  // plus 1e-13 (rounding) is the tolerance.
  for (const [tr, td] of [[2, 100], [50, 150], [0.5, 5], [1, 1.5]]) {
    it(`normalises the peak of w·N(e^{−t/τd} − e^{−t/τr}) to w (τr ${tr}, τd ${td} ms)`, () => {
      const w = 3.7, h = 1e-4, steps = Math.round(3 * td / h);
      let best = -Infinity;
      for (let j = 0; j <= steps; j++) best = Math.max(best, closed(j * h, w, tr, td));
      const tol = (h * h / 8) * peakFactor(tr, td) * (1 / tr ** 2 + 1 / td ** 2) + 1e-13;
      expect(tol).toBeLessThan(2e-8);
      expect(best).toBeLessThanOrEqual(w * (1 + 1e-13));
      expect(relErr(best, w)).toBeLessThan(tol);
    });
  }
  it("rejects a rise time constant not below the decay time constant", () => {
    expect(() => peakFactor(5, 5)).toThrow(RangeError);
    expect(() => peakFactor(10, 5)).toThrow(/invalid rise time constant: 10 ms \(expected below the decay time constant 5 ms\)/);
  });
});

/** Arrays of one receptor set for n neurons, with a ring of `slots` steps. */
function arrays(slow: readonly SlowReceptor[], n: number, slots: number) {
  const state: Record<string, Float64Array> = {}, ring: Record<string, Float64Array> = {};
  for (const r of slow) { state[`x_${r}`] = new Float64Array(n); state[`g_${r}`] = new Float64Array(n); ring[r] = new Float64Array(n * slots); }
  return { state, ring };
}

describe("slowReceptorStep: exact propagation and exact step means", () => {
  for (const [r, dt] of [["NMDA", 0.1], ["NMDA", 0.01], ["NMDA", 0.001], ["GABA_B", 0.1], ["GABA_B", 0.025], ["GABA_B", 0.005]] as const) {
    const tr = P[`tau_${r}_rise`], td = P[`tau_${r}`];
    it(`${r}, dt ${dt} ms: g after k steps equals w N (e^{−t/τd} − e^{−t/τr}) to 1e-12 relative`, () => {
      const w = 5, { state, ring } = arrays([r], 1, 1), c = slowConstants([r], P, dt);
      ring[r][0] = w; // one event arriving at the start of step 0 (t = 0)
      // 5 τd, at most 20 000 steps: the rounding of e_r and e_d (≤ ε/2 relative each) compounds linearly with
      // the number of steps (measured: 1e-12 after 5e4 and 3e-12 after 5e5 steps at dt 0.001 ms), a property of
      // any stepping, not of the formula
      const steps = Math.min(Math.round(5 * td / dt), 20000);
      let worst = 0;
      for (let k = 1; k <= steps; k++) {
        slowReceptorStep([r], state, ring, 0, 0, -70, 1, c);
        worst = Math.max(worst, relErr(state[`g_${r}`][0], closed(k * dt, w, tr, td)));
        worst = Math.max(worst, relErr(state[`x_${r}`][0], w * peakFactor(tr, td) * Math.exp(-k * dt / tr)) * (k * dt < 30 * tr ? 1 : 0));
      }
      expect(ring[r][0]).toBe(0); // the ring slot is zeroed once read
      expect(worst).toBeLessThan(1e-12);
    });
    it(`${r}, dt ${dt} ms: the step mean ḡ (fg, fx) equals the integral of the closed form over the step to 1e-10`, () => {
      const w = 5, { state, ring } = arrays([r], 1, 1), c = slowConstants([r], P, dt);
      ring[r][0] = w;
      let worst = 0;
      for (let k = 0; k < Math.min(Math.round(3 * td / dt), 20000); k++) {
        // [Mg] = 0: no block, so the returned mean is ḡ itself; E_NMDA = 0, E_GABA_B = −95 mV
        const { g, gE } = slowReceptorStep([r], state, ring, 0, 0, -70, 0, c);
        const mean = quad((t) => closed(t, w, tr, td), k * dt, (k + 1) * dt) / dt;
        worst = Math.max(worst, relErr(g, mean));
        expect(gE).toBe(g * P[`E_${r}`]);
      }
      expect(worst).toBeLessThan(1e-10);
    });
  }
  it("applies the Mg block at v to NMDA only, and sums receptors and superposed events", () => {
    const dt = 0.1, slow: SlowReceptor[] = ["NMDA", "GABA_B"], c = slowConstants(slow, P, dt);
    const { state, ring } = arrays(slow, 2, 4);
    const events: [SlowReceptor, number, number][] = [["NMDA", 0, 2], ["NMDA", 37, 1.5], ["GABA_B", 12, 4]]; // receptor, step, weight
    for (let k = 0; k < 600; k++) {
      const off = (k % 4) * 2;
      for (const [r, s, w] of events) if (s === k) ring[r][off + 1] += w;
      const v = -70 + 0.05 * k;
      const { g, gE } = slowReceptorStep(slow, state, ring, off, 1, v, 1.2, c);
      let expN = 0, expB = 0;
      for (const [r, s, w] of events) {
        if (k < s) continue;
        const m = quad((t) => closed(t, w, P[`tau_${r}_rise`], P[`tau_${r}`]), (k - s) * dt, (k - s + 1) * dt) / dt;
        if (r === "NMDA") expN += m; else expB += m;
      }
      const block = 1 / (1 + (1.2 / 3.57) * Math.exp(-0.062 * v));
      expect(relErr(g, expN * block + expB)).toBeLessThan(1e-10);
      const eE = expN * block * P.E_NMDA + expB * P.E_GABA_B; // E_NMDA = 0: zero before the GABA_B event
      expect(Math.abs(gE - eE)).toBeLessThanOrEqual(1e-10 * Math.abs(eE));
    }
    expect(state.g_NMDA[0]).toBe(0); // neuron 0 received nothing
  });
});

describe("slowReceptorCode: the generated snippet", () => {
  /** A kernel-like function around the snippet: one step of n neurons, returns [gs, gsE] per neuron. */
  function kernel(slow: readonly SlowReceptor[]) {
    const { head, read, decay } = slowReceptorCode(slow, "v[i]");
    const body = `${head}
      const v = pop.state.v, out = new Float64Array(2 * pop.n);
      for (let i = 0; i < pop.n; i++) {
        ${read}
        out[2 * i] = gs; out[2 * i + 1] = gsE;
        ${decay}
      }
      return out;`;
    return new Function("pop", "c", "off", body) as (pop: unknown, c: unknown, off: number) => Float64Array;
  }
  for (const slow of [["NMDA"], ["GABA_B"], ["NMDA", "GABA_B"]] as SlowReceptor[][]) {
    it(`agrees with slowReceptorStep (${slow.join(" + ")}) to 1e-12 over 2000 steps with input`, () => {
      const n = 5, slots = 3, dt = 0.1, Mg = 1.3, c = slowConstants(slow, P, dt);
      const a = arrays(slow, n, slots), b = arrays(slow, n, slots);
      const v = Float64Array.from({ length: n }, (_, i) => -80 + 20 * i);
      const pop = { n, state: { ...a.state, v }, ring: a.ring, model: { params: { ...P, Mg } } };
      const f = kernel(slow);
      let worst = 0;
      for (let k = 0; k < 2000; k++) {
        const off = (k % slots) * n;
        for (const r of slow) for (let i = 0; i < n; i++) {
          const w = (k * 7 + i * 3) % 97 === 0 ? 1 + i : 0;
          a.ring[r][off + i] += w; b.ring[r][off + i] += w;
        }
        const out = f(pop, { slow: c }, off);
        for (let i = 0; i < n; i++) {
          const ref = slowReceptorStep(slow, b.state, b.ring, off, i, v[i], Mg, c);
          worst = Math.max(worst, Math.abs(out[2 * i] - ref.g) / Math.max(Math.abs(ref.g), 1e-300),
            Math.abs(out[2 * i + 1] - ref.gE) / Math.max(Math.abs(ref.gE), 1e-300) * (ref.gE === 0 ? 0 : 1));
        }
        for (const key of Object.keys(a.state)) for (let i = 0; i < n; i++) {
          worst = Math.max(worst, Math.abs(a.state[key][i] - b.state[key][i]) / Math.max(Math.abs(b.state[key][i]), 1e-300));
        }
      }
      for (const r of slow) expect(Math.max(...a.ring[r])).toBe(0);
      expect(Math.max(...a.state[`g_${slow[0]}`])).toBeGreaterThan(0); // the input arrived
      expect(worst).toBeLessThan(1e-12);
    });
  }
  it("is empty without slow receptors", () => {
    expect(slowReceptorCode([], "v")).toEqual({ head: "", read: "", decay: "" });
  });
});

describe("readSlowReceptors and conductanceReceptors", () => {
  it("accepts a list of slow receptor names (deduplicated) and nothing", () => {
    expect(readSlowReceptors(undefined, "lif")).toEqual([]);
    expect(readSlowReceptors(["NMDA", "GABA_B", "NMDA"], "lif")).toEqual(["NMDA", "GABA_B"]);
  });
  it("rejects bad names with messages naming the option, the value and what is expected", () => {
    expect(() => readSlowReceptors("NMDA", "lif")).toThrow(TypeError);
    expect(() => readSlowReceptors("NMDA", "lif")).toThrow('invalid lif.receptors: "NMDA" (expected a list such as ["NMDA", "GABA_B"])');
    expect(() => readSlowReceptors(["nmda"], "adex")).toThrow('invalid adex.receptors: "nmda" (expected "NMDA" or "GABA_B")');
    expect(() => readSlowReceptors(["AMPA"], "lif")).toThrow('invalid lif.receptors: "AMPA" (expected "NMDA" or "GABA_B"; AMPA is always present)');
    expect(() => readSlowReceptors(["NMDA", "I"], "lif")).toThrow(/"I" \(expected "NMDA" or "GABA_B"; I is always present\)/);
    expect(() => readSlowReceptors([3], "lif")).toThrow('invalid lif.receptors: 3 (expected "NMDA" or "GABA_B")');
  });
  it("declares E and I always, and each slow receptor with x_/g_ variables and Dale's law", () => {
    const { receptors, variables } = conductanceReceptors(["NMDA", "GABA_B"], { ...P, tau_E: 5, tau_I: 10 });
    expect(Object.keys(receptors)).toEqual(["E", "I", "NMDA", "GABA_B"]);
    expect(receptors.NMDA).toMatchObject({ variable: "x_NMDA", from: "excitatory", direct: false, tau: 2 });
    expect(receptors.GABA_B).toMatchObject({ variable: "x_GABA_B", from: "inhibitory", direct: false, tau: 50 });
    expect(Object.keys(variables)).toEqual(["gE", "gI", "x_NMDA", "g_NMDA", "x_GABA_B", "g_GABA_B"]);
    expect(Object.keys(conductanceReceptors([], { tau_E: 5, tau_I: 10 }).receptors)).toEqual(["E", "I"]);
  });
});
