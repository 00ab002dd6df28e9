/**
 * Compiles a model's step program (engine/kernel-ir.ts) to a WebAssembly SIMD kernel: float64
 * steps 2 neurons at a time (f64x2) with results identical to the program's scalar arithmetic,
 * float32 steps 4 (f32x4). The state stays where it is (the network's slab memory); the kernel gets
 * each array's byte offset, the number of neurons and the step's scalars as arguments, writes the
 * indices of the neurons that spiked into the population's spike list and returns their count.
 *
 * Layout of the generated function: scalars and literals are read once from a table of constant
 * vectors in memory (the population's; written by the caller) into locals; a loop over groups of
 * UNROLL vectors, then over whole vectors; then one masked iteration for the last n mod lanes
 * neurons (its stores keep the old values beyond n, so ring-buffer slots next to each other are
 * never touched). Branch-free bodies: refractoriness and reset are `select`s; spikes are found
 * with a bitmask and written lane by lane only when one lane fired. exp and exprel's rare
 * large-argument branch run per lane in scalar code inline (engine/wasm/exp.ts: Math.exp's own
 * algorithm, so float64 stays bit-identical).
 */
import { FunctionBody, module } from "./encode.js";
import { emitExp } from "./exp.js";
import { typeOf, type Expr, type IrType, type KernelProgram } from "../kernel-ir.js";
import { EXPREL_F32, EXPREL_F64, EXPREL_POLY_MIN } from "../exprel.js";
import { hasExprel, laneIndices, reorderable } from "./program-facts.js";

/** Arithmetic of a kernel: float64 (f64x2) or float32 (f32x4). */
export type KernelPrecision = "float64" | "float32";

interface Lanes { L: number; F: string; I: string; fb: number; scalar: "f64" | "f32" }
const LANES: Record<KernelPrecision, Lanes> = {
  float64: { L: 2, F: "f64x2", I: "i64x2", fb: 8, scalar: "f64" },
  float32: { L: 4, F: "f32x4", I: "i32x4", fb: 4, scalar: "f32" },
};


/**
 * A slot of a kernel's table of constant vectors: a literal, a scalar of the program by name, or
 * (`fold`) arithmetic on those alone, computed once per call by the caller instead of once per vector.
 */
export type TableEntry = { num: number } | { int: number } | { const: string } | { iconst: string } | { fold: Expr };

/**
 * Whether `e` is float arithmetic (+ − × ÷, negation) on literals and scalars only: such a node is
 * folded into one table slot. The caller computes it in the kernel's precision operation by
 * operation (float32: each operand and result rounded with Math.fround, which for + − × ÷ equals the
 * f32x4 result), so folding changes no bit of the results.
 */
export function foldable(e: Expr): boolean {
  if (e.k === "num" || e.k === "const") return true;
  if (e.k === "neg") return foldable(e.a);
  if (e.k === "op" && e.op !== "min" && e.op !== "max") return foldable(e.a) && foldable(e.b);
  return false;
}

/** Vectors a kernel steps per iteration of its main loop (loop overhead and address arithmetic shared by them). */
export const UNROLL = 4;

/** Most slots a kernel's table may have (the population reserves 16 bytes for each). */
export const TABLE_SLOTS = 128;

/**
 * The kernel module for `program` at `precision` (exported for tests and inspection) and the layout
 * of its table of constant vectors. Its function `step(n, spikes, …array offsets, kptr)` returns the
 * number of spikes.
 */
