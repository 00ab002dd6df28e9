/**
 * Constant folding in generated kernels: arithmetic on literals and scalars alone (e.g. CUBA's
 * drive × (1 − e^{−dt/τ})/g_L) takes one slot of the constant table, computed once per call in the
 * kernel's precision, instead of one multiply per vector. The bit-for-bit comparisons with the
 * reference step (kernel.test.ts) cover float64; here float32's rounding is checked against
 * Float32Array arithmetic, operation by operation.
 */
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/engine/wasm/instance.js";
import { foldable, kernelModule } from "../../../src/engine/wasm/kernel.js";
import { add, c, div, f, gt, int, let_, load, mul, neg, select, spike, store, sub, v, type KernelProgram } from "../../../src/engine/kernel-ir.js";

const min = (a: ReturnType<typeof c>, b: ReturnType<typeof c>) => ({ k: "op" as const, op: "min" as const, a, b });

describe("foldable(expr)", () => {
  it("is true for + − × ÷ and negation of literals and scalars, false once a load, a variable or min/max enters", () => {
    expect(foldable(mul(c("a"), c("b")))).toBe(true);
    expect(foldable(neg(sub(div(c("a"), 3), f(2))))).toBe(true);
    expect(foldable(c("a"))).toBe(true);
    expect(foldable(mul(c("a"), load("v")))).toBe(false);
    expect(foldable(add(v("x"), c("a")))).toBe(false);
    expect(foldable(min(c("a"), c("b")))).toBe(false);
    expect(foldable(int(1))).toBe(false); // integers are not folded
  });
});

describe("fold(expr, scalar, f64)", () => {
  const s = { a: 0.1, b: 1 / 3, d: 7e-3 };
  const scalar = (name: string) => s[name as keyof typeof s];
  const e = sub(mul(c("a"), c("b")), div(c("d"), f(3)));
  it("in float64 is JavaScript's arithmetic, operation for operation", () => {
    expect(fold(e, scalar, true)).toBe(0.1 * (1 / 3) - 7e-3 / 3);
  });
  it("in float32 rounds every operand and result to float32 (as f32x4 does)", () => {
    const x = new Float32Array(8);
    x[0] = 0.1; x[1] = 1 / 3; x[2] = x[0] * x[1]; x[3] = 7e-3; x[4] = 3; x[5] = x[3] / x[4]; x[6] = x[2] - x[5];
    expect(fold(e, scalar, false)).toBe(x[6]);
    expect(fold(e, scalar, false)).not.toBe(fold(e, scalar, true));
    expect(fold(neg(c("a")), scalar, false)).toBe(-Math.fround(0.1));
  });
  it("rejects a node it cannot fold, saying which", () => {
    expect(() => fold(load("v"), scalar, true)).toThrow(/cannot fold a load node/);
  });
});

describe("kernelModule folds constant arithmetic into the table", () => {
  const program: KernelProgram = {
    key: "fold-test", arrays: { v: { type: "f", at: () => 0 } }, iconsts: {},
    consts: { a: () => 2, b: () => 3 },
    body: [let_("v0", load("v")), let_("y", add(mul(v("v0"), c("a")), mul(c("a"), c("b")))), store("v", v("y")), spike(gt(v("y"), 0))],
  };
  for (const precision of ["float64", "float32"] as const) {
    it(`${precision}: a·b takes one slot; a alone (used with a load) keeps its own`, () => {
      const { table } = kernelModule(program, precision);
      expect(table).toContainEqual({ fold: mul(c("a"), c("b")) });
      expect(table).toContainEqual({ const: "a" });
      expect(table).not.toContainEqual({ const: "b" });
    });
  }
  it("a select of two constants is not folded (it depends on the neuron)", () => {
    const p = { ...program, body: [let_("v0", load("v")), store("v", select(gt(v("v0"), 0), c("a"), c("b"))), spike(gt(v("v0"), 0))] };
    expect(kernelModule(p, "float64").table).toEqual(expect.arrayContaining([{ const: "a" }, { const: "b" }]));
  });
});
