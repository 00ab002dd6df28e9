/**
 * Compiles generated kernel source with `new Function`, cached by model and key. dt is baked in as a
 * literal (exact: the shortest round-trip decimal) — no wrapper closure, whose shared call site
 * would turn polymorphic and slow every kernel down. Each kernel carries a `//# sourceURL`
 * (tightrope/<model>-kernel-<k>.js) so a debugger or a stack trace names it.
 */
import type { Kernel } from "./model.js";

const cache = new Map<string, Kernel<any>>();
let count = 0;

/** The compiled kernel `(pop, step, c) => spikes` for this model and key; `source` is called only on a miss. */
export function compileKernel<C>(model: string, key: string, dt: number, source: () => string): Kernel<C> {
  const full = `${model}|${key}`;
  let k = cache.get(full);
  if (!k) {
    k = new Function("pop", "step", "c", `const dt = ${dt};${source()}\n//# sourceURL=tightrope/${model}-kernel-${++count}.js`) as Kernel<C>;
    cache.set(full, k);
  }
  return k as Kernel<C>;
}
