/**
 * The contract between the engine and a neuron model. The engine knows nothing about LIF, AdEx or
 * Hodgkin–Huxley: a model declares its state variables (with units), its per-neuron parameters, the
 * receptors projections may drive, its time constants (for the dt check) and how it prepares step
 * constants and generates its step kernel; a population allocates its arrays from that declaration.
 *
 * A new model is one file (see `src/models/adex.ts` and the README's "Add a model"), one export
 * line and one test file.
 *
 * Internal units everywhere: ms, mV, nS, pF, pA, Hz (rate units: r is dimensionless for sigmoid
 * transfer functions, Hz for threshold-linear ones; see models/rate.ts).
 */
import type { Warn } from "../params/warn.js";
import type { Rng } from "../random/rng.js";
import type { Varying } from "../network/values.js";
import type { KernelProgram } from "./kernel-ir.js";

/**
 * A population's float arrays: double precision, or single precision when its network runs with
 * `precision: "float32"` (see engine/population.ts).
 */
export type FloatArray = Float64Array | Float32Array;

/** Whether a population's outgoing synapses are excitatory or inhibitory (Dale's law). */
export type Kind = "excitatory" | "inhibitory";

/** A state variable or per-neuron parameter of a model: one array of n numbers per population. */
export interface Variable {
  /** Internal unit ("mV", "nS", "pA", "", …). */
  unit: string;
  /** What it is, for monitors and error messages. */
  doc: string;
  /** Stored as a 32-bit integer (e.g. refractory steps left) instead of a float64. */
  int?: boolean;
  /** Computed by the model from parameters (e.g. LIF's constant drive): not an initial value users set. */
  derived?: boolean;
}

/** A per-neuron parameter: a {@link Variable} with a default, drawn when the population is created. */
export interface VaryingSpec extends Variable {
  default: number;
}

/**
 * How a projection's spikes (or rates) enter a model: the weights are added to state variable
 * `variable`, in unit `unit`.
 */
export interface Receptor {
  /** The state variable weights are added to (e.g. "gE", or "x_NMDA" for a receptor with a rise). */
  variable: string;
  /** Unit of the weights ("nS", "pA", "mV", or "" for rate units). */
  unit: string;
  /**
   * Dale's law: which presynaptic kind may drive this receptor ("any" for both), and the sign of the
   * weights: "positive" (≥ 0 from either kind: conductances) or "by-kind" (≥ 0 from excitatory,
   * ≤ 0 from inhibitory populations: currents, voltage jumps, rate couplings).
   */
  from: Kind | "any";
  sign: "positive" | "by-kind";
  /**
   * Whether input for the very next step may be added straight into `variable` (it decays first and
   * is read at the start of the next step), skipping the ring buffer.
   */
  direct: boolean;
  /** Time constant (ms) of the receptor's decay, for the dt check (optional). */
  tau?: number;
}

/**
 * What a model's step reads and writes. A population implements it (network/population.ts); tests
 * may build one by hand.
 */
export interface PopulationState {
  readonly name: string;
  readonly n: number;
  readonly kind: Kind;
  readonly model: Model;
  /** One array per variable, per-neuron parameter and derived array the model declared. */
  readonly state: Record<string, FloatArray>;
  /** One Int32Array per integer variable (e.g. `refractory`). */
  readonly counters: Record<string, Int32Array>;
  /** Neurons that spiked in the current step: spikes[0 … nSpikes − 1]. */
  readonly spikes: Int32Array;
  nSpikes: number;
  /**
   * Ring buffers of future input per receptor: slot s of receptor r is ring[r][s·n … s·n + n − 1];
   * `receives[r]` says whether anything was ever written there (kernels skip the read otherwise).
   */
  readonly ring: Record<string, FloatArray>;
  readonly receives: Record<string, boolean>;
  ringLength: number;
  /** Injected current for this step (pA), or null when the population has no current inputs. */
  Iext: FloatArray | null;
  /**
   * The population's own stream for noise its model draws during runs (e.g. the point-conductance
   * neuron's OU conductances): one object for the population's life, so a second run continues it.
   */
  readonly noise: Rng;
  /** Model-specific flags its kernels read (e.g. LIF's `hasAdaptation`, masks of homogeneous parameters). */
  readonly flags: Record<string, number | boolean>;
}

/** A compiled step of a population: updates it for step `step`, returns its number of spikes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Kernel<C = any> = (pop: PopulationState, step: number, c: C) => number;

/** A model as a JSON-able description: its type and the options it was made with. */
export interface ModelSpec {
  type: string;
  options: Record<string, unknown>;
}

/** A neuron (or rate unit) model. Every field is read-only: change parameters with {@link Model.with}. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Model<C = any> {
  /** Registry name, e.g. "lif", "adex", "wang-buzsaki", "rate". */
  readonly type: string;
  /** Whether the population emits spikes (into `spikes`) or a rate (state variable `r`, Hz). */
  readonly output: "spikes" | "rate";
  /** Scalar parameters, checked, in internal units. */
  readonly params: Readonly<Record<string, number>>;
  /** Per-neuron parameters as given (constant, array, distribution or function), drawn at creation. */
  readonly values: Readonly<Record<string, Varying>>;
  /** Schema of the per-neuron parameters (units, defaults). */
  readonly varying: Readonly<Record<string, VaryingSpec>>;
  /** State variables: float arrays (and integer ones with `int: true`). */
  readonly variables: Readonly<Record<string, Variable>>;
  /** Receptors by name. */
  readonly receptors: Readonly<Record<string, Receptor>>;
  /** The options this model was made with (for the JSON spec and {@link Model.with}). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The receptor a projection from a population of `kind` drives when it names none. */
  defaultReceptor(kind: Kind): string;
  /** Time constants (ms) by name, for the dt check (dt > τ/10 warns). */
  timeConstants(): Record<string, number>;
  /** The highest rate (Hz) a neuron can fire at with time step dt (for the runaway watch). */
  maxRate(dt: number): number;
  /**
   * Sets initial values after the per-neuron parameters were drawn: `init` holds the user's initial
   * values by variable name (already checked against `variables`); the model fills the rest.
   */
  initialize(pop: PopulationState, init: Record<string, Varying>, rng: Rng): void;
  /** Recomputes derived arrays after per-neuron or scalar parameters changed (optional). */
  derive?(pop: PopulationState): void;
  /** Step constants at this dt (may warn, e.g. about a refractory period that is not whole steps). */
  prepare(pop: PopulationState, dt: number, warn: Warn): C;
  /** The fast step for the population as it is now (generated and cached per model and flags). */
  kernel(pop: PopulationState, dt: number): Kernel<C>;
  /**
   * The step as a kernel program (engine/kernel-ir.ts) for the population as it is now, from which
   * the engine generates a WebAssembly SIMD kernel; null (or absent) when the model has none for
   * these flags: then {@link Model.kernel} runs. Its float64 results must equal {@link Model.reference}.
   */
  program?(pop: PopulationState, dt: number): KernelProgram<PopulationState, C> | null;
  /** The readable reference step; tests compare it with {@link Model.kernel}. */
  reference(pop: PopulationState, dt: number, step: number, c: C): number;
  /** A validated copy with some options changed; throws (and changes nothing) on bad options. */
  with(options: Record<string, unknown>): Model<C>;
  /** Quantities a state monitor can record, beyond the state variables (e.g. synaptic currents). */
  observables?(): Record<string, {
    unit: string;
    doc: string;
    /** The value for neuron i of `pop`. */
    read(pop: PopulationState, i: number): number;
  }>;
  /** One line for toString: `lif(conductance)`. */
  describe(): string;
}
