/**
 * The core of a spiking network (Network in network.ts adds source and plasticity helpers): LIF populations, spike sources, projections, per-target Poisson input,
 * injected currents and monitors, simulated with a fixed time step.
 *
 * Each step (see neurons/step.ts for the order inside a population): inputs for this step are
 * written into the ring buffers, sources emit, populations integrate/threshold/reset, then every
 * projection scatters the spikes of this step into its target's buffer at step + 1 + delay, and
 * monitors record. Every random stream is derived from (seed, kind, name), so adding a monitor or a
 * population does not change the others' randomness, and the same seed gives identical spikes.
 *
 * Units: ms, mV, nS, pF, pA, Hz. Defaults: dt = 0.1 ms, seed = 1.
 */
import { closest, quantity, type Quantity } from "../params/quantity.js";
import { Warnings, type Warn } from "../params/warn.js";
import { Rng } from "../random/rng.js";
import { lif, type LifModel, type LifOptions } from "../neurons/lif.js";
import { stepConstants, type StepConstants } from "../neurons/step.js";
import { kernelFor } from "../neurons/kernels.js";
import { NeuronPopulation, type InitialState, type Kind, type SpikeEmitter } from "./population.js";
import { connect, type Rule } from "./connect.js";
import { Projection } from "./projection.js";
import type { Varying } from "./values.js";
import { synapseDelays, synapseWeights, WEIGHT_UNIT } from "./synapses.js";
import { stepsToTime, toSteps } from "./steps.js";
import { announceLongRun, checkBuildSize, checkStepBudget, LONG_RUN_STEPS } from "./budget.js";
import { isConstant } from "./values.js";
import { INSPECT, describeNetwork } from "./describe.js";
import { PoissonInput, type PoissonInputOptions } from "../inputs/poisson-input.js";
import { CurrentInput, type CurrentOptions } from "../inputs/currents.js";
import type { Source } from "../inputs/sources.js";
import { SpikeMonitor } from "../monitors/spike-monitor.js";
import { RateMonitor } from "../monitors/rate-monitor.js";
import { StateMonitor, type StateVariable } from "../monitors/state-monitor.js";
import { makeProgress, type ProgressReporter } from "./progress.js";
import { checkSign, checkTimeStep, checkWeightScale, hasUnits, RunawayWatch } from "./checks.js";

/** Options of a network. */
export interface NetworkOptions {
  /** Time step (ms, default 0.1). */
  dt?: Quantity;
  /** Seed of every random stream (default 1). */
  seed?: number;
}

/** Options of {@link Network.connect}. */
export interface ConnectOptions {
  rule: Rule;
  /** Weight: nS (conductance synapses), pA (current) or mV (delta); constant, array, distribution or function. */
  weight: Varying;
  /** Delay (ms, default 0: arrival in the next step); constant or per synapse; rounded to whole steps (see steps.ts). */
  delay?: Varying;
  /** Allow i → i within a population (default true). */
  autapses?: boolean;
  /** Name of the projection (default "pre→post"). */
  name?: string;
}

/** What a call to {@link Network.run} did. */
export interface RunStats {
  /** Biological time simulated (ms) and the network time after the run. */
  duration: number;
  time: number;
  steps: number;
  /** Spikes emitted and synaptic events delivered. */
  spikes: number;
  events: number;
  /** Wall-clock time of the loop (s). */
  wall: number;
}

export class NetworkBase {
  readonly dt: number;
  readonly seed: number;
  step = 0;
  private readonly populations = new Map<string, NeuronPopulation>();
  private readonly sources = new Map<string, Source>();
  private readonly constants = new Map<NeuronPopulation, StepConstants>();
  readonly projections: Projection[] = [];
  private readonly poissonInputs: PoissonInput[] = [];
  private readonly currents = new Map<NeuronPopulation, CurrentInput[]>();
  private readonly spikeMonitors: SpikeMonitor[] = [];
  private readonly rateMonitors: RateMonitor[] = [];
  private readonly stateMonitors: StateMonitor[] = [];
  /** This network's one-time warnings: each warns once per network (dt, rounding, SI weights, runaway). */
  protected readonly warn: Warn = new Warnings().once;
  private readonly runaway = new RunawayWatch(this.warn);
  /** Per-step updaters of plasticity rules (see network.ts). */
  protected readonly modulators: { update(dt: number): void }[] = [];

