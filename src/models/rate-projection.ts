/**
 * Rate projections: coupling between rate populations (models/rate.ts) with delays, as a component
 * of the "deliver" phase. After the populations have stepped, a projection adds, for every target
 * unit i, the input of the target's next step [t, t + h]:
 *
 *   I_i(s) += Σ_j w_ij r_j(s − d_ij),   s ∈ [t, t + h]
 *
 * as a cubic over the step (value and slope at both ends, into the target's s0, ds0, s1, ds1), so
 * delay-differential equations are integrated to fourth order (models/rate-step.ts).
 *
 * Weight-index convention (post ← pre): in equations w_ij is the weight onto unit i of the target
 * from unit j of the source. Synapses are stored in compressed sparse rows by source
 * (network/connect.ts): rowPtr[j] … rowPtr[j+1]−1 index the targets col[…] of source unit j, and a
 * per-synapse weight or delay array follows that order (weight[k] belongs to the synapse from the
 * row's source j to target col[k]).
 *
 * Delays are whole steps (d_ij = delaySteps·dt, per projection or per synapse). Each source
 * population keeps a history of its last max(d) + 1 steps: for step k, dr/dt at its start
 * (one-sided), r at its end and dr/dt at its end. A delay of d ≥ 1 steps reads step n + 1 − d of
 * the source, which is complete; a delay of 0 needs the source's step n + 1, not computed yet, and
 * extrapolates the cubic of its step n one step ahead (explicit: stable for Σ_j |w_ij| F′max h/τ
 * ≲ 1/2, a warning says when a projection exceeds it). The history starts at the first run:
 * r(t) = r(t₀) for t ≤ t₀ (the usual initial condition of delay equations), and the input of that
 * first step is delivered when the run begins (for zero delays, from the Taylor polynomial of the
 * sources with r′ and r″ just after t₀: local error O(h⁴) for that one step). Where zero-delay and
 * delayed couplings meet, extrapolating across the delays' breakpoints makes it third order.
 *
 * Dale's law: the receptor ("E" or "I", default by the source's kind) must accept the source's kind;
 * weights from excitatory populations are ≥ 0, from inhibitory ones ≤ 0 (receptor sign "by-kind").
 * A rate model taking part provides state r, drdt0, drdt and consumes s0, ds0, s1, ds1.
 */
import { largestDelay } from "../network/synapses.js";
import type { Component, Ctx } from "../engine/component.js";
import type { PopulationState } from "../engine/model.js";
import type { Csr } from "../network/connect.js";
import { INSPECT } from "../network/describe.js";
import { extrapolate, incoming, interval, MAX_RATE_DELAY_STEPS, rateHistory, type RateHistory } from "./rate-history.js";

/** A projection between rate populations (see the file comment). */
export class RateProjection implements Component {
  readonly phase = "deliver" as const;
  readonly receptor: string;
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  private readonly history: RateHistory;
  private readonly tuple = new Float64Array(4);
  /** The target step whose input was delivered last (−1: none yet). */
  private delivered = -1;

  constructor(
    readonly name: string,
    readonly pre: PopulationState,
    readonly post: PopulationState,
    csr: Csr,
    /** Constant weight, or one per synapse in CSR order (dimensionless: input unit per rate unit). */
    public weight: number | ArrayLike<number>,
    /** Constant delay in steps, or one per synapse in CSR order. */
    readonly delaySteps: number | ArrayLike<number> = 0,
    receptor?: string,
    /** The network's time step (ms), to state delays in ms (optional). */
    readonly dt?: number,
  ) {
    for (const [role, p] of [["source", pre], ["target", post]] as const) {
      if (p?.model?.output !== "rate") throw new TypeError(`invalid ${name}: ${role} ${p?.name} is not a rate population (its model's output is ${JSON.stringify(p?.model?.output)}); rate projections connect rate units`);
    }
    this.receptor = receptor ?? post.model.defaultReceptor(pre.kind);
    const rec = post.model.receptors[this.receptor];
    if (!rec) throw new TypeError(`invalid ${name}.receptor: ${JSON.stringify(this.receptor)} (expected one of ${Object.keys(post.model.receptors).join(", ")})`);
    if (rec.from !== "any" && rec.from !== pre.kind) throw new RangeError(`invalid ${name}.receptor: ${this.receptor} takes ${rec.from} sources, and ${pre.name} is ${pre.kind} (Dale's law)`);
    const { rowPtr, col } = csr;
    if (rowPtr.length !== pre.n + 1) throw new RangeError(`invalid ${name}: ${rowPtr.length - 1} rows for ${pre.n} source units`);
    for (let k = 0; k < col.length; k++) if (!(col[k] >= 0 && col[k] < post.n)) throw new RangeError(`invalid ${name}: synapse ${k} targets unit ${col[k]} of ${post.name} (expected an index in [0, ${post.n}))`);
    this.rowPtr = rowPtr;
    this.col = col;
    this.checkWeights(rec.sign);
    let max = 0;
    const d = delaySteps;
    const checkDelay = (x: number, at: string) => {
      if (!Number.isInteger(x) || x < 0 || x > MAX_RATE_DELAY_STEPS) throw new RangeError(`invalid ${name}.delay: ${x} steps${at} (expected a whole number of steps in [0, ${MAX_RATE_DELAY_STEPS}])`);
      if (x > max) max = x;
    };
    if (typeof d === "number") checkDelay(d, "");
    else {
      if (d.length !== col.length) throw new RangeError(`invalid ${name}.delay: ${d.length} values for ${col.length} synapses`);
      for (let k = 0; k < d.length; k++) checkDelay(d[k], ` at synapse ${k}`);
    }
    this.history = rateHistory(pre, Math.max(max, 1) + 1);
    const list = incoming.get(post) ?? [];
    list.push(this);
    incoming.set(post, list);
  }

