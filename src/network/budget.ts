/**
 * Guards on size and time, checked before the work starts: a projection whose synapses will not fit
 * in memory is refused with an estimate (before anything is allocated), as is one with more synapses
 * than a 32-bit index can address; a run that would pass 2³¹ − 1 steps (where spike monitors' step
 * columns stop being exact) is refused.
 */
import { freemem } from "node:os";
import { MAX_SYNAPSES, type Rule } from "./connect.js";
import type { Warn } from "../params/warn.js";
import { stepsToTime } from "./steps.js";

/** Most steps a network can run: spike monitors store steps as 32-bit integers. */
export const MAX_STEPS = 2 ** 31 - 1;

/** Most synapses in one projection (connect.ts: CSR indices are 32-bit integers). */
export { MAX_SYNAPSES };

/** Runs of at least this many steps announce an estimate of their wall time and show progress. */
export const LONG_RUN_STEPS = 1_000_000;

/** Expected number of synapses a rule makes between populations of nPre and nPost neurons. */
export function expectedSynapses(rule: Rule, nPre: number, nPost: number): number {
  switch (rule?.rule) {
    case "all": return nPre * nPost;
    case "probability": return rule.p * nPre * nPost;
    case "indegree": return rule.k * nPost;
    case "outdegree": return rule.k * nPre;
    case "one-to-one": return Math.min(nPre, nPost);
    case "list": return rule.pre?.length ?? 0;
    default: return 0; // connect() reports an unknown rule
  }
}

/**
 * Bytes per synapse while a projection is built: the CSR column (4), pre/post pair temporaries for
 * random rules (8), a per-synapse weight (8 while drawn in double precision, then 4) and delay (8, then 2).
 */
export function bytesPerSynapse(rule: Rule, varyingWeight: boolean, varyingDelay: boolean): number {
  const pairs = rule?.rule === "probability" || rule?.rule === "indegree" || rule?.rule === "outdegree" ? 8 : 0;
  return 4 + pairs + (varyingWeight ? 12 : 0) + (varyingDelay ? 10 : 0);
}

function gb(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toPrecision(3)} GB` : `${(bytes / 1e6).toPrecision(3)} MB`;
}

/**
 * Refuses a projection that would not fit: more than {@link MAX_SYNAPSES} synapses, or an estimated
 * peak (synapses × bytes per synapse) above `available` bytes (default: the machine's free memory).
 * @throws RangeError with the estimate and what to change.
 */
export function checkBuildSize(name: string, rule: Rule, nPre: number, nPost: number, { varyingWeight = false, varyingDelay = false, available = freemem() } = {}): void {
  const n = expectedSynapses(rule, nPre, nPost);
  if (n > MAX_SYNAPSES) {
    throw new RangeError(`projection ${name} would make about ${n.toPrecision(3)} synapses, more than one projection can hold ` +
      `(${MAX_SYNAPSES}, a 32-bit index): use fewer neurons, a lower p or a fixed in-degree`);
  }
  const bytes = n * bytesPerSynapse(rule, varyingWeight, varyingDelay);
  if (bytes > available) {
    throw new RangeError(`projection ${name} would need about ${gb(bytes)} to build (${n.toPrecision(3)} synapses × ` +
      `${bytesPerSynapse(rule, varyingWeight, varyingDelay)} bytes) but ${gb(available)} of memory is free: ` +
      `use fewer neurons, a lower p or in-degree, or constant weights and delays`);
  }
}

/** @throws RangeError when running `steps` more steps from `step` would pass {@link MAX_STEPS}. */
export function checkStepBudget(step: number, steps: number, dt: number): void {
  if (step + steps > MAX_STEPS) {
    const hours = (MAX_STEPS * dt) / 3.6e6;
    throw new RangeError(`invalid duration: ${steps} more steps from step ${step} would pass ${MAX_STEPS} steps, ` +
      `the most a network can run (${hours.toPrecision(3)} h of network time at dt = ${dt} ms; spike steps are 32-bit): ` +
      `split the simulation into separate networks or use a larger dt`);
  }
}

/**
 * Warns once that a run of `steps` steps (at least {@link LONG_RUN_STEPS}) will take about
 * (wall/done)·steps of wall time, measured over its first `done` steps (`wall` ms); returns true.
 */
export function announceLongRun(warn: Warn, label: string, steps: number, done: number, wall: number, dt: number): boolean {
  const estimate = ((wall / done) * steps) / 1000;
  warn(`long-run:${label}:${steps}`, `${label}: ${steps} steps (${stepsToTime(steps, dt)} ms of network time) will take about ` +
    `${estimate.toPrecision(2)} s of wall time at the speed of the first ${done} steps`);
  return true;
}
