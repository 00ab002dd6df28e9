import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { scalingDeviation, scalingLinearisation } from "../../src/plasticity/homeostatic.js";
import { decayTime, firstOvershoot } from "../../src/analysis/relaxation.js";

/** 20 neurons with Poisson excitation and a plastic inhibitory Poisson source; returns rate and scale over time. */
function run({ s0, k, tau_r = 500, T = 60000, r0 = 5 }: { s0: number; k: number; tau_r?: number; T?: number; r0?: number }) {
  const net = new Network({ dt: 0.1, seed: 3 });
  net.population("P", 20, lif({ E_L: -65 }));
  net.poissonInput("P", { n: 200, rate: 10, weight: 1 });
  net.poissonSource("inh", 50, { rate: 10, kind: "inhibitory" });
  net.connect("inh", "P", { rule: { rule: "all" }, weight: 1 });
  const h = net.inhibitoryScaling("inh→P", { k, r0, tau_r, s0 });
  const trace: { t: number; rate: number; s: number }[] = [];
  for (let t = 0; t < T; t += 500) {
    net.run(500);
    trace.push({ t: t + 500, rate: h.rate.reduce((a, b) => a + b, 0) / 20, s: h.scale.reduce((a, b) => a + b, 0) / 20 });
  }
  return trace;
}

describe("homeostatic inhibitory scaling", () => {
  it("converges to the target rate from above and from below", () => {
    for (const s0 of [0.05, 10]) {
      const tr = run({ s0, k: 1e-4, tau_r: 200 });
      const late = tr.filter((x) => x.t > 40000);
      const mean = late.reduce((a, b) => a + b.rate, 0) / late.length;
      expect(Math.abs(mean - 5)).toBeLessThan(1);
      expect(Math.abs(tr[3].rate - 5)).toBeGreaterThan(2); // it started away from target (2 s in)
    }
  }, 30_000);
  it("overshoots and oscillates when k is large against τ_r, settles without when small", () => {
    const overshoot = (k: number) => {
      const tr = run({ s0: 0.2, k, tau_r: 2000, T: 40000 });
      return Math.max(...tr.map((x) => x.s)) / tr[tr.length - 1].s;
    };
    expect(overshoot(2e-4)).toBeGreaterThan(overshoot(5e-6) + 0.2);
  }, 30_000);
  it("keeps the scale within [0, s_max] and rejects excitatory projections", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 2, lif());
    net.population("I", 2, lif(), { kind: "inhibitory" });
    net.connect("E", "I", { rule: { rule: "all" }, weight: 1 });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 1 });
    expect(() => net.inhibitoryScaling("E→I")).toThrow(/inhibitory scaling acts on inhibitory synapses/);
    const h = net.inhibitoryScaling("I→E", { k: 1, r0: 100, s0: 0.5 }); // silent neurons, far below target: s → 0
    net.run(10);
    expect(Math.min(...h.scale)).toBe(0);
  });
  it("shares a projection with retrograde suppression: each rule has its own gain and synapses deliver their product", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 1, lif({ V_th: 1000 }));
    net.spikeTimes("S", 1, { indices: [0], times: [5], kind: "inhibitory" });
    net.connect("S", "E", { rule: { rule: "all" }, weight: 4 });
    const h = net.inhibitoryScaling("S→E", { k: 0, s0: 0.5 });
    const r = net.retrogradeSuppression("S→E");
    r.suppression[0] = 0.5;
    r.params.tau_off = 1e12;
    expect(net.projection("S→E").gains).toEqual([h.gain, r.gain]);
    net.run(5.5); // the spike at 5 ms arrives with no delay and decays for 0.5 ms
    // weight 4 × scale 0.5 × (1 − 0.5) = 1 nS, decayed with τ_I = 10 ms
    const g = net.get("E").state.gI[0];
    expect(g).toBeGreaterThan(0);
    expect(g / Math.exp(-0.5 / 10)).toBeCloseTo(1, 9);
  });
});

describe("homeostatic excitatory scaling", () => {
  it("scales excitation up when the neuron fires below target and rejects inhibitory projections", () => {
    const net = new Network({ dt: 0.1, seed: 4 });
    net.population("P", 20, lif({ E_L: -70 }));
    net.poissonSource("drive", 100, { rate: 10 });
    net.connect("drive", "P", { rule: { rule: "probability", p: 0.5 }, weight: 0.5 });
    const h = net.excitatoryScaling("drive→P", { k: 1e-4, r0: 5, tau_r: 200 });
    net.run(30000);
    const rate = h.rate.reduce((a, b) => a + b, 0) / 20;
    expect(h.scale.reduce((a, b) => a + b, 0) / 20).toBeGreaterThan(1.5);
    expect(Math.abs(rate - 5)).toBeLessThan(1.5);
    net.poissonSource("inh", 5, { rate: 10, kind: "inhibitory" });
    net.connect("inh", "P", { rule: { rule: "all" }, weight: 1 });
    expect(() => net.excitatoryScaling("inh→P")).toThrow(/excitatory scaling acts on excitatory synapses/);
  }, 20_000);
});

