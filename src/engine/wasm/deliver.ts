/**
 * Synaptic delivery (scatter-add) in WebAssembly: for each spike i of this step, every synapse k of
 * row i (CSR by source: rowPtr[i] ≤ k < rowPtr[i+1], target col[k]) adds its weight into the target's
 * input, `buf[slot·n + col[k]] += w_k`. Four functions per float precision of the target:
 *
 *   fixedConst(spikes, ns, rowPtr, col, buf, w)                      constant delay and weight
 *   fixedVar(spikes, ns, rowPtr, col, buf, wts)                      constant delay, f32 weight per synapse
 *   delayConst(spikes, ns, rowPtr, col, ring, dly, n, L, s1, w)      u16 delay per synapse, constant weight
 *   delayVar(spikes, ns, rowPtr, col, ring, dly, n, L, s1, wts)      u16 delay and f32 weight per synapse
 *
 * Arguments are byte addresses in the memory (`buf` is the start of the slot for a constant delay,
 * `ring` the start of the ring buffer) and counts; `s1` = (step + 1) mod L, so synapse k lands in slot
 * (s1 + dly[k]) mod L (computed as s1 + d − L when that is ≥ 0: d ≤ L − 2). Each returns the number of
 * events (synapses of the spiking rows).
 *
 * The arithmetic is that of the JavaScript loop it replaces (network/projection.ts), addition by
 * addition in the same order, so results are bit-identical in both precisions: in float64,
 * `buf += w` in double (a float32 weight promoted exactly); in float32, the sum is formed in double and
 * rounded once to single (JavaScript's `f32[j] += w`: promote, f64.add, demote).
 *
 * Modules are compiled once per process; an instance is bound to one `WebAssembly.Memory`, so
 * {@link deliveryKernels} keeps one per memory (a network's slab moves to a new memory when it grows).
 */
import { FunctionBody, module, type ValType } from "./encode.js";
import type { WasmMemory } from "../slab.js";
import { perMemory } from "./runtime.js";

/** The delivery functions of one target precision (see the file comment). */
export interface DeliveryFunctions {
  fixedConst(spikes: number, ns: number, rowPtr: number, col: number, buf: number, w: number): number;
  fixedVar(spikes: number, ns: number, rowPtr: number, col: number, buf: number, wts: number): number;
  delayConst(spikes: number, ns: number, rowPtr: number, col: number, ring: number, dly: number, n: number, L: number, s1: number, w: number): number;
  delayVar(spikes: number, ns: number, rowPtr: number, col: number, ring: number, dly: number, n: number, L: number, s1: number, wts: number): number;
}

/** The delivery functions for float64 and float32 targets, bound to one memory. */
export interface DeliveryKernels {
  f64: DeliveryFunctions;
  f32: DeliveryFunctions;
}

type Precision = "f64" | "f32";

/**
 * One delivery function: the loop over spikes and, inside, over the synapses of a row.
 * `delayed`: per-synapse delays; `varying`: per-synapse weights.
 */
