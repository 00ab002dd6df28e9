import { describe, expect, it } from "vitest";
import { applyOverTime } from "../../src/perturbations/apply-over-time.js";
import { drugTimeCourse } from "../../src/perturbations/time-course.js";
import { receptorLoss } from "../../src/perturbations/receptor-loss.js";
import { sodiumBlocker } from "../../src/perturbations/sodium-blocker.js";
import { interneuronDeficit } from "../../src/perturbations/interneuron-deficit.js";
import { Network } from "../../src/network/network.js";
import { rateUnit } from "../../src/models/rate.js";
import { setWarningHandler } from "../../src/params/warn.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";
import { eiSpec, ladderSpec } from "./networks.js";

const quiet = <T>(f: () => T): T => { const prev = setWarningHandler(() => {}); try { return f(); } finally { setWarningHandler(prev); } };
const spikes = (net: Network) => net.monitors.map((m) => { const s = (m as SpikeMonitor).spikes(); return [Array.from(s.i), Array.from(s.t)]; });

describe("applyOverTime(net, perturbed, course)", () => {
  it("a drug given as a step at t = 0 gives the statically perturbed network's spikes, bit for bit (weights through gains and Poisson input)", () => {
    const spec = eiSpec(2);
    const perturbed = receptorLoss(spec, { receptor: "AMPA", targets: "I", fraction: 0.5 });
    const net = Network.fromSpec(spec);
    const drug = applyOverTime(net, perturbed, drugTimeCourse({ tauOn: 0 }));
    expect(drug.weights).toEqual([{ part: "E→I", factor: 0.5 }, { part: "poissonInput onto I", factor: 0.5 }]);
    expect(drug.params).toEqual([]);
    drug.run(300, { every: 5 });
    const ref = Network.fromSpec(perturbed);
    ref.run(300);
    const [a, b] = [spikes(net), spikes(ref)];
    expect(a[0][0].length).toBeGreaterThan(1000);
    expect(a).toEqual(b);
    expect(drug.history.length).toBe(60);
    expect(drug.history[0]).toEqual({ t: 2.5, effect: 1 });
  });

  it("model parameters are interpolated, p₀ + e (p₁ − p₀), through setParams; a step blocker gives the static blocker's spikes", () => quiet(() => {
    const spec = ladderSpec();
    const blocked = sodiumBlocker(spec, 0.4);
    const net = Network.fromSpec(spec);
    const drug = applyOverTime(net, blocked);
    expect(drug.params).toEqual([{ population: "PV", param: "g_Na", from: 3500, to: 3500 * 0.6 }, { population: "Pyr", param: "g_Na", from: 20000, to: 20000 * 0.6 }]);
    const gNa = (name: string) => (net.get(name).model.params as Record<string, number>).g_Na;
    drug.set(0.5);
    expect(gNa("PV")).toBeCloseTo(2800, 9);
    expect(gNa("Pyr")).toBeCloseTo(16000, 9);
    drug.set(0);
    expect(gNa("PV")).toBe(3500);
    drug.set(1);
    expect(gNa("PV")).toBe((Network.fromSpec(blocked).get("PV").model.params as Record<string, number>).g_Na);
    net.run(200);
    const ref = Network.fromSpec(blocked);
    ref.run(200);
    expect(spikes(net)).toEqual(spikes(ref));
  }));

  it("a rate unit follows the analytic response to the drug's exponential onset and washout (within the chunking error, one step late)", () => {
    // τ dr/dt = −r + w(t) x with x = 10, w = 2 (1 − 0.5 e(t)), τ = 10 ms, e(t): onset 50 ms, τ_on 20 ms, washout 150 ms, τ_off 40 ms.
    const net = new Network({ dt: 0.1, seed: 1 });
    net.population("X", 1, rateUnit({ transfer: "threshold-linear", tau: 1, I_bias: 10 }), { kind: "excitatory", init: { r: 10 } });
    net.population("E", 1, rateUnit({ transfer: "threshold-linear", tau: 10 }), { kind: "excitatory", init: { r: 20 } });
    net.connect("X", "E", { rule: { rule: "all" }, weight: 2 });
    const mon = net.monitorState("E", ["r"], { interval: 0.1 });
    const tau = 10, tauOn = 20, tauOff = 40, onset = 50, washout = 150, h = 0.5;
    const drug = applyOverTime(net, receptorLoss(net.toSpec(), { receptor: "AMPA", targets: "E", fraction: 0.5 }), drugTimeCourse({ onset, tauOn, washout, tauOff }));
    drug.run(300, { every: h });
    const analytic = (t: number) => {
      if (t < onset) return 20;
      const s = Math.min(t, washout) - onset;
      const rise = 10 + (10 * (tauOn * Math.exp(-s / tauOn) - tau * Math.exp(-s / tau))) / (tauOn - tau);
      if (t < washout) return rise;
      const C = (-10 * (1 - Math.exp(-(washout - onset) / tauOn)) * tauOff) / (tauOff - tau);
      return 20 + C * Math.exp(-(t - washout) / tauOff) + (rise - 20 - C) * Math.exp(-(t - washout) / tau);
    };
    // Rate projections deliver a step's input in the previous step's deliver phase: a new weight reaches the unit one step
    // (dt) later, so r(t) is compared with the analytic r(t − dt). Within a chunk the effect is held at its midpoint value:
    // an input error A·(t − t_mid) with A = 10 max|e′| = 10/τ_on, which moves r by at most A h²/(8τ) = 0.0016; tolerance 2× that.
    const { t, values } = mon.traces();
    const r = values.r![0];
    let worst = 0;
    for (let k = 1; k < t.length; k++) worst = Math.max(worst, Math.abs(r[k] - analytic(t[k] - 0.1)));
    expect(worst).toBeLessThan((2 * (10 / tauOn) * h * h) / (8 * tau));
    expect(r[t.indexOf(100)]).toBeLessThan(12); // the drug's effect is there: 20 → ≈ 11.6 at 100 ms
  });

  it("what cannot change gradually, and bad arguments, throw saying why", () => {
    const spec = eiSpec(1);
    const net = Network.fromSpec(spec);
    expect(() => applyOverTime(net, interneuronDeficit(spec, { fraction: 0.5 }))).toThrow(/part 1 \(population I\) has 50 neurons in the perturbed spec and 100 in the network: cells cannot be removed gradually/);
    const extra = { ...spec, parts: [...spec.parts, spec.parts[spec.parts.length - 1]] };
    expect(() => applyOverTime(net, extra)).toThrow(/not a variant of the network's/);
    const reweighted = JSON.parse(JSON.stringify(spec));
    reweighted.parts.find((p: { build: string }) => p.build === "connect").options.weight = { dist: "uniform", low: 0, high: 2 };
    expect(() => applyOverTime(net, reweighted)).toThrow(/changes its weights 1 → .* by other than one factor/);
    const drug = applyOverTime(net, receptorLoss(spec, { receptor: "AMPA", targets: "I", fraction: 0.5 }));
    expect(() => drug.run(10)).toThrow(/no time course/);
    expect(() => drug.set(1.5)).toThrow(/invalid effect: 1.5 \(expected a fraction of the full effect in \[0, 1\]\)/);
    expect(() => applyOverTime({} as never, spec)).toThrow(/invalid net for applyOverTime/);
    net.add({ name: "probe", phase: "monitor", step: () => {} });
    expect(() => applyOverTime(net, spec)).toThrow(/component probe was added with net.add\(\)/);
  });
});
