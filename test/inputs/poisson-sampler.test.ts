import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { aliasTable, MAX_COLUMNS, PoissonSampler, poissonPmf } from "../../src/inputs/poisson-sampler.js";
import { poissonModule } from "../../src/engine/wasm/poisson.js";
import { Slab } from "../../src/engine/slab.js";
import { Rng, logFactorial } from "../../src/random/rng.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";

const pmf = (lambda: number, k: number) => Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));

/** The exact pmf the alias table samples: for each column, how many of the 2³² uniforms land on it or on its alias. */
function realised(lambda: number): { lo: number; P: Float64Array; K: number } {
  const { lo, p } = poissonPmf(lambda)!;
  const t = aliasTable(lo, p);
  const K = t.K, two32 = 2 ** 32;
  const P = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    // u with ⌊uK/2³²⌋ = c: u ∈ [⌈c·2³²/K⌉, ⌈(c+1)·2³²/K⌉); of those, u·K − c·2³² < threshold keeps c
    const first = Math.ceil((c * two32) / K), end = Math.ceil(((c + 1) * two32) / K);
    const thr = t.entries[2 * c] >>> 0;
    const keep = Math.min(end, Math.ceil((c * two32 + thr) / K)) - first;
    P[c] += keep / two32;
    P[t.entries[2 * c + 1]] += (end - first - keep) / two32;
  }
  return { lo, P, K };
}

/** Counts of `draws` targets in one call (w = 1 into a zeroed buffer of the slab or of JavaScript). */
function counts(sampler: PoissonSampler, lambda: number, n: number, slab: Slab | null, f32 = false): Float64Array | Float32Array {
  expect(sampler.set(lambda)).toBe(true);
  const Arr = f32 ? Float32Array : Float64Array;
  const at = slab ? slab.reserve(n * Arr.BYTES_PER_ELEMENT) : -1; // before reading slab.buffer: reserving may move it
  const buf = slab ? new Arr(slab.buffer, at, n) : new Arr(n);
  sampler.add(buf, 0, n, 1);
  return buf;
}

/** χ² quantile (Wilson–Hilferty), e.g. z = 3.09 for the 0.999 quantile. */
const chi2Quantile = (dof: number, z: number) => dof * (1 - 2 / (9 * dof) + z * Math.sqrt(2 / (9 * dof))) ** 3;

describe("Poisson alias tables", () => {
  it("the truncated pmf matches the Poisson formula and leaves out < 1e-15 of the mass", () => {
    for (const lambda of [1e-4, 0.05, 1, 4, 29.5, 100, 5000]) {
      const { lo, p } = poissonPmf(lambda)!;
      const hi = lo + p.length - 1;
      let outside = 0; // the two tails, summed term by term (they fall off faster than geometrically)
      for (let k = 0; k < lo; k++) outside += pmf(lambda, k);
      for (let k = hi + 1; k < hi + 2000; k++) outside += pmf(lambda, k);
      expect(outside).toBeLessThan(1e-15);
      // the formula's own rounding: exp of −λ + k ln λ − ln k! (≈ 1e4 for λ = 5000) loses ~1e-12
      for (let c = 0; c < p.length; c += Math.max(1, p.length >> 4)) expect(Math.abs(p[c] / pmf(lambda, lo + c) - 1)).toBeLessThan(1e-10);
    }
  });

  it("every count's probability is within K·2⁻³² of the pmf (the resolution of a 32-bit uniform)", () => {
    for (const lambda of [0.003, 0.4, 4, 37, 800]) {
      const { lo, P, K } = realised(lambda);
      let total = 0, worst = 0;
      for (let c = 0; c < K; c++) { total += P[c]; worst = Math.max(worst, Math.abs(P[c] - pmf(lambda, lo + c))); }
      expect(Math.abs(total - 1)).toBeLessThan(1e-12);
      expect(worst).toBeLessThan(K * 2 ** -32);
    }
  });

  it("a λ whose table would exceed MAX_COLUMNS is refused", () => {
    expect(poissonPmf(1e6)).toBeNull();
    expect(new PoissonSampler(new Rng(1)).set(1e6)).toBe(false);
    expect(poissonPmf(40000)!.p.length).toBeLessThanOrEqual(MAX_COLUMNS);
  });
});

