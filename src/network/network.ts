/**
 * A spiking network: the core of base.ts (populations, projections, inputs, monitors, runs) plus
 * helpers that build spike sources and attach plasticity rules to projections by name.
 *
 * Units: ms, mV, nS, pF, pA, Hz. Defaults: dt = 0.1 ms, seed = 1.
 */
import { closest, quantity, type Quantity } from "../params/quantity.js";
import { NetworkBase } from "./base.js";
import type { Component } from "../engine/component.js";
import { toStepsEach } from "./steps.js";
import type { Kind } from "./population.js";
import type { Projection } from "./projection.js";
import { MipSource, PoissonSource, SpikeTimesSource, volleys, type VolleyOptions } from "../inputs/sources.js";
import type { Rate } from "../inputs/rate.js";
import { RetrogradeSuppression, type RETROGRADE_SCHEMA } from "../plasticity/retrograde.js";
import { ExcitatoryScaling, InhibitoryScaling, type SCALING_SCHEMA } from "../plasticity/homeostatic.js";
import { ShortTermPlasticity, type STP_SCHEMA } from "../plasticity/short-term.js";
import { InhibitorySTDP, type ISTDP_SCHEMA } from "../plasticity/istdp.js";

export class Network extends NetworkBase {
  /** Adds n independent Poisson spike trains (rate in Hz, constant or a function of t in ms). */
  poissonSource(name: string, n: number, { rate, kind = "excitatory" }: { rate: Rate; kind?: Kind }): PoissonSource {
    return this.source(new PoissonSource(name, n, rate, this.rng("source", name), kind));
  }

  /**
   * Adds a spike generator: neuron indices[k] fires at times[k] (ms), rounded to whole steps (see
   * inputs/sources.ts); times that are not multiples of dt warn once.
   */
  spikeTimes(name: string, n: number, { indices, times, kind = "excitatory" }: { indices: ArrayLike<number>; times: ArrayLike<number>; kind?: Kind }): SpikeTimesSource {
    const source = this.source(new SpikeTimesSource(name, n, indices, times, kind));
    toStepsEach(times, this.dt, `${name} spike times`, this.warn);
    return source;
  }

  /** Adds n correlated Poisson trains (MIP): rate ν each, pairwise correlation c. */
  mip(name: string, n: number, { rate, c, kind = "excitatory" }: { rate: Rate; c: Quantity; kind?: Kind }): MipSource {
    return this.source(new MipSource(name, n, rate, c, this.rng("source", name), kind));
  }

  /**
   * Adds n neurons that fire once per volley with Gaussian jitter (see inputs/sources.ts). Spike
   * times are rounded to whole steps; without jitter, volley times that are not multiples of dt warn once.
   */
  volleys(name: string, n: number, options: VolleyOptions): SpikeTimesSource {
    const source = this.source(volleys(name, n, options, this.rng("source", name)));
    if (quantity(`${name}.jitter`, options.jitter ?? 0, "ms") === 0) toStepsEach(options.times, this.dt, `${name} volley times`, this.warn);
    return source;
  }

  /** Adds retrograde (endocannabinoid) suppression to an inhibitory projection; updated every step. */
  retrogradeSuppression(projection: string, options: Partial<Record<keyof typeof RETROGRADE_SCHEMA, Quantity>> = {}): RetrogradeSuppression {
    return this.modulate(new RetrogradeSuppression(this.projection(projection), options));
  }

  /** Adds homeostatic scaling to an inhibitory projection (plasticity/homeostatic.ts); updated every step. */
  inhibitoryScaling(projection: string, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>> = {}): InhibitoryScaling {
    return this.modulate(new InhibitoryScaling(this.projection(projection), options));
  }

  /** Adds homeostatic scaling to an excitatory projection (plasticity/homeostatic.ts); updated every step. */
  excitatoryScaling(projection: string, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>> = {}): ExcitatoryScaling {
    return this.modulate(new ExcitatoryScaling(this.projection(projection), options));
  }

  /** Adds Vogels et al. (2011) inhibitory STDP to an inhibitory projection (plasticity/istdp.ts); updated every step. */
  inhibitorySTDP(projection: string, options: Partial<Record<keyof typeof ISTDP_SCHEMA, Quantity>> = {}): InhibitorySTDP {
    return this.modulate(new InhibitorySTDP(this.projection(projection), options));
  }

  /** Adds Tsodyks–Markram short-term plasticity to a projection (plasticity/short-term.ts). */
  shortTermPlasticity(projection: string, options: Partial<Record<keyof typeof STP_SCHEMA, Quantity>> = {}): ShortTermPlasticity {
    const proj = this.projection(projection);
    proj.stp = new ShortTermPlasticity(proj.pre.n, options);
    return proj.stp;
  }

  /** Registers a rule (a component of the rule phase), and returns it. */
  private modulate<M extends Component>(rule: M): M {
    return this.add(rule);
  }

  /** A projection by name; unknown names get a guess. */
  projection(name: string): Projection {
    const proj = this.projections.find((p) => p.name === name);
    if (!proj) {
      const guess = closest(name, this.projections.map((p) => p.name));
      throw new TypeError(`unknown projection: ${JSON.stringify(name)}${guess ? `; did you mean ${guess}?` : ""}`);
    }
    return proj;
  }
}
