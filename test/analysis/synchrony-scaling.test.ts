/**
 * synchronyScaling on synthetic populations whose answer is known: N Poisson neurons sharing a rate
 * ν(t) = ν0 (1 + ξ(t)). An asynchronous state's common fluctuation is a finite-size effect,
 * ξ = (c/√N) × (a narrow-band Gaussian process at 125 Hz, like Brunel's regime C): then
 * χ² = (1 + c² m var ξ)/N exactly in expectation, so α = 1/2. An oscillation of fixed amplitude
 * (ξ = a sin 2π·170 Hz t, like regime B) gives χ² = 1/N + const, α ≈ 0.04 at these sizes.
 */
import { describe, expect, it } from "vitest";
import { synchronyScaling } from "../../src/analysis/synchrony-scaling.js";
import { classifyRegime, synchrony } from "../../src/analysis/regime.js";
import { Rng } from "../../src/random/rng.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

const DT = 0.1;

/** N Poisson neurons with rate nu0 (1 + xi(t)) Hz, t in [0, T) ms, sampled every DT. */
function population(n: number, nu0: number, xi: (k: number) => number, T: number, seed: number): Spikes {
  const r = new Rng(seed);
  const i: number[] = [], t: number[] = [];
  for (let k = 0; k < T / DT; k++) {
    const lambda = (n * nu0 * Math.max(0, 1 + xi(k)) * DT) / 1000;
    const c = r.poisson(lambda);
    for (let j = 0; j < c; j++) { i.push(r.integer(n)); t.push((k + r.uniform()) * DT); }
  }
  return { population: "X", n, i: Int32Array.from(i), t: Float64Array.from(t), start: 0, stop: T };
}

/** Unit-variance narrow-band Gaussian noise: white noise through a damped oscillator at f Hz (AR(2)). */
function resonantNoise(steps: number, f: number, seed: number): Float64Array {
  const r = new Rng(seed);
  const rho = Math.exp(-DT / 10), w = 2 * Math.PI * f * DT / 1000; // 10 ms damping time
  const x = new Float64Array(steps);
  for (let k = 2; k < steps; k++) x[k] = 2 * rho * Math.cos(w) * x[k - 1] - rho * rho * x[k - 2] + r.normal();
  let m = 0, v = 0;
  for (const y of x) m += y / steps;
  for (const y of x) v += (y - m) ** 2 / steps;
  return x.map((y) => (y - m) / Math.sqrt(v));
}

const T = 2000, NU0 = 40, SIZES = [500, 2000];

describe("synchronyScaling", () => {
  it("finite-size fluctuations amplified at 125 Hz (AI near the SI boundary) decay as 1/√N: α ≈ 1/2 ± 0.1, asynchronous", () => {
    const noise = resonantNoise(T / DT, 125, 7);
    const runs = SIZES.map((n, k) => population(n, NU0, (s) => (10 / Math.sqrt(n)) * noise[s], T, 10 + k));
    const sc = synchronyScaling(runs);
    // expected χ at N = 500: √((1 + c² m var ξ_1ms)/N) with c = 10, m = 0.04 and var ξ_1ms ≤ 1 — between 1/√N and √5/√N
    expect(sc.chi[0]).toBeGreaterThan(1 / Math.sqrt(500));
    expect(sc.chi[0]).toBeLessThan(Math.sqrt(5 / 500));
    // tolerance: the sampling error of χ from 2000 bins is ≈ χ/√(2·2000·(bins per correlation time)⁻¹) ≈ 5 %, i.e. ±0.05 in α over a factor 4
    expect(Math.abs(sc.alpha - 0.5)).toBeLessThan(0.1);
    expect(sc.asynchronous).toBe(true);
  });
  it("a 170 Hz oscillation of fixed amplitude (SI fast) keeps its χ: α < 0.1, synchronous", () => {
    const runs = SIZES.map((n, k) => population(n, NU0, (s) => 0.8 * Math.sin(2 * Math.PI * 0.17 * s * DT), T, 20 + k));
    const sc = synchronyScaling(runs);
    // analytic: χ² = 1/N + m a²/2 sinc²(π f b) = 1/N + 0.0119 → α = ln(0.0139/0.0124)/(2 ln 4) = 0.04
    expect(sc.alpha).toBeLessThan(0.1);
    expect(sc.asynchronous).toBe(false);
    expect(Math.abs(sc.chi[1] - Math.sqrt(1 / 2000 + 0.0119))).toBeLessThan(0.01);
  });
  it("independent Poisson neurons: χ = 1/√N at every size, α = 1/2 ± 0.1", () => {
    const sc = synchronyScaling(SIZES.map((n, k) => population(n, NU0, () => 0, T, 30 + k)));
    sc.chi.forEach((c, k) => expect(Math.abs(c * Math.sqrt(SIZES[k]) - 1)).toBeLessThan(0.1));
    expect(Math.abs(sc.alpha - 0.5)).toBeLessThan(0.1);
  });
  it("the verdict replaces a χ that sits on the 0.1 threshold in classifyRegime", () => {
    const noise = resonantNoise(T / DT, 125, 8);
    const runs = SIZES.map((n, k) => population(n, NU0, (s) => (10 / Math.sqrt(n)) * noise[s], T, 40 + k));
    const sc = synchronyScaling(runs);
    const small = runs[0];
    expect(synchrony(small)).toBeGreaterThan(0.05);
    expect(classifyRegime(small, { synchronous: !sc.asynchronous }).label).toBe("AI");
    expect(classifyRegime(small, { synchronous: true }).label).toMatch(/^SI/);
  });
  it("repeats give a standard error: consistent seeds decide, seeds that disagree leave it undecided", () => {
    const noise = [resonantNoise(T / DT, 125, 9), resonantNoise(T / DT, 125, 10)];
    const ai = (n: number, k: number) => population(n, NU0, (s) => (10 / Math.sqrt(n)) * noise[k][s], T, 50 + n + k);
    const si = (n: number, k: number) => population(n, NU0, (s) => 0.8 * Math.sin(2 * Math.PI * 0.17 * s * DT), T, 60 + n + k);
    const two = synchronyScaling([ai(500, 0), ai(2000, 0), ai(500, 1), ai(2000, 1)]);
    expect(two.alphaSE).toBeGreaterThan(0);
    expect(two.alphaSE).toBeLessThan(0.05); // χ scatters by a few % between seeds
    expect(two.verdict).toBe("asynchronous");
    const mixed = synchronyScaling([ai(500, 0), ai(2000, 0), si(500, 0), si(2000, 0)]);
    expect(mixed.verdict).toBe("undecided"); // one pair says α ≈ 1/2, the other α ≈ 0: SE ≈ 0.5
    const one = synchronyScaling([si(500, 1), si(2000, 1)]);
    expect(Number.isNaN(one.alphaSE)).toBe(true);
    expect(one.verdict).toBe("synchronous"); // one run per size: the point estimate decides
  });
  it("rejects fewer than two sizes, a silent run and a threshold outside (0, 1/2)", () => {
    const a = population(100, NU0, () => 0, 200, 1);
    expect(() => synchronyScaling([a])).toThrow(/at least two runs/);
    expect(() => synchronyScaling([a, a])).toThrow(/at least two different sizes/);
    const silent: Spikes = { population: "S", n: 200, i: new Int32Array(0), t: new Float64Array(0), start: 0, stop: 200 };
    expect(() => synchronyScaling([a, silent])).toThrow(/invalid runs\[1\]: χ = 0/);
    expect(() => synchronyScaling([a, population(200, NU0, () => 0, 200, 2)], { threshold: 0.7 })).toThrow(RangeError);
  });
});