describe("scalingLinearisation", () => {
  it("has the closed forms at kGτ_r = 3/16 (over-damped) and 1/2 (ζ = 1/√2)", () => {
    const over = scalingLinearisation({ k: 3 / 16 / 100 / 4, G: 4, tau_r: 100 });
    expect(over.kGtau).toBeCloseTo(3 / 16, 12);
    expect(over.decayTime).toBeCloseTo(400, 9); // 2τ_r/(1 − √(1 − 3/4)) = 4τ_r
    expect(over.period).toBe(Infinity);
    expect(over.overshoot).toBe(0);
    const under = scalingLinearisation({ k: 0.5 / 100 / 4, G: 4, tau_r: 100 });
    expect(under.zeta).toBeCloseTo(Math.SQRT1_2, 12);
    expect(under.period).toBeCloseTo(4 * Math.PI * 100, 9); // ω_d = 1/(2τ_r)
    expect(under.overshoot).toBeCloseTo(Math.exp(-Math.PI), 12);
    expect(under.decayTime).toBe(200);
  });
  it("matches a numerical integration of ds/dt = k(r − r0), τ_r dr/dt = r0 − G(s − s*) − r released from rest", () => {
    for (const kGtau of [0.1, 0.25, 2]) {
      const tau_r = 200, G = 5, k = kGtau / (G * tau_r);
      const lin = scalingLinearisation({ k, G, tau_r });
      let s = 1, r = 0; // deviations from (s*, r0)
      const dt = 0.5, t: number[] = [], y: number[] = [];
      const f = (s: number, r: number) => [k * r, (-G * s - r) / tau_r];
      for (let step = 0; step * dt < 20 * lin.decayTime; step++) {
        if (step % 2 === 0) { t.push(step * dt); y.push(s); }
        const [a1, b1] = f(s, r), [a2, b2] = f(s + 0.5 * dt * a1, r + 0.5 * dt * b1);
        const [a3, b3] = f(s + 0.5 * dt * a2, r + 0.5 * dt * b2), [a4, b4] = f(s + dt * a3, r + dt * b3);
        s += (dt / 6) * (a1 + 2 * a2 + 2 * a3 + a4);
        r += (dt / 6) * (b1 + 2 * b2 + 2 * b3 + b4);
      }
      const curve = scalingDeviation({ k, G, tau_r }, t);
      let worst = 0;
      for (let i = 0; i < t.length; i++) worst = Math.max(worst, Math.abs(curve[i] - y[i]));
      expect(worst).toBeLessThan(1e-6);
      if (kGtau === 0.25) continue;
      if (kGtau < 0.25) {
        expect(Math.abs(decayTime(t, y, 0, { band: [0.01, 0.3] }).tau / lin.decayTime - 1)).toBeLessThan(0.01);
      } else {
        const o = firstOvershoot(t, y, 0);
        expect(Math.abs(o.fraction / lin.overshoot - 1)).toBeLessThan(0.01);
        expect(Math.abs(o.time - lin.firstExtremum)).toBeLessThanOrEqual(1); // sampled every 1 ms
      }
    }
  });
  it("rejects a non-positive k, G or τ_r", () => {
    expect(() => scalingLinearisation({ k: 0, G: 1, tau_r: 1 })).toThrow(/invalid k: 0/);
    expect(() => scalingLinearisation({ k: 1, G: -1, tau_r: 1 })).toThrow(/invalid G: -1/);
    expect(() => scalingLinearisation({ k: 1, G: 1, tau_r: 0 })).toThrow(/invalid tau_r: 0/);
  });
});

describe("scalingLinearisation parameters", () => {
  it("takes extra names (a regime record spread in) but refuses a missing one, naming the likely typo", () => {
    const lin = scalingLinearisation({ k: 1e-3, G: 4, tau_r: 100 });
    expect(scalingLinearisation({ k: 1e-3, G: 4, tau_r: 100, label: "x" } as never)).toEqual(lin);
    expect(() => scalingLinearisation({ k: 1e-3, G: 4, tau_R: 100 } as never)).toThrow(new TypeError("missing option tau_r for scalingLinearisation; is tau_R a typo of it?"));
    expect(() => scalingDeviation({ k: 1e-3, g: 4, tau_r: 100 } as never, [0, 1])).toThrow(/missing option G for scalingLinearisation; is g a typo of it\?/);
  });
});
