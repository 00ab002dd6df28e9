import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { adex, type AdexModel } from "../../src/models/adex.js";
import { Population } from "../../src/engine/population.js";
import { modelFromSpec } from "../../src/engine/registry.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { Rng } from "../../src/random/rng.js";
import type { Varying } from "../../src/network/values.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";
import type { StateMonitor } from "../../src/monitors/state-monitor.js";

const quiet = () => false;
const make = (model: AdexModel, n = 1, init: Record<string, Varying> = {}) => new Population("P", n, "excitatory", model, Rng.stream(1, "population", "P"), init);

/** Runs a population at constant current(s) (pA) for T ms; spike times (ms) per neuron. */
function run(model: AdexModel, I: number | number[], T: number, dt = 0.1) {
  const currents = typeof I === "number" ? [I] : I;
  const pop = make(model, currents.length);
  pop.Iext = Float64Array.from(currents);
  const c = model.prepare(pop, dt, quiet), k = model.kernel(pop, dt);
  const spikes: number[][] = currents.map(() => []);
  for (let s = 0, steps = Math.round(T / dt); s < steps; s++) {
    const ns = k(pop, s, c);
    for (let j = 0; j < ns; j++) spikes[pop.spikes[j]].push((s + 1) * dt);
  }
  return { spikes, pop };
}
const isis = (t: number[]) => t.slice(1).map((x, j) => x - t[j]);