describe("PoissonSampler", () => {
  it("the WebAssembly module validates", () => {
    const W = (globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean } }).WebAssembly;
    expect(W.validate(poissonModule())).toBe(true);
  });

  for (const lambda of [0.05, 4, 120]) {
    it(`λ = ${lambda}: mean, variance and χ² against the pmf (10⁶ draws, 0.999 quantile)`, () => {
      const slab = new Slab();
      const s = new PoissonSampler(new Rng(7), slab);
      const N = 1_000_000;
      const k = counts(s, lambda, N, slab);
      let m = 0, v = 0;
      for (let i = 0; i < N; i++) m += k[i];
      m /= N;
      for (let i = 0; i < N; i++) v += (k[i] - m) ** 2;
      v /= N - 1;
      // 4.5 standard errors: sd of the mean √(λ/N); of the variance ≈ λ·√(2/N) (plus the λ² / N·λ term, small)
      expect(Math.abs(m - lambda)).toBeLessThan(4.5 * Math.sqrt(lambda / N));
      expect(Math.abs(v - lambda)).toBeLessThan(4.5 * Math.sqrt((2 * lambda * lambda + lambda) / N));
      // χ² over bins with ≥ 5 expected draws (the tails merged into the end bins)
      const hist = new Map<number, number>();
      for (let i = 0; i < N; i++) hist.set(k[i], (hist.get(k[i]) ?? 0) + 1);
      const mode = Math.floor(lambda);
      let lo = mode, hi = mode;
      while (lo > 0 && N * pmf(lambda, lo - 1) >= 5) lo--;
      while (N * pmf(lambda, hi + 1) >= 5) hi++;
      let chi2 = 0, below = 0, above = 0, pBelow = 0, pAbove = 0;
      for (const [x, c] of hist) { if (x < lo) below += c; if (x > hi) above += c; }
      for (let x = 0; x < lo; x++) pBelow += pmf(lambda, x);
      for (let x = lo; x <= hi; x++) { const e = N * pmf(lambda, x); chi2 += ((hist.get(x) ?? 0) - e) ** 2 / e; }
      pAbove = 1 - pBelow;
      for (let x = lo; x <= hi; x++) pAbove -= pmf(lambda, x);
      let bins = hi - lo + 1;
      if (lo > 0) { chi2 += (below - N * pBelow) ** 2 / (N * pBelow); bins++; }
      if (N * pAbove > 1e-3) { chi2 += (above - N * pAbove) ** 2 / (N * pAbove); bins++; }
      expect(bins).toBeGreaterThanOrEqual(lambda < 1 ? 3 : 10);
      expect(chi2).toBeLessThan(chi2Quantile(bins - 1, 3.09));
    });
  }

  it("targets are independent: neighbouring targets (other lanes) and targets 4 apart (the same lane) are uncorrelated", () => {
    const slab = new Slab();
    const s = new PoissonSampler(new Rng(8), slab);
    const N = 400_000, lambda = 2;
    const k = counts(s, lambda, N, slab);
    for (const lag of [1, 2, 3, 4, 5]) {
      let c = 0;
      for (let i = 0; i + lag < N; i++) c += (k[i] - lambda) * (k[i + lag] - lambda);
      const r = c / (N - lag) / lambda;
      expect(Math.abs(r)).toBeLessThan(4 / Math.sqrt(N)); // 4 standard errors of a correlation
    }
  });

  for (const f32 of [false, true]) {
    it(`${f32 ? "float32" : "float64"} targets: WebAssembly and the JavaScript reference give bit-identical sums, λ changing, n not a multiple of 4`, () => {
      const slab = new Slab();
      const wasm = new PoissonSampler(new Rng(9), slab), js = new PoissonSampler(new Rng(9));
      const n = 1001;
      const Arr = f32 ? Float32Array : Float64Array;
      const at = slab.reserve(n * Arr.BYTES_PER_ELEMENT);
      const a = new Arr(slab.buffer, at, n), b = new Arr(n);
      for (let step = 0; step < 50; step++) {
        const lambda = [0.02, 3.7, 64, 0.5][step % 4];
        expect(wasm.set(lambda)).toBe(true);
        expect(js.set(lambda)).toBe(true);
        wasm.add(a, 0, n, 0.1);
        js.add(b, 0, n, 0.1);
      }
      expect(Array.from(a)).toEqual(Array.from(b));
      expect(a.some((x) => x > 0)).toBe(true);
    });
  }

  it("the same seed repeats the counts; another seed does not", () => {
    const draw = (seed: number) => Array.from(counts(new PoissonSampler(new Rng(seed)), 3, 1000, null));
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });
});

describe("poissonInput with the sampler", () => {
  it("a mean beyond the tables (λ = 10⁵ per step) falls back to Rng.poisson and still delivers λ·w", () => {
    const net = new Network({ seed: 2 });
    net.population("E", 50, lif({ synapse: "conductance" }));
    const input = net.poissonInput("E", { n: 1_000_000, rate: 1000, weight: 0.001 });
    expect(input.lambda(0, 0.1)).toBe(1e5);
    const E = net.get("E");
    const before = Float64Array.from(E.state.gE);
    input.apply(0, 0, 0.1);
    let sum = 0;
    for (let i = 0; i < 50; i++) sum += E.state.gE[i] - before[i];
    // mean of 50 counts: sd √(λ/50) = 45, so within 4.5 sd of λ·w = 100 nS per target
    expect(Math.abs(sum / 50 / 0.001 - 1e5)).toBeLessThan(4.5 * Math.sqrt(1e5 / 50));
  });
});
