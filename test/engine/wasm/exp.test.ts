import { describe, expect, it } from "vitest";
import { FunctionBody, module, sleb, uleb } from "../../../src/engine/wasm/encode.js";
import { emitExp } from "../../../src/engine/wasm/exp.js";

const WA = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => unknown; Module: new (b: Uint8Array) => unknown; Instance: new (m: unknown, i: unknown) => { exports: Record<string, (...a: number[]) => number> } } }).WebAssembly;
const instance = (fns: { name: string; body: FunctionBody }[]) => new WA.Instance(new WA.Module(module(fns)), { env: { memory: new WA.Memory({ initial: 1 }) } }).exports;

describe("WebAssembly writer", () => {
  it("uleb/sleb encode the specification's examples", () => {
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(() => uleb(-1)).toThrow(RangeError);
  });
  it("a module with a SIMD loop sums an array (f64x2.add over 10 elements)", () => {
    const f = new FunctionBody([["p", "i32"], ["n", "i32"]], ["f64"]);
    f.local("s", "v128"); f.local("i", "i32");
    f.op("block").op("loop").get("i").get("n").op("i32.ge_s").op("br_if", 1);
    f.get("s").get("p").get("i").op("i32.const", 3).op("i32.shl").op("i32.add").op("v128.load").op("f64x2.add").set("s");
    f.get("i").op("i32.const", 2).op("i32.add").set("i").op("br", 0).op("end").op("end");
    f.get("s").op("f64x2.extract_lane", 0).get("s").op("f64x2.extract_lane", 1).op("f64.add");
    const memory = new WA.Memory({ initial: 1 }) as { buffer: ArrayBuffer };
    const ex = new WA.Instance(new WA.Module(module([{ name: "sum", body: f }])), { env: { memory } }).exports;
    new Float64Array(memory.buffer, 0, 10).set(Array.from({ length: 10 }, (_, i) => i + 0.5));
    expect(ex.sum(0, 10)).toBe(50);
  });
  it("unknown instructions and locals are errors naming them", () => {
    const f = new FunctionBody([], []);
    expect(() => f.op("f64x2.frobnicate")).toThrow(/unknown WebAssembly instruction f64x2.frobnicate/);
    expect(() => f.get("nope")).toThrow(/unknown local nope/);
  });
});

describe("emitExp: Math.exp bit for bit", () => {
  const b = new FunctionBody([["x", "f64"]], ["f64"]);
  b.local("out", "f64");
  emitExp(b, "x", "out");
  b.get("out");
  const exp = instance([{ name: "exp", body: b }]).exp;
  it("agrees with Math.exp on special values and 10⁶ arguments in [−750, 710] (every bit)", () => {
    const xs = [0, -0, 1, -1, 0.5, -0.5, 0.34657359, -0.34657359, 1.0397, -1.0397, 709.7, 709.8, -745, -745.2, -708.5, -720, Infinity, -Infinity, NaN, 2 ** -29, -(2 ** -29), 1e-300];
    let s = 12345;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 500000; i++) xs.push(-750 * rnd());
    for (let i = 0; i < 300000; i++) xs.push(-2 * rnd());
    for (let i = 0; i < 200000; i++) xs.push(1460 * rnd() - 750);
    const bad = xs.filter((x) => !Object.is(exp(x), Math.exp(x)));
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
