/**
 * The history of rate populations, read by delayed rate projections (models/rate-projection.ts):
 * for each of the last steps k of a population, dr/dt just after the step's start (one-sided), r at
 * its end and dr/dt just before its end, so that the cubic Hermite polynomial of r over any past
 * step is known exactly as the step computed it. One history per source population, shared by all
 * projections from it, as long as the longest delay needs.
 *
 * It starts at the first run with r constant at its value for all earlier times; the first step of
 * a zero-delay projection then uses the Taylor polynomial of its source from r′ and r″ just after
 * the start (computed from the input each population receives then: Σ w r of its sources, constant
 * too, plus I_bias), so that this one step keeps the scheme's order.
 */
import type { PopulationState } from "../engine/model.js";

/** What the history needs of a projection into a population (for the derivatives at its start). */
export interface IncomingProjection {
  readonly pre: PopulationState;
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  readonly weight: number | ArrayLike<number>;
  readonly delaySteps: number | ArrayLike<number>;
}

/** Rate projections into each population (registered by the projections). */
export const incoming = new WeakMap<PopulationState, IncomingProjection[]>();

/** The longest delay a rate projection takes, in steps. */
export const MAX_RATE_DELAY_STEPS = 65535;

/** The recent steps of a rate population, shared by all projections from it. */
export class RateHistory {
  /** Steps kept. */
  length = 0;
  /** Per kept step (slot k mod length, n units each): dr/dt at its start, r at its end, dr/dt at its end. */
  start = new Float64Array(0);
  end = new Float64Array(0);
  slope = new Float64Array(0);
  /** The last recorded step (null before the history starts). */
  last: number | null = null;
  /** dr/dt and d²r/dt² just after the start of the history (for the first step of zero-delay projections), or null. */
  first: { s1: Float64Array; s2: Float64Array } | null = null;

  constructor(readonly pop: PopulationState, length: number) {
    this.ensure(length);
  }

  /** Offset of the row of step k in the ring (k taken modulo its length). */
  slot(k: number): number {
    return (((k % this.length) + this.length) % this.length) * this.pop.n;
  }

  /** Keeps at least `length` steps (steps older than those kept become constant at the oldest value known). */
  ensure(length: number): void {
    if (length <= this.length) return;
    const n = this.pop.n;
    const old = { start: this.start, end: this.end, slope: this.slope };
    const prevLength = this.length;
    this.start = new Float64Array(length * n);
    this.end = new Float64Array(length * n);
    this.slope = new Float64Array(length * n);
    this.length = length;
    if (this.last === null) return;
    const last = this.last;
    const oldSlot = (k: number) => (((k % prevLength) + prevLength) % prevLength) * n;
    const oldest = oldSlot(last - prevLength + 1);
    for (let k = last - length + 1; k <= last; k++) {
      const to = this.slot(k);
      const from = k > last - prevLength ? oldSlot(k) : -1;
      if (from >= 0) {
        this.start.set(old.start.subarray(from, from + n), to);
        this.slope.set(old.slope.subarray(from, from + n), to);
      }
      this.end.set(old.end.subarray(from >= 0 ? from : oldest, (from >= 0 ? from : oldest) + n), to);
    }
  }

  /**
   * Starts the history before step `step` (once): r constant at its current value for all earlier
   * times, and {@link first}: dr/dt and d²r/dt² just after, from the input the population receives
   * then (Σ w r of the sources, constant too, plus I_bias; external currents are not known yet).
   */
  begin(step: number): void {
    if (this.last !== null) return;
    const n = this.pop.n, r = this.pop.state.r;
    this.start.fill(0);
    this.slope.fill(0);
    for (let k = 0; k < this.length; k++) this.end.set(r, k * n);
    this.last = step - 1;
    this.first = startDerivatives(this.pop);
  }

  /** Records the population's step `step`, just integrated (idempotent within a step). */
  record(step: number): void {
    if (this.last === step) return;
    if (this.last === null) this.begin(step); // without a begin hook: constant history at the state after the step
    else if (step !== this.last + 1) {
      // a gap (steps run without this history): constant at the last value known
      const n = this.pop.n, at = this.slot(this.last);
      const value = this.end.slice(at, at + n);
      this.start.fill(0);
      this.slope.fill(0);
      for (let k = 0; k < this.length; k++) this.end.set(value, k * n);
    }
    const at = this.slot(step);
    const { r, drdt0, drdt } = this.pop.state;
    this.start.set(drdt0, at);
    this.end.set(r, at);
    this.slope.set(drdt, at);
    this.last = step;
    this.first = null;
  }
}