  constructor({ dt = 0.1, seed = 1 }: NetworkOptions = {}) {
    this.dt = quantity("dt", dt, "ms", { min: 0, exclusiveMin: true });
    this.seed = quantity("seed", seed, "", { integer: true });
  }

  /** Network time (ms): the end of the last simulated step. */
  get time(): number {
    return stepsToTime(this.step, this.dt);
  }

  private checkName(name: string): void {
    if (typeof name !== "string" || name === "") throw new TypeError(`invalid name: ${JSON.stringify(name)} (expected a non-empty string)`);
    if (this.populations.has(name) || this.sources.has(name)) throw new TypeError(`invalid name: ${name} is already used by another population`);
  }

  /** Adds a LIF population of `n` neurons (`model` from {@link lif}, or options for it). */
  population(name: string, n: number, model: LifModel | LifOptions = {}, { kind = "excitatory", init = {} }: { kind?: Kind; init?: InitialState } = {}): NeuronPopulation {
    this.checkName(name);
    const size = quantity(`${name}.n`, n, "", { min: 1, integer: true });
    if (kind !== "excitatory" && kind !== "inhibitory") {
      throw new TypeError(`invalid kind: ${JSON.stringify(kind)} for ${name} (expected "excitatory" or "inhibitory")`);
    }
    const m = (model as LifModel).type === "lif" ? (model as LifModel) : lif(model as LifOptions);
    const pop = new NeuronPopulation(name, size, kind, m, Rng.stream(this.seed, "population", name), init);
    checkTimeStep(pop, this.dt, this.warn);
    this.populations.set(name, pop);
    this.constants.set(pop, stepConstants(pop, this.dt, this.warn));
    return pop;
  }

  /** Adds a spike source (PoissonSource, SpikeTimesSource, MipSource or volleys()). Make its rng with {@link rng}. */
  source<S extends Source>(source: S): S {
    this.checkName(source.name);
    this.sources.set(source.name, source);
    return source;
  }

  /** The random stream this network derives for a label (for sources built outside). */
  rng(...labels: (string | number)[]): Rng {
    return Rng.stream(this.seed, ...labels);
  }

  /** A neuron population by name; unknown names get a guess. */
  get(name: string): NeuronPopulation {
    const p = this.populations.get(name);
    if (!p) {
      if (this.sources.has(name)) throw new TypeError(`invalid population: ${name} is a spike source, not a neuron population`);
      throw new TypeError(this.unknown(name));
    }
    return p;
  }

  private emitter(name: string): SpikeEmitter {
    const e = this.populations.get(name) ?? this.sources.get(name);
    if (!e) throw new TypeError(this.unknown(name));
    return e;
  }

  private unknown(name: string): string {
    const names = [...this.populations.keys(), ...this.sources.keys()];
    const guess = closest(String(name), names);
    return `unknown population: ${JSON.stringify(name)}` + (guess ? `; did you mean ${guess}?` : names.length ? ` (have ${names.join(", ")})` : " (the network has none yet)");
  }

