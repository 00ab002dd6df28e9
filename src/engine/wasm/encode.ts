/**
 * A small WebAssembly binary writer: enough of the format (types, one imported memory, functions,
 * exports, code) for the kernels the engine generates at run time, SIMD included. No text format, no
 * toolchain: a function body is written as a list of instructions by name (`op("f64x2.add")`) with
 * their immediates, checked against the opcode table in ops.ts, and `module()` returns the bytes.
 *
 * Reference: WebAssembly Core Specification 2.0, §5 (binary format) and the fixed-width SIMD proposal.
 */
import { OPS } from "./ops.js";

/** Value types of locals, parameters and results. */
export type ValType = "i32" | "i64" | "f32" | "f64" | "v128";
const VALTYPE: Record<ValType, number> = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, v128: 0x7b };

/** Unsigned LEB128. */
export function uleb(x: number, out: number[] = []): number[] {
  if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`invalid uleb: ${x} (expected a non-negative integer)`);
  do {
    let b = x % 128;
    x = Math.floor(x / 128);
    if (x > 0) b |= 0x80;
    out.push(b);
  } while (x > 0);
  return out;
}

/** Signed LEB128 (for i32.const / i64.const immediates within ±2^53). */
export function sleb(x: number, out: number[] = []): number[] {
  if (!Number.isInteger(x)) throw new RangeError(`invalid sleb: ${x} (expected an integer)`);
  for (;;) {
    const b = ((x % 128) + 128) % 128;
    x = Math.floor(x / 128);
    const done = (x === 0 && (b & 0x40) === 0) || (x === -1 && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

const f64bytes = (x: number) => Array.from(new Uint8Array(new Float64Array([x]).buffer));
const f32bytes = (x: number) => Array.from(new Uint8Array(new Float32Array([x]).buffer));
const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

/**
 * The body of one function: named locals and a stream of instructions. Immediates: memory ops take
 * `(offset = 0, align = natural)`, lane ops a lane index, shuffles 16 lane indices, consts their value.
 */
export class FunctionBody {
  private readonly code: number[] = [];
  private readonly localTypes: ValType[] = [];
  private readonly names = new Map<string, number>();

  constructor(readonly params: readonly [string, ValType][], readonly results: readonly ValType[]) {
    params.forEach(([name], k) => this.names.set(name, k));
  }

  /** Declares a local (or returns the index of one already declared with the same name and type). */
  local(name: string, type: ValType): number {
    const at = this.names.get(name);
    if (at !== undefined) return at;
    const index = this.params.length + this.localTypes.length;
    this.localTypes.push(type);
    this.names.set(name, index);
    return index;
  }

  /** The index of a parameter or local by name. */
  index(name: string): number {
    const at = this.names.get(name);
    if (at === undefined) throw new TypeError(`unknown local ${name} (declare it with local())`);
    return at;
  }

  /** Appends an instruction with its immediates. */
  op(name: string, ...imm: number[]): this {
    const spec = OPS[name];
    if (spec === undefined) throw new TypeError(`unknown WebAssembly instruction ${name}`);
    const [prefix, code, kind, natural] = spec;
    if (prefix !== 0) this.code.push(prefix, ...uleb(code));
    else this.code.push(code);
    switch (kind) {
      case "": break;
      case "idx": this.code.push(...uleb(imm[0])); break;
      case "block": this.code.push(imm.length ? VALTYPE[(["i32", "i64", "f32", "f64", "v128"] as ValType[])[imm[0]]] : 0x40); break;
      case "mem": this.code.push(...uleb(imm[1] ?? natural), ...uleb(imm[0] ?? 0)); break;
      case "memlane": this.code.push(...uleb(imm[1] ?? natural), ...uleb(imm[0] ?? 0), imm[2] ?? 0); break;
      case "lane": this.code.push(imm[0]); break;
      case "i32": case "i64": sleb(imm[0], this.code); break;
      case "f32": this.code.push(...f32bytes(imm[0])); break;
      case "f64": this.code.push(...f64bytes(imm[0])); break;
      case "v128": case "shuffle":
        if (imm.length !== 16) throw new RangeError(`${name} needs 16 byte immediates (got ${imm.length})`);
        this.code.push(...imm.map((b) => b & 0xff));
        break;
      default: throw new Error(`unhandled immediate kind ${kind}`);
    }
    return this;
  }

  /** The length of the code so far, to {@link restore} later (locals declared since are kept). */
  snapshot(): number {
    return this.code.length;
  }

  /** Drops the code written since {@link snapshot}. */
  restore(length: number): void {
    this.code.length = length;
  }

  /**
   * Runs `write` and moves the code it wrote to the front of the body (a prologue written after the body). A
   * {@link snapshot} taken before does not survive it.
   */
  prepend(write: () => void): void {
    const rest = this.code.splice(0, this.code.length);
    write();
    for (const byte of rest) this.code.push(byte); // not push(...rest): a long body would exceed the argument limit
  }

  /** Local get/set/tee by name. */
  get(name: string): this { return this.op("local.get", this.index(name)); }
  set(name: string): this { return this.op("local.set", this.index(name)); }
  tee(name: string): this { return this.op("local.tee", this.index(name)); }

  /** The encoded body (locals, code, end). */
  encode(): number[] {
    const groups: number[][] = [];
    for (let k = 0; k < this.localTypes.length;) {
      let m = k;
      while (m < this.localTypes.length && this.localTypes[m] === this.localTypes[k]) m++;
      groups.push([...uleb(m - k), VALTYPE[this.localTypes[k]]]);
      k = m;
    }
    const body = [...vec(groups), ...this.code, 0x0b];
    return [...uleb(body.length), ...body];
  }
}

/** A function of a module: exported under `name`. */
export interface ModuleFunction {
  name: string;
  body: FunctionBody;
}

/**
 * The bytes of a module that imports its memory as `env.memory` (at least `minPages` pages of 64 KiB)
 * and exports `functions` by name.
 */
export function module(functions: readonly ModuleFunction[], minPages = 1): Uint8Array {
  const types = functions.map(({ body }) => [0x60, ...vec(body.params.map(([, t]) => [VALTYPE[t]])), ...vec(body.results.map((t) => [VALTYPE[t]]))]);
  const imports = [[...uleb(3), ...utf8("env"), ...uleb(6), ...utf8("memory"), 0x02, 0x00, ...uleb(minPages)]];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(2, vec(imports)),
    ...section(3, vec(functions.map((_, k) => uleb(k)))),
    ...section(7, vec(functions.map(({ name }, k) => [...uleb(utf8(name).length), ...utf8(name), 0x00, ...uleb(k)]))),
    ...section(10, vec(functions.map(({ body }) => body.encode()))),
  ];
  return Uint8Array.from(bytes);
}
