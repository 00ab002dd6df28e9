/**
 * The core of a network (Network in network.ts adds builders of sources and rules): populations of
 * any model, spike sources, projections, inputs, rules and monitors, simulated with a fixed time step.
 *
 * A step runs the components by phase (engine/component.ts): input (Poisson input, sources) →
 * integrate (injected currents, then each population's model kernel) → rule (plasticity) → deliver
 * (projections scatter this step's spikes for step + 1 + delay) → monitor. Every random stream is
 * named in engine/streams.ts from (seed, labels), so the same seed gives identical spikes.
 *
 * Units: ms, mV, nS, pF, pA, Hz. Defaults: dt = 0.1 ms, seed = 1.
 */
import { closest, quantity, type Quantity } from "../params/quantity.js";
import { Warnings, type Warn } from "../params/warn.js";
import type { Rng } from "../random/rng.js";
import { lif, type LifOptions } from "../models/lif.js";
import type { Kind, Model } from "../engine/model.js";
import { PHASES, type Component, type Ctx } from "../engine/component.js";
import { Population, checkPrecision, type InitialState, type Precision, type SpikeEmitter } from "../engine/population.js";
import { Slab } from "../engine/slab.js";
import { STREAMS, stream } from "../engine/streams.js";
import { connect, type Rule } from "./connect.js";
import { Projection } from "./projection.js";
import { RateProjection } from "../models/rate-projection.js";
import type { Varying } from "./values.js";
import { synapseDelays, synapseWeights, synapseTypeOf } from "./synapses.js";
import { stepsToTime } from "./steps.js";
import { checkBuildSize } from "./budget.js";
import { isConstant } from "./values.js";
import { INSPECT, describeNetwork } from "./describe.js";
import { PoissonInput, type PoissonInputOptions } from "../inputs/poisson-input.js";
import { CurrentInput, type CurrentOptions } from "../inputs/currents.js";
import type { Source } from "../inputs/sources.js";
import { SpikeMonitor } from "../monitors/spike-monitor.js";
import { RateMonitor } from "../monitors/rate-monitor.js";
import { StateMonitor, type StateVariable } from "../monitors/state-monitor.js";
import { checkSign, checkTimeStep, checkWeightScale, hasUnits, RunawayWatch } from "./checks.js";
import { receptorOf } from "./receptor.js";
import { checkOptions } from "../params/options.js";
import { runNetwork } from "./run.js";
import { setModelParams } from "./set-params.js";
import { replaySpec, toJSONValue, writeSpec, type NetworkSpec, type SpecPart } from "./spec.js";

/** Options of a network. */
export interface NetworkOptions {
  /** Time step (ms, default 0.1). */
  dt?: Quantity;
  /** Seed of every random stream (default 1). */
  seed?: number;
  /**
   * Arithmetic of the neuron kernels (default "float64"). "float64": state in double precision;
   * models with a kernel program (LIF) step two neurons at a time in WebAssembly (f64x2) with results
   * identical to their JavaScript reference step. "float32": state stored and stepped in single
   * precision, four neurons at a time (f32x4), about twice as fast for the neuron step. Single-precision
   * rounding (relative 6e−8) can change which step a threshold crossing falls in, after which spike
   * trains part; the statistics over seeds (rates, CV, spectra) are measured against float64 by
   * `node bench/precision.mjs` (bench/results/precision.md).
   */
  precision?: Precision;
  /** Use the JavaScript kernels even where a WebAssembly kernel exists (default false; for comparison and debugging). */
  javascript?: boolean;
}

/** Options of {@link Network.connect}. */
export interface ConnectOptions {
  rule: Rule;
  /** Weight in the receptor's unit: nS (conductance), pA (current) or mV (delta); constant, array, distribution or function. */
  weight: Varying;
  /** Delay (ms, default 0: arrival in the next step); constant or per synapse; rounded to whole steps (see steps.ts). */
  delay?: Varying;
  /** Allow i → i within a population (default true). */
  autapses?: boolean;
  /** Name of the projection (default "pre→post"). */
  name?: string;
  /** The receptor of the target it drives (default: the model's for the source's kind: E or I; also AMPA, GABA_A, NMDA, GABA_B). */
  receptor?: string;
}
const CONNECT_OPTIONS = ["rule", "weight", "delay", "autapses", "name", "receptor"];

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

