import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif, type LifModel } from "../../src/models/lif.js";
import { Slab } from "../../src/engine/slab.js";
import { Population } from "../../src/engine/population.js";
import { Rng } from "../../src/random/rng.js";
import { warnOnce } from "../../src/params/warn.js";

describe("engine: populations, components and bad input", () => {
  it("a population's arrays live in the network's slab and are re-created when it grows", () => {
    const slab = new Slab(1024);
    const a = new Population("A", 10, "excitatory", lif(), Rng.stream(1, "a"), {}, slab);
    a.state.v[3] = -55;
    const buffer = slab.buffer;
    new Population("B", 100000, "excitatory", lif(), Rng.stream(1, "b"), {}, slab); // forces growth
    expect(slab.buffer).not.toBe(buffer);
    expect(a.state.v.buffer).toBe(slab.buffer);
    expect(a.state.v[3]).toBe(-55);
    expect(a.state.v[0]).toBe(-60);
  });
  it("net.add(component) runs a user's rule in its phase, after the populations and before delivery", () => {
    const net = new Network({ seed: 2 });
    net.population("E", 5, lif({ I_bias: 300 }));
    const seen: number[] = [];
    const probe = net.add({ name: "count", phase: "rule", step(step: number) { seen.push(net.get("E").nSpikes + step * 0); } });
    net.run(50);
    expect(probe.name).toBe("count");
    expect(seen).toHaveLength(500);
    expect(seen.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(() => net.add({ name: "x", phase: "monitr", step() {} } as never)).toThrow(/invalid phase: "monitr" of component x; did you mean monitor\?/);
  });
  it("a run calls begin(ctx, step, steps) of every component before its first step and finish after its last", () => {
    const net = new Network({ seed: 2, dt: 0.1 });
    net.population("E", 5, lif({ I_bias: 300 }));
    const calls: string[] = [];
    net.add({
      name: "hooks", phase: "monitor",
      begin(ctx, step, steps) { calls.push(`begin dt=${ctx.dt} step=${step} steps=${steps}`); },
      step(step: number) { if (calls.at(-1)?.startsWith("step") !== true) calls.push(`step ${step}`); },
      finish(_ctx, step) { calls.push(`finish ${step}`); },
    });
    net.run(2);
    net.run(0.5);
    expect(calls).toEqual(["begin dt=0.1 step=0 steps=20", "step 0", "finish 20", "begin dt=0.1 step=20 steps=5", "step 20", "finish 25"]);
  });
  it("a rate monitor makes room for a whole run in begin() and records every step past its initial 4096", () => {
    const net = new Network({ seed: 2, dt: 0.1 });
    net.population("E", 5, lif({ I_bias: 300 }));
    const m = net.monitorRate("E");
    net.run(300); // 3000 steps
    const capacity = () => (m as unknown as { counts: { data: Int32Array } }).counts.data.length;
    expect(capacity()).toBe(4096);
    m.begin(net.ctx, net.step, 17000); // what the run loop calls before a run of 17,000 steps
    expect(capacity()).toBeGreaterThanOrEqual(20000);
    net.run(700); // 7000 more
    const { counts } = m.result();
    expect(counts).toHaveLength(10000);
    const direct = new Network({ seed: 2, dt: 0.1 });
    direct.population("E", 5, lif({ I_bias: 300 }));
    const m2 = direct.monitorRate("E");
    direct.run(1000);
    expect(Array.from(m2.result().counts)).toEqual(Array.from(counts));
  });
  it("monitors know dt: spikes() needs no argument, and a wrong dt is an error instead of rescaled times", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 2, lif({ I_bias: 300 }));
    const m = net.monitorSpikes("E");
    const r = net.monitorRate("E");
    net.run(100);
    const s = m.spikes();
    expect(s.t.length).toBeGreaterThan(0);
    expect(m.spikes(0.1).t).toEqual(s.t);
    expect(() => m.spikes(1)).toThrow("invalid dt: 1 ms for spikes() of SpikeMonitor(E) (the network's time step is 0.1 ms; omit dt: the monitor knows it)");
    expect(r.result().dt).toBe(0.1);
    expect(() => r.result(0.2)).toThrow(/the network's time step is 0.1 ms/);
  });
  it("setParams is atomic: a bad value throws and changes nothing", () => {
    const net = new Network({ seed: 3 });
    const pop = net.population("E", 4, lif({ V_th: -50, V_reset: -60 }));
    const before = { model: pop.model, vth: pop.state.V_th.slice(), drive: pop.state.drive.slice() };
    expect(() => net.setParams("E", { g_L: 20, V_reset: -40 })).toThrow(/invalid V_reset: -40 mV for neuron 0 of E \(expected below V_th = -50 mV\)/);
    expect(pop.model).toBe(before.model);
    expect(pop.state.V_th).toEqual(before.vth);
    expect(pop.state.drive).toEqual(before.drive);
    expect(() => net.setParams("E", { g_L: -1 })).toThrow(/g_L/);
    expect(() => net.setParams("E", { gL: 5 })).toThrow(/gL.*did you mean g_L\?/);
    expect(pop.model).toBe(before.model);
    net.setParams("E", { g_L: 20 });
    expect((pop.model as LifModel).params.g_L).toBe(20);
    expect(pop.state.drive[0]).toBe(20 * -60);
  });
  it("unknown option names throw with a guess: connect's dealy, init's V, monitor options", () => {
    const net = new Network();
    net.population("E", 3, lif());
    expect(() => net.connect("E", "E", { rule: { rule: "all" }, weight: 1, dealy: 2 } as never)).toThrow("unknown option dealy for connect E→E; did you mean delay?");
    expect(() => net.population("F", 3, lif(), { init: { V: -55 } })).toThrow("invalid F.init.V: lif has no state variable V; did you mean v?");
    expect(() => net.population("G", 3, lif(), { knd: "inhibitory" } as never)).toThrow(/unknown option knd for population G; did you mean kind\?/);
    expect(() => net.monitorSpikes("E", { maxspikes: 3 } as never)).toThrow(/did you mean maxSpikes\?/);
    expect(() => net.monitorState("E", ["V"])).toThrow(/invalid variable: "V" for E \(lif\(conductance\)\); did you mean v\?/);
    expect(() => new Network({ dtt: 0.1 } as never)).toThrow(/unknown option dtt for Network; did you mean dt\?/);
  });
  it("receptors by name: aliases, slow receptors on request, Dale's law", () => {
    const net = new Network();
    net.population("E", 2, lif({ receptors: ["NMDA"] }));
    net.population("I", 2, lif(), { kind: "inhibitory" });
    expect(net.connect("E", "E", { rule: { rule: "all" }, weight: 1, receptor: "AMPA" }).receptor).toBe("E");
    expect(net.connect("E", "E", { rule: { rule: "all" }, weight: 1, receptor: "NMDA", name: "nmda" }).receptor).toBe("NMDA");
    expect(() => net.connect("I", "E", { rule: { rule: "all" }, weight: 1, receptor: "NMDA" })).toThrow(/NMDA takes input from excitatory populations, and the source is inhibitory \(Dale's law/);
    expect(() => net.connect("E", "I", { rule: { rule: "all" }, weight: 1, receptor: "NMDA" })).toThrow(/create the model with receptors: \["NMDA"\]/);
    expect(() => net.connect("E", "I", { rule: { rule: "all" }, weight: 1, receptor: "AMPAR" })).toThrow(/did you mean AMPA\?/);
    expect(() => lif({ synapse: "current", receptors: ["NMDA"] })).toThrow(/need conductance synapses/);
    expect(() => lif({ receptors: ["NMDAR"] as never })).toThrow(/expected "NMDA" or "GABA_B"/);
  });
  it("a NaN membrane potential stops the run with population, neuron and time", () => {
    const net = new Network();
    net.population("E", 3, lif());
    net.run(1);
    net.get("E").state.v[2] = NaN;
    expect(() => net.run(10)).toThrow(/NaN membrane potential in E, neuron 2, between t = 1 and 7\.4 ms/);
  });
  it("the LIF kernel with NMDA and GABA_B receptors equals the reference step", () => {
    const make = () => {
      const net = new Network({ seed: 7 });
      const pop = net.population("P", 20, lif({ receptors: ["NMDA", "GABA_B"], I_bias: 150 }), { init: { v: { dist: "uniform", low: -65, high: -50 } } });
      pop.ensureDelay(2, 0);
      return pop;
    };
    const a = make(), b = make();
    const model = a.model as LifModel;
    const c = model.prepare(a, 0.1, warnOnce);
    const k = model.kernel(b, 0.1);
    let spikes = 0;
    for (let step = 0; step < 2000; step++) {
      for (const p of [a, b]) {
        const off = (step % p.ringLength) * p.n;
        for (let i = 0; i < p.n; i++) { p.ring.NMDA[off + i] += (i + step) % 37 === 0 ? 2 : 0; p.ring.GABA_B[off + i] += (i * 3 + step) % 53 === 0 ? 1 : 0; }
      }
      const na = model.reference(a, 0.1, step, c);
      expect(k(b, step, c)).toBe(na);
      spikes += na;
    }
    expect(spikes).toBeGreaterThan(0);
    for (const v of ["v", "g_NMDA", "x_NMDA", "g_GABA_B"]) for (let i = 0; i < a.n; i++) expect(b.state[v][i]).toBeCloseTo(a.state[v][i], 10);
  });
});