function deliveryBody(p: Precision, delayed: boolean, varying: boolean): FunctionBody {
  const params: [string, ValType][] = [["spk", "i32"], ["ns", "i32"], ["rowPtr", "i32"], ["col", "i32"], ["buf", "i32"]];
  if (delayed) params.push(["dly", "i32"], ["n", "i32"], ["L", "i32"], ["s1", "i32"]);
  params.push(varying ? ["wts", "i32"] : ["w", "f64"]);
  const f = new FunctionBody(params, ["i32"]);
  for (const name of ["sEnd", "k0", "k1", "pc", "pEnd", "addr", "events", "slot"]) f.local(name, "i32");
  if (varying) f.local("pw", "i32");
  if (delayed) f.local("pd", "i32");
  // sEnd = spk + 4 ns
  f.get("spk").get("ns").op("i32.const", 2).op("i32.shl").op("i32.add").set("sEnd");
  f.op("block").op("loop");
  f.get("spk").get("sEnd").op("i32.ge_u").op("br_if", 1);
  // k0 = rowPtr[i], k1 = rowPtr[i + 1]
  f.get("rowPtr").get("spk").op("i32.load").op("i32.const", 2).op("i32.shl").op("i32.add").tee("addr").op("i32.load").set("k0");
  f.get("addr").op("i32.load", 4).set("k1");
  f.get("events").get("k1").get("k0").op("i32.sub").op("i32.add").set("events");
  // pc = col + 4 k0, pEnd = col + 4 k1 (and the weight / delay pointers of synapse k0)
  f.get("col").get("k0").op("i32.const", 2).op("i32.shl").op("i32.add").set("pc");
  f.get("col").get("k1").op("i32.const", 2).op("i32.shl").op("i32.add").set("pEnd");
  if (varying) f.get("wts").get("k0").op("i32.const", 2).op("i32.shl").op("i32.add").set("pw");
  if (delayed) f.get("dly").get("k0").op("i32.const", 1).op("i32.shl").op("i32.add").set("pd");
  // synapses four at a time (each add completes before the next: a target may repeat), then one at a time
  f.op("block").op("loop");
  f.get("pEnd").get("pc").op("i32.sub").op("i32.const", 4 * UNROLL).op("i32.lt_u").op("br_if", 1);
  for (let u = 0; u < UNROLL; u++) synapse(f, p, delayed, varying, u);
  advance(f, delayed, varying, UNROLL);
  f.op("br", 0).op("end").op("end");
  f.op("block").op("loop");
  f.get("pc").get("pEnd").op("i32.ge_u").op("br_if", 1);
  synapse(f, p, delayed, varying, 0);
  advance(f, delayed, varying, 1);
  f.op("br", 0).op("end").op("end");
  f.get("spk").op("i32.const", 4).op("i32.add").set("spk");
  f.op("br", 0).op("end").op("end");
  f.get("events");
  return f;
}

/** Synapses per iteration of the main loop. */
const UNROLL = 4;

/** Adds the weight of synapse pc + u (pointers pc, pw, pd advanced by u through memory offsets) into its target. */
function synapse(f: FunctionBody, p: Precision, delayed: boolean, varying: boolean, u: number): void {
  const shift = p === "f64" ? 3 : 2;
  // addr = buf + ((slot·n + col[k]) << shift)
  f.get("buf");
  if (delayed) {
    // slot = s1 + d, minus L when ≥ L
    f.get("s1").get("pd").op("i32.load16_u", 2 * u).op("i32.add").tee("slot");
    f.get("slot").get("L").op("i32.sub");
    f.get("slot").get("L").op("i32.lt_u").op("select");
    f.get("n").op("i32.mul");
    f.get("pc").op("i32.load", 4 * u).op("i32.add");
  } else {
    f.get("pc").op("i32.load", 4 * u);
  }
  f.op("i32.const", shift).op("i32.shl").op("i32.add").tee("addr");
  // value + w (in double), stored back
  f.get("addr").op(p === "f64" ? "f64.load" : "f32.load");
  if (p === "f32") f.op("f64.promote_f32");
  if (varying) f.get("pw").op("f32.load", 4 * u).op("f64.promote_f32");
  else f.get("w");
  f.op("f64.add");
  if (p === "f32") f.op("f32.demote_f64");
  f.op(p === "f64" ? "f64.store" : "f32.store");
}

/** Advances the synapse pointers by `count` synapses. */
function advance(f: FunctionBody, delayed: boolean, varying: boolean, count: number): void {
  f.get("pc").op("i32.const", 4 * count).op("i32.add").set("pc");
  if (varying) f.get("pw").op("i32.const", 4 * count).op("i32.add").set("pw");
  if (delayed) f.get("pd").op("i32.const", 2 * count).op("i32.add").set("pd");
}

const NAMES = { fixedConst: [false, false], fixedVar: [false, true], delayConst: [true, false], delayVar: [true, true] } as const;

/** The bytes of the delivery module: the four functions for each precision, exported as `f64_fixedConst`, …. */
export function deliveryModule(): Uint8Array {
  const functions = [];
  for (const p of ["f64", "f32"] as const) {
    for (const [name, [delayed, varying]] of Object.entries(NAMES)) functions.push({ name: `${p}_${name}`, body: deliveryBody(p, delayed, varying) });
  }
  return module(functions);
}

/** The delivery functions bound to `memory` (compiled once, instantiated once per memory). */
export const deliveryKernels: (memory: WasmMemory) => DeliveryKernels = perMemory(deliveryModule, (ex) => {
  const pick = (p: Precision) => Object.fromEntries(Object.keys(NAMES).map((name) => [name, ex[`${p}_${name}`]])) as unknown as DeliveryFunctions;
  return { f64: pick("f64"), f32: pick("f32") };
});
