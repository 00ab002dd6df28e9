/**
 * Applying a perturbation gradually to a running network: between the network as it is (effect 0)
 * and a perturbed spec of it (effect 1, e.g. `receptorLoss(net.toSpec(), …)`), the network is set to
 *   parameter p = p₀ + e (p₁ − p₀)          (every model parameter the perturbation changed, e.g. g_Na, tau_I)
 *   weights      × 1 + e (r − 1)            (every projection or Poisson input whose weights it scaled by r)
 * with e the effect, in [0, 1], set by hand (`set(e)`) or from a time course while running
 * (`run(duration)`: the network runs in chunks of `every` ms, each with e = course(t) at the chunk's
 * midpoint — piecewise constant, so `every` must be short against the course's time constants).
 *
 * The linear interpolation is a modelling assumption: each synapse or channel is affected in
 * proportion to the drug's effect (for a blocked fraction or a lost conductance it is exact: g (1 − e b)).
 *
 * How: model parameters through `net.setParams` between chunks (the engine reads step constants at
 * the start of a run, so a parameter cannot change inside one); spiking projections through a gain
 * of their own (`projection.addGain()`, multiplied with any other rule's gain, and with the weights
 * as they are, so later direct weight changes compose with it; a projection with gains is delivered
 * by the JavaScript loop); rate projections and Poisson inputs by setting their weights from the
 * values they had when this was created. Timing: a spiking projection applies the new gain to the
 * spikes it delivers from then on (spikes already on their way keep the weight they left with); a
 * rate projection computes a step's input in the previous step's deliver phase, so a new weight
 * reaches a rate unit one step (dt) later.
 *
 * What cannot change over time throws when this is created: a changed population size
 * (interneuronDeficit's "remove"), a changed rule, delay, receptor, model type or per-neuron value,
 * or weights changed by other than one factor per part.
 */
import type { Network } from "../network/network.js";
import type { NetworkSpec, SpecPart } from "../network/spec.js";
import type { Model } from "../engine/model.js";
import { RateProjection } from "../models/rate-projection.js";
import { PoissonInput } from "../inputs/poisson-input.js";
import { quantity, type Quantity } from "../params/quantity.js";
import { checkOptions } from "../params/options.js";
import { copySpec, distFields, modelOf, projectionName, synapseOf } from "./spec-tools.js";
import type { TimeCourse } from "./time-course.js";

/** A model parameter the perturbation changes. */
export interface ParamChange { population: string; param: string; from: number; to: number }
/** A projection or Poisson input whose weights the perturbation scales. */
export interface WeightChange { part: string; factor: number }

const json = (x: unknown) => JSON.stringify(x ?? null);

/** The numbers a weight is made of, in `unit` (null when it is not a weight the spec can hold). */
function weightNumbers(w: unknown, unit: string): { dist: string; values: number[] } | null {
  if (typeof w === "number" || typeof w === "string") return { dist: "constant", values: [quantity("weight", w, unit)] };
  if (Array.isArray(w)) return { dist: "array", values: w.map((x) => quantity("weight", x as Quantity, unit)) };
  if (typeof w === "object" && w !== null && "dist" in w) {
    const d = w as Record<string, Quantity | undefined>;
    return { dist: String(d.dist), values: distFields(d.dist).filter((f) => d[f] !== undefined).map((f) => quantity(f, d[f]!, unit)) };
  }
  return null;
}

/** The one factor r with to = r × from, or null when there is none. */
function weightFactor(from: unknown, to: unknown, unit: string): number | null {
  if (json(from) === json(to)) return 1;
  const a = weightNumbers(from, unit), b = weightNumbers(to, unit);
  if (!a || !b) return null;
  if (b.dist === "constant" && b.values[0] === 0) return 0; // scaleWeight writes a factor of 0 as the weight 0
  if (a.dist !== b.dist || a.values.length !== b.values.length) return null;
  const k = a.values.findIndex((x) => x !== 0);
  if (k < 0) return b.values.every((x) => x === 0) ? 1 : null;
  const r = b.values[k] / a.values[k];
  return a.values.every((x, i) => Math.abs(b.values[i] - r * x) <= 1e-9 * Math.max(Math.abs(b.values[i]), Math.abs(r * x))) ? r : null;
}

