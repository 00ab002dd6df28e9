/**
 * The step of a neuron model as data, so that the engine can generate a fast kernel for it (today:
 * WebAssembly SIMD, engine/wasm/kernel.ts) without hand-written machine code. A model declares, per
 * neuron i, a straight-line program over its arrays:
 *
 *   let s1 = gE[i] + ringE[i]; store ringE ← 0; …; let fired = !refractory & (v' > V_th); spike fired
 *
 * There are no branches: a model writes `select(condition, a, b)` where its reference step has an
 * `if` (refractory hold, threshold and reset), so that 2 (float64) or 4 (float32) neurons step at
 * once. Values are floats ("f"), 32-bit integers ("i", e.g. refractory counters) or booleans ("b").
 * Arithmetic is IEEE in the order written: a program that follows its model's reference step
 * operation by operation gives bit-identical results in float64 (tests check it per model).
 *
 * Built with the helpers below (`add(load("v"), c("k"))`…); see models/lif-program.ts.
 *
 * @module
 */

/** An expression of the program. */
export type Expr =
  | { k: "num"; v: number }
  | { k: "int"; v: number }
  | { k: "load"; a: string }
  | { k: "const"; c: string }
  | { k: "iconst"; c: string }
  | { k: "var"; name: string }
  | { k: "op"; op: "add" | "sub" | "mul" | "div" | "min" | "max"; a: Expr; b: Expr }
  | { k: "neg"; a: Expr }
  | { k: "cmp"; op: "gt" | "lt" | "ge" | "le"; a: Expr; b: Expr }
  | { k: "and" | "or"; a: Expr; b: Expr }
  | { k: "not"; a: Expr }
  | { k: "select"; c: Expr; a: Expr; b: Expr }
  | { k: "exp" | "exprel"; a: Expr };

/** A statement: bind a name, write an array element, or emit a spike where a boolean holds. */
export type Stmt = { let: string; e: Expr } | { store: string; e: Expr } | { spike: Expr };

/** Value types: float, 32-bit integer, boolean. */
export type IrType = "f" | "i" | "b";

/**
 * A per-neuron array the program reads or writes: its element type and where element 0 of it is,
 * as a byte offset in the population's memory (read when a run starts). A ring buffer (`ring: true`)
 * is read at the current step's slot: `at` + (step mod ringLength) · n · bytes per float.
 */
export interface ProgramArray<P = unknown> {
  type: "f" | "i";
  /** Byte offset of element 0 in the population's memory. */
  at(pop: P): number;
  ring?: boolean;
}

/** A model's step as a program (see the file comment). */
export interface KernelProgram<P = unknown, C = unknown> {
  /** Names the variant, for the cache and error messages (e.g. "lif:conductance:ringE"). */
  key: string;
  arrays: Record<string, ProgramArray<P>>;
  /** Float scalars per call (parameters, step constants), read when the kernel is called. */
  consts: Record<string, (pop: P, c: C) => number>;
  /** Integer scalars per call (e.g. the refractory period in steps). */
  iconsts: Record<string, (pop: P, c: C) => number>;
  body: Stmt[];
}

const num = (x: Expr | number): Expr => (typeof x === "number" ? { k: "num", v: x } : x);

