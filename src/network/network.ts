/**
 * A spiking network: the core of base.ts (populations, projections, inputs, monitors, runs) plus
 * helpers that build spike sources and attach plasticity rules to projections by name.
 *
 * Units: ms, mV, nS, pF, pA, Hz. Defaults: dt = 0.1 ms, seed = 1.
 */
import { closest, quantity, type Quantity } from "../params/quantity.js";
import { NetworkBase } from "./base.js";
import { STREAMS } from "../engine/streams.js";
import type { Component } from "../engine/component.js";
import type { NetworkSpec } from "./spec.js";

/** The builders a spec may call. */
const BUILDERS = ["poissonSource", "spikeTimes", "mip", "volleys", "connect", "poissonInput", "current", "retrogradeSuppression", "inhibitoryScaling", "excitatoryScaling", "inhibitorySTDP", "shortTermPlasticity", "monitorSpikes", "monitorRate", "monitorState"];
import { toStepsEach } from "./steps.js";
import type { Projection } from "./projection.js";
import { MipSource, PoissonSource, SpikeTimesSource, volleys, MIP_OPTIONS, POISSON_SOURCE_OPTIONS, SPIKE_TIMES_OPTIONS, type MipOptions, type PoissonSourceOptions, type SpikeTimesOptions, type VolleyOptions } from "../inputs/sources.js";
import { checkOptions } from "../params/options.js";
import { RetrogradeSuppression, type RETROGRADE_SCHEMA } from "../plasticity/retrograde.js";
import { ExcitatoryScaling, InhibitoryScaling, type SCALING_SCHEMA } from "../plasticity/homeostatic.js";
import { ShortTermPlasticity, type STP_SCHEMA } from "../plasticity/short-term.js";
import { InhibitorySTDP, type ISTDP_SCHEMA } from "../plasticity/istdp.js";

/** A spiking (or rate) network: populations, sources, projections, inputs, rules and monitors, run with a fixed time step. */
export class Network extends NetworkBase {
  /** Adds n independent Poisson spike trains (rate in Hz, constant or a function of t in ms). */
  poissonSource(name: string, n: number, options: PoissonSourceOptions): PoissonSource {
    checkOptions(`poissonSource ${name}`, options, POISSON_SOURCE_OPTIONS);
    const { rate, kind = "excitatory" } = options;
    const source = this.addSource(new PoissonSource(name, n, rate, this.rng(...STREAMS.source(name)), kind));
    this.record("poissonSource", [name, n], { rate, kind });
    return source;
  }

  /**
   * Adds a spike generator: neuron indices[k] fires at times[k] (ms), rounded to whole steps (see
   * inputs/sources.ts); times that are not multiples of dt warn once.
   */
  spikeTimes(name: string, n: number, options: SpikeTimesOptions): SpikeTimesSource {
    checkOptions(`spikeTimes ${name}`, options, SPIKE_TIMES_OPTIONS);
    const { indices, times, kind = "excitatory" } = options;
    const source = this.addSource(new SpikeTimesSource(name, n, indices, times, kind));
    toStepsEach(times, this.dt, `${name} spike times`, this.warn);
    this.record("spikeTimes", [name, n], { indices, times, kind });
    return source;
  }

  /** Adds n correlated Poisson trains (MIP): rate ν each, pairwise correlation c. */
  mip(name: string, n: number, options: MipOptions): MipSource {
    checkOptions(`mip ${name}`, options, MIP_OPTIONS);
    const { rate, c, kind = "excitatory" } = options;
    const source = this.addSource(new MipSource(name, n, rate, c, this.rng(...STREAMS.source(name)), kind));
    this.record("mip", [name, n], { rate, c, kind });
    return source;
  }

  /**
   * Adds n neurons that fire once per volley with Gaussian jitter (see inputs/sources.ts). Spike
   * times are rounded to whole steps; without jitter, volley times that are not multiples of dt warn once.
   */
  volleys(name: string, n: number, options: VolleyOptions): SpikeTimesSource {
    const source = this.addSource(volleys(name, n, options, this.rng(...STREAMS.source(name))));
    this.record("volleys", [name, n], options);
    if (quantity(`${name}.jitter`, options.jitter ?? 0, "ms") === 0) toStepsEach(options.times, this.dt, `${name} volley times`, this.warn);
    return source;
  }

  /** Adds retrograde (endocannabinoid) suppression to an inhibitory projection; updated every step. */
  retrogradeSuppression(projection: string, options: Partial<Record<keyof typeof RETROGRADE_SCHEMA, Quantity>> = {}): RetrogradeSuppression {
    const rule = this.modulate(new RetrogradeSuppression(this.projection(projection), options));
    this.record("retrogradeSuppression", [projection], options);
    return rule;
  }

  /** Adds homeostatic scaling to an inhibitory projection (plasticity/homeostatic.ts); updated every step. */
  inhibitoryScaling(projection: string, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>> = {}): InhibitoryScaling {
    const rule = this.modulate(new InhibitoryScaling(this.projection(projection), options));
    this.record("inhibitoryScaling", [projection], options);
    return rule;
  }

  /** Adds homeostatic scaling to an excitatory projection (plasticity/homeostatic.ts); updated every step. */
  excitatoryScaling(projection: string, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>> = {}): ExcitatoryScaling {
    const rule = this.modulate(new ExcitatoryScaling(this.projection(projection), options));
    this.record("excitatoryScaling", [projection], options);
    return rule;
  }

  /** Adds Vogels et al. (2011) inhibitory STDP to an inhibitory projection (plasticity/istdp.ts); updated every step. */
  inhibitorySTDP(projection: string, options: Partial<Record<keyof typeof ISTDP_SCHEMA, Quantity>> = {}): InhibitorySTDP {
    const rule = this.modulate(new InhibitorySTDP(this.projection(projection), options));
    this.record("inhibitorySTDP", [projection], options);
    return rule;
  }

  /** Adds Tsodyks–Markram short-term plasticity to a projection (plasticity/short-term.ts). */
  shortTermPlasticity(projection: string, options: Partial<Record<keyof typeof STP_SCHEMA, Quantity>> = {}): ShortTermPlasticity {
    const proj = this.projection(projection);
    proj.stp = new ShortTermPlasticity(proj.pre.n, options);
    this.record("shortTermPlasticity", [projection], options);
    return proj.stp;
  }

  /** Registers a rule (a component of the rule phase), and returns it. */
  private modulate<M extends Component>(rule: M): M {
    return this.attach(rule);
  }

  /**
   * Rebuilds a network from its JSON spec (`net.toSpec()`, network/spec.ts): the same seed and parts
   * give bit-identical spikes. Its monitors are `net.monitors`, in the spec's order.
   */
  static fromSpec(spec: NetworkSpec): Network {
    const net = new Network({ dt: spec?.dt, seed: spec?.seed, ...(spec?.precision ? { precision: spec.precision } : {}) });
    net.replay(spec, BUILDERS);
    return net;
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
