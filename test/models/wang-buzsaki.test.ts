import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { wangBuzsaki } from "../../src/models/wang-buzsaki.js";
import { modelFromSpec } from "../../src/engine/registry.js";
import { Network } from "../../src/network/network.js";
import { bisect, goldenMax, isiRate, maxRelDiff, runModel } from "./hh-support.js";

// The paper's rate functions (Wang & Buzsáki 1996, "Model and methods"), typed again here so that the
// analytic references do not come from the code under test. V in mV, rates in 1/ms.
const am = (V: number) => (0.1 * (V + 35)) / (1 - Math.exp(-(V + 35) / 10)), bm = (V: number) => 4 * Math.exp(-(V + 60) / 18);
const ah = (V: number) => 0.07 * Math.exp(-(V + 58) / 20), bh = (V: number) => 1 / (1 + Math.exp(-(V + 28) / 10));
const an = (V: number) => (0.01 * (V + 34)) / (1 - Math.exp(-(V + 34) / 10)), bn = (V: number) => 0.125 * Math.exp(-(V + 44) / 80);
const mInf = (V: number) => am(V) / (am(V) + bm(V)), hInf = (V: number) => ah(V) / (ah(V) + bh(V)), nInf = (V: number) => an(V) / (an(V) + bn(V));
/** Steady-state ionic current (µA/cm², outward) at V with the paper's densities. */
const Iss = (V: number) => 35 * mInf(V) ** 3 * hInf(V) * (V - 55) + 9 * nInf(V) ** 4 * (V + 90) + 0.1 * (V + 65);
/** µA/cm² → pA on the default area of 10⁴ µm² (10⁻⁴ cm²): 1 µA/cm² · 10⁻⁴ cm² = 10⁻⁴ µA = 100 pA. */
const pA = (density: number) => density * 100;

describe("Wang–Buzsáki: units and options", () => {
  it("converts the paper's densities on 10⁴ µm²: 1 µF/cm² = 100 pF, 35/9/0.1 mS/cm² = 3500/900/10 nS", () => {
    const p = wangBuzsaki().params;
    expect([p.C_m, p.g_Na, p.g_K, p.g_L]).toEqual([100, 3500, 900, 10]);
    expect([p.E_Na, p.E_K, p.E_L, p.phi, p.V_spike]).toEqual([55, -90, -65, 5, -20]);
  });
  it("takes density strings, absolute strings and numbers, and rescales defaults with area", () => {
    expect(wangBuzsaki({ g_Na: "17.5 mS/cm^2" }).params.g_Na).toBeCloseTo(1750, 9);
    expect(wangBuzsaki({ C_m: "1 µF/cm^2", area: 2e4 }).params.C_m).toBeCloseTo(200, 9);
    expect(wangBuzsaki({ g_K: "0.9 uS" }).params.g_K).toBeCloseTo(900, 9);
    expect(wangBuzsaki({ area: "200 um^2" }).params.g_L).toBeCloseTo(0.2, 12);
    expect(wangBuzsaki({ g_Na: 0 }).params.g_Na).toBe(0); // a blocked channel is allowed
    expect(wangBuzsaki({ I_bias: "0.1 uA/cm^2" }).values.I_bias).toBeCloseTo(10, 9);
  });
  it("bad options throw naming the parameter, with a guess for misspelt names", () => {
    expect(() => wangBuzsaki({ gNa: 1 } as never)).toThrow(/unknown parameter gNa for wang-buzsaki; did you mean g_Na\?/);
    expect(() => wangBuzsaki({ g_Na: "35 mV" })).toThrow(TypeError);
    expect(() => wangBuzsaki({ g_Na: "35 mV" })).toThrow(/invalid g_Na: "35 mV".*mS\/cm\^2/);
    expect(() => wangBuzsaki({ C_m: -1 })).toThrow(RangeError);
    expect(() => wangBuzsaki({ g_L: 0 })).toThrow(/invalid g_L: 0 nS \(expected > 0 nS\)/);
    expect(() => wangBuzsaki({ phi: 0 })).toThrow(RangeError);
    expect(() => wangBuzsaki({ receptors: ["AMPA"] as never })).toThrow(/always present/);
    expect(() => wangBuzsaki(null as never)).toThrow(TypeError);
  });
  it("with() is a validated copy; the registry rebuilds the model from its spec", () => {
    const m = wangBuzsaki({ g_Na: 3000 });
    expect(() => m.with({ phi: -1 })).toThrow(RangeError);
    expect(m.params.phi).toBe(5);
    expect(m.with({ phi: 2 }).params).toMatchObject({ phi: 2, g_Na: 3000 });
    const again = modelFromSpec({ type: m.type, options: { ...m.options } });
    expect(again.params).toEqual(m.params);
    expect(() => modelFromSpec({ type: "wang-buzaki", options: {} })).toThrow(/did you mean wang-buzsaki/);
  });
});

