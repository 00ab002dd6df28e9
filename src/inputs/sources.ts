/**
 * Spike sources: populations that emit spikes but have no membrane. They project like neurons.
 * - PoissonSource: n independent Poisson trains (constant or time-varying rate);
 * - SpikeTimesSource: given spike times per neuron (spike generators; also volleys);
 * - MipSource: correlated trains by the multiple interaction process (Kuhn, Aertsen & Rotter 2003):
 *   a mother train of rate ν/c, each of whose spikes every child copies with probability c, so each
 *   child fires at ν and every pair has spike-count correlation c.
 * - volleys(): every neuron fires once per volley, at the volley time plus Gaussian jitter σ
 *   (with probability p), the input of synfire and coincidence-detection studies.
 * A spike emitted in step s is stamped t = (s + 1) dt, like a neuron's threshold crossing; a given
 * spike time t is emitted in step n − 1 with n = t/dt in whole steps (network/steps.ts: nearest,
 * halves up), so it is stamped n·dt (a spike at t < dt/2 is stamped dt).
 */
import { quantity, type Quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { Rng } from "../random/rng.js";
import type { Kind, SpikeEmitter } from "../network/population.js";
import { rateFunction, type Rate } from "./rate.js";
import { roundSteps } from "../network/steps.js";
import { INSPECT } from "../network/describe.js";

/** The one-line summary of a source (its toString, also shown by console.log and at the end of a tslab cell). */
function summary(kind: string, s: { name: string; n: number; kind: Kind }, extra = ""): string {
  return `${kind} ${s.name}: ${s.n} ${s.n === 1 ? "train" : "trains"}${extra}, ${s.kind}`;
}

/** Something that decides, each step, which of its n sources spike. */
export interface Source extends SpikeEmitter {
  /** Fills spikes/nSpikes for step `step` (time t = step·dt … (step+1)·dt). */
  emit(step: number, t: number, dt: number): number;
}

function checkKind(name: string, kind: Kind): Kind {
  if (kind !== "excitatory" && kind !== "inhibitory") {
    throw new TypeError(`invalid ${name}.kind: ${JSON.stringify(kind)} (expected "excitatory" or "inhibitory")`);
  }
  return kind;
}

function checkSize(name: string, n: number): number {
  return quantity(`${name}.n`, n, "", { min: 1, integer: true });
}

/** n independent Poisson trains. Spikes in a step: Bernoulli(ν dt) per source, by geometric skipping. */
export class PoissonSource implements Source {
  readonly spikes: Int32Array;
  nSpikes = 0;
  readonly n: number;
  readonly kind: Kind;
  private readonly rate: (t: number) => number;
  constructor(readonly name: string, n: number, rate: Rate, private readonly rng: Rng, kind: Kind = "excitatory") {
    this.n = checkSize(name, n);
    this.kind = checkKind(name, kind);
    this.rate = rateFunction(`${name}.rate`, rate);
    this.spikes = new Int32Array(this.n);
  }
  emit(_step: number, t: number, dt: number): number {
    const p = Math.min(1, this.rate(t) * dt * 1e-3);
    this.nSpikes = bernoulliIndices(this.n, p, this.rng, this.spikes);
    return this.nSpikes;
  }
  /** One line: `PoissonSource P: 10 trains, excitatory`. */
  toString(): string {
    return summary("PoissonSource", this);
  }
  /** What a notebook shows at the end of a cell or in console.log. */
  [INSPECT](): string {
    return this.toString();
  }
}

/** Writes the indices i < n that succeed with probability p into out; returns how many. */
export function bernoulliIndices(n: number, p: number, rng: Rng, out: Int32Array): number {
  if (p <= 0) return 0;
  if (p >= 1) { for (let i = 0; i < n; i++) out[i] = i; return n; }
  const logq = Math.log1p(-p);
  let count = 0;
  let i = Math.floor(Math.log(rng.uniformPositive()) / logq);
  while (i < n) {
    out[count++] = i;
    i += Math.floor(Math.log(rng.uniformPositive()) / logq) + 1;
  }
  return count;
}

/** Spikes at given times: `indices[k]` fires at `times[k]` (ms). */
export class SpikeTimesSource implements Source {
  readonly spikes: Int32Array;
  nSpikes = 0;
  readonly n: number;
  readonly kind: Kind;
  private order: Int32Array = new Int32Array(0);
  private steps: Float64Array = new Float64Array(0);
  private idx: Int32Array = new Int32Array(0);
  private next = 0;
  private dt = NaN;
  constructor(readonly name: string, n: number, private readonly indices: ArrayLike<number>, private readonly times: ArrayLike<number>, kind: Kind = "excitatory") {
    this.n = checkSize(name, n);
    this.kind = checkKind(name, kind);
    if (indices.length !== times.length) {
      throw new RangeError(`invalid ${name}: ${indices.length} indices but ${times.length} times (expected equal lengths)`);
    }
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`invalid ${name}.indices[${k}]: ${i} (expected an index in [0, ${this.n}))`);
      if (!Number.isFinite(times[k]) || times[k] < 0) throw new RangeError(`invalid ${name}.times[${k}]: ${times[k]} ms (expected ≥ 0 ms)`);
    }
    this.spikes = new Int32Array(this.n);
  }
  private prepare(dt: number): void {
    const m = this.times.length;
    const steps = new Float64Array(m);
    for (let k = 0; k < m; k++) steps[k] = Math.max(0, roundSteps(this.times[k], dt).steps - 1);
    const order = Int32Array.from({ length: m }, (_, k) => k).sort((a, b) => steps[a] - steps[b] || a - b);
    this.order = order;
    this.steps = Float64Array.from(order, (k) => steps[k]);
    this.idx = Int32Array.from(order, (k) => this.indices[k]);
    this.dt = dt;
    this.next = 0;
  }
  emit(step: number, _t: number, dt: number): number {
    if (dt !== this.dt) { this.prepare(dt); while (this.next < this.steps.length && this.steps[this.next] < step) this.next++; }
    let ns = 0;
    const seen = this.spikes;
    while (this.next < this.steps.length && this.steps[this.next] === step) {
      const i = this.idx[this.next++];
      let dup = false;
      for (let s = 0; s < ns; s++) if (seen[s] === i) { dup = true; break; }
      if (!dup) seen[ns++] = i;
    }
    this.nSpikes = ns;
    return ns;
  }
  /** One line: `SpikeTimesSource G: 4 trains with 10 spike times, excitatory`. */
  toString(): string {
    return summary("SpikeTimesSource", this, ` with ${this.times.length} spike time${this.times.length === 1 ? "" : "s"}`);
  }
  /** What a notebook shows at the end of a cell or in console.log. */
  [INSPECT](): string {
    return this.toString();
  }
}

