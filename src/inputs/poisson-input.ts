/**
 * Poisson input applied per target neuron without creating source neurons: each target receives
 * the merged spikes of `n` independent Poisson trains of rate ν — a Poisson process of rate n·ν —
 * so in each step it gets k ~ Poisson(n ν dt) input spikes of weight w. This is how thousands of
 * background inputs per neuron (Brunel 2000: C_ext = 1000) cost one random draw per neuron and step.
 * (Brian2's PoissonInput draws Binomial(n, ν dt), which is the same to O(ν dt).)
 *
 * The counts come from a {@link PoissonSampler} (inputs/poisson-sampler.ts): Walker's alias method on
 * four SIMD lanes of xoshiro128** in WebAssembly, exact up to the 2⁻³² resolution of a 32-bit uniform,
 * seeded from the input's stream (STREAMS.input). A mean so large that its table would exceed
 * MAX_COLUMNS (λ ≳ 45,000 per step) falls back to `Rng.poisson` per target.
 */
import { quantity, type Quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { Rng } from "../random/rng.js";
import type { Kind } from "../engine/model.js";
import type { Population } from "../engine/population.js";
import type { Component } from "../engine/component.js";
import { rateFunction, type Rate } from "./rate.js";
import { INSPECT } from "../network/describe.js";
import { shortNumber as num } from "../params/warn.js";
import type { Slab } from "../engine/slab.js";
import { PoissonSampler } from "./poisson-sampler.js";

/** Options of a per-target Poisson input. */
export interface PoissonInputOptions {
  /** Number of independent source trains per target (≥ 1, default 1). */
  n?: number;
  /** Rate of each source train (Hz), constant or a function of t (ms). */
  rate: Rate;
  /** Weight per input spike in the target's synapse unit (nS, pA or mV). */
  weight: Quantity;
  /** Excitatory (default) or inhibitory input. */
  kind?: Kind;
  /** The receptor it drives (default: the target model's receptor for `kind`, e.g. E or I). */
  receptor?: string;
}

const POISSON_INPUT_OPTIONS = optionNames<PoissonInputOptions>({ n: true, rate: true, weight: true, kind: true, receptor: true });

/**
 * Poisson input into every neuron of a target population (see the module doc).
 * @throws TypeError for an unknown option name (with a guess) or kind; RangeError for bad values.
 */
export class PoissonInput implements Component {
  readonly phase = "input";
  /** The receptor of the target this input drives. */
  readonly receptor: string;
  readonly n: number;
  /** Weight per input spike; may be changed between runs. */
  weight: number;
  readonly kind: Kind;
  private readonly rate: (t: number) => number;
  private readonly sampler: PoissonSampler;

  /**
   * `rng`: the input's stream; `slab`: the network's memory, where the sampler keeps its state and
   * table and runs in WebAssembly (without it, the same sampler runs in JavaScript).
   */
  constructor(readonly name: string, readonly target: Population, options: PoissonInputOptions, private readonly rng: Rng, weightUnit: string, slab: Slab | null = null) {
    checkOptions(`poissonInput ${name}`, options, POISSON_INPUT_OPTIONS);
    const { n = 1, rate, weight, kind = "excitatory", receptor } = options;
    this.n = quantity(`${name}.n`, n, "", { min: 1, integer: true });
    this.rate = rateFunction(`${name}.rate`, rate);
    this.weight = quantity(`${name}.weight`, weight, weightUnit);
    if (kind !== "excitatory" && kind !== "inhibitory") {
      throw new TypeError(`invalid ${name}.kind: ${JSON.stringify(kind)} (expected "excitatory" or "inhibitory")`);
    }
    this.kind = kind;
    this.receptor = receptor ?? target.model.defaultReceptor(kind);
    if (!target.direct(this.receptor, 0)) target.receives[this.receptor] = true;
    this.sampler = new PoissonSampler(rng, slab);
  }

  /** The component step: this step's input. */
  step(step: number, dt: number): void {
    this.apply(step, step * dt, dt);
  }

  /** One line: `PoissonInput E:poisson#1: 1000 trains per neuron of E (3200), weight 0.5 nS, excitatory`. */
  toString(): string {
    const unit = this.target.model.receptors[this.receptor].unit;
    return `PoissonInput ${this.name}: ${this.n} train${this.n === 1 ? "" : "s"} per neuron of ${this.target.name} (${this.target.n}), ` +
      `weight ${num(this.weight)} ${unit}, ${this.kind}`;
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  /** Mean number of input spikes per target in a step at time t. */
  lambda(t: number, dt: number): number {
    return this.n * this.rate(t) * dt * 1e-3;
  }

  /** Adds this step's input into the target's ring buffer slot for `step`. */
  apply(step: number, t: number, dt: number): void {
    const lambda = this.lambda(t, dt);
    if (lambda <= 0) return;
    const pop = this.target;
    // input of this step: straight into g_E/g_I (before the population steps), or into this step's slot
    const direct = pop.direct(this.receptor, 0);
    const buf = direct ? pop.state[pop.model.receptors[this.receptor].variable] : pop.ring[this.receptor];
    const n = pop.n;
    const off = direct ? 0 : (step % pop.ringLength) * n;
    const w = this.weight;
    const rng = this.rng;
    if (this.sampler.set(lambda)) this.sampler.add(buf, off, n, w);
    else for (let i = 0; i < n; i++) buf[off + i] += rng.poisson(lambda) * w;
  }
}