  private checkWeights(sign: "positive" | "by-kind"): void {
    const w = this.weight;
    const neg = sign === "by-kind" && this.pre.kind === "inhibitory";
    const ok = (x: number) => Number.isFinite(x) && (neg ? x <= 0 : x >= 0);
    const expected = neg ? "≤ 0 from the inhibitory" : "≥ 0 from the excitatory";
    const fail = (x: number, at: string) => new RangeError(`invalid ${this.name}.weight: ${x}${at} (expected a finite weight ${expected} population ${this.pre.name}: Dale's law, the sign of a weight is the sign of its effect)`);
    if (typeof w === "number") { if (!ok(w)) throw fail(w, ""); return; }
    if (w.length !== this.col.length) throw new RangeError(`invalid ${this.name}.weight: ${w.length} values for ${this.col.length} synapses`);
    for (let k = 0; k < w.length; k++) if (!ok(w[k])) throw fail(w[k], ` at synapse ${k}`);
  }

  /** Number of synapses. */
  get size(): number {
    return this.col.length;
  }

  /** The largest delay in steps. */
  maxDelaySteps(): number {
    return largestDelay(this.delaySteps);
  }

  /** One line: `RateProjection I→E: 1 → 1 units, 1 synapse, inhibitory, weight −4, delay 0–2 ms`. */
  toString(): string {
    const span = (x: number | ArrayLike<number>, scale: number, unit: string) => {
      if (typeof x === "number") return `${+(x * scale).toPrecision(6)}${unit}`;
      let lo = Infinity, hi = -Infinity;
      for (let k = 0; k < x.length; k++) { lo = Math.min(lo, x[k]); hi = Math.max(hi, x[k]); }
      return x.length === 0 ? "none" : lo === hi ? `${+(lo * scale).toPrecision(6)}${unit}` : `${+(lo * scale).toPrecision(6)}–${+(hi * scale).toPrecision(6)}${unit}`;
    };
    const delay = this.dt === undefined ? span(this.delaySteps, 1, " steps") : span(this.delaySteps, this.dt, " ms");
    return `RateProjection ${this.name}: ${this.pre.n} → ${this.post.n} units, ${this.size} synapse${this.size === 1 ? "" : "s"}, ` +
      `${this.pre.kind}, weight ${span(this.weight, 1, "")}, delay ${delay}`;
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * At the start of a run: starts the source's history (first run) and delivers the input of the
   * first step if no step delivered it; warns when a zero-delay coupling is too strong for the
   * explicit extrapolation at this dt.
   */
  begin(ctx: Ctx, step = 0): void {
    this.history.begin(step);
    if (this.delivered !== step) this.deliver(step, ctx.dt);
    const model = this.post.model as { maxSlope?: () => number; timeConstants(): Record<string, number> };
    const slope = model.maxSlope?.() ?? 1, tau = model.timeConstants().tau ?? 1;
    const sum = new Float64Array(this.post.n);
    const { rowPtr, col, weight: w, delaySteps: d } = this;
    for (let j = 0; j < this.pre.n; j++) {
      for (let k = rowPtr[j]; k < rowPtr[j + 1]; k++) {
        if ((typeof d === "number" ? d : d[k]) === 0) sum[col[k]] += Math.abs(typeof w === "number" ? w : w[k]);
      }
    }
    let worst = 0;
    for (let i = 0; i < sum.length; i++) worst = Math.max(worst, sum[i]);
    const stiff = (worst * slope * ctx.dt) / tau;
    if (stiff > 0.5) {
      ctx.warn(`rate-stiff:${this.name}:${ctx.dt}`, `${this.name}: zero-delay coupling Σ|w|·F′max·dt/τ = ${stiff.toPrecision(3)} exceeds 0.5, where the explicit extrapolation of undelayed rate input may be unstable: use dt ≤ ${(0.5 * tau / (worst * slope)).toPrecision(2)} ms or a delay of at least one step`);
    }
  }

  /** Adds the input of the target's next step (after the populations stepped `step`). */
  step(step: number, dt: number): void {
    this.history.record(step);
    this.deliver(step + 1, dt);
  }

  /** Adds the input of the target's step `target` (the source's history must reach step target − 1). */
  private deliver(target: number, dt: number): void {
    const h = this.history;
    const { rowPtr, col, weight, delaySteps, tuple } = this;
    const { s0, ds0, s1, ds1 } = this.post.state;
    for (let j = 0; j < this.pre.n; j++) {
      const end = rowPtr[j + 1];
      if (typeof delaySteps === "number") {
        if (delaySteps === 0) extrapolate(h, j, dt, tuple);
        else interval(h, target - delaySteps, j, tuple);
      }
      for (let k = rowPtr[j]; k < end; k++) {
        if (typeof delaySteps !== "number") {
          const d = delaySteps[k];
          if (d === 0) extrapolate(h, j, dt, tuple);
          else interval(h, target - d, j, tuple);
        }
        const w = typeof weight === "number" ? weight : weight[k];
        const i = col[k];
        s0[i] += w * tuple[0];
        ds0[i] += w * tuple[1];
        s1[i] += w * tuple[2];
        ds1[i] += w * tuple[3];
      }
    }
    this.delivered = target;
  }
}
