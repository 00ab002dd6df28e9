/**
 * The part of the WebAssembly JavaScript API the engine uses (TypeScript's ES2022 lib does not
 * declare it), and modules compiled once and instantiated once per memory: an instance is bound to
 * the `WebAssembly.Memory` it imports, and a network's slab moves to a new memory when it grows.
 */
import type { WasmMemory } from "../slab.js";

/** WebAssembly.Module and WebAssembly.Instance, typed as far as the engine uses them. */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
}

/** The runtime's WebAssembly object. */
export const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * A function giving `bind(exports)` for a memory: the module (from `bytes()`) is compiled on first use,
 * instantiated once per memory (cached weakly), and its exports picked by `bind`.
 */
export function perMemory<K>(bytes: () => Uint8Array, bind: (exports: Record<string, unknown>) => K): (memory: WasmMemory) => K {
  let compiled: object | null = null;
  const instances = new WeakMap<WasmMemory, K>();
  return (memory) => {
    let k = instances.get(memory);
    if (k === undefined) {
      compiled ??= new WA.Module(bytes());
      k = bind(new WA.Instance(compiled, { env: { memory } }).exports);
      instances.set(memory, k);
    }
    return k;
  };
}
