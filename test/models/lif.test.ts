import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { lifRate } from "../../src/analysis/mean-field.js";
import { meanRate } from "../../src/analysis/rates.js";

/** Rate of one neuron with a bias current: 1000 / mean ISI after the first spike (0 if it fires < 2 spikes). */
function simulatedRate(synapse: "conductance" | "current" | "delta", I: number, { dt = 0.01, T = 1000, t_ref = 2 } = {}): number {
  const net = new Network({ dt });
  net.population("P", 1, lif({ synapse, C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -65, t_ref, I_bias: I }));
  const m = net.monitorSpikes("P");
  net.run(T);
  const s = m.spikes(dt);
  if (s.t.length < 2) return meanRate(s);
  return 1000 / ((s.t[s.t.length - 1] - s.t[0]) / (s.t.length - 1));
}

describe("LIF f–I curve", () => {
  // V∞ = E_L + I/g_L; r = 1/(t_ref + τ ln((V∞ − V_r)/(V∞ − V_th))). Tolerance 1 %: spike times are
  // on the dt grid, so each period is rounded up by < dt (0.01 ms in ≥ 8 ms).
  for (const synapse of ["conductance", "current", "delta"] as const) {
    it(`${synapse}-synapse LIF matches 1/(t_ref + τ ln((V∞−V_r)/(V∞−V_th))) within 1 %`, () => {
      for (const I of [210, 250, 400, 800]) {
        const expected = lifRate({ tau: 20, t_ref: 2, V_inf: -70 + I / 10, V_reset: -65, V_th: -50 });
        const r = simulatedRate(synapse, I);
        expect(Math.abs(r - expected) / expected).toBeLessThan(0.01);
      }
    });
  }
  it("below rheobase (V∞ ≤ V_th) the neuron is silent", () => {
    expect(simulatedRate("conductance", 190, { T: 500 })).toBe(0);
    expect(lifRate({ tau: 20, t_ref: 2, V_inf: -51, V_reset: -65, V_th: -50 })).toBe(0);
  });
});

describe("refractoriness and adaptation", () => {
  it("V stays at V_reset for t_ref after a spike", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif({ E_L: -40, V_th: -50, V_reset: -60, t_ref: 5 }), { init: { v: -50.5 } });
    const st = net.monitorState("P", ["v"], { neurons: [0] });
    const sp = net.monitorSpikes("P");
    net.run(10);
    const t0 = sp.spikes(0.1).t[0];
    const tr = st.traces();
    const during = [...tr.t].map((t, k) => [t, tr.values.v![0][k]] as const).filter(([t]) => t >= t0 && t < t0 + 5 - 1e-9);
    expect(during.length).toBe(50);
    expect(during.every(([, v]) => v === -60)).toBe(true);
  });
  it("spike-triggered adaptation lengthens inter-spike intervals", () => {
    const net = new Network({ dt: 0.05 });
    net.population("P", 1, lif({ I_bias: 400, E_L: -70, b: 40, tau_w: 200, t_ref: 2 }));
    const m = net.monitorSpikes("P");
    net.run(1000);
    const t = m.spikes(0.05).t;
    const first = t[1] - t[0];
    const last = t[t.length - 1] - t[t.length - 2];
    expect(last).toBeGreaterThan(1.5 * first);
  });
});

describe("conductance step accuracy", () => {
  /** V of a passive conductance-based neuron receiving E and I spikes at fixed times. */
  function trace(dt: number): number[] {
    const net = new Network({ dt });
    net.population("P", 1, lif({ V_th: 100, E_L: -65 }));
    net.spikeTimes("inE", 1, { indices: [0, 0, 0, 0], times: [2, 4, 4.8, 9.6] });
    net.spikeTimes("inI", 1, { indices: [0, 0], times: [3.2, 8], kind: "inhibitory" });
    net.connect("inE", "P", { rule: { rule: "all" }, weight: 20 });
    net.connect("inI", "P", { rule: { rule: "all" }, weight: 40 });
    const m = net.monitorState("P", ["v"], { interval: 0.8 });
    net.run(16);
    return [...m.traces().values.v![0]];
  }
  it("the exponential-Euler step with step-mean conductances converges to the fine-step solution at second order", () => {
    const ref = trace(0.0005);
    const err = (dt: number) => Math.max(...trace(dt).map((v, k) => Math.abs(v - ref[k])));
    const e = [0.4, 0.2, 0.1, 0.05].map(err);
    for (let k = 1; k < e.length; k++) expect(e[k - 1] / e[k]).toBeGreaterThan(3); // order ≥ ~1.6
    expect(e[2]).toBeLessThan(0.02); // mV at dt = 0.1 ms
  });
});