  /** Connects `pre` to `post` by a rule; weights follow Dale's law (see projection.ts). */
  connect(pre: string, post: string, { rule, weight, delay = 0, autapses = true, name }: ConnectOptions): Projection {
    const source = this.emitter(pre);
    const target = this.get(post);
    const pname = name ?? `${pre}→${post}`;
    if (this.projections.some((p) => p.name === pname)) throw new TypeError(`invalid name: projection ${pname} exists; pass a name`);
    checkBuildSize(pname, rule, source.n, target.n, { varyingWeight: !isConstant(weight), varyingDelay: !isConstant(delay) });
    const rng = Rng.stream(this.seed, "projection", pname);
    const csr = connect(rule, source.n, target.n, rng, { self: source === (target as SpikeEmitter), autapses, name: pname });
    const w = synapseWeights(pname, weight, target.model.synapse, source.kind, csr.col.length, rng, this.warn);
    const d = synapseDelays(pname, delay, csr.col.length, this.dt, rng, this.warn);
    const proj = new Projection(pname, source, target, csr, w, d, this.dt);
    target.ensureDelay(proj.maxDelaySteps(), this.step);
    if (!target.direct(typeof d === "number" ? d : null)) {
      if (proj.receptor === "E") target.receivesE = true; else target.receivesI = true;
    }
    this.projections.push(proj);
    return proj;
  }

  /** Adds Poisson input per target neuron of `post` (no source neurons are created). */
  poissonInput(post: string, options: PoissonInputOptions): PoissonInput {
    const target = this.get(post);
    const name = `${post}:poisson#${this.poissonInputs.filter((p) => p.target === target).length + 1}`;
    const input = new PoissonInput(name, target, options, Rng.stream(this.seed, "input", name), WEIGHT_UNIT[target.model.synapse]);
    checkSign(name, input.kind, target.model.synapse, input.weight, input.weight, WEIGHT_UNIT[target.model.synapse]);
    if (!hasUnits(options.weight)) checkWeightScale(name, target.model.synapse, input.weight, true, this.warn);
    this.poissonInputs.push(input);
    return input;
  }

  /** Injects a current (step, ramp or noise) into neurons of `post`. */
  current(post: string, options: CurrentOptions): CurrentInput {
    const target = this.get(post);
    const list = this.currents.get(target) ?? [];
    const name = `${post}:${options?.type}#${list.length + 1}`;
    const input = new CurrentInput(name, target.n, options, Rng.stream(this.seed, "current", name));
    input.bind(this.dt, this.warn);
    list.push(input);
    this.currents.set(target, list);
    target.Iext ??= new Float64Array(target.n);
    return input;
  }

  /**
   * Records spikes of a population or source (optionally only some neurons). `maxSpikes` caps the
   * recording (later spikes are dropped, with a warning); without a cap, a monitor warns once when it
   * passes 50 million spikes (400 MB).
   */
  monitorSpikes(name: string, { neurons, maxSpikes }: { neurons?: ArrayLike<number>; maxSpikes?: number } = {}): SpikeMonitor {
    const m = new SpikeMonitor(this.emitter(name), neurons, { maxSpikes, warn: this.warn });
    m.start = this.time;
    this.spikeMonitors.push(m);
    return m;
  }

  /** Records the number of spikes per step of a population (for population rates). */
  monitorRate(name: string): RateMonitor {
    const m = new RateMonitor(this.emitter(name));
    m.start = this.time;
    this.rateMonitors.push(m);
    return m;
  }

  /** Records state variables of some neurons every `interval` ms (default dt; rounded to whole steps, at least one). */
  monitorState(name: string, variables: StateVariable[], { neurons = [0], interval = this.dt }: { neurons?: ArrayLike<number>; interval?: Quantity } = {}): StateMonitor {
    const iv = quantity("interval", interval, "ms", { min: 0, exclusiveMin: true });
    const m = new StateMonitor(this.get(name), variables, neurons, iv, this.dt, this.warn);
    this.stateMonitors.push(m);
    return m;
  }

