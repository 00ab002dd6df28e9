import { describe, expect, it } from "vitest";
import { Network } from "../../../src/network/network.js";
import { lif, type SynapseType, type LifModel } from "../../../src/models/lif.js";
import { stepConductance, stepConstants, stepCurrent, stepDelta } from "../../../src/models/lif-step.js";
import { kernelFor, hasMemory } from "../../../src/engine/wasm/instance.js";
import { kernelModule, UNROLL } from "../../../src/engine/wasm/kernel.js";
import type { Population } from "../../../src/engine/population.js";

const REFERENCE = { conductance: stepConductance, current: stepCurrent, delta: stepDelta };

/** A population of n LIF neurons with delayed input, currents, adaptation and per-neuron thresholds as asked. */
function make(synapse: SynapseType, n: number, o: { ring: boolean; current: boolean; adapt: boolean; hetero: boolean }, precision: "float64" | "float32" = "float64") {
  const net = new Network({ dt: 0.1, seed: 5, precision });
  const model = lif({ synapse, E_L: -52, b: o.adapt ? 20 : 0, V_th: o.hetero ? { dist: "uniform", low: -52, high: -48 } : -50 });
  const pop = net.population("P", n, model, { init: { v: { dist: "uniform", low: -60, high: -50 } } });
  if (o.ring) { pop.ensureDelay(3, 0); pop.receives.E = true; pop.receives.I = true; }
  if (o.current) pop.useCurrent().set(Float64Array.from({ length: n }, (_, i) => 10 * Math.sin(i)));
  return pop;
}

/**
 * Deterministic input: ring slots (when used) or the synaptic variables. Every 50th step a large
 * inhibitory conductance (3000 nS) pushes x = −dt Σg/C below −0.6, where exprel leaves its polynomial for exp.
 */
function drive(pop: Population, step: number): void {
  const n = pop.n, syn = (pop.model as LifModel).synapse;
  const off = (step % pop.ringLength) * n;
  const scale = syn === "current" ? 150 : 1;
  for (let i = 0; i < n; i++) {
    const a = scale * ((i * 7 + step * 3) % 11) / 10;
    let bI = scale * ((i * 5 + step) % 13) / 10;
    if (syn === "conductance" && step % 50 === 0 && i % 3 === 0) bI += 3000;
    const inh = syn === "conductance" ? bI : -bI;
    if (pop.receives.E) { pop.ring.E[off + i] += a; pop.ring.I[off + i] += inh; }
    else if (syn !== "delta") { pop.state.gE[i] += a; pop.state.gI[i] += inh; }
  }
}

/** Input into the ring slots that keeps neurons of every synapse type firing (drive() silences current and delta ones). */
function feed(pop: Population, step: number): void {
  const n = pop.n, off = (step % pop.ringLength) * n, cond = (pop.model as LifModel).synapse === "conductance";
  for (let i = 0; i < n; i++) {
    const a = ((i * 7 + step * 3) % 11) / 10, b = ((i * 5 + step) % 13) / 10;
    pop.ring.E[off + i] += cond ? 3 * a : 40 * a;
    pop.ring.I[off + i] += cond ? b / 2 + (step % 50 === 0 && i % 3 === 0 ? 3000 : 0) : -10 * b;
  }
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `element ${i}: ${a[i]} vs ${b[i]}`;
  return "same";
};

