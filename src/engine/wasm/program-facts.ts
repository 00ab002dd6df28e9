/**
 * Facts about a kernel program that kernel.ts's code generator needs: whether its stores may move
 * after all its lets, whether it uses exprel, and the lane indices of the masked tail.
 */
import type { Expr, KernelProgram } from "../kernel-ir.js";

/** Whether the program's stores and spikes may move after all its lets: no array is loaded after it is stored. */
export function reorderable(p: KernelProgram): boolean {
  const stored = new Set<string>();
  const loads = (e: Expr, out: Set<string>): Set<string> => {
    if (e.k === "load") out.add(e.a);
    for (const x of children(e)) loads(x, out);
    return out;
  };
  for (const s of p.body) {
    if ("let" in s) { for (const a of loads(s.e, new Set())) if (stored.has(a)) return false; }
    else if ("store" in s) stored.add(s.store);
  }
  return true;
}

/** The sub-expressions of an expression node. */
export function children(e: Expr): Expr[] {
  return Object.values(e).filter((x): x is Expr => x !== null && typeof x === "object" && "k" in (x as object));
}

/** Whether an exprel occurs in the program. */
export function hasExprel(p: KernelProgram): boolean {
  const has = (e: Expr): boolean => e.k === "exprel" || children(e).some(has);
  return p.body.some((s) => has("let" in s ? s.e : "store" in s ? s.e : s.spike));
}

/** v128 bytes of the lane indices 0…L−1 as i64x2 (float64) or i32x4 (float32). */
export function laneIndices(precision: "float64" | "float32"): number[] {
  const out = new Uint8Array(16);
  if (precision === "float64") new BigInt64Array(out.buffer).set([0n, 1n]);
  else new Int32Array(out.buffer).set([0, 1, 2, 3]);
  return Array.from(out);
}
