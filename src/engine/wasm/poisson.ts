/**
 * Per-target Poisson counts in WebAssembly: for each of n targets, a count k ~ Poisson(λ) drawn by
 * Walker's alias method from one 32-bit uniform, and `buf[i] += k·w` when k > 0. The uniforms come
 * from four xoshiro128** generators (Blackman & Vigna 2018) stepped together in the four 32-bit lanes
 * of a SIMD vector; target i uses lane i mod 4.
 *
 *   poisson_f64(state, table, K, lo, buf, n, w)   and   poisson_f32(…)   (the target's float precision)
 *
 * `state`: 64 bytes, the words a, b, c, d of the four lanes as four vectors (read, advanced, written
 * back). `table`: K columns of (threshold u32, alias i32), see inputs/poisson-sampler.ts. For a
 * uniform u (u32), the product u·K (64 bits) gives the column c = ⌊u·K / 2³²⌋ and a fraction
 * f = u·K mod 2³²; the count is lo + (f < threshold[c] ? c : alias[c]). The arithmetic of the add is
 * JavaScript's `buf[i] += k * w` (in float32: promote, add in double, demote). The JavaScript
 * reference (inputs/poisson-sampler.ts, `sampleJs`) gives bit-identical results.
 */
import { FunctionBody, module } from "./encode.js";
import type { WasmMemory } from "../slab.js";
import { perMemory } from "./runtime.js";

/** The sampler for one target precision (see the file comment). */
export type PoissonFunction = (state: number, table: number, K: number, lo: number, buf: number, n: number, w: number) => void;

/** The sampler for float64 and float32 targets, bound to one memory. */
export interface PoissonKernels {
  f64: PoissonFunction;
  f32: PoissonFunction;
}

/** Pushes rotl(x, r) of each 32-bit lane of the vector in local `x`. */
function rotl(f: FunctionBody, x: string, r: number): void {
  f.get(x).op("i32.const", r).op("i32x4.shl").get(x).op("i32.const", 32 - r).op("i32x4.shr_u").op("v128.or");
}

function body(p: "f64" | "f32"): FunctionBody {
  const f = new FunctionBody([["st", "i32"], ["tab", "i32"], ["K", "i32"], ["lo", "i32"], ["buf", "i32"], ["n", "i32"], ["w", "f64"]], []);
  for (const v of ["a", "b", "c", "d", "r", "t"]) f.local(v, "v128");
  for (const v of ["i", "col", "e", "k", "addr"]) f.local(v, "i32");
  f.local("prod", "i64");
  f.local("Kl", "i64");
  ["a", "b", "c", "d"].forEach((v, j) => f.get("st").op("v128.load", 16 * j).set(v));
  f.get("K").op("i64.extend_i32_u").set("Kl");
  f.op("block").op("loop");
  f.get("i").get("n").op("i32.ge_s").op("br_if", 1);
  // xoshiro128** in four lanes: r = rotl(b·5, 7)·9; t = b << 9; c ^= a; d ^= b; b ^= c; a ^= d; c ^= t; d = rotl(d, 11)
  f.get("b").op("i32.const", 5).op("i32x4.splat").op("i32x4.mul").set("t");
  rotl(f, "t", 7);
  f.op("i32.const", 9).op("i32x4.splat").op("i32x4.mul").set("r");
  f.get("b").op("i32.const", 9).op("i32x4.shl").set("t");
  f.get("c").get("a").op("v128.xor").set("c");
  f.get("d").get("b").op("v128.xor").set("d");
  f.get("b").get("c").op("v128.xor").set("b");
  f.get("a").get("d").op("v128.xor").set("a");
  f.get("c").get("t").op("v128.xor").set("c");
  rotl(f, "d", 11);
  f.set("d");
  for (let j = 0; j < 4; j++) {
    if (j > 0) f.get("i").op("i32.const", j).op("i32.add").get("n").op("i32.ge_s").op("br_if", 1);
    // column and fraction of u·K
    f.get("r").op("i32x4.extract_lane", j).op("i64.extend_i32_u").get("Kl").op("i64.mul").set("prod");
    f.get("prod").op("i64.const", 32).op("i64.shr_u").op("i32.wrap_i64").tee("col");
    f.op("i32.const", 3).op("i32.shl").get("tab").op("i32.add").set("e");
    // k = lo + (fraction < threshold ? col : alias)
    f.get("col").get("e").op("i32.load", 4).get("prod").op("i32.wrap_i64").get("e").op("i32.load").op("i32.lt_u").op("select");
    f.get("lo").op("i32.add").tee("k");
    f.op("if");
    f.get("buf").get("i").op("i32.const", j).op("i32.add").op("i32.const", p === "f64" ? 3 : 2).op("i32.shl").op("i32.add").tee("addr");
    f.get("addr").op(p === "f64" ? "f64.load" : "f32.load");
    if (p === "f32") f.op("f64.promote_f32");
    f.get("k").op("f64.convert_i32_s").get("w").op("f64.mul").op("f64.add");
    if (p === "f32") f.op("f32.demote_f64");
    f.op(p === "f64" ? "f64.store" : "f32.store");
    f.op("end");
  }
  f.get("i").op("i32.const", 4).op("i32.add").set("i");
  f.op("br", 0).op("end").op("end");
  ["a", "b", "c", "d"].forEach((v, j) => f.get("st").get(v).op("v128.store", 16 * j));
  return f;
}

/** The bytes of the module (exports `poisson_f64` and `poisson_f32`). */
export function poissonModule(): Uint8Array {
  return module([{ name: "poisson_f64", body: body("f64") }, { name: "poisson_f32", body: body("f32") }]);
}

/** The sampler bound to `memory` (compiled once, instantiated once per memory). */
export const poissonKernels: (memory: WasmMemory) => PoissonKernels = perMemory(poissonModule,
  (ex) => ({ f64: ex.poisson_f64 as PoissonFunction, f32: ex.poisson_f32 as PoissonFunction }));