type RateLike = { F?: (p: PopulationState, i: number, x: number) => { F: number; dF: number }; timeConstants(): Record<string, number> };

/** Σ_j w_ij x_j over the rate projections into `pop` (only zero-delay synapses if `zeroDelayOnly`). */
function incomingSum(pop: PopulationState, x: (src: PopulationState) => ArrayLike<number>, zeroDelayOnly: boolean): Float64Array {
  const sum = new Float64Array(pop.n);
  for (const p of incoming.get(pop) ?? []) {
    const d = p.delaySteps;
    if (zeroDelayOnly && d !== 0 && typeof d === "number") continue;
    const xs = x(p.pre), w = p.weight;
    for (let j = 0; j < p.pre.n; j++) {
      for (let k = p.rowPtr[j]; k < p.rowPtr[j + 1]; k++) {
        if (zeroDelayOnly && typeof d !== "number" && d[k] !== 0) continue;
        sum[p.col[k]] += (typeof w === "number" ? w : w[k]) * xs[j];
      }
    }
  }
  return sum;
}

/** dr/dt of a rate population just after a constant history (its input: Σ w r of its sources plus I_bias). */
function firstSlope(pop: PopulationState): Float64Array {
  const input = incomingSum(pop, (src) => src.state.r, false), out = new Float64Array(pop.n);
  const model = pop.model as RateLike, bias = pop.state.I_bias, r = pop.state.r;
  if (!model.F) return out;
  const tau = model.timeConstants().tau;
  for (let i = 0; i < pop.n; i++) out[i] = (model.F(pop, i, input[i] + (bias ? bias[i] : 0)).F - r[i]) / tau;
  return out;
}

/**
 * dr/dt and d²r/dt² just after a constant history: τ r″ = −r′ + F′(I) I′, where I′ comes from the
 * zero-delay sources' slopes (delayed sources still read the constant history).
 */
function startDerivatives(pop: PopulationState): { s1: Float64Array; s2: Float64Array } {
  const s1 = firstSlope(pop), s2 = new Float64Array(pop.n);
  const model = pop.model as RateLike;
  if (!model.F) return { s1, s2 };
  const input = incomingSum(pop, (src) => src.state.r, false);
  const slope = incomingSum(pop, (src) => firstSlope(src), true);
  const tau = model.timeConstants().tau, bias = pop.state.I_bias;
  for (let i = 0; i < pop.n; i++) s2[i] = (-s1[i] + model.F(pop, i, input[i] + (bias ? bias[i] : 0)).dF * slope[i]) / tau;
  return { s1, s2 };
}

const histories = new WeakMap<PopulationState, RateHistory>();

/** The history of a rate population, created or lengthened to keep `length` steps. */
export function rateHistory(pop: PopulationState, length: number): RateHistory {
  let h = histories.get(pop);
  if (!h) histories.set(pop, (h = new RateHistory(pop, length)));
  else h.ensure(length);
  return h;
}

/** Writes into `out` (4 numbers) the source unit's value and slope at both ends of step k (k ≤ last). */
export function interval(h: RateHistory, k: number, i: number, out: Float64Array): void {
  const a = h.slot(k - 1) + i, b = h.slot(k) + i;
  out[0] = h.end[a]; out[1] = h.start[b]; out[2] = h.end[b]; out[3] = h.slope[b];
}

/** The cubic of step `last` continued over the next step (zero delay): Hermite extrapolation. */
export function extrapolate(h: RateHistory, i: number, dt: number, out: Float64Array): void {
  if (h.first !== null) {
    // the first step after a constant history: Taylor polynomial from the derivatives just after it
    const r = h.end[h.slot(h.last!) + i], s1 = h.first.s1[i], s2 = h.first.s2[i];
    out[0] = r; out[1] = s1; out[2] = r + dt * s1 + 0.5 * dt * dt * s2; out[3] = s1 + dt * s2;
    return;
  }
  interval(h, h.last!, i, out);
  const ra = out[0], m0 = dt * out[1], rb = out[2], sb = out[3], m1 = dt * sb;
  out[0] = rb;
  out[1] = sb;
  out[2] = 5 * ra + 2 * m0 - 4 * rb + 4 * m1;
  out[3] = (12 * (ra - rb) + 5 * m0 + 8 * m1) / dt;
}
