/** Helpers for the Hodgkin–Huxley family tests: a population of a model driven directly (no network). */
import { Population, type InitialState } from "../../src/engine/population.js";
import type { Model } from "../../src/engine/model.js";
import { Rng } from "../../src/random/rng.js";
import { Warnings } from "../../src/params/warn.js";

export interface Run {
  pop: Population;
  /** Spike times (ms, end of the step) of each neuron. */
  spikes: number[][];
}

/**
 * Runs n neurons of `model` for T ms at dt with injected currents I (pA, one per neuron) through its
 * kernel (or its reference step); `each(step)` runs before every step (to add input).
 */
export function runModel(model: Model, { n = 1, I, dt = 0.01, T = 1000, init = {}, reference = false, each }: {
  n?: number; I?: number[]; dt?: number; T?: number; init?: InitialState; reference?: boolean; each?: (pop: Population, step: number) => void;
} = {}): Run {
  const pop = new Population("P", n, "inhibitory", model, Rng.stream(1, "population", "P"), init);
  if (I) pop.Iext = Float64Array.from(I);
  return continueRun(pop, model, { dt, T, reference, each });
}

/** Runs an existing population on for T ms (its kernel is compiled for its flags as they are now). */
export function continueRun(pop: Population, model: Model, { dt = 0.01, T = 1000, reference = false, each }: {
  dt?: number; T?: number; reference?: boolean; each?: (pop: Population, step: number) => void;
}): Run {
  each?.(pop, 0);
  const c = model.prepare(pop, dt, new Warnings().once);
  const k = model.kernel(pop, dt);
  const spikes: number[][] = Array.from({ length: pop.n }, () => []);
  const steps = Math.round(T / dt);
  for (let s = 0; s < steps; s++) {
    if (s > 0) each?.(pop, s);
    const ns = reference ? model.reference(pop, dt, s, c) : k(pop, s, c);
    for (let j = 0; j < ns; j++) spikes[pop.spikes[j]].push((s + 1) * dt);
  }
  return { pop, spikes };
}

/** Firing rate (Hz) from the spikes after `from` ms: (k − 1)/(t_k − t_1); 0 with fewer than 2 spikes. */
export function isiRate(times: number[], from = 0): number {
  const t = times.filter((x) => x > from);
  return t.length < 2 ? 0 : (1000 * (t.length - 1)) / (t[t.length - 1] - t[0]);
}

/** Largest relative difference between two arrays (absolute below 1). */
export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return d;
}

/** A root of f in [a, b] by bisection (f(a), f(b) of opposite signs). */
export function bisect(f: (x: number) => number, a: number, b: number, tol = 1e-12): number {
  let fa = f(a);
  for (let k = 0; k < 200 && b - a > tol; k++) {
    const m = (a + b) / 2, fm = f(m);
    if ((fm > 0) === (fa > 0)) { a = m; fa = fm; } else b = m;
  }
  return (a + b) / 2;
}

/** The maximum of a unimodal f on [a, b] by golden-section search: [argmax, max]. */
export function goldenMax(f: (x: number) => number, a: number, b: number, tol = 1e-10): [number, number] {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a), d = a + g * (b - a);
  while (b - a > tol) {
    if (f(c) > f(d)) { b = d; } else { a = c; }
    c = b - g * (b - a); d = a + g * (b - a);
  }
  const x = (a + b) / 2;
  return [x, f(x)];
}
