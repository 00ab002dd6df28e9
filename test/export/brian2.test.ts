import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { adex } from "../../src/models/adex.js";
import { wangBuzsaki } from "../../src/models/wang-buzsaki.js";
import { traubMiles } from "../../src/models/traub-miles.js";
import { toBrian2 } from "../../src/export/brian2.js";
import { npyBytes, readNpy } from "../../src/export/npy.js";
import type { NetworkSpec } from "../../src/network/spec.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";

/** A small network with random weights and delays, a Poisson source and a spike generator (conductance and delta LIF). */
function small(seed = 3): NetworkSpec {
  const net = new Network({ seed });
  net.population("E", 30, lif({ synapse: "conductance", V_th: { dist: "normal", mean: -50, sd: 1 } }), { init: { v: { dist: "uniform", low: -60, high: -50 } } });
  net.population("D", 12, lif({ synapse: "delta", C_m: 20, g_L: 1, E_L: 0, V_th: 20, V_reset: 10, t_ref: 2 }), { kind: "inhibitory" });
  net.poissonSource("P", 10, { rate: 20 });
  net.spikeTimes("G", 3, { indices: [0, 1, 2], times: [1, 2.5, 4] });
  net.connect("E", "E", { rule: { rule: "probability", p: 0.3 }, weight: { dist: "uniform", low: 1, high: 3 }, delay: { dist: "uniform", low: 0, high: 2 } });
  net.connect("D", "E", { rule: { rule: "indegree", k: 4 }, weight: 5, delay: 0.5 });
  net.connect("E", "D", { rule: { rule: "probability", p: 0.2 }, weight: 0.3 });
  net.connect("P", "E", { rule: { rule: "all" }, weight: 2 });
  net.connect("G", "D", { rule: { rule: "all" }, weight: 1.5 });
  net.poissonInput("D", { n: 100, rate: 10, weight: 0.2 });
  net.monitorSpikes("E");
  net.monitorState("E", ["v", "gE"], { neurons: [0, 1] });
  return net.toSpec();
}