describe("WebAssembly LIF kernels (float64, f64x2)", () => {
  for (const synapse of ["conductance", "current", "delta"] as const) {
    for (const ring of [false, true]) for (const current of [false, true]) for (const adapt of [false, true]) for (const hetero of [false, true]) {
      if (synapse === "delta" && !ring) continue; // delta input always goes through the ring buffer
      // 51 neurons: the last one runs in the masked tail iteration (2 lanes)
      it(`${synapse} (ring ${ring}, current ${current}, adaptation ${adapt}, per-neuron thresholds ${hetero}) gives the reference step's spikes and state bit for bit`, () => {
        const o = { ring, current, adapt, hetero };
        const a = make(synapse, 51, o), b = make(synapse, 51, o);
        expect(hasMemory(b)).toBe(true);
        const c = stepConstants(a, 0.1);
        const k = kernelFor(b, 0.1);
        let spikes = 0;
        for (let step = 0; step < 400; step++) {
          drive(a, step); drive(b, step);
          const na = REFERENCE[synapse](a, 0.1, step, c);
          const nb = k(b, step, c);
          expect(nb).toBe(na);
          expect(same(a.spikes.subarray(0, na), b.spikes.subarray(0, nb))).toBe("same");
          spikes += na;
        }
        expect(spikes).toBeGreaterThan(0);
        for (const key of Object.keys(a.state)) expect(same(a.state[key], b.state[key]), key).toBe("same");
        expect(same(a.counters.refractory, b.counters.refractory)).toBe("same");
        for (const r of ["E", "I"]) expect(same(a.ring[r], b.ring[r]), `ring ${r}`).toBe("same");
      });
    }
  }

  for (const precision of ["float64", "float32"] as const) {
    it(`${precision}: a neuron's spikes and state do not depend on which part of the loop steps it (groups of ${UNROLL} vectors, single vectors, the masked tail)`, () => {
      // 23 neurons (with UNROLL = 4): in float32 (4 lanes) 0–15 run in a group, 16–19 as one vector, 20–22 in the
      // tail; in float64 0–15, then 16–21 as vectors, 22 in the tail. In a population of 64 all run in groups.
      for (const synapse of ["conductance", "current", "delta"] as const) {
        const o = { ring: true, current: true, adapt: true, hetero: false };
        const small = make(synapse, 23, o, precision), big = make(synapse, 64, o, precision);
        for (const pop of [small, big]) {
          for (let i = 0; i < pop.n; i++) pop.state.v[i] = -60 + ((i * 37) % 100) / 10;
          pop.Iext!.set(Float64Array.from({ length: pop.n }, (_, i) => 10 * Math.sin(i)));
        }
        const c = stepConstants(small, 0.1);
        const ks = kernelFor(small, 0.1), kb = kernelFor(big, 0.1);
        let spikes = 0;
        for (let step = 0; step < 400; step++) {
          feed(small, step); feed(big, step);
          const ns = ks(small, step, c), nb = kb(big, step, c);
          const first = Array.from(big.spikes.subarray(0, nb)).filter((i) => i < 23);
          expect(same(small.spikes.subarray(0, ns), first), `${synapse} step ${step}`).toBe("same");
          spikes += ns;
        }
        expect(spikes, synapse).toBeGreaterThan(20);
        for (const key of Object.keys(small.state)) expect(same(small.state[key], big.state[key].subarray(0, 23)), `${synapse} ${key}`).toBe("same");
        expect(same(small.counters.refractory, big.counters.refractory.subarray(0, 23)), synapse).toBe("same");
      }
    });
  }

  it("rejects an unroll factor that is not a power of two (its loop bounds are bit masks)", () => {
    const program = lif().program!(make("current", 3, { ring: false, current: false, adapt: false, hetero: false }), 0.1)!;
    expect(() => kernelModule(program as never, "float64", 3)).toThrow(/invalid unroll: 3 \(expected a power of two/);
    expect(kernelModule(program as never, "float64", 8).bytes.length).toBeGreaterThan(0);
  });

  it("leaves the ring slot of the next step alone when n is not a multiple of the lanes", () => {
    const pop = make("current", 3, { ring: true, current: false, adapt: false, hetero: false });
    const k = kernelFor(pop, 0.1);
    const c = stepConstants(pop, 0.1);
    pop.ring.E.fill(1); // slot 0 is read and cleared at step 0; slots 1… must stay
    k(pop, 0, c);
    expect(Array.from(pop.ring.E.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(Array.from(pop.ring.E.subarray(3, 6))).toEqual([1, 1, 1]);
  });

  it("falls back to the JavaScript kernel for slow receptors and for arrays outside the network's memory", () => {
    const net = new Network();
    const nmda = net.population("N", 4, lif({ receptors: ["NMDA"] }));
    expect(nmda.model.program!(nmda, 0.1)).toBeNull();
    const pop = net.population("P", 4, lif());
    expect(hasMemory(pop)).toBe(true);
    pop.Iext = new Float64Array(4);
    expect(hasMemory(pop)).toBe(false);
  });

  it("runs whole networks with the spikes of the JavaScript kernels", () => {
    const run = (javascript: boolean) => {
      const net = new Network({ seed: 3, javascript });
      const m = lif({ synapse: "conductance" });
      net.population("E", 161, m, { kind: "excitatory", init: { v: { dist: "uniform", low: -60, high: -50 }, gE: { dist: "normal", mean: 40, sd: 15 } } });
      net.population("I", 41, m, { kind: "inhibitory", init: { v: { dist: "uniform", low: -60, high: -50 } } });
      for (const pre of ["E", "I"]) for (const post of ["E", "I"]) net.connect(pre, post, { rule: { rule: "probability", p: 0.1 }, weight: pre === "E" ? 4 : 40, delay: pre === "E" ? 0 : 1 });
      net.poissonInput("E", { n: 100, rate: 10, weight: 2 });
      const mon = net.monitorSpikes("E");
      net.run(300);
      return mon.spikes();
    };
    const js = run(true), wasm = run(false);
    expect(wasm.t.length).toBeGreaterThan(100);
    expect(same(js.t, wasm.t)).toBe("same");
    expect(same(js.i, wasm.i)).toBe("same");
  });
});

describe("Network options of the kernels", () => {
  it("reject a bad precision or javascript flag, naming the value and what is expected", () => {
    expect(() => new Network({ precision: "float16" as never })).toThrow(/invalid precision: "float16" \(expected "float64" or "float32"\)/);
    expect(() => new Network({ javascript: "yes" as never })).toThrow(/invalid javascript: "yes" \(expected true or false\)/);
    expect(() => new Network({ precison: "float32" } as never)).toThrow(/precision/);
  });
  it("a spec records float32 and rebuilds a float32 network", () => {
    const net = new Network({ precision: "float32" });
    net.population("P", 3, lif());
    const spec = net.toSpec();
    expect(spec.precision).toBe("float32");
    expect(Network.fromSpec(spec).get("P").state.v).toBeInstanceOf(Float32Array);
    expect(new Network().toSpec().precision).toBeUndefined();
  });
});
