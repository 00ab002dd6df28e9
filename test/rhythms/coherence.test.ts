import { describe, expect, it } from "vitest";
import { coherence } from "../../src/rhythms/coherence.js";
import { Rng } from "../../src/random/rng.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

const train = (pairs: [number, number][], n: number, stop: number): Spikes =>
  ({ population: "I", n, i: Int32Array.from(pairs, (p) => p[0]), t: Float64Array.from(pairs, (p) => p[1]), start: 0, stop });

describe("coherence(spikes, { bin }) — κ of Wang & Buzsáki 1996", () => {
  it("is 1 when every neuron fires in the same bins", () => {
    const pairs: [number, number][] = [];
    for (let c = 0; c < 20; c++) for (let i = 0; i < 10; i++) pairs.push([i, 25 * c + 0.1 * i]);
    expect(coherence(train(pairs, 10, 500), { bin: 2.5 })).toEqual({ kappa: 1, pairs: 45 });
  });
  it("is 0 when no two neurons ever share a bin", () => {
    const pairs: [number, number][] = [];
    for (let c = 0; c < 20; c++) for (let i = 0; i < 5; i++) pairs.push([i, 25 * c + 5 * i]);
    expect(coherence(train(pairs, 5, 500), { bin: 2.5 }).kappa).toBe(0);
  });
  it("is the spike probability per bin, ν τ, for independent trains (ν = 40 Hz, τ = 2.5 ms: 0.1 ± 0.005)", () => {
    // independent: E Σ X_i X_j = N p², Σ X_i ≈ N p → κ ≈ p = 1 − e^{−ντ} for Poisson counts per bin
    const rng = new Rng(7), n = 40, stop = 20000, pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let t = 25 * rng.exponential(); t < stop; t += 25 * rng.exponential()) pairs.push([i, t]);
    pairs.sort((a, b) => a[1] - b[1]);
    const k = coherence(train(pairs, n, stop), { bin: 2.5 });
    expect(Math.abs(k.kappa - (1 - Math.exp(-0.1)))).toBeLessThan(0.005);
  });
  it("leaves out pairs with a silent neuron, uses only [from, to), and rejects an empty window", () => {
    const s = train([[0, 1], [1, 1.2], [0, 30], [1, 31]], 3, 100);
    expect(coherence(s, { bin: 5 })).toEqual({ kappa: 1, pairs: 1 });
    expect(coherence(s, { bin: 5, from: 20 })).toEqual({ kappa: 1, pairs: 1 }); // 30 and 31 ms share the bin [30, 35)
    expect(coherence(s, { bin: 1.5, from: 29 }).kappa).toBe(0); // 30 ms in [29, 30.5), 31 ms in [30.5, 32)
    expect(() => coherence(s, { bin: 5, from: 50, to: 52 })).toThrow(/holds no bin/);
  });
});