describe("Wang–Buzsáki: kernel and reference", () => {
  // Synaptic input on every receptor at irregular steps, a varying bias, an injected current: the
  // generated kernel and the reference step must agree (same operations in the same order).
  for (const receptors of [[], ["NMDA", "GABA_B"]] as const) {
    it(`agree to 1e-12 over 300 ms with receptors E, I${receptors.length ? ", NMDA, GABA_B" : ""}`, () => {
      const model = wangBuzsaki({ receptors: [...receptors], I_bias: [0, 50, 100, 200, 400, 1500] });
      const each = (pop: import("../../src/engine/population.js").Population, s: number) => {
        if (s === 0) { pop.ensureDelay(3, 0); for (const r of Object.keys(pop.ring)) pop.receives[r] = true; }
        const slot = ((s + 2) % pop.ringLength) * pop.n;
        for (const [k, r] of Object.keys(pop.ring).entries()) if ((s * 7 + k * 13) % 97 === 0) for (let i = 0; i < pop.n; i++) pop.ring[r][slot + i] += 1 + i;
      };
      const opts = { n: 6, I: [10, 0, -20, 30, 0, 5], dt: 0.02, T: 300, each, init: { v: [-70, -65, -60, -50, -30, 0] } };
      const a = runModel(model, opts), b = runModel(model, { ...opts, reference: true });
      expect(a.spikes.flat().length).toBeGreaterThan(10);
      expect(a.spikes).toEqual(b.spikes);
      for (const name of Object.keys(a.pop.state)) expect(maxRelDiff(a.pop.state[name], b.pop.state[name]), name).toBeLessThanOrEqual(1e-12);
    });
  }
});