/** Correlated Poisson trains by the multiple interaction process (rate ν per child, correlation c). */
export class MipSource implements Source {
  readonly spikes: Int32Array;
  nSpikes = 0;
  readonly n: number;
  readonly kind: Kind;
  readonly c: number;
  private readonly rate: (t: number) => number;
  constructor(readonly name: string, n: number, rate: Rate, c: Quantity, private readonly rng: Rng, kind: Kind = "excitatory") {
    this.n = checkSize(name, n);
    this.kind = checkKind(name, kind);
    this.rate = rateFunction(`${name}.rate`, rate);
    this.c = quantity(`${name}.c`, c, "", { min: 0, max: 1 });
    this.spikes = new Int32Array(this.n);
  }
  emit(_step: number, t: number, dt: number): number {
    const nu = this.rate(t);
    if (this.c === 0) {
      this.nSpikes = bernoulliIndices(this.n, Math.min(1, nu * dt * 1e-3), this.rng, this.spikes);
      return this.nSpikes;
    }
    const pMother = Math.min(1, (nu / this.c) * dt * 1e-3);
    if (this.rng.uniform() >= pMother) { this.nSpikes = 0; return 0; }
    this.nSpikes = bernoulliIndices(this.n, this.c, this.rng, this.spikes);
    return this.nSpikes;
  }
  /** One line: `MipSource M: 10 trains, correlation c = 0.1, excitatory`. */
  toString(): string {
    return summary("MipSource", this, `, correlation c = ${this.c}`);
  }
  /** What a notebook shows at the end of a cell or in console.log. */
  [INSPECT](): string {
    return this.toString();
  }
}

/** Options of a Poisson source (`net.poissonSource(name, n, options)`). */
export interface PoissonSourceOptions {
  /** Rate of each train (Hz), constant or a function of t (ms). */
  rate: Rate;
  /** Excitatory (default) or inhibitory. */
  kind?: Kind;
}

/** Options of a spike generator (`net.spikeTimes(name, n, options)`): indices[k] fires at times[k] (ms). */
export interface SpikeTimesOptions {
  indices: ArrayLike<number>;
  times: ArrayLike<number>;
  kind?: Kind;
}

/** Options of a MIP source (`net.mip(name, n, options)`): rate ν of each train, pairwise correlation c. */
export interface MipOptions {
  rate: Rate;
  c: Quantity;
  kind?: Kind;
}

/** The option names of {@link PoissonSourceOptions}, for checkOptions. */
export const POISSON_SOURCE_OPTIONS = optionNames<PoissonSourceOptions>({ rate: true, kind: true });
/** The option names of {@link SpikeTimesOptions}, for checkOptions. */
export const SPIKE_TIMES_OPTIONS = optionNames<SpikeTimesOptions>({ indices: true, times: true, kind: true });
/** The option names of {@link MipOptions}, for checkOptions. */
export const MIP_OPTIONS = optionNames<MipOptions>({ rate: true, c: true, kind: true });

/** Options of {@link volleys}. */
export interface VolleyOptions {
  /** Volley times (ms). */
  times: ArrayLike<number>;
  /** Standard deviation of each spike's jitter around the volley time (ms, ≥ 0). */
  jitter?: Quantity;
  /** Probability that a neuron takes part in a volley (default 1). */
  p?: Quantity;
  kind?: Kind;
}

/** The option names of {@link volleys}. */
export const VOLLEY_OPTIONS = optionNames<VolleyOptions>({ times: true, jitter: true, p: true, kind: true });

/**
 * A source in which each of n neurons fires once per volley at t_volley + N(0, σ²) (times < 0 dropped).
 * @throws TypeError for an unknown option name (with a guess); RangeError for bad values.
 */
export function volleys(name: string, n: number, options: VolleyOptions, rng: Rng): SpikeTimesSource {
  checkOptions(`volleys ${name}`, options, VOLLEY_OPTIONS);
  const { times, jitter = 0, p = 1, kind = "excitatory" } = options;
  const size = checkSize(name, n);
  const sigma = quantity(`${name}.jitter`, jitter, "ms", { min: 0 });
  const prob = quantity(`${name}.p`, p, "", { min: 0, max: 1 });
  const idx: number[] = [];
  const ts: number[] = [];
  for (let v = 0; v < times.length; v++) {
    const t0 = quantity(`${name}.times[${v}]`, times[v], "ms", { min: 0 });
    for (let i = 0; i < size; i++) {
      if (prob < 1 && rng.uniform() >= prob) continue;
      const t = t0 + sigma * rng.normal();
      if (t >= 0) { idx.push(i); ts.push(t); }
    }
  }
  return new SpikeTimesSource(name, size, idx, ts, kind);
}
