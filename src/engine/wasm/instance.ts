/**
 * A model's step program as a {@link Kernel} the run loop calls: the WebAssembly module is
 * generated once per program variant and precision (cached), instantiated on the population's
 * memory (again if the network's slab moved to a larger memory), and called with the population's
 * array offsets. On the first call of a run (a kernel is fetched per run, and parameters and arrays
 * change only between runs) it reads the arrays' offsets and writes its scalars (`consts`,
 * `iconsts`) and literals, each splatted across the lanes, into the population's table of constant
 * vectors; a ring buffer's offset moves to the step's slot on every call.
 */
import type { Kernel, PopulationState } from "../model.js";
import type { Expr, KernelProgram } from "../kernel-ir.js";
import type { WasmMemory } from "../slab.js";
import { WA } from "./runtime.js";
import { kernelModule, type KernelPrecision, type TableEntry } from "./kernel.js";


const modules = new Map<string, { module: object; table: TableEntry[] }>();

/** A population that can run a WebAssembly kernel: its arrays live in a WebAssembly memory. */
export interface WasmPopulation extends PopulationState {
  readonly memory: WasmMemory;
  readonly precision: KernelPrecision;
  /** Bytes per float of its arrays (8, or 4 in float32). */
  readonly bytes: number;
  /** Byte offset of its kernel's table of constant vectors. */
  readonly tableAt: number;
}

/** Whether `pop` can run a WebAssembly kernel (network populations can; hand-made test states cannot). */
export function hasMemory(pop: PopulationState): pop is WasmPopulation {
  const memory = (pop as Partial<WasmPopulation>).memory;
  if (memory === undefined || (pop as Partial<WasmPopulation>).precision === undefined) return false;
  // every array in that memory (a test may have replaced one by a plain typed array)
  const inside = (a: { buffer: ArrayBufferLike } | null) => a === null || a.buffer === memory.buffer;
  return [...Object.values(pop.state), ...Object.values(pop.counters), ...Object.values(pop.ring), pop.Iext, pop.spikes].every(inside);
}

/**
 * The kernel a run uses for `pop`: the WebAssembly kernel of its model's program when the model has
 * one for the population's flags and the population lives in a WebAssembly memory (and `javascript`
 * is false); otherwise the model's JavaScript kernel.
 */
export function kernelFor(pop: PopulationState, dt: number, javascript = false, constants?: unknown): Kernel {
  const program = javascript || !hasMemory(pop) ? null : pop.model.program?.(pop, dt) ?? null;
  if (program === null) return pop.model.kernel(pop, dt);
  // the same kernel object for the same population and program at every run: the run loop's optimised code
  // calls it directly, and a new function object each run would throw that code away (a deoptimisation and a
  // recompilation of the run loop per run)
  const key = `${dt}|${program.key}`;
  let mine = perPopulation.get(pop);
  if (mine === undefined) perPopulation.set(pop, (mine = new Map()));
  let k = mine.get(key);
  if (k === undefined) mine.set(key, (k = wasmKernel(program, (pop as WasmPopulation).precision)));
  // arrays may have moved since the last run (a longer ring buffer): bound again now, before the loop, so that the
  // loop's optimised code never takes its rebinding branch (a branch without type feedback would deoptimise it)
  (k as BoundKernel).bind(pop, constants);
  return k;
}

type BoundKernel = Kernel & { bind(pop: PopulationState, c: unknown): void };

const perPopulation = new WeakMap<PopulationState, Map<string, Kernel>>();