describe("toBrian2", () => {
  it("writes each projection's synapses exactly: pre/post indices, weights and delays equal the rebuilt network's CSR arrays", () => {
    const spec = small();
    const out = toBrian2(spec);
    const net = Network.fromSpec(spec); // an independent rebuild
    const arr = (name: string) => {
      const a = out.arrays.get(name);
      if (!a) throw new Error(`no array ${name}`);
      return readNpy(npyBytes(a)); // as the script reads it
    };
    expect(net.projections.length).toBe(5);
    net.projections.forEach((p, k) => {
      const i = arr(`s${k}_i`), j = arr(`s${k}_j`);
      expect(i.length).toBe(p.col.length);
      expect(Array.from(j)).toEqual(Array.from(p.col));
      for (let r = 0; r < p.pre.n; r++) for (let s = p.rowPtr[r]; s < p.rowPtr[r + 1]; s++) expect(i[s]).toBe(r);
      expect(out.script).toContain(`S${k}.connect(i=load("s${k}_i"), j=load("s${k}_j"))`);
      if (typeof p.weight === "number") expect(out.script).toMatch(new RegExp(`name="s${k}", namespace=dict\\(w=${p.weight}\\*`));
      else expect(Array.from(arr(`s${k}_w`))).toEqual(Array.from(p.weight));
      if (typeof p.delaySteps === "number") expect(out.script).toContain(`delay=${p.delaySteps}*defaultclock.dt`);
      else expect(Array.from(arr(`s${k}_delay`))).toEqual(Array.from(p.delaySteps));
    });
    // per-synapse weights are float32 in tightrope: written as the same values
    expect(out.arrays.get("s0_w")).toBeInstanceOf(Float64Array);
    // initial state and per-neuron thresholds as drawn
    expect(Array.from(arr("p0_v"))).toEqual(Array.from(net.get("E").state.v));
    expect(Array.from(arr("p0_V_th"))).toEqual(Array.from(net.get("E").state.V_th));
    // the spike generator's spikes: emitted in step round(t/dt) − 1
    expect(Array.from(arr("q1_step"))).toEqual([9, 24, 39]);
  });

  it("gives parameters with Brian2 units, the refractory period in steps and the delta-synapse guard", () => {
    const { script } = toBrian2(small());
    for (const s of ["C_m=200*pF", "g_L=10*nS", "E_E=0*mV", "E_I=-80*mV", "tau_E=5*ms", "tau_I=10*ms", "C_m=20*pF", "g_L=1*nS"]) expect(script).toContain(s);
    // conductance LIF: t_ref 5 ms = 50 steps of 0.1 ms → refractory (50 + 1) dt; delta LIF: 2 ms → 21 dt
    expect(script).toContain("refractory=51*defaultclock.dt");
    expect(script).toContain("refractory=21*defaultclock.dt");
    expect(script).toMatch(/S2 = Synapses\(P0, P1, .*on_pre="v_post \+= w\*int\(timestep\(t - lastspike_post, dt\) >= 20\)"/);
    expect(script).toMatch(/namespace=dict\(w=0\.3\*mV\)/);
    expect(script).toMatch(/S0 = Synapses\(P0, P0, model="w : siemens \(constant\)", on_pre="gE_post \+= w"/);
    expect(script).toContain(`PoissonInput(P1, "v", 100, 10*Hz, weight="0.2*mV*int(timestep(t - lastspike, dt) > 20)", when="before_groups"`);
    expect(script).toContain("PoissonGroup(10, rates=20*Hz");
    expect(script).toContain("defaultclock.dt = 0.1*ms");
    expect(script).toMatch(/StateMonitor\(P0, \["v","gE"\], record=\[0, 1\]/);
    // Hodgkin–Huxley models: densities become absolute values on the membrane area
    const hh = new Network({ dt: 0.05 });
    hh.population("W", 2, wangBuzsaki({ I_bias: 100 }), { kind: "inhibitory" });
    hh.population("T", 2, traubMiles());
    const h = toBrian2(hh.toSpec()).script;
    for (const s of ["C_m=100*pF", "g_Na=3500*nS", "g_K=900*nS", "phi=5", "p0_I_bias", "C_m=200*pF", "g_Na=20000*nS", "g_K=6000*nS", "V_T=-63*mV"]) expect(h).toContain(s);
    expect(h).toContain(`refractory="v > V_spike"`);
    expect(h).toContain("refractory=60*defaultclock.dt"); // Traub–Miles dead time 3 ms at 0.05 ms
  });

  it("refuses an unsupported model or builder, naming it and what is supported", () => {
    const a = new Network();
    a.population("A", 5, adex());
    expect(() => toBrian2(a.toSpec())).toThrow(/population "A" has model "adex".*supports lif/);
    const b = new Network();
    b.population("B", 5, lif({ b: 10 }));
    expect(() => toBrian2(b.toSpec())).toThrow(/adaptation/);
    const c = new Network();
    c.population("C", 5, lif());
    c.current("C", { type: "step", amplitude: 100 });
    expect(() => toBrian2(c.toSpec())).toThrow(/part 1 \(current C\) is not supported; the export supports population/);
    expect(() => toBrian2(small(), { duration: -1 })).toThrow(RangeError);
  });
});

const PY = process.env.TIGHTROPE_BRIAN_PYTHON ?? "/usr/bin/python3";
const hasBrian = spawnSync(PY, ["-c", "import brian2"]).status === 0;
if (!hasBrian) console.warn(`test/export/brian2.test.ts: Brian2 is not installed for ${PY} — SKIPPING the run of an exported script (Debian: apt-get install python3-brian)`);

describe("toBrian2 run in Brian2", () => {
  it.skipIf(!hasBrian)("a tiny deterministic network (no noise) gives the same spike steps in Brian2 as in tightrope", () => {
    // delta-synapse LIF driven by bias currents and a spike generator, with recurrent delayed
    // excitation and inhibition, and conductance LIF: exercises refractoriness, the discarding of
    // input during it, delivery steps and delays
    const net = new Network({ seed: 5 });
    net.population("A", 8, lif({ synapse: "delta", C_m: 20, g_L: 1, E_L: 0, V_th: 20, V_reset: 10, t_ref: 2, I_bias: { dist: "uniform", low: 25, high: 40 } }), { init: { v: { dist: "uniform", low: 0, high: 20 } } });
    net.population("B", 6, lif({ synapse: "conductance", t_ref: 3, I_bias: { dist: "uniform", low: 150, high: 250 } }), { kind: "inhibitory", init: { v: { dist: "uniform", low: -60, high: -50 } } });
    net.spikeTimes("G", 2, { indices: [0, 1, 0], times: [5, 7.5, 20] });
    net.connect("A", "A", { rule: { rule: "probability", p: 0.5 }, weight: 2, delay: { dist: "uniform", low: 0, high: 1.5 } });
    net.connect("A", "B", { rule: { rule: "all" }, weight: { dist: "uniform", low: 1, high: 4 }, delay: 1 });
    net.connect("B", "A", { rule: { rule: "all" }, weight: -1.5 });
    net.connect("G", "A", { rule: { rule: "all" }, weight: 6 });
    net.monitorSpikes("A");
    net.monitorSpikes("B");
    const spec = net.toSpec();
    net.run(100);
    const dir = mkdtempSync(join(tmpdir(), "tightrope-brian2-test-"));
    try {
      const out = toBrian2(spec, { duration: 100, target: "numpy", dataDir: "d" });
      mkdirSync(join(dir, "d"));
      for (const [name, a] of out.arrays) writeFileSync(join(dir, "d", `${name}.npy`), npyBytes(a));
      writeFileSync(join(dir, "net.py"), out.script);
      const r = spawnSync(PY, [join(dir, "net.py"), "--out", join(dir, "out.json")], { encoding: "utf8" });
      expect(r.status, r.stderr.slice(-2000)).toBe(0);
      const res = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as { monitors: { i: number[]; t: number[] }[] };
      net.monitors.forEach((m, k) => {
        const s = (m as SpikeMonitor).spikes();
        expect(s.i.length).toBeGreaterThan(10);
        // compared as (step, neuron): exact; times differ from tightrope's only by float rounding (< 1e-9 ms)
        const key = (i: ArrayLike<number>, t: ArrayLike<number>) => Array.from(i, (x, j) => `${Math.round(t[j] / 0.1)}:${x}`).sort();
        expect(key(res.monitors[k].i, res.monitors[k].t)).toEqual(key(s.i, s.t));
        const tb = [...res.monitors[k].t].sort((x, y) => x - y), ta = Array.from(s.t).sort((x, y) => x - y);
        ta.forEach((t, j) => expect(Math.abs(tb[j] - t)).toBeLessThan(1e-9));
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