/** The core of a network (see the file comment); users build {@link Network}, which adds builders of sources and rules. */
export class NetworkBase {
  readonly dt: number;
  readonly seed: number;
  step = 0;
  /** @internal */ readonly populations = new Map<string, Population>();
  private readonly sources = new Map<string, Source>();
  /** @internal Step constants of each population's model at this dt. */ readonly constants = new Map<Population, unknown>();
  readonly projections: Projection[] = [];
  /** @internal */ readonly components: Component[] = [];
  /** @internal */ readonly currents = new Map<Population, CurrentInput[]>();
  /** One allocation for every population's state (WebAssembly.Memory-backed, see engine/slab.ts). */
  readonly slab = new Slab();
  /** This network's one-time warnings: each warns once per network (dt, rounding, SI weights, runaway). */
  /** @internal */ readonly warn: Warn = new Warnings().once;
  /** @internal */ readonly runaway = new RunawayWatch(this.warn);
  /** What components are told when a run starts. */
  readonly ctx: Ctx;
  /** The builders' calls so far, for {@link toSpec}; a part that cannot be written holds the reason. */
  protected readonly parts: (SpecPart | { unwritable: string })[] = [];

  /** Arithmetic of the neuron kernels (see {@link NetworkOptions.precision}). */
  readonly precision: Precision;
  /** Whether runs use the JavaScript kernels only. */
  readonly javascript: boolean;

  constructor({ dt = 0.1, seed = 1, precision = "float64", javascript = false, ...rest }: NetworkOptions = {}) {
    checkOptions("Network", rest, ["dt", "seed", "precision", "javascript"]);
    this.dt = quantity("dt", dt, "ms", { min: 0, exclusiveMin: true });
    this.seed = quantity("seed", seed, "", { integer: true });
    checkPrecision(precision);
    if (typeof javascript !== "boolean") throw new TypeError(`invalid javascript: ${JSON.stringify(javascript)} (expected true or false)`);
    this.precision = precision;
    this.javascript = javascript;
    const self = this;
    this.ctx = { dt: this.dt, seed: this.seed, warn: this.warn, rng: (...labels) => self.rng(...labels) };
  }

  /** Network time (ms): the end of the last simulated step. */
  get time(): number {
    return stepsToTime(this.step, this.dt);
  }

  private checkName(name: string): void {
    if (typeof name !== "string" || name === "") throw new TypeError(`invalid name: ${JSON.stringify(name)} (expected a non-empty string)`);
    if (this.populations.has(name) || this.sources.has(name)) throw new TypeError(`invalid name: ${name} is already used by another population`);
  }

  /**
   * Adds a population of `n` neurons (or rate units) of `model` (any model: lif(), adex(), …; plain
   * options make a LIF model). `init` sets initial values of state variables by name.
   */
  population(name: string, n: number, model: Model | LifOptions = {}, { kind = "excitatory", init = {}, ...rest }: { kind?: Kind; init?: InitialState } = {}): Population {
    this.checkName(name);
    checkOptions(`population ${name}`, rest, ["kind", "init"]);
    const size = quantity(`${name}.n`, n, "", { min: 1, integer: true });
    if (kind !== "excitatory" && kind !== "inhibitory") {
      throw new TypeError(`invalid kind: ${JSON.stringify(kind)} for ${name} (expected "excitatory" or "inhibitory")`);
    }
    const m = isModel(model) ? model : lif(model as LifOptions);
    const pop = new Population(name, size, kind, m, this.rng(...STREAMS.population(name)), init, this.slab, this.rng(...STREAMS.noise(name)), this.precision);
    this.record("population", [name, size], { kind, init }); // its model is written by toSpec, as it is then
    checkTimeStep(pop, this.dt, this.warn);
    this.constants.set(pop, m.prepare(pop, this.dt, this.warn));
    this.populations.set(name, pop);
    return pop;
  }

  /** Adds a spike source (PoissonSource, SpikeTimesSource, MipSource or volleys()). Make its rng with {@link rng}. */
  source<S extends Source>(source: S): S {
    this.addSource(source);
    this.parts.push({ unwritable: `source ${source?.name} was added with net.source(): a spec cannot hold it (use poissonSource, spikeTimes, mip or volleys)` });
    return source;
  }

  /** Adds a spike source without recording it (the builders record themselves). */
  protected addSource<S extends Source>(source: S): S {
    this.checkName(source.name);
    this.sources.set(source.name, source);
    this.components.push({ name: source.name, phase: "input", step: (step, dt) => source.emit(step, step * dt, dt) });
    return source;
  }

  /** The random stream this network derives for these labels (see engine/streams.ts for the names it uses). */
  rng(...labels: (string | number)[]): Rng {
    return stream(this.seed, labels);
  }

  /**
   * Adds a component — a rule, probe, input or monitor with a phase and a step (engine/component.ts) —
   * and returns it. This is how a notebook adds its own plasticity rule or read-out.
   */
  add<C extends Component>(component: C): C {
    this.parts.push({ unwritable: `component ${component?.name} was added with net.add(): a spec cannot hold code` });
    return this.attach(component);
  }