  /** Changes model parameters of a population between runs (per-neuron ones are redrawn). */
  setParams(name: string, options: LifOptions): void {
    const pop = this.get(name);
    const { E_L, V_th, V_reset, I_bias, synapse, ...scalars } = options;
    if (synapse !== undefined && synapse !== pop.model.synapse) throw new TypeError(`invalid synapse: the synapse type of ${name} cannot change`);
    const next = lif({ ...pop.model.params, ...scalars, synapse: pop.model.synapse, ...pop.model.varying, ...definedOnly({ E_L, V_th, V_reset, I_bias }) });
    if (pop.model.params.b > 0) pop.hasAdaptation = true; // w may still be decaying after b is set to 0
    pop.model = next;
    if ([E_L, V_th, V_reset, I_bias].some((v) => v !== undefined)) pop.setVarying(next, Rng.stream(this.seed, "population", name, "params", this.step));
    else pop.updateDrive();
    checkTimeStep(pop, this.dt, this.warn);
    this.constants.set(pop, stepConstants(pop, this.dt, this.warn));
  }

  /**
   * Simulates `duration` ms more (rounded to whole steps, see steps.ts; a duration that is not a
   * multiple of dt warns); runs can be continued after changing parameters.
   */
  run(duration: Quantity, { label = "simulation" }: { label?: string } = {}): RunStats {
    const T = quantity("duration", duration, "ms", { min: 0 });
    const steps = toSteps(T, this.dt, "run duration", { warn: this.warn });
    checkStepBudget(this.step, steps, this.dt);
    const dt = this.dt;
    const pops = [...this.populations.values()];
    const sources = [...this.sources.values()];
    const consts = pops.map((p) => this.constants.get(p)!);
    const currents = pops.map((p) => this.currents.get(p) ?? []);
    const kernels = pops.map((p) => kernelFor(p, dt)); // specialised per population's flags (neurons/kernels.ts)
    for (const m of this.spikeMonitors) if (Number.isNaN(m.start)) m.start = this.time;
    const t0 = performance.now();
    let bar: ProgressReporter | null = null;
    const long = steps >= LONG_RUN_STEPS;
    let announced = false;
    let spikes = 0;
    let events = 0;
    const first = this.step;
    for (let s = 0; s < steps; s++) {
      const step = this.step;
      const t = step * dt;
      for (const input of this.poissonInputs) input.apply(step, t, dt);
      for (const src of sources) spikes += src.emit(step, t, dt);
      for (let k = 0; k < pops.length; k++) {
        const pop = pops[k];
        if (pop.Iext !== null) {
          pop.Iext.fill(0);
          for (const c of currents[k]) c.add(pop.Iext, t, dt);
        }
        spikes += kernels[k](pop, step, consts[k]);
      }
      for (const m of this.modulators) m.update(dt);
      for (const proj of this.projections) events += proj.deliver(step, dt);
      for (const m of this.spikeMonitors) m.record(step);
      for (const m of this.rateMonitors) m.record();
      for (const m of this.stateMonitors) m.record(step, dt);
      this.runaway.observe(pops, step, dt);
      this.step++;
      if ((s & 1023) === 1023) {
        const wall = performance.now() - t0;
        // a long run states its estimated wall time once it has measured its speed (200 ms or 1 % of the steps)
        if (long && !announced && (wall > 200 || s + 1 >= steps / 100)) announced = announceLongRun(this.warn, label, steps, s + 1, wall, dt);
        if (bar === null && wall > 1500) bar = makeProgress(steps, label, Date.now() - wall, long);
        bar?.update(s + 1);
      }
    }
    bar?.finish();
    for (const m of this.spikeMonitors) m.stop = this.time;
    return { duration: (this.step - first) * dt, time: this.time, steps, spikes, events, wall: (performance.now() - t0) / 1000 };
  }

  /** One line: dt, seed, time, populations, sources, projections and monitors. */
  toString(): string {
    return describeNetwork(this.constructor.name, {
      dt: this.dt, seed: this.seed, time: this.time,
      populations: [...this.populations.values()], sources: [...this.sources.values()], projections: this.projections,
      monitors: this.spikeMonitors.length + this.rateMonitors.length + this.stateMonitors.length,
    });
  }

  /** What a notebook shows for a network at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