export function kernelModule(program: KernelProgram, precision: KernelPrecision, U = UNROLL): { bytes: Uint8Array; table: TableEntry[] } {
  if (!(Number.isInteger(U) && U > 0 && (U & (U - 1)) === 0)) throw new RangeError(`invalid unroll: ${U} (expected a power of two: the loop bounds are masks)`);
  const ln = LANES[precision];
  const { F, I, L, fb } = ln;
  const arrays = Object.keys(program.arrays);
  const b = new FunctionBody([["n", "i32"], ["spikes", "i32"], ...arrays.map((a) => [`a.${a}`, "i32"] as [string, "i32"]),
    ["kptr", "i32"]], ["i32"]);
  for (const x of ["i", "ns", "offF", "offI", "bits", "nFull", "nGroups"]) b.local(x, "i32");
  b.local("valid", "v128");
  // check the program's types
  const vars = new Map<string, IrType>(), types = new Map<Expr, IrType>();
  for (const s of program.body) {
    if ("let" in s) {
      if (vars.has(s.let)) throw new TypeError(`invalid kernel program ${program.key}: ${s.let} is bound twice`);
      vars.set(s.let, typeOf(s.e, program, vars, types));
    }
    else if ("store" in s) {
      const a = program.arrays[s.store];
      if (!a) throw new TypeError(`invalid kernel program ${program.key}: store to unknown array ${s.store}`);
      if (typeOf(s.e, program, vars, types) !== a.type) throw new TypeError(`invalid kernel program ${program.key}: store of the wrong type into ${s.store}`);
    } else if (typeOf(s.spike, program, vars, types) !== "b") throw new TypeError(`invalid kernel program ${program.key}: spike needs a boolean`);
  }
  // scalars and literals live in a table of vectors in memory (slot j at kptr + 16 j), written by the caller,
  // and are read once, before the loops, into locals K.j. Measured (Node 20's V8 11.3, x64): reading the table at each use
  // instead made TurboFan hoist those loads to the top of each block and spill them (COBA-4000 float64 loop 0.183 s
  // against 0.150 s in an interleaved A/B, both unrolled twice); a v128.const costs 3 instructions per use
  const slots = new Map<string, number>();
  const table: TableEntry[] = [];
  const slot = (entry: TableEntry): void => {
    const key = JSON.stringify(entry, (_, x) => (Object.is(x, -0) ? "-0" : x));
    let at = slots.get(key);
    if (at === undefined) { at = table.length; slots.set(key, at); table.push(entry); }
    b.local(`K.${at}`, "v128"); b.get(`K.${at}`);
  };
  const splatI = () => (precision === "float32" ? b.op("i32x4.splat") : b.op("i64.extend_i32_s").op("i64x2.splat"));
  let temp = 0;

  const emit = (e: Expr): void => {
    switch (e.k) {
      case "num": slot({ num: e.v }); return;
      case "int": slot({ int: e.v }); return;
      case "const": slot({ const: e.c }); return;
      case "iconst": slot({ iconst: e.c }); return;
      case "var": b.get(`V${copy}.${e.name}`); return;
      case "load": loadArray(e.a); return;
      case "op": {
        if (foldable(e)) { slot({ fold: e }); return; }
        emit(e.a); emit(e.b);
        const t = typeOf(e.a, program, vars, types);
        b.op(t === "i" ? `${I}.${e.op}` : `${F}.${e.op}`);
        return;
      }
      case "neg": if (foldable(e)) { slot({ fold: e }); return; } emit(e.a); b.op(`${F}.neg`); return;
      case "cmp": {
        emit(e.a); emit(e.b);
        const t = typeOf(e.a, program, vars, types);
        b.op(t === "i" ? `${I}.${e.op}_s` : `${F}.${e.op}`);
        return;
      }
      case "and": case "or":
        // a ∧ ¬b in one instruction (v128.andnot)
        if (e.k === "and" && e.b.k === "not") { emit(e.a); emit(e.b.a); b.op("v128.andnot"); return; }
        if (e.k === "and" && e.a.k === "not") { emit(e.b); emit(e.a.a); b.op("v128.andnot"); return; }
        emit(e.a); emit(e.b); b.op(`v128.${e.k}`);
        return;
      case "not": emit(e.a); b.op("v128.not"); return;
      case "select": emit(e.a); emit(e.b); emit(e.c); b.op("v128.bitselect"); return;
      case "exp": case "exprel": {
        const X = `T.${temp++}`, H = `T.${temp++}`;
        b.local(X, "v128"); b.local(H, "v128");
        emit(e.a); b.set(X);
        if (e.k === "exprel") exprelPoly(X, H); else b.get(X).set(H);
        if (e.k === "exprel" && fast) {
          // the fast loop leaves for the full body when a lane needs the exp branch (nothing is stored yet)
          b.get(X); slot({ num: EXPREL_POLY_MIN }); b.op(`${F}.gt`).op(`${I}.bitmask`).op("i32.const", (1 << L) - 1).op("i32.ne").op("br_if", 1);
          b.get(H);
          return;
        }
        // lanes the polynomial does not cover (exprel: x ≤ −0.6 or NaN), or every lane (exp)
        if (e.k === "exprel") {
          b.get(X); slot({ num: EXPREL_POLY_MIN }); b.op(`${F}.gt`).op(`${I}.bitmask`).set("bits");
          b.get("bits").op("i32.const", (1 << L) - 1).op("i32.ne").op("if");
        }
        b.local("x.s", "f64"); b.local("e.s", "f64");
        for (let l = 0; l < L; l++) {
          if (e.k === "exprel") b.get("bits").op("i32.const", 1 << l).op("i32.and").op("i32.eqz").op("if");
          b.get(X).op(`${F}.extract_lane`, l);
          if (precision === "float32") b.op("f64.promote_f32");
          b.set("x.s");
          emitExp(b, "x.s", "e.s");
          b.get(H).get("e.s");
          if (e.k === "exprel") b.op("f64.const", 1).op("f64.sub").get("x.s").op("f64.div");
          if (precision === "float32") b.op("f32.demote_f64");
          b.op(`${F}.replace_lane`, l).set(H);
          if (e.k === "exprel") b.op("end");
        }
        if (e.k === "exprel") b.op("end");
        b.get(H);
        return;
      }
    }
  };
  // exprel's polynomial for x > −0.6 into H, by Estrin's scheme in engine/exprel.ts's order:
  // (((a0 + a1 x) + x²(a2 + a3 x)) + x⁴((a4 + a5 x) + x²(a6 + a7 x))) + (x⁴x⁴) a8; float32: degree 5
  const exprelPoly = (X: string, H: string) => {
    const a = precision === "float32" ? EXPREL_F32 : EXPREL_F64;
    const mul = () => b.op(`${F}.mul`), add = () => b.op(`${F}.add`);
    const x2 = `T.${temp++}`, x4 = `T.${temp++}`;
    b.local(x2, "v128"); b.local(x4, "v128");
    b.get(X).get(X); mul(); b.set(x2);
    b.get(x2).get(x2); mul(); b.set(x4);
    const lin = (j: number) => { slot({ num: a[j] }); slot({ num: a[j + 1] }); b.get(X); mul(); add(); }; // a_j + a_{j+1} x
    lin(0); b.get(x2); lin(2); mul(); add(); // (a0 + a1 x) + x²(a2 + a3 x)
    if (precision === "float32") {
      b.get(x4); lin(4); mul(); add(); // + x⁴(a4 + a5 x)
    } else {
      b.get(x4); lin(4); b.get(x2); lin(6); mul(); add(); mul(); add(); // + x⁴((a4 + a5 x) + x²(a6 + a7 x))
      b.get(x4).get(x4); mul(); slot({ num: a[8] }); mul(); add(); // + (x⁴x⁴) a8
    }
    b.set(H);
  };
  // an unrolled iteration steps U vectors: vector `copy` of it reads and writes U·L neurons' arrays at a fixed byte
  // offset from the first's (one address computation per array serves them all), with its own named values
  let copy = 0;
  const at = (a: string) => copy * (program.arrays[a].type === "f" || precision === "float32" ? 16 : 8);
  const addr = (a: string) => {
    b.get(`a.${a}`).get(program.arrays[a].type === "f" ? "offF" : "offI").op("i32.add");
  };
  const loadArray = (a: string) => {
    addr(a);
    if (program.arrays[a].type === "f" || precision === "float32") b.op("v128.load", at(a), 3);
    else b.op("v128.load32x2_s", at(a), 2);
  };
  // the fast loop's body: lets first, then stores and spikes (allowed when no array is loaded after it is stored),
  // and exprel without its exp branch, which it leaves for (see `code`)
  let fast = false;
  const ordered = reorderable(program) ? [...program.body.filter((s) => "let" in s), ...program.body.filter((s) => !("let" in s))] : null;
  const offsets = () => {
    b.get("i").op("i32.const", Math.log2(fb)).op("i32.shl").set("offF");
    b.get("i").op("i32.const", 2).op("i32.shl").set("offI");
  };
  const statement = (s: KernelProgram["body"][number], tail: boolean) => {
    if ("let" in s) {
      b.local(`V${copy}.${s.let}`, "v128");
      emit(s.e); b.set(`V${copy}.${s.let}`);
    } else if ("store" in s) {
      const int = program.arrays[s.store].type === "i";
      addr(s.store);
      emit(s.e);
      if (tail) { loadArray(s.store); b.get("valid").op("v128.bitselect"); }
      if (int && precision === "float64") {
        b.local("T.pack", "v128");
        b.set("T.pack").get("T.pack").get("T.pack").op("i8x16.shuffle", 0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11).op("v128.store64_lane", at(s.store), 2, 0);
      } else b.op("v128.store", at(s.store), 3);
    } else {
      emit(s.spike);
      if (tail) b.get("valid").op("v128.and");
      b.op(`${I}.bitmask`).tee("bits").op("if");
      for (let l = 0; l < L; l++) {
        b.get("bits").op("i32.const", 1 << l).op("i32.and").op("if");
        b.get("spikes").get("ns").op("i32.const", 2).op("i32.shl").op("i32.add").get("i").op("i32.const", copy * L + l).op("i32.add").op("i32.store", 0, 2);
        b.get("ns").op("i32.const", 1).op("i32.add").set("ns");
        b.op("end");
      }
      b.op("end");
    }
  };
  // `copies` vectors from i: each in program order; or, on the fast path, every vector's lets before any store
  const body = (tail: boolean, copies: number, fastPath = false) => {
    fast = fastPath;
    offsets();
    if (fastPath) {
      const lets = ordered!.filter((s) => "let" in s), rest = ordered!.filter((s) => !("let" in s));
      for (copy = 0; copy < copies; copy++) for (const s of lets) statement(s, false);
      for (copy = 0; copy < copies; copy++) for (const s of rest) statement(s, false);
    } else for (copy = 0; copy < copies; copy++) for (const s of program.body) statement(s, tail);
    copy = 0;
  };
  const step = (vectors: number) => b.get("i").op("i32.const", vectors * L).op("i32.add").set("i");
  const code = (): void => {
    // whole groups of U vectors, then whole vectors, then the last n mod L neurons
    b.get("n").op("i32.const", -U * L).op("i32.and").set("nGroups");
    b.get("n").op("i32.const", -L).op("i32.and").set("nFull");
    if (ordered && hasExprel(program)) {
      // block $exit / loop $outer / block $slow / loop $fast: the fast body has no exp code, so its values stay in
      // registers; a group with a lane below exprel's polynomial range branches to $slow, which runs the full body
      // for that group, then returns to the fast loop
      b.op("block").op("loop").op("block").op("loop");
      b.get("i").get("nGroups").op("i32.ge_s").op("br_if", 3);
      body(false, U, true);
      step(U);
      b.op("br", 0).op("end").op("end");
      body(false, U);
      step(U);
      b.op("br", 0).op("end").op("end");
    } else {
      b.op("block").op("loop");
      b.get("i").get("nGroups").op("i32.ge_s").op("br_if", 1);
      body(false, U);
      step(U);
      b.op("br", 0).op("end").op("end");
    }
    b.op("block").op("loop");
    b.get("i").get("nFull").op("i32.ge_s").op("br_if", 1);
    body(false, 1);
    step(1);
    b.op("br", 0).op("end").op("end");
    b.get("i").get("n").op("i32.lt_s").op("if");
    // valid lanes: i + l < n
    b.get("i"); splatI();
    b.op("v128.const", ...laneIndices(precision)).op(`${I}.add`);
    b.get("n"); splatI();
    b.op(`${I}.lt_s`).set("valid");
    body(true, 1);
    b.op("end");
    b.get("ns");
  };
  code();
  // the prologue: every slot of the table read once into its local (K.j), before the loops
  b.prepend(() => table.forEach((_, j) => b.get("kptr").op("v128.load", 16 * j, 4).set(`K.${j}`)));
  if (table.length > TABLE_SLOTS) throw new RangeError(`kernel program ${program.key} needs ${table.length} constant vectors (at most ${TABLE_SLOTS})`);
  return { bytes: module([{ name: "step", body: b }]), table };
}
