/**
 * Changing a population's model parameters between runs, atomically: the new model is validated
 * first (`model.with(options)`), then per-neuron values are redrawn and step constants recomputed;
 * if anything throws, the population's model, arrays and flags are restored and nothing changed.
 */
import type { Population } from "../engine/population.js";
import type { Warn } from "../params/warn.js";
import type { Rng } from "../random/rng.js";
import { checkTimeStep } from "./checks.js";

/** What setModelParams needs from the network. */
export interface ParamsContext {
  dt: number;
  warn: Warn;
  /** The stream to redraw per-neuron values from. */
  rng: () => Rng;
  /** The network's step constants per population (updated). */
  constants: Map<Population, unknown>;
}

/** Applies `options` to the model of `pop` (see the module comment); throws having changed nothing. */
export function setModelParams(pop: Population, options: Record<string, unknown>, ctx: ParamsContext): void {
  const name = pop.name;
  const old = pop.model;
  if (options === null || typeof options !== "object") throw new TypeError(`invalid options: ${JSON.stringify(options)} for setParams(${name}) (expected an object such as { g_L: 20 })`);
  if ("synapse" in options && options.synapse !== (old.options.synapse ?? "conductance")) throw new TypeError(`invalid synapse: the synapse type of ${name} cannot change`);
  if ("receptors" in options) throw new TypeError(`invalid receptors: the receptors of ${name} cannot change after it was created`);
  const next = old.with(options); // validates everything first: a bad value throws here, having changed nothing
  const redraw = Object.keys(options).some((k) => k in old.varying);
  const saved = Object.entries(old.variables).filter(([k, v]) => v.derived && !v.int).map(([k]) => k).concat(Object.keys(old.varying))
    .map((k) => [k, pop.state[k].slice()] as const);
  const flags = { ...pop.flags };
  const constants = ctx.constants.get(pop);
  try {
    pop.model = next;
    if (redraw) pop.drawVarying(ctx.rng());
    else next.derive?.(pop);
    ctx.constants.set(pop, next.prepare(pop, ctx.dt, ctx.warn));
    checkTimeStep(pop, ctx.dt, ctx.warn);
  } catch (e) {
    pop.model = old;
    for (const [k, a] of saved) pop.state[k].set(a);
    for (const k of Object.keys(pop.flags)) delete pop.flags[k];
    Object.assign(pop.flags, flags);
    ctx.constants.set(pop, constants);
    throw e;
  }
}
