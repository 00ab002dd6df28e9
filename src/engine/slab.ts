/**
 * One allocation for the state of a network's populations, backed by a `WebAssembly.Memory` so that
 * a WebAssembly kernel can read and write the same arrays the JavaScript kernels use. Arrays start
 * on a 64-byte line and are staggered by 5 lines from each other: arrays that sit a multiple of 4 KiB
 * apart (as separate allocations often do) make loads and stores alias in the CPU and slowed kernels
 * by up to 1.6×.
 *
 * Growing a WebAssembly memory detaches its old buffer: every owner of views registers a `rebind`
 * callback, called after each growth with the new buffer, and must re-create its views then
 * (populations do; kernels read the views afresh each step).
 */
/** The part of `WebAssembly.Memory` the slab uses (TypeScript's ES2022 lib does not declare WebAssembly). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
const WasmMemoryCtor = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number; maximum?: number }) => WasmMemory } }).WebAssembly.Memory;

const PAGE = 65536;
const LINE = 64;
const STAGGER = 5 * LINE;

export class Slab {
  readonly memory: WasmMemory;
  private top = 0;
  private readonly owners: ((buffer: ArrayBuffer) => void)[] = [];

  constructor(initialBytes = PAGE) {
    this.memory = new WasmMemoryCtor({ initial: Math.max(1, Math.ceil(initialBytes / PAGE)), maximum: 65536 });
  }

  /** The current buffer (changes when the slab grows). */
  get buffer(): ArrayBuffer {
    return this.memory.buffer;
  }

  /** Bytes in use. */
  get used(): number {
    return this.top;
  }

  /** Reserves `bytes` (line-aligned, staggered); grows the memory if needed. Returns the byte offset. */
  reserve(bytes: number): number {
    const at = this.top === 0 ? 0 : this.top + STAGGER;
    const end = at + Math.ceil(bytes / LINE) * LINE;
    if (end > this.memory.buffer.byteLength) {
      const pages = Math.ceil((end - this.memory.buffer.byteLength) / PAGE);
      try {
        this.memory.grow(pages);
      } catch {
        throw new RangeError(`cannot allocate ${bytes} bytes of population state: the slab would exceed ${end} bytes (WebAssembly memory is limited to 4 GiB)`);
      }
      for (const rebind of this.owners) rebind(this.memory.buffer);
    }
    this.top = end;
    return at;
  }

  /** Registers a callback that re-creates views after the memory grew. */
  onGrow(rebind: (buffer: ArrayBuffer) => void): void {
    this.owners.push(rebind);
  }
}
