import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { lfpProbe } from "../../src/probes/lfp-probe.js";

describe("lfpProbe(net, populations, { interval, delay, alpha })", () => {
  it("equals the analytic boxcar means of decaying current synapses (I(t) = I₀ e^{−t/τ}; Mazzoni with the 6-ms delay; 1e-9)", () => {
    const net = new Network({ dt: 0.1, seed: 1 });
    const tauE = 5, tauI = 10, I0 = 100, J0 = -50;
    net.population("E", 3, lif({ synapse: "current", tau_E: tauE, tau_I: tauI, V_th: 1e6 }), { kind: "excitatory", init: { gE: I0, gI: J0 } });
    const probe = lfpProbe(net, "E", { interval: 1, delay: 6, alpha: 1.65 });
    net.run(30);
    // sample m averages the values at the ends of steps 10m … 10m + 9, i.e. t = (10m + 1 … 10m + 10) · 0.1 ms
    const box = (amp: number, tau: number, m: number) => { let s = 0; for (let k = 1; k <= 10; k++) s += amp * Math.exp(-((10 * m + k) * 0.1) / tau); return s / 10; };
    const c = probe.currents();
    expect(c.t.length).toBe(30);
    for (const m of [0, 7, 29]) {
      expect(c.ampa[m] / (3 * box(I0, tauE, m)) - 1).toBeCloseTo(0, 9);
      expect(c.gaba[m] / (3 * box(Math.abs(J0), tauI, m)) - 1).toBeCloseTo(0, 9);
      expect(probe.gao().v[m] / (-3 * (box(I0, tauE, m) + box(J0, tauI, m))) - 1).toBeCloseTo(0, 9);
    }
    const mz = probe.mazzoni();
    expect(mz.t.length).toBe(24);
    expect(mz.t[0]).toBeCloseTo(7, 12);
    // signed RWS: AMPA (inward, +) minus 1.65 × GABA (outward, −): the magnitudes add
    expect(mz.v[4] / (3 * box(I0, tauE, 4) + 1.65 * 3 * box(Math.abs(J0), tauI, 10)) - 1).toBeCloseTo(0, 9);
  });
  it("adds the E and I magnitudes as Mazzoni et al. 2015's signed sum I_AMPA(t − 6 ms) − 1.65 I_GABA(t) does (hand-computed: 3 × 100 + 1.65 × 3 × 50 = 547.5 pA, not 52.5; 1e-4: the 10⁹-ms decay moves it by 2e-6)", () => {
    const net = new Network({ dt: 0.1, seed: 1 });
    // time constants of 10⁹ ms: the currents stay at their initial values (+100 pA AMPA, −50 pA GABA per cell)
    net.population("E", 3, lif({ synapse: "current", tau_E: 1e9, tau_I: 1e9, V_th: 1e6 }), { kind: "excitatory", init: { gE: 100, gI: -50 } });
    const probe = lfpProbe(net, "E", { interval: 1 });
    net.run(20);
    const signed = 3 * 100 - 1.65 * (3 * -50);
    expect(signed).toBeCloseTo(547.5, 12);
    for (const v of probe.mazzoni().v) expect(v).toBeCloseTo(547.5, 4);
    for (const v of probe.gao().v) expect(v).toBeCloseTo(-(300 - 150), 4);
  });
  it("equals the hand sum Σ g_E (V − E_E) + g_I (V − E_I) of conductance LIF cells under Poisson input (identity with a state monitor, 1e-9)", () => {
    const build = () => {
      const net = new Network({ dt: 0.1, seed: 4 });
      net.population("E", 5, lif({ synapse: "conductance" }), { kind: "excitatory", init: { v: -55 } });
      net.poissonInput("E", { n: 50, rate: 20, weight: 1 });
      net.poissonInput("E", { n: 20, rate: 20, weight: 3, kind: "inhibitory" });
      return net;
    };
    const net = build();
    const st = net.monitorState("E", ["v", "gE", "gI"], { neurons: [0, 1, 2, 3, 4], interval: 0.1 });
    const probe = lfpProbe(net, "E", { interval: 0.5 });
    net.run(50);
    const tr = st.traces();
    const { E_E, E_I } = lif({ synapse: "conductance" }).params;
    for (const m of [0, 33, 99]) {
      let c = 0, ge = 0;
      for (let s = 5 * m; s < 5 * m + 5; s++) for (let i = 0; i < 5; i++) {
        const v = tr.values.v![i][s];
        c += tr.values.gE![i][s] * (v - E_E) + tr.values.gI![i][s] * (v - E_I);
        ge += tr.values.gE![i][s];
      }
      expect(probe.gao().v[m]).toBeCloseTo(c / 5, 9);
      expect(probe.conductances().gE[m]).toBeCloseTo(ge / 5, 9);
    }
    expect(probe.rate).toBe(2000);
  });
  it("rejects an interval that is not a whole number of steps, unknown options and populations without synaptic currents", () => {
    const net = new Network({ dt: 0.1, seed: 1 });
    net.population("E", 2, lif(), { kind: "excitatory" });
    expect(() => lfpProbe(net, "E", { interval: 0.25 })).toThrow(/invalid interval: 0.25 ms/);
    expect(() => lfpProbe(net, "E", { bogus: 1 } as never)).toThrow(/unknown option bogus/);
    expect(() => lfpProbe(net, "X")).toThrow(/X/);
  });
});