describe("Wang–Buzsáki: analytic references", () => {
  it("a passive membrane (g_Na = g_K = 0) charges as E_L + I/g_L (1 − e^{−t g_L/C}) exactly, at a coarse dt", () => {
    const model = wangBuzsaki({ g_Na: 0, g_K: 0 });
    const r = runModel(model, { I: [100], dt: 0.1, T: 7.3 }); // 100 pA, τ = C/g_L = 10 ms
    expect(Math.abs(r.pop.state.v[0] - (-65 + 10 * (1 - Math.exp(-7.3 / 10))))).toBeLessThan(1e-10);
  });
  it("at fixed V each gate relaxes as x∞ + (x0 − x∞) e^{−φ(α+β)t}: exponential Euler is exact for fixed V", () => {
    // passive, no current: V stays at E_L = −65 mV while h and n relax from 0.2 and 0.9
    const r = runModel(wangBuzsaki({ g_Na: 0, g_K: 0 }), { init: { h: 0.2, n: 0.9 }, dt: 0.05, T: 0.6 });
    const V = -65, t = 0.6;
    expect(r.pop.state.v[0]).toBe(V);
    expect(Math.abs(r.pop.state.h[0] - (hInf(V) + (0.2 - hInf(V)) * Math.exp(-5 * (ah(V) + bh(V)) * t)))).toBeLessThan(1e-12);
    expect(Math.abs(r.pop.state.n[0] - (nInf(V) + (0.9 - nInf(V)) * Math.exp(-5 * (an(V) + bn(V)) * t)))).toBeLessThan(1e-12);
  });
  it("rests where the steady-state current vanishes, with h = h∞, n = n∞ there (to 1e-8)", () => {
    const Vrest = bisect(Iss, -70, -60);
    const r = runModel(wangBuzsaki(), { T: 500, dt: 0.05 });
    expect(Math.abs(r.pop.state.v[0] - Vrest)).toBeLessThan(1e-8);
    expect(Math.abs(r.pop.state.h[0] - hInf(Vrest))).toBeLessThan(1e-8);
    expect(Math.abs(r.pop.state.n[0] - nInf(Vrest))).toBeLessThan(1e-8);
  });
  it("starts firing at the fold of the steady-state I–V curve (rheobase ≈ 0.16 µA/cm²) with f ∝ √(I − I_c)", () => {
    // Class-1 onset (saddle-node on the invariant circle): the rest state disappears at the local
    // maximum I_c of I_ss(V) and the rate rises from zero as √(I − I_c). Equilibria of the exponential-
    // Euler map are those of the ODE, so the onset is exact at any dt. Silent at 0.99 I_c, periodic at
    // 1.01 and 1.02 I_c (periods ≈ 0.6 s: 6 s runs); the local exponent between them must be 1/2
    // within 0.05 (the normal form's correction is O(I − I_c), a few % here).
    const [, Ic] = goldenMax(Iss, -62, -58);
    expect(Ic).toBeGreaterThan(0.155);
    expect(Ic).toBeLessThan(0.165);
    const eps = [-0.01, 0.01, 0.02];
    const r = runModel(wangBuzsaki(), { n: 3, I: eps.map((e) => pA(Ic * (1 + e))), T: 6000, dt: 0.02 });
    expect(r.spikes[0].length).toBe(0);
    const f1 = isiRate(r.spikes[1], 1000), f2 = isiRate(r.spikes[2], 1000);
    expect(f1).toBeGreaterThan(0);
    const exponent = Math.log(f2 / f1) / Math.log(2);
    expect(Math.abs(exponent - 0.5)).toBeLessThan(0.05);
  });
  it("fires every action potential across V_spike once: one spike per peak above 0 mV", () => {
    // count peaks of V above 0 mV independently of the spike rule
    const model = wangBuzsaki();
    let peaks = 0, prev = -65, prev2 = -65;
    const r = runModel(model, { I: [pA(10)], dt: 0.01, T: 200, each: (pop) => {
      const v = pop.state.v[0];
      if (prev > 0 && prev >= prev2 && prev > v) peaks++;
      prev2 = prev; prev = v;
    } });
    expect(peaks).toBeGreaterThan(20);
    expect(Math.abs(r.spikes[0].length - peaks)).toBeLessThanOrEqual(1); // the last spike's peak may fall after the run
  });
  it("through a network, state monitors record its currents: at rest I_Na + I_K + I_L = I_bias, and m = m∞(V)", () => {
    // a bias of 0.1 µA/cm² (below rheobase): at the resting state the ionic currents balance the bias
    const net = new Network({ dt: 0.05 });
    net.population("PV", 2, wangBuzsaki({ I_bias: [0, 10] }), { kind: "inhibitory" });
    const mon = net.monitorState("PV", ["v", "m", "I_Na", "I_K", "I_L", "I_E"], { neurons: [0, 1] });
    net.run(400);
    const { values } = mon.traces();
    for (const [k, bias] of [[0, 0], [1, 10]] as const) {
      const last = (name: "v" | "m" | "I_Na" | "I_K" | "I_L" | "I_E") => values[name]![k][values[name]![k].length - 1];
      expect(Math.abs(last("I_Na") + last("I_K") + last("I_L") - bias)).toBeLessThan(1e-6);
      expect(Math.abs(last("m") - mInf(last("v")))).toBeLessThan(1e-12);
      expect(last("I_E")).toBe(0);
    }
  });
});
