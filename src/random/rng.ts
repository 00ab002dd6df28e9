/**
 * Seeded random numbers. xoshiro128** (Blackman & Vigna 2018): 32-bit state words, so every
 * operation stays in fast integer arithmetic; period 2^128 − 1. Streams are derived from a seed and a
 * label (`derive(seed, "projection:E→I")`), so each population, projection and input draws from its
 * own stream: adding a monitor or another population does not change anyone else's randomness.
 */

/** splitmix32 step, used to expand a seed into the generator state. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A 32-bit hash of a seed and labels (FNV-1a over the label text, mixed with the seed). */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let h = (0x811c9dc5 ^ (seed >>> 0) ^ Math.floor(seed / 4294967296)) >>> 0;
  const text = labels.join("\u0001");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const st = { s: h ^ Math.imul(seed | 0, 0x9e3779b1) };
  return splitmix32(st);
}

const INV32 = 1 / 4294967296;

/** A seeded generator with the distributions the models need. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = NaN;

  /** @param seed any finite number (integers recommended); equal seeds give equal streams. */
  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed} (expected a finite number)`);
    const st = { s: (seed >>> 0) ^ Math.floor(seed / 4294967296) };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** An independent generator for `labels`, derived from `seed`. */
  static stream(seed: number, ...labels: (string | number)[]): Rng {
    return new Rng(deriveSeed(seed, ...labels));
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    const b = this.b;
    let r = Math.imul(b, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = (this.d << 11) | (this.d >>> 21);
    return r >>> 0;
  }

  /** Uniform on [0, 1) with 32 random bits. */
  uniform(): number {
    return this.uint32() * INV32;
  }

  /** Uniform on (0, 1]: safe under a logarithm. */
  uniformPositive(): number {
    return (this.uint32() + 1) * INV32;
  }

  /** A uniform integer in [0, n) (n ≤ 2^32), without modulo bias. */
  integer(n: number): number {
    if (n <= 1) return 0;
    const limit = 4294967296 - (4294967296 % n);
    let x: number;
    do x = this.uint32(); while (x >= limit);
    return x % n;
  }

  /** Standard normal deviate (Marsaglia's polar method, second value cached). */
  normal(): number {
    if (this.spare === this.spare) {
      const s = this.spare;
      this.spare = NaN;
      return s;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt(-2 * Math.log(s) / s);
    this.spare = v * f;
    return u * f;
  }

  /** Exponential deviate with mean 1. */
  exponential(): number {
    return -Math.log(this.uniformPositive());
  }

  /**
   * Poisson deviate with mean `lambda` (exact): inversion for lambda < 30, Hörmann's transformed
   * rejection (PTRS, 1993) above.
   */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      let k = 0;
      let p = Math.exp(-lambda);
      let cdf = p;
      const u = this.uniform();
      while (u > cdf && k < 1000) {
        k++;
        p *= lambda / k;
        cdf += p;
      }
      return k;
    }
    const slam = Math.sqrt(lambda);
    const loglam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const U = this.uniform() - 0.5;
      const V = this.uniform();
      const us = 0.5 - Math.abs(U);
      const k = Math.floor((2 * a / us + b) * U + lambda + 0.43);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
    }
  }

  /** Binomial deviate: number of successes in n trials of probability p (exact). */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    if (n * p < 30) {
      // inversion: geometric waiting times between successes
      const logq = Math.log1p(-p);
      let x = 0;
      let sum = 0;
      for (;;) {
        sum += Math.floor(Math.log(this.uniformPositive()) / logq) + 1;
        if (sum > n) return x;
        x++;
      }
    }
    // normal approximation is not exact; use the split: Binomial(n,p) via beta-free recursive halving
    const m = n >> 1;
    return this.binomial(m, p) + this.binomial(n - m, p);
  }

  /**
   * k distinct integers from [0, n), uniformly: rejection sampling against a mark array when k ≪ n
   * (pass `marks`, a zeroed Uint8Array of length ≥ n, to reuse it across calls; it is left zeroed),
   * a partial Fisher–Yates shuffle otherwise.
   */
  sampleWithoutReplacement(n: number, k: number, out: Int32Array = new Int32Array(k), marks?: Uint8Array): Int32Array {
    if (k > n) throw new RangeError(`invalid k: ${k} (expected ≤ n = ${n})`);
    if (k * 4 < n) {
      const seen = marks ?? new Uint8Array(n);
      let i = 0;
      while (i < k) {
        const x = this.integer(n);
        if (seen[x] === 0) { seen[x] = 1; out[i++] = x; }
      }
      for (let j = 0; j < k; j++) seen[out[j]] = 0;
      return out;
    }
    const pool = new Int32Array(n);
    for (let i = 0; i < n; i++) pool[i] = i;
    for (let i = 0; i < k; i++) {
      const j = i + this.integer(n - i);
      const t = pool[i]; pool[i] = pool[j]; pool[j] = t;
      out[i] = pool[i];
    }
    return out;
  }
}

const LOG_FACT_TABLE: number[] = [0];
/** ln(k!) — a table for small k, Stirling's series above. */
export function logFactorial(k: number): number {
  if (k < 256) {
    while (LOG_FACT_TABLE.length <= k) {
      const n = LOG_FACT_TABLE.length;
      LOG_FACT_TABLE.push(LOG_FACT_TABLE[n - 1] + Math.log(n));
    }
    return LOG_FACT_TABLE[k];
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}