/** A float literal. */ export const f = (v: number): Expr => ({ k: "num", v });
/** An integer literal. */ export const int = (v: number): Expr => ({ k: "int", v });
/** Element i of array `a`. */ export const load = (a: string): Expr => ({ k: "load", a });
/** A float scalar of the call. */ export const c = (name: string): Expr => ({ k: "const", c: name });
/** An integer scalar of the call. */ export const ic = (name: string): Expr => ({ k: "iconst", c: name });
/** A name bound by `let`. */ export const v = (name: string): Expr => ({ k: "var", name });
/** a + b */ export const add = (a: Expr | number, b: Expr | number): Expr => ({ k: "op", op: "add", a: num(a), b: num(b) });
/** a − b */ export const sub = (a: Expr | number, b: Expr | number): Expr => ({ k: "op", op: "sub", a: num(a), b: num(b) });
/** a · b */ export const mul = (a: Expr | number, b: Expr | number): Expr => ({ k: "op", op: "mul", a: num(a), b: num(b) });
/** a / b */ export const div = (a: Expr | number, b: Expr | number): Expr => ({ k: "op", op: "div", a: num(a), b: num(b) });
/** −a */ export const neg = (a: Expr): Expr => ({ k: "neg", a });
/** a > b */ export const gt = (a: Expr | number, b: Expr | number): Expr => ({ k: "cmp", op: "gt", a: num(a), b: num(b) });
/** a < b */ export const lt = (a: Expr | number, b: Expr | number): Expr => ({ k: "cmp", op: "lt", a: num(a), b: num(b) });
/** a and b (booleans) */ export const and = (a: Expr, b: Expr): Expr => ({ k: "and", a, b });
/** not a (boolean) */ export const not = (a: Expr): Expr => ({ k: "not", a });
/** cond ? a : b, per neuron */ export const select = (cond: Expr, a: Expr | number, b: Expr | number): Expr => ({ k: "select", c: cond, a: num(a), b: num(b) });
/** e^x as JavaScript's Math.exp computes it (fdlibm). */ export const exp = (a: Expr): Expr => ({ k: "exp", a });
/**
 * (e^x − 1)/x as engine/exprel.ts computes it: a degree-8 Chebyshev polynomial for x > −0.6,
 * (Math.exp(x) − 1)/x below (float32 kernels: degree 5).
 */
export const exprel = (a: Expr): Expr => ({ k: "exprel", a });

/** Statement helpers. */
export const let_ = (name: string, e: Expr): Stmt => ({ let: name, e });
/** Stores `e` into element i of `array`. */
export const store = (array: string, e: Expr | number): Stmt => ({ store: array, e: num(e) });
/** Records a spike of neuron i when `cond` holds. */
export const spike = (cond: Expr): Stmt => ({ spike: cond });

/**
 * The type of an expression, checking the program as it goes (a float where a boolean is expected
 * and the like throw, naming the program). `memo` keeps the types of nodes already seen (pass the
 * same map to type many expressions of one program once each).
 */
export function typeOf(e: Expr, p: Pick<KernelProgram, "arrays" | "key">, vars: Map<string, IrType>, memo = new Map<Expr, IrType>()): IrType {
  let t = memo.get(e);
  if (t === undefined) memo.set(e, (t = infer(e, p, vars, memo)));
  return t;
}

/** The type of one node (its children's types memoised in `memo`). */
function infer(e: Expr, p: Pick<KernelProgram, "arrays" | "key">, vars: Map<string, IrType>, memo: Map<Expr, IrType>): IrType {
  const child = (x: Expr) => typeOf(x, p, vars, memo);
  const bad = (what: string) => { throw new TypeError(`invalid kernel program ${p.key}: ${what}`); };
  switch (e.k) {
    case "num": case "const": return "f";
    case "int": case "iconst": return "i";
    case "load": { const a = p.arrays[e.a]; if (!a) bad(`unknown array ${e.a}`); return a.type; }
    case "var": { const t = vars.get(e.name); if (!t) bad(`${e.name} is used before its let`); return t!; }
    case "op": case "cmp": {
      const ta = child(e.a), tb = child(e.b);
      if (ta !== tb || ta === "b") bad(`${e.op} of ${ta} and ${tb}`);
      if (e.k === "op" && ta === "i" && e.op !== "add" && e.op !== "sub") bad(`integer ${e.op} is not supported`);
      return e.k === "cmp" ? "b" : ta;
    }
    case "neg": case "exp": case "exprel": if (child(e.a) !== "f") bad(`${e.k} of a non-float`); return "f";
    case "and": case "or": if (child(e.a) !== "b" || child(e.b) !== "b") bad(`${e.k} of non-booleans`); return "b";
    case "not": if (child(e.a) !== "b") bad("not of a non-boolean"); return "b";
    case "select": {
      if (child(e.c) !== "b") bad("select on a non-boolean");
      const ta = child(e.a), tb = child(e.b);
      if (ta !== tb) bad(`select between ${ta} and ${tb}`);
      return ta;
    }
  }
}
