/**
 * Sodium-channel loss in a chosen population: its maximal Na⁺ conductance g_Na × (1 − fraction).
 *
 * Biology: a loss-of-function mutation of a sodium-channel gene (e.g. SCN1A, Nav1.1: Dravet
 * syndrome, see dravet.ts) leaves fewer functional channels in the cells that express it; with
 * unchanged gating (Yu et al. 2006, Nat Neurosci 9:1142, found no change of voltage-dependent
 * activation or inactivation in Scn1a⁺/⁻ and Scn1a⁻/⁻ hippocampal neurons, only of current density),
 * fewer channels is a smaller maximal conductance, I_Na = g_Na (1 − fraction) m³ h (V − E_Na).
 *
 * Models: Hodgkin–Huxley-family models, which make their spikes with a Na⁺ conductance (g_Na, nS):
 * wangBuzsaki() and traubMiles(). An integrate-and-fire model has no Na⁺ channels (its spike is a
 * threshold and a reset): asking for one throws. The new g_Na is written into the population's model
 * options as an absolute conductance (nS), whatever form the spec gave (a density string, a number
 * or the default), so losses compose multiplicatively: two losses of 0.5 leave 0.25.
 *
 * Units: fraction dimensionless in [0, 1], g_Na in nS. No default fraction here (see dravet.ts for
 * the Nav1.1 haploinsufficiency default).
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions, checkRequired } from "../params/options.js";
import { checkFraction, checkObject, choosePopulations, copySpec, modelOf, populations, setModelOption } from "./spec-tools.js";

/** Options of {@link sodiumChannelLoss}. */
export interface SodiumChannelLossOptions {
  /** The population(s) that lose Na⁺ channels. */
  population: string | string[];
  /** Fraction of the Na⁺ conductance lost, in [0, 1]. */
  fraction: number;
}

/**
 * g_Na × (1 − fraction) in `population`, for any caller (the perturbation's name is `where`).
 * @throws TypeError naming the population and its model when it has no g_Na.
 */
export function scaleSodium(where: string, spec: NetworkSpec, names: readonly string[], factor: number): void {
  const pops = populations(spec);
  for (const name of names) {
    if (factor === 1) continue; // nothing lost: the spec stays as it was written
    const part = pops.get(name)!;
    const model = modelOf(part);
    const g = (model.params as Record<string, number>).g_Na;
    if (g === undefined) {
      throw new TypeError(`invalid population for ${where}: ${name} is ${model.describe()}, which has no Na⁺ conductance g_Na ` +
        `(expected a Hodgkin–Huxley-family model such as wangBuzsaki() or traubMiles(); an integrate-and-fire spike is a threshold, not Na⁺ channels)`);
    }
    setModelOption(part, "g_Na", g * factor);
  }
}

/**
 * The spec with g_Na of `population` × (1 − fraction) (see the module comment). Pure: returns a
 * new spec and leaves `spec` unchanged.
 * @throws TypeError for a bad spec, unknown option or population (with a guess), or a population
 *   without g_Na; RangeError for a fraction outside [0, 1].
 * @example sodiumChannelLoss(spec, { population: "PV", fraction: 0.5 })
 */
export function sodiumChannelLoss(spec: NetworkSpec, options: SodiumChannelLossOptions): NetworkSpec {
  const where = "sodiumChannelLoss";
  const out = copySpec(where, spec);
  checkObject(where, options, '{ population: "I", fraction: 0.5 }');
  checkOptions(where, options, ["population", "fraction"]);
  checkRequired(where, options, ["population", "fraction"]);
  const fraction = checkFraction(where, "fraction", options.fraction, "the fraction of Na⁺ conductance lost");
  scaleSodium(where, out, choosePopulations(where, "population", out, options.population), 1 - fraction);
  return out;
}