/** The WebAssembly kernel of `program` for populations of `precision` (see the file comment). */
export function wasmKernel<C>(program: KernelProgram<PopulationState, C>, precision: KernelPrecision): Kernel<C> {
  const key = `${precision}|${program.key}`;
  let compiled = modules.get(key);
  if (compiled === undefined) {
    const { bytes, table } = kernelModule(program as KernelProgram, precision);
    compiled = { module: new WA.Module(bytes), table };
    modules.set(key, compiled);
  }
  const { module: mod, table } = compiled;
  const arrays = Object.values(program.arrays);
  // what the calls need, read when the memory or the constants change (a typed array's byteOffset costs ~10 ns)
  const m = {
    memory: null as WasmMemory | null, c: undefined as unknown, step: null as unknown as (...args: number[]) => number,
    n: 0, spikes: 0, table: 0, slotBytes: 0, at: new Array<number>(arrays.length).fill(0),
    rebind(pop: WasmPopulation, c: C): void {
      if (pop.memory !== m.memory) m.step = new WA.Instance(mod, { env: { memory: pop.memory } }).exports.step as (...args: number[]) => number;
      m.memory = pop.memory;
      m.c = c;
      m.n = pop.n;
      m.spikes = pop.spikes.byteOffset;
      m.table = pop.tableAt;
      m.slotBytes = pop.n * pop.bytes;
      arrays.forEach((a, k) => (m.at[k] = a.at(pop)));
      writeTable(pop, table, program, c);
    },
  };
  // a direct call of fixed arity (V8 calls WebAssembly from JavaScript fastest that way; `apply` is ~10× slower)
  // the caller's factory is made once per argument pattern and reused by every run, so V8 compiles it once
  const offsets = arrays.map((a, k) => (a.ring ? `at[${k}] + slot` : `at[${k}]`)).join(", ");
  let call = callers.get(offsets);
  if (call === undefined) {
    call = new Function("m", `return function wasmKernel(pop, s, c) {
    if (pop.memory !== m.memory || c !== m.c) m.rebind(pop, c);
    const at = m.at, slot = (s % pop.ringLength) * m.slotBytes;
    const ns = m.step(m.n, m.spikes, ${offsets}${offsets ? ", " : ""}m.table);
    pop.nSpikes = ns;
    return ns;
  };`) as (m: unknown) => Kernel;
    callers.set(offsets, call);
  }
  // bound now to the run's constants, or (none given, as in tests) at the first call
  const bind = (pop: WasmPopulation, c: C | undefined) => (c === undefined ? (m.c = undefined) : m.rebind(pop, c));
  return Object.assign(call(m), { bind }) as Kernel<C>;
}

const callers = new Map<string, (m: unknown) => Kernel>();

/** Writes the kernel's constant vectors (each value in every lane) into the population's table. */
function writeTable<C>(pop: WasmPopulation, table: readonly TableEntry[], program: KernelProgram<PopulationState, C>, c: C): void {
  const f64 = pop.precision === "float64";
  const floats = f64 ? new Float64Array(pop.memory.buffer, pop.tableAt, 2 * table.length) : new Float32Array(pop.memory.buffer, pop.tableAt, 4 * table.length);
  const ints = new Int32Array(pop.memory.buffer, pop.tableAt, 4 * table.length);
  table.forEach((e, j) => {
    if ("num" in e || "const" in e || "fold" in e) {
      const x = "num" in e ? e.num : "const" in e ? program.consts[e.const](pop, c) : fold(e.fold, (name) => program.consts[name](pop, c), f64);
      if (f64) floats.fill(x, 2 * j, 2 * j + 2); else floats.fill(x, 4 * j, 4 * j + 4);
    } else {
      const x = "int" in e ? e.int : program.iconsts[e.iconst](pop, c);
      if (f64) ints.set([x, x < 0 ? -1 : 0, x, x < 0 ? -1 : 0], 4 * j); else ints.fill(x, 4 * j, 4 * j + 4);
    }
  });
}

/**
 * The value of a folded node (kernel.ts's `foldable`): float64 arithmetic as f64x2 does it; float32
 * with every operand and result rounded to float32, as f32x4 does it (for + − × ÷ rounding the
 * double result once more gives the correctly rounded float32 result).
 */
export function fold(e: Expr, scalar: (name: string) => number, f64: boolean): number {
  const r = f64 ? (x: number) => x : Math.fround;
  switch (e.k) {
    case "num": return r(e.v);
    case "const": return r(scalar(e.c));
    case "neg": return -fold(e.a, scalar, f64);
    case "op": {
      const a = fold(e.a, scalar, f64), b = fold(e.b, scalar, f64);
      switch (e.op) {
        case "add": return r(a + b);
        case "sub": return r(a - b);
        case "mul": return r(a * b);
        case "div": return r(a / b);
      }
    }
  }
  throw new TypeError(`fold: cannot fold a ${e.k} node (kernel.ts folds only + − × ÷ and negation of literals and scalars)`);
}