describe("AdEx (Brette & Gerstner 2005)", () => {
  it("the generated kernel and the reference step are identical (heterogeneous cells, all receptors, refractoriness, currents)", () => {
    const n = 40, dt = 0.1, steps = 3000;
    const model = adex({ receptors: ["NMDA", "GABA_B"], t_ref: 0.5, V_T: { dist: "normal", mean: -50.4, sd: 1 }, E_L: { dist: "uniform", low: -72, high: -68 },
      I_bias: Array.from({ length: n }, (_, i) => 700 + 20 * i) });
    const a = make(model, n), b = make(model, n);
    for (const p of [a, b]) { p.ensureDelay(3, 0); p.Iext = new Float64Array(n); for (const r of Object.keys(p.ring)) p.receives[r] = true; }
    const ca = model.prepare(a, dt, quiet), cb = model.prepare(b, dt, quiet), k = model.kernel(a, dt);
    const rng = new Rng(7);
    let spikes = 0, refractory = 0;
    for (let s = 0; s < steps; s++) {
      const off = (s % a.ringLength) * n;
      for (let i = 0; i < n; i++) {
        const I = 300 * rng.normal();
        a.Iext![i] = b.Iext![i] = I;
        for (const [r, w] of [["E", 2], ["I", 4], ["NMDA", 0.5], ["GABA_B", 0.5]] as const) {
          const x = rng.uniform() < 0.05 ? w * rng.uniform() : 0;
          a.ring[r][off + i] += x; b.ring[r][off + i] += x;
        }
      }
      const na = model.reference(a, dt, s, ca), nb = k(b, s, cb);
      expect(nb).toBe(na);
      expect(Array.from(b.spikes.subarray(0, nb))).toEqual(Array.from(a.spikes.subarray(0, na)));
      spikes += na;
      refractory += a.counters.refractory.reduce((x, y) => x + (y > 0 ? 1 : 0), 0);
    }
    for (const key of Object.keys(model.variables)) {
      const x = key === "refractory" ? a.counters[key] : a.state[key], y = key === "refractory" ? b.counters[key] : b.state[key];
      expect(Array.from(y), key).toEqual(Array.from(x));
    }
    expect(spikes).toBeGreaterThan(100); // the comparison covered spikes, resets …
    expect(refractory).toBeGreaterThan(0); // … and refractory steps
  });

  it("a subthreshold steady state solves the nullcline equations, at any dt (the step keeps fixed points)", () => {
    // F(V) = −g_L(V − E_L) + g_L Δ_T e^{(V−V_T)/Δ_T} − a(V − E_L) + I = 0 on the lower branch, w = a(V − E_L);
    // root by bisection (independent of the model's code); tolerance: what is left of the initial 10 mV offset after
    // 40 relaxation times of the slowest mode (|Re λ| from the Jacobian at the fixed point), plus rounding
    const p = { C: 281, gL: 30, EL: -70.6, VT: -50.4, DT: 2, a: 4, tw: 144 }, I = 300;
    const F = (V: number) => -p.gL * (V - p.EL) + p.gL * p.DT * Math.exp((V - p.VT) / p.DT) - p.a * (V - p.EL) + I;
    let lo = p.EL, hi = p.VT;
    for (let k = 0; k < 200; k++) { const mid = (lo + hi) / 2; if (F(mid) > 0) lo = mid; else hi = mid; }
    const Vstar = (lo + hi) / 2;
    const j11 = (-p.gL + p.gL * Math.exp((Vstar - p.VT) / p.DT)) / p.C, j22 = -1 / p.tw, det = j11 * j22 + p.a / (p.C * p.tw);
    const tr = j11 + j22, disc = tr * tr - 4 * det;
    const slowest = disc < 0 ? -tr / 2 : -(tr + Math.sqrt(disc)) / 2; // 1/ms
    expect(slowest).toBeGreaterThan(0);
    for (const dt of [0.1, 0.5]) {
      const { spikes, pop } = run(adex(), I, 40 / slowest, dt);
      expect(spikes[0]).toEqual([]);
      expect(Math.abs(pop.state.v[0] - Vstar)).toBeLessThan(1e-9 + 10 * Math.exp(-40));
      expect(Math.abs(pop.state.w[0] - p.a * (Vstar - p.EL))).toBeLessThan(1e-8);
    }
  });

  it("rheobase with a = b = 0 is g_L (V_T − E_L − Δ_T) = 546 pA (±0.1 %)", () => {
    // dI/dV of the steady-state I–V curve g_L(V − E_L) − g_L Δ_T e^{(V−V_T)/Δ_T} vanishes at V = V_T; fixed points are
    // the model's at any dt, so the bracket can be narrow; 3 s covers the latency just above (π C/√(ε g_L/2Δ_T) ≈ 436 ms)
    const Irh = 30 * (-50.4 - -70.6 - 2);
    expect(Irh).toBeCloseTo(546, 10);
    const { spikes } = run(adex({ a: 0, b: 0 }), [Irh * 0.999, Irh * 1.001], 3000);
    expect(spikes[0]).toEqual([]);
    expect(spikes[1].length).toBeGreaterThan(0);
  });

  it("latency just above rheobase follows the saddle-node normal form: T(ε) − T(ε') = π C/√α (ε^−½ − ε'^−½), α = g_L/(2Δ_T)", () => {
    // near V_T, C dV/dt = ε + α (V − V_T)² with ε = I − I_rh; the differences cancel the approach from E_L; tolerance 1e-3
    // relative: the normal form's next terms are O(ε/I_rh) = 1e-3 relative here, spike times are quantised to dt
    const Irh = 546, alpha = 30 / 4, C = 281;
    const e3 = Irh * 1e-3, e5 = Irh * 1e-5;
    const t = run(adex({ a: 0, b: 0 }), [Irh + e3, Irh + e5], 4500).spikes.map((s) => s[0]);
    const predicted = (Math.PI * C / Math.sqrt(alpha)) * (1 / Math.sqrt(e5) - 1 / Math.sqrt(e3));
    expect(Math.abs((t[1] - t[0]) / predicted - 1)).toBeLessThan(1e-3);
  });

  describe("firing patterns of Naud et al. 2008 (Table 1; V_peak = 0 mV as in Brian2's transcription)", () => {
    // criteria are the paper's verbal definitions made numerical: tonic = equal ISIs from the start; adapting =
    // gradually increasing ISIs; bursting = regular alternation of short and long ISIs
    it("tonic: equal ISIs from the first on (last/first < 1.2, CV of the last 20 < 1 %)", () => {
      const { spikes } = run(adex({ C_m: 200, g_L: 10, E_L: -70, V_T: -50, Delta_T: 2, a: 2, tau_w: 30, b: 0, V_reset: -58, V_peak: 0 }), 500, 600);
      const d = isis(spikes[0]), tail = d.slice(-20);
      const m = tail.reduce((x, y) => x + y, 0) / tail.length, sd = Math.sqrt(tail.reduce((x, y) => x + (y - m) ** 2, 0) / (tail.length - 1));
      expect(d.length).toBeGreaterThan(20);
      expect(d[d.length - 1] / d[0]).toBeLessThan(1.2);
      expect(sd / m).toBeLessThan(0.01);
    });
    it("adapting: ISIs never shrink (beyond one step) and grow more than 3-fold", () => {
      const { spikes } = run(adex({ C_m: 200, g_L: 12, E_L: -70, V_T: -50, Delta_T: 2, a: 2, tau_w: 300, b: 60, V_reset: -58, V_peak: 0 }), 500, 600);
      const d = isis(spikes[0]);
      expect(d.length).toBeGreaterThan(5);
      for (let j = 1; j < d.length; j++) expect(d[j]).toBeGreaterThan(d[j - 1] - 0.1 - 1e-9);
      expect(d[d.length - 1] / d[0]).toBeGreaterThan(3);
    });
    it("regular bursting: after the first burst, ISIs alternate between short and > 10 × longer", () => {
      const { spikes } = run(adex({ C_m: 200, g_L: 10, E_L: -58, V_T: -50, Delta_T: 2, a: 2, tau_w: 120, b: 100, V_reset: -46, V_peak: 0 }), 210, 600);
      const d = isis(spikes[0]).slice(2);
      const short = d.filter((x) => x < 20), long = d.filter((x) => x >= 20);
      expect(long.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...long) / Math.max(...short)).toBeGreaterThan(10);
      for (let j = 1; j < d.length; j++) expect(d[j] >= 20).not.toBe(d[j - 1] >= 20);
    });
  });

  it("receptors: E input depolarises, I input hyperpolarises; input written straight into g_E equals the same input through the ring", () => {
    const model = adex({ a: 0 });
    const pops = [make(model, 1), make(model, 1), make(model, 1), make(model, 1)];
    for (const p of pops) p.ensureDelay(5, 0);
    const c = model.prepare(pops[0], 0.1, quiet);
    const v: number[][] = pops.map(() => []);
    for (let s = 0; s < 300; s++) {
      if (s === 10) { pops[0].ring.E[(s % pops[0].ringLength)] = 3; pops[0].receives.E = true; pops[2].ring.I[(s % pops[2].ringLength)] = 3; pops[2].receives.I = true; }
      pops.forEach((p, j) => { model.reference(p, 0.1, s, c); v[j].push(p.state.v[0]); });
      if (s === 9) pops[1].state.gE[0] += 3; // direct: added after step 9, read at the start of step 10
    }
    expect(v[1]).toEqual(v[0]);
    expect(Math.max(...v[0]) - v[3][299]).toBeGreaterThan(0.5);
    expect(Math.min(...v[2]) - v[3][299]).toBeLessThan(-0.1);
    expect(model.defaultReceptor("excitatory")).toBe("E");
    expect(model.defaultReceptor("inhibitory")).toBe("I");
  });

  it("runs in a Network (the README example): receptors by name, currents, state monitors; the spec rebuilds identical spikes", () => {
    const build = () => {
      const net = new Network({ dt: 0.1, seed: 1 });
      net.population("E", 100, adex({ a: "4 nS", b: "80.5 pA", V_T: { dist: "normal", mean: -50.4, sd: 1 }, receptors: ["NMDA"] }),
        { kind: "excitatory", init: { w: 0 } });
      net.population("I", 25, lif(), { kind: "inhibitory" });
      net.connect("E", "E", { rule: { rule: "probability", p: 0.1 }, weight: "1 nS", delay: "1 ms" });
      net.connect("E", "E", { rule: { rule: "probability", p: 0.1 }, weight: "0.2 nS", delay: "1 ms", receptor: "NMDA", name: "E→E NMDA" });
      net.connect("E", "I", { rule: { rule: "probability", p: 0.2 }, weight: "2 nS" });
      net.connect("I", "E", { rule: { rule: "probability", p: 0.2 }, weight: "4 nS", receptor: "GABA_A" });
      net.current("E", { type: "step", amplitude: "700 pA", start: 100, stop: 600 });
      net.monitorSpikes("E");
      net.monitorState("E", ["v", "w", "g_NMDA", "I_E"], { neurons: [0, 1] });
      return net;
    };
    const a = build(), b = Network.fromSpec(JSON.parse(JSON.stringify(a.toSpec())));
    a.run(700); b.run(700);
    const sa = (a.monitors[0] as SpikeMonitor).spikes(), sb = (b.monitors[0] as SpikeMonitor).spikes();
    expect(Array.from(sb.t)).toEqual(Array.from(sa.t));
    const before = sa.t.filter((t) => t < 100).length, during = sa.t.filter((t) => t >= 100 && t < 600).length;
    expect(before).toBe(0); // at rest without input
    expect(during).toBeGreaterThan(100); // more spikes than neurons: alone, the cell fires 5 spikes in 500 ms at 700 pA, the first at 24.6 ms
    const tr = (a.monitors[1] as StateMonitor).traces();
    const w = tr.values.w![0];
    expect(w[5999]).toBeGreaterThan(w[999] + 100); // spike-triggered adaptation built up during the step
    expect(Math.max(...tr.values.g_NMDA![0])).toBeGreaterThan(0);
  });

  it("V_peak defaults to V_T + 5 Δ_T per neuron; the model round-trips through the registry and with()", () => {
    const pop = make(adex({ V_T: [-52, -50, -48], Delta_T: 1.5 }), 3);
    expect(Array.from(pop.state.V_peak)).toEqual([-52 + 7.5, -50 + 7.5, -48 + 7.5]);
    const m = modelFromSpec({ type: "adex", options: { a: "2 nS", b: 60, receptors: ["NMDA"] } });
    expect(m.params.a).toBe(2);
    expect(Object.keys(m.receptors)).toEqual(["E", "I", "NMDA"]);
    const m2 = adex({ b: 10 }).with({ tau_w: 300 });
    expect([m2.params.b, m2.params.tau_w]).toEqual([10, 300]);
  });

  it("bad options throw, naming the parameter, with a guess; a failed with() leaves the model unchanged", () => {
    expect(() => adex({ tau_W: 100 } as never)).toThrow(/unknown parameter tau_W for adex; did you mean tau_w\?/);
    expect(() => adex({ V_t: -50 } as never)).toThrow(/did you mean V_T\?/);
    expect(() => adex({ delta_t: 2 } as never)).toThrow(/did you mean Delta_T\?/);
    expect(() => adex({ Delta_T: 0 })).toThrow(/invalid Delta_T: 0 mV \(expected > 0 mV\)/);
    expect(() => adex({ C_m: -1 })).toThrow(RangeError);
    expect(() => adex({ b: -5 })).toThrow(/invalid b/);
    expect(() => adex({ V_reset: -35 })).toThrow(/invalid V_reset: -35 mV \(expected below V_peak = -40.4 mV\)/);
    expect(() => adex({ V_peak: -55 })).toThrow(/invalid V_peak: -55 mV \(expected above V_T/);
    expect(() => adex({ V_peak: 500 })).toThrow(/at most 100 Δ_T/);
    expect(() => adex({ receptors: ["AMPA"] } as never)).toThrow(/AMPA is always present/);
    expect(() => adex({ receptors: ["NMDA"], tau_NMDA_rise: 200 })).toThrow(/invalid tau_NMDA_rise/);
    expect(() => adex({ tau_NMDA: 50 } as never)).toThrow(/invalid adex option tau_NMDA: it belongs to a slow receptor/);
    expect(() => make(adex({ V_T: [-50, -38], V_peak: -40 }), 2)).toThrow(/invalid P\[1\]\.V_peak/);
    expect(() => make(adex(), 1, { V: -60 })).toThrow(/did you mean v\?/);
    const m = adex({ a: 2 });
    expect(() => m.with({ a: "2 mV" })).toThrow(/a/);
    expect(m.params.a).toBe(2);
  });
});
