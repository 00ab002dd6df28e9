import { afterEach, beforeEach, describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { Network } from "../../src/network/network.js";
import { Projection } from "../../src/network/projection.js";
import { lif } from "../../src/models/lif.js";
import { resetWarnings, setWarningHandler } from "../../src/params/warn.js";
import type { Precision } from "../../src/engine/population.js";
import type { Slab } from "../../src/engine/slab.js";

/** Every kind of projection: constant and per-synapse weights and delays, direct (delay 0) and through rings, from a source. */
function mixed(options: { precision?: Precision; javascript?: boolean } = {}, extra?: (net: Network) => void) {
  const net = new Network({ seed: 3, ...options });
  const init = { v: { dist: "uniform" as const, low: -70, high: -50 } };
  net.population("E", 400, lif({ synapse: "conductance" }), { init });
  net.population("I", 100, lif({ synapse: "conductance" }), { kind: "inhibitory", init });
  net.poissonSource("X", 200, { rate: 20 });
  net.connect("X", "E", { rule: { rule: "probability", p: 0.1 }, weight: { dist: "uniform", low: 0.5, high: 3 }, delay: { dist: "uniform", low: 0.5, high: 3 } });
  net.connect("X", "I", { rule: { rule: "probability", p: 0.1 }, weight: 1.1 });
  net.connect("E", "E", { rule: { rule: "probability", p: 0.05 }, weight: 0.3, delay: { dist: "uniform", low: 0.1, high: 5 } });
  net.connect("E", "I", { rule: { rule: "probability", p: 0.05 }, weight: { dist: "uniform", low: 0.1, high: 0.6 }, delay: 1 });
  net.connect("I", "E", { rule: { rule: "probability", p: 0.1 }, weight: { dist: "uniform", low: 1, high: 6 } });
  net.connect("I", "I", { rule: { rule: "probability", p: 0.1 }, weight: 2.7, delay: 0.7 });
  extra?.(net);
  return net;
}

function spikes(net: Network, T = 300) {
  const ms = ["E", "I"].map((p) => net.monitorSpikes(p));
  const st = net.run(T);
  return { events: st.events, trains: ms.map((m) => { const s = m.spikes(); return [Array.from(s.i), Array.from(s.t)]; }) };
}

/** Forces the network's memory to grow (a silent source of 2 million neurons: 16 MB of row pointers and spike copies). */
function grow(net: Network) {
  net.spikeTimes("G", 2_000_000, { indices: [], times: [] });
  net.connect("G", "E", { rule: { rule: "list", pre: [0], post: [0] }, weight: 1 });
}

let warnings: string[] = [];
let prev: (m: string) => void;
beforeEach(() => { warnings = []; resetWarnings(); prev = setWarningHandler((m) => warnings.push(m)); });
afterEach(() => { setWarningHandler(prev); });

describe("projection storage and WebAssembly delivery", () => {
  for (const precision of ["float64", "float32"] as const) {
    it(`${precision}: spikes and events identical to JavaScript delivery (every kind of projection)`, () => {
      const wasm = spikes(mixed({ precision }));
      const js = spikes(mixed({ precision, javascript: true }));
      expect(wasm.events).toBeGreaterThan(50000);
      expect(wasm.trains[0][0].length).toBeGreaterThan(500);
      expect(wasm).toEqual(js);
    });
  }

  it("synapses live in the network's memory; views follow it when it grows", () => {
    const net = mixed();
    const p = net.projections.find((q) => q.name === "X→E")!;
    const slab = (net as unknown as { slab: Slab }).slab;
    expect(p.col.buffer).toBe(slab.buffer);
    expect(p.rowPtr.buffer).toBe(slab.buffer);
    expect((p.weight as Float32Array).buffer).toBe(slab.buffer);
    expect((p.delaySteps as Uint16Array).buffer).toBe(slab.buffer);
    const before = { col: Array.from(p.col), rowPtr: Array.from(p.rowPtr), w: Array.from(p.weight as Float32Array), d: Array.from(p.delaySteps as Uint16Array) };
    const memory = slab.memory;
    grow(net);
    expect(slab.memory).not.toBe(memory);
    expect(p.col.buffer).toBe(slab.buffer);
    expect({ col: Array.from(p.col), rowPtr: Array.from(p.rowPtr), w: Array.from(p.weight as Float32Array), d: Array.from(p.delaySteps as Uint16Array) }).toEqual(before);
  });

  it("a network grown after its projections were made still gives the JavaScript result", () => {
    expect(spikes(mixed({}, grow), 200)).toEqual(spikes(mixed({ javascript: true }, grow), 200));
  });

  it("inhibitory STDP writes the weights the projection delivers, also after the memory grew", () => {
    const withRule = (net: Network) => { net.inhibitorySTDP("I→E", { eta: 0.05 }); grow(net); };
    const a = mixed({}, withRule), b = mixed({ javascript: true }, withRule);
    const w0 = Array.from(a.projections.find((q) => q.name === "I→E")!.weight as Float32Array);
    expect(spikes(a)).toEqual(spikes(b));
    const w1 = a.projections.find((q) => q.name === "I→E")!.weight as Float32Array;
    expect(w1.buffer).toBe((a as unknown as { slab: Slab }).slab.buffer);
    expect(Array.from(w1)).not.toEqual(w0); // the rule changed them in the network's memory
    expect(Array.from(w1)).toEqual(Array.from(b.projections.find((q) => q.name === "I→E")!.weight as Float32Array));
  });

  it("weights can be set: a number makes them constant, a Float32Array is copied in; a wrong length throws", () => {
    const net = mixed();
    const p = net.projections.find((q) => q.name === "E→E")!;
    const slab = (net as unknown as { slab: Slab }).slab;
    const w = new Float32Array(p.size).fill(0.25);
    p.weight = w;
    expect(p.weight).not.toBe(w);
    expect((p.weight as Float32Array).buffer).toBe(slab.buffer);
    expect((p.weight as Float32Array)[p.size - 1]).toBe(0.25);
    p.weight = 0.5;
    expect(p.weight).toBe(0.5);
    expect(() => { p.weight = new Float32Array(3); }).toThrow(/invalid E→E\.weight: 3 weights \(expected a number or a Float32Array of \d+ weights/);
    // changed weights are what gets delivered: scaled weights equal the JavaScript network scaled alike
    const scale = (n: Network) => { const q = n.projections.find((x) => x.name === "I→E")!; q.weight = (q.weight as Float32Array).map((x) => 0.5 * x); };
    expect(spikes(mixed({}, scale))).toEqual(spikes(mixed({ javascript: true }, scale)));
  });

  it("a projection whose synapses do not fit the memory keeps them in JavaScript and says so", () => {
    const net = mixed();
    const q = net.projections.find((x) => x.name === "X→E")!;
    const full = { reserve(): number { throw new RangeError("cannot allocate 4 GiB"); }, buffer: new ArrayBuffer(0), memory: { buffer: new ArrayBuffer(0) }, onGrow() {} } as unknown as Slab;
    const warn = (_key: string, message: string) => { warnings.push(message); return true; };
    const p = new Projection("big", q.pre, q.post, { rowPtr: q.rowPtr.slice(), col: q.col.slice() }, 1, 2, 0.1, "E", { slab: full, warn });
    expect(p.col.buffer).not.toBe(q.col.buffer);
    expect(warnings.join()).toMatch(/projection big: its \d+ synapses do not fit the network's WebAssembly memory \(cannot allocate 4 GiB\); they stay in JavaScript arrays/);
    // and it still delivers (in JavaScript): one spike of source 0 adds its row's weights
    const pre = q.pre as { spikes: Int32Array; nSpikes: number };
    pre.spikes[0] = 0;
    pre.nSpikes = 1;
    expect(p.deliver(0)).toBe(q.rowPtr[1] - q.rowPtr[0]);
    pre.nSpikes = 0;
  });
});
