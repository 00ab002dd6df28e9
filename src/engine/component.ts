/**
 * Components: everything that runs inside a step besides the populations' own kernels — inputs,
 * spike sources, projections, plasticity rules, monitors and read-out probes. Each has a phase; a
 * step runs the phases in this order, components within a phase in the order they were added:
 *
 *   input     → Poisson input and currents for this step, spike sources emit
 *   integrate → every population advances one step (its model's kernel)
 *   rule      → plasticity rules update gains and weights from this step's spikes
 *   deliver   → projections scatter this step's spikes (or rates) into targets' input for later steps
 *   monitor   → monitors and probes record the state at the end of the step
 *
 * `net.add(component)` is public: a rule or a probe can be written in a notebook.
 */
import type { Rng } from "../random/rng.js";
import type { Warn } from "../params/warn.js";

/** The phases of a step, in order. */
export const PHASES = ["input", "integrate", "rule", "deliver", "monitor"] as const;
/** A phase of the step: input, integrate, rule, deliver or monitor. */
export type Phase = (typeof PHASES)[number];

/** What a component is told when a run starts. */
export interface Ctx {
  /** Time step (ms). */
  readonly dt: number;
  /** The network's seed. */
  readonly seed: number;
  /** The random stream for these labels: every stream of a network is derived here, from (seed, labels). */
  rng(...labels: (string | number)[]): Rng;
  /** The network's once-per-key warnings. */
  readonly warn: Warn;
}

/** A part of a network that acts once per step in its phase. */
export interface Component {
  readonly name: string;
  readonly phase: Phase;
  /**
   * Called at the start of every run (dt is known from here on) with the run's first step and its length in steps.
   * A component prepares here what its `step` would otherwise set up lazily: a branch first taken inside the run
   * loop's optimised code has no type feedback and makes V8 throw that code away.
   */
  begin?(ctx: Ctx, step: number, steps: number): void;
  /**
   * Acts on step `step` (covering [step·dt, (step+1)·dt)); returns a count for the run's statistics
   * (spikes emitted by sources, events delivered by projections) or nothing.
   */
  step(step: number, dt: number): number | void;
  /** Called at the end of every run (e.g. a monitor records its stop time). */
  finish?(ctx: Ctx, step: number): void;
}
