/**
 * One allocation for the state of a network's populations, backed by a `WebAssembly.Memory` so that
 * a WebAssembly kernel can read and write the same arrays the JavaScript kernels use. Arrays start
 * on a 64-byte line and are staggered by 5 lines from each other: arrays that sit a multiple of 4 KiB
 * apart (as separate allocations often do) make loads and stores alias in the CPU and slowed kernels
 * by up to 1.6×.
 *
 * Growing: when a reservation does not fit, the slab moves to a new memory of twice the size (or
 * what is needed) and copies its bytes; every owner of views registers a `rebind` callback, called
 * with the new buffer, and re-creates its views (populations do; kernels read the views afresh each
 * step). It does not call `memory.grow()`: that detaches the old buffer, and the first detached
 * buffer in a process makes V8 add a detached-buffer check to every typed-array access in optimised
 * code — measured here as 10–20 % on Brunel's network, whose delivery loop is typed-array bound.
 */
/** The part of `WebAssembly.Memory` the slab uses (TypeScript's ES2022 lib does not declare WebAssembly). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
const WasmMemoryCtor = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number; maximum?: number }) => WasmMemory } }).WebAssembly.Memory;

const PAGE = 65536;
const LINE = 64;
const STAGGER = 5 * LINE;
/** WebAssembly (32-bit) memories hold at most 65536 pages of 64 KiB: 4 GiB. */
const MAX_PAGES = 65536;

/** Carves line-aligned, staggered arrays out of one WebAssembly memory (see the file comment). */
export class Slab {
  private mem: WasmMemory;
  private top = 0;
  private readonly owners: ((buffer: ArrayBuffer) => void)[] = [];

  constructor(initialBytes = PAGE) {
    this.mem = new WasmMemoryCtor({ initial: Math.max(1, Math.ceil(initialBytes / PAGE)) });
  }

  /** The memory (replaced by a larger one when the slab grows). */
  get memory(): WasmMemory {
    return this.mem;
  }

  /** The current buffer (changes when the slab grows). */
  get buffer(): ArrayBuffer {
    return this.mem.buffer;
  }

  /** Reserves `bytes` (line-aligned, staggered); moves to a larger memory if needed. Returns the byte offset. */
  reserve(bytes: number): number {
    const at = this.top === 0 ? 0 : this.top + STAGGER;
    const end = at + Math.ceil(bytes / LINE) * LINE;
    const size = this.mem.buffer.byteLength;
    if (end > size) {
      const pages = Math.min(MAX_PAGES, Math.max(Math.ceil(end / PAGE), 2 * (size / PAGE)));
      if (pages * PAGE < end) {
        throw new RangeError(`cannot allocate ${bytes} bytes of population state: the network's state would need ${end} bytes (a WebAssembly memory holds at most 4 GiB)`);
      }
      let next: WasmMemory;
      try {
        next = new WasmMemoryCtor({ initial: pages });
      } catch {
        throw new RangeError(`cannot allocate ${pages * PAGE} bytes for population state (out of memory)`);
      }
      new Uint8Array(next.buffer).set(new Uint8Array(this.mem.buffer, 0, this.top));
      this.mem = next;
      for (const rebind of this.owners) rebind(next.buffer);
    }
    this.top = end;
    return at;
  }

  /** Registers a callback that re-creates views after the slab moved to a larger memory. */
  onGrow(rebind: (buffer: ArrayBuffer) => void): void {
    this.owners.push(rebind);
  }
}
