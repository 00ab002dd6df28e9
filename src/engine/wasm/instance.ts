/**
 * A model's step program as a {@link Kernel} the run loop calls: the WebAssembly module is
 * generated once per program variant and precision (cached), instantiated on the population's
 * memory (again if the network's slab moved to a larger memory), and called with the population's
 * array offsets. Its scalars (`consts`, `iconsts`) and literals are written, each splatted across the
 * lanes, into the population's table of constant vectors on the first call of a run (a kernel is
 * fetched per run, and parameters change only between runs); array offsets are read on every call
 * (a ring buffer's slot moves each step).
 */
import type { Kernel, PopulationState } from "../model.js";
import type { KernelProgram } from "../kernel-ir.js";
import type { WasmMemory } from "../slab.js";
import { kernelModule, type KernelPrecision, type TableEntry } from "./kernel.js";

interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (m: object, imports: object) => { exports: Record<string, (...args: number[]) => number> };
}
const WA = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

const modules = new Map<string, { module: object; table: TableEntry[] }>();

/** A population that can run a WebAssembly kernel: its arrays live in a WebAssembly memory. */
export interface WasmPopulation extends PopulationState {
  readonly memory: WasmMemory;
  readonly precision: KernelPrecision;
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
export function kernelFor(pop: PopulationState, dt: number, javascript = false): Kernel {
  const program = javascript || !hasMemory(pop) ? null : pop.model.program?.(pop, dt) ?? null;
  return program === null ? pop.model.kernel(pop, dt) : wasmKernel(program, (pop as WasmPopulation).precision);
}

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
  const arrays = Object.values(program.arrays).map((a) => a.at);
  let memory: WasmMemory | null = null;
  let step: ((...args: number[]) => number) | null = null;
  let lastC: unknown = undefined;
  const args = new Array<number>(3 + arrays.length).fill(0);
  return (pop: PopulationState, s: number, c: C): number => {
    const p = pop as WasmPopulation;
    if (p.memory !== memory || c !== lastC) {
      if (p.memory !== memory) step = new WA.Instance(mod, { env: { memory: p.memory } }).exports.step;
      memory = p.memory;
      lastC = c;
      writeTable(p, table, program, c);
    }
    args[0] = pop.n;
    args[1] = pop.spikes.byteOffset;
    for (let k = 0; k < arrays.length; k++) args[2 + k] = arrays[k](pop, s, c);
    args[2 + arrays.length] = p.tableAt;
    const ns = step!.apply(null, args);
    pop.nSpikes = ns;
    return ns;
  };
}

/** Writes the kernel's constant vectors (each value in every lane) into the population's table. */
function writeTable<C>(pop: WasmPopulation, table: readonly TableEntry[], program: KernelProgram<PopulationState, C>, c: C): void {
  const f64 = pop.precision === "float64";
  const floats = f64 ? new Float64Array(pop.memory.buffer, pop.tableAt, 2 * table.length) : new Float32Array(pop.memory.buffer, pop.tableAt, 4 * table.length);
  const ints = new Int32Array(pop.memory.buffer, pop.tableAt, 4 * table.length);
  table.forEach((e, j) => {
    if ("num" in e || "const" in e) {
      const x = "num" in e ? e.num : program.consts[e.const](pop, c);
      if (f64) floats.fill(x, 2 * j, 2 * j + 2); else floats.fill(x, 4 * j, 4 * j + 4);
    } else {
      const x = "int" in e ? e.int : program.iconsts[e.iconst](pop, c);
      if (f64) ints.set([x, x < 0 ? -1 : 0, x, x < 0 ? -1 : 0], 4 * j); else ints.fill(x, 4 * j, 4 * j + 4);
    }
  });
}