  /** Adds a component without recording it (the builders record themselves). */
  protected attach<C extends Component>(component: C): C {
    if (!component || typeof component.step !== "function") throw new TypeError(`invalid component: ${String(component)} (expected an object with a name, a phase and a step(step, dt) method)`);
    if (!PHASES.includes(component.phase)) {
      const guess = closest(String(component.phase), PHASES);
      throw new TypeError(`invalid phase: ${JSON.stringify(component.phase)} of component ${component.name}` + (guess ? `; did you mean ${guess}?` : "") + ` (expected one of ${PHASES.join(", ")})`);
    }
    this.components.push(component);
    return component;
  }

  /** A population by name; unknown names get a guess. */
  get(name: string): Population {
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

  /**
   * Connects `pre` to `post` by a rule onto a receptor; weights follow Dale's law (see projection.ts).
   * Between rate populations it makes a RateProjection (models/rate-projection.ts), which carries rates.
   */
  connect(pre: string, post: string, options: ConnectOptions): Projection | RateProjection {
    checkOptions(`connect ${pre}→${post}`, options ?? {}, CONNECT_OPTIONS);
    const { rule, weight, delay = 0, autapses = true, name, receptor } = options;
    const source = this.emitter(pre);
    const target = this.get(post);
    const pname = name ?? `${pre}→${post}`;
    if (this.projections.some((p) => p.name === pname)) throw new TypeError(`invalid name: projection ${pname} exists; pass a name`);
    const r = receptorOf(pname, target, source.kind, receptor);
    const rec = target.model.receptors[r];
    checkBuildSize(pname, rule, source.n, target.n, { varyingWeight: !isConstant(weight), varyingDelay: !isConstant(delay) });
    const csr = connect(rule, source.n, target.n, this.rng(...STREAMS.connectivity(pname)), { self: source === (target as SpikeEmitter), autapses, name: pname });
    const w = synapseWeights(pname, weight, rec, source.kind, csr.col.length, this.rng(...STREAMS.weights(pname)), this.warn);
    const d = synapseDelays(pname, delay, csr.col.length, this.dt, this.rng(...STREAMS.delays(pname)), this.warn);
    if ((source as { model?: Model }).model?.output === "rate" || target.model.output === "rate") {
      // rates, not spikes: delivered every step through the source's history (models/rate-projection.ts)
      const rp = new RateProjection(pname, this.get(pre), target, csr, w, d, r, this.dt);
      this.components.push(rp);
      this.record("connect", [pre, post], options);
      return rp;
    }
    const proj = new Projection(pname, source, target, csr, w, d, this.dt, r, { slab: this.slab, javascript: this.javascript, warn: this.warn });
    target.ensureDelay(proj.maxDelaySteps(), this.step);
    if (!target.direct(r, typeof d === "number" ? d : null)) target.receives[r] = true;
    this.projections.push(proj);
    this.components.push(proj);
    this.record("connect", [pre, post], options);
    return proj;
  }

  /** Adds Poisson input per target neuron of `post` (no source neurons are created). */
  poissonInput(post: string, options: PoissonInputOptions): PoissonInput {
    const target = this.get(post);
    const name = `${post}:poisson#${this.components.filter((c) => c instanceof PoissonInput && c.target === target).length + 1}`;
    const kind = options?.kind ?? "excitatory";
    const r = receptorOf(name, target, kind, options?.receptor);
    const rec = target.model.receptors[r];
    const input = new PoissonInput(name, target, { ...options, receptor: r }, this.rng(...STREAMS.input(name)), rec.unit, this.slab);
    const syn = synapseTypeOf(rec);
    checkSign(name, input.kind, syn, input.weight, input.weight, rec.unit);
    if (!hasUnits(options.weight) && rec.unit !== "") checkWeightScale(name, syn, input.weight, true, this.warn);
    this.components.push(input);
    this.record("poissonInput", [post], options);
    return input;
  }

  /** Injects a current (step, ramp or noise; pA) into neurons of `post`; into rate units, an input in their rate's unit. */
  current(post: string, options: CurrentOptions): CurrentInput {
    const target = this.get(post);
    const list = this.currents.get(target) ?? [];
    const name = `${post}:${options?.type}#${list.length + 1}`;
    // rate units read their input in the model's unit (a rate, or dimensionless), neurons in pA
    const unit = target.model.output === "rate" ? ((target.model as { unit?: string }).unit ?? "") : "pA";
    const input = new CurrentInput(name, target.n, options, this.rng(...STREAMS.current(name)), unit);
    input.bind(this.dt, this.warn);
    list.push(input);
    this.currents.set(target, list);
    target.useCurrent();
    this.record("current", [post], options);
    return input;
  }

  /**
   * Records spikes of a population or source (optionally only some neurons). `maxSpikes` caps the
   * recording (later spikes are dropped, with a warning); without a cap, a monitor warns once when it
   * passes 50 million spikes (400 MB).
   */
  monitorSpikes(name: string, { neurons, maxSpikes, ...rest }: { neurons?: ArrayLike<number>; maxSpikes?: number } = {}): SpikeMonitor {
    checkOptions(`monitorSpikes ${name}`, rest, ["neurons", "maxSpikes"]);
    const m = new SpikeMonitor(this.emitter(name), neurons, { maxSpikes, warn: this.warn });
    m.start = this.time;
    m.dt = this.dt;
    this.record("monitorSpikes", [name], { neurons, maxSpikes });
    return this.attach(m);
  }

  /** Records the number of spikes per step of a population (for population rates). */
  monitorRate(name: string, options: Record<string, never> = {}): RateMonitor {
    checkOptions(`monitorRate ${name}`, options, []);
    const m = new RateMonitor(this.emitter(name));
    m.start = this.time;
    m.dt = this.dt;
    this.record("monitorRate", [name], {});
    return this.attach(m);
  }

  /** Records state variables of some neurons every `interval` ms (default dt; rounded to whole steps, at least one). */
  monitorState(name: string, variables: StateVariable[], { neurons = [0], interval = this.dt, ...rest }: { neurons?: ArrayLike<number>; interval?: Quantity } = {}): StateMonitor {
    checkOptions(`monitorState ${name}`, rest, ["neurons", "interval"]);
    const iv = quantity("interval", interval, "ms", { min: 0, exclusiveMin: true });
    const m = this.attach(new StateMonitor(this.get(name), variables, neurons, iv, this.dt, this.warn));
    this.record("monitorState", [name, variables], { neurons, interval });
    return m;
  }

  /**
   * Changes model parameters of a population between runs (per-neuron ones are redrawn). Atomic: if
   * any value is invalid, it throws and nothing changes.
   */
  setParams(name: string, options: Record<string, unknown>): void {
    const pop = this.get(name);
    setModelParams(pop, options, {
      dt: this.dt, warn: this.warn, rng: () => this.rng(...STREAMS.params(name, this.step)),
      constants: this.constants,
    });
  }

  /**
   * Simulates `duration` ms more (rounded to whole steps, see steps.ts; a duration that is not a
   * multiple of dt warns); runs can be continued after changing parameters.
   */
  run(duration: Quantity, options: { label?: string } = {}): RunStats {
    return runNetwork(this, duration, options);
  }

  /** Records a builder call for the spec (a value that is not JSON makes the part unwritable, saying why). */
  protected record(build: string, args: unknown[], options: object): void {
    try {
      const where = `${build}(${args.filter((a) => typeof a === "string").join(", ")})`;
      this.parts.push({ build, args: toJSONValue(`${where} arguments`, args) as unknown[], options: toJSONValue(`${where}.options`, options ?? {}) as Record<string, unknown> });
    } catch (e) {
      this.parts.push({ unwritable: (e as Error).message });
    }
  }

  /**
   * The network as a plain JSON spec (network/spec.ts): rebuild it with `Network.fromSpec(spec)` for
   * bit-identical spikes. Parameters changed later with setParams are in the spec's models, but
   * per-neuron values they redrew are drawn afresh on rebuild.
   * @throws TypeError when a part holds a function or a component added with `add()`.
   */
  toSpec(): NetworkSpec {
    return writeSpec(this.dt, this.seed, this.precision, this.parts, (name) => this.get(name).model);
  }

  /** Replays the builder calls of a spec on this (new, empty) network. */
  protected replay(spec: NetworkSpec, builders: readonly string[]): void {
    replaySpec(this as unknown as Record<string, (...a: unknown[]) => unknown>, spec, builders, (name, n, model, options) =>
      this.population(name, n, model, options as { kind?: Kind; init?: InitialState }));
  }

  /** The monitors, in the order they were added. */
  get monitors(): Component[] {
    return this.components.filter((c) => c.phase === "monitor");
  }

  /** One line: dt, seed, time, populations, sources, projections and monitors. */
  toString(): string {
    return describeNetwork(this.constructor.name, {
      dt: this.dt, seed: this.seed, time: this.time,
      populations: [...this.populations.values()], sources: [...this.sources.values()], projections: this.projections,
      monitors: this.components.filter((c) => c.phase === "monitor").length,
    });
  }

  /** What a notebook shows for a network at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }
}

/** Whether `x` is a model (lif(), adex(), …) rather than a plain options object. */
export function isModel(x: unknown): x is Model {
  return typeof x === "object" && x !== null && typeof (x as Model).kernel === "function" && typeof (x as Model).prepare === "function";
}