/** The changes from `base` to `to` (see the module comment), or a TypeError saying which part cannot change over time. */
function difference(base: NetworkSpec, to: NetworkSpec): { params: ParamChange[]; weights: (WeightChange & { index: number })[] } {
  const fail = (k: number, p: SpecPart, why: string) => new TypeError(`applyOverTime: part ${k} (${p.build} ${p.args.filter((a) => typeof a === "string").join(", ")}) ${why}`);
  if (base.parts.length !== to.parts.length || base.dt !== to.dt || base.seed !== to.seed) {
    throw new TypeError(`applyOverTime: the perturbed spec is not a variant of the network's (${to.parts.length} parts against ${base.parts.length}, dt ${to.dt} against ${base.dt}, seed ${to.seed} against ${base.seed})`);
  }
  const params: ParamChange[] = [], weights: (WeightChange & { index: number })[] = [];
  const models = new Map<string, Model>();
  base.parts.forEach((b, k) => {
    const p = to.parts[k];
    if (b.build !== p.build) throw fail(k, b, `became ${p.build}: the perturbed spec is not a variant of the network's`);
    if (b.build === "population") {
      if (json(b.args) !== json(p.args)) throw fail(k, b, `has ${p.args[1]} neurons in the perturbed spec and ${b.args[1]} in the network: cells cannot be removed gradually (interneuronDeficit's mode "scale-output" can)`);
      if (json(b.options) !== json(p.options) || b.model!.type !== p.model!.type) throw fail(k, b, "changes its kind, initial values or model type, which cannot change over time");
      const mb = modelOf(b), mp = modelOf(p);
      const pb = mb.params as Record<string, number>, pp = mp.params as Record<string, number>;
      const rest = (m: Model) => json(Object.fromEntries(Object.entries(m.options).filter(([key]) => !(key in pb))));
      if (rest(mb) !== rest(mp)) throw fail(k, b, "changes per-neuron values or model options other than scalar parameters, which cannot change over time");
      for (const key of Object.keys(pb)) if (pb[key] !== pp[key]) params.push({ population: b.args[0] as string, param: key, from: pb[key], to: pp[key] });
      return;
    }
    if (b.build === "connect" || b.build === "poissonInput") {
      const { weight: wb, ...ob } = b.options, { weight: wp, ...op } = p.options;
      if (json(b.args) !== json(p.args) || json(ob) !== json(op)) throw fail(k, b, "changes its rule, delay or receptor, which cannot change over time");
      const syn = synapseOf(base, b, models);
      const r = weightFactor(wb, wp, syn?.unit ?? "");
      if (r === null) throw fail(k, b, `changes its weights ${json(wb)} → ${json(wp)} by other than one factor`);
      if (r !== 1) weights.push({ index: k, part: b.build === "connect" ? projectionName(b) : `poissonInput onto ${b.args[0]}`, factor: r });
      return;
    }
    if (json(b) !== json(p)) throw fail(k, b, "differs in the perturbed spec: only model parameters and synaptic weights can change over time");
  });
  return { params, weights };
}

/** One sample of a gradual application: the effect set at network time t (ms). */
export interface EffectSample { t: number; effect: number }

/** A perturbation applied gradually to a running network (see {@link applyOverTime}). */
export class GradualPerturbation {
  /** Model parameters that change, from (effect 0) and to (effect 1). */
  readonly params: readonly ParamChange[];
  /** Projections and Poisson inputs whose weights are scaled, and by what factor at effect 1. */
  readonly weights: readonly WeightChange[];
  /** The effects set by {@link run}, at the midpoint of each chunk. */
  readonly history: EffectSample[] = [];
  private current = 0;
  private readonly setters: ((effect: number) => void)[] = [];

  constructor(readonly net: Network, perturbed: NetworkSpec, readonly course: TimeCourse | null) {
    const base = net.toSpec();
    const to = copySpec("applyOverTime", perturbed);
    const { params, weights } = difference(base, to);
    this.params = params;
    this.weights = weights.map(({ part, factor }) => ({ part, factor }));
    const inputs = net.components.filter((c): c is PoissonInput => c instanceof PoissonInput);
    const inputIndex = base.parts.map((p, k) => (p.build === "poissonInput" ? k : -1)).filter((k) => k >= 0);
    for (const w of weights) {
      const part = base.parts[w.index];
      const scale = (e: number) => 1 + e * (w.factor - 1);
      if (part.build === "poissonInput") {
        const input = inputs[inputIndex.indexOf(w.index)];
        const w0 = input.weight;
        this.setters.push((e) => { input.weight = w0 * scale(e); });
        continue;
      }
      const rate = net.components.find((c): c is RateProjection => c instanceof RateProjection && c.name === w.part);
      if (rate) {
        const w0 = typeof rate.weight === "number" ? rate.weight : Float64Array.from(rate.weight);
        this.setters.push((e) => { const k = scale(e); rate.weight = typeof w0 === "number" ? w0 * k : w0.map((x) => x * k); });
        continue;
      }
      const gain = net.projection(w.part).addGain();
      this.setters.push((e) => gain.fill(scale(e)));
    }
  }

  /** The effect now (0: the network as it was; 1: the perturbed spec). */
  get effect(): number {
    return this.current;
  }

  /**
   * Sets the effect now: parameters p₀ + e (p₁ − p₀) through setParams, weights × 1 + e (r − 1).
   * @throws RangeError for an effect outside [0, 1].
   */
  set(effect: number): void {
    if (typeof effect !== "number" || !(effect >= 0 && effect <= 1)) throw new RangeError(`invalid effect: ${effect} (expected a fraction of the full effect in [0, 1])`);
    if (effect === this.current) return;
    const byPopulation = new Map<string, Record<string, number>>();
    for (const c of this.params) {
      const o = byPopulation.get(c.population) ?? {};
      o[c.param] = c.from + effect * (c.to - c.from);
      byPopulation.set(c.population, o);
    }
    for (const [pop, o] of byPopulation) this.net.setParams(pop, o);
    for (const s of this.setters) s(effect);
    this.current = effect;
  }

  /**
   * Runs the network for `duration` ms in chunks of `every` ms (default 1, rounded to whole steps),
   * each with the effect of the time course at its midpoint; records them in {@link history}.
   * @throws TypeError when this was made without a time course; RangeError for bad durations.
   */
  run(duration: Quantity, options: { every?: Quantity } = {}): void {
    checkOptions("GradualPerturbation.run", options, ["every"]);
    const course = this.course;
    if (!course) throw new TypeError("GradualPerturbation.run: no time course (pass one to applyOverTime, or call set(effect) and net.run yourself)");
    const dt = this.net.dt;
    const T = quantity("duration", duration, "ms", { min: 0 });
    const every = quantity("every", options.every ?? 1, "ms", { min: 0, exclusiveMin: true });
    const chunk = Math.max(1, Math.round(every / dt));
    for (let left = Math.round(T / dt); left > 0;) {
      const m = Math.min(chunk, left);
      const t = (this.net.step + m / 2) * dt;
      const e = course(t);
      this.set(e);
      this.history.push({ t, effect: e });
      this.net.run(m * dt);
      left -= m;
    }
  }
}

/**
 * Ties a running network to a perturbed spec of it and a time course (see the module comment).
 * `perturbed` must be a perturbation of `net.toSpec()` that changes only model parameters and
 * synaptic weights (by one factor per projection or input).
 * @throws TypeError when `net.toSpec()` fails (a component added with net.add) or when the
 *   perturbation changes something that cannot change over time, naming the part.
 * @example
 * const drug = applyOverTime(net, receptorLoss(net.toSpec(), { receptor: "NMDA", targets: "I", fraction: 0.8 }),
 *   drugTimeCourse({ onset: 500, tauOn: 200, washout: 3000, tauOff: 500 }));
 * drug.run(5000);
 */
export function applyOverTime(net: Network, perturbed: NetworkSpec, course?: TimeCourse): GradualPerturbation {
  if (!net || typeof (net as Network).toSpec !== "function" || typeof (net as Network).setParams !== "function") {
    throw new TypeError(`invalid net for applyOverTime: ${String(net)} (expected a Network)`);
  }
  if (course !== undefined && typeof course !== "function") throw new TypeError(`invalid course for applyOverTime: ${String(course)} (expected a function of time in ms, e.g. drugTimeCourse({ … }))`);
  return new GradualPerturbation(net, perturbed, course ?? null);
}
