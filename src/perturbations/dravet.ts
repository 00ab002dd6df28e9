/**
 * Dravet syndrome (severe myoclonic epilepsy of infancy) as a network change: Nav1.1
 * haploinsufficiency in the fast-spiking interneurons, g_Na of those cells × (1 − fraction).
 *
 * Biology (established): Dravet syndrome is caused mostly by heterozygous loss-of-function mutations
 * of SCN1A, the gene of Nav1.1. In Scn1a⁺/⁻ mice the Na⁺ current density is substantially reduced in
 * hippocampal GABAergic interneurons but not in pyramidal neurons, with unchanged gating, and the
 * mice have spontaneous seizures (Yu et al. 2006, Nat Neurosci 9:1142). In the developing neocortex
 * Nav1.1 clusters at the axon initial segments of parvalbumin-positive interneurons, and in
 * heterozygous Scn1a (R1407X) knock-in mice trains of spikes of these fast-spiking cells show a
 * pronounced decrement of spike amplitude late in the train (Ogiwara et al. 2007, J Neurosci 27:5903).
 *
 * Default fraction 0.5 (a modelling assumption): one of two SCN1A alleles lost halves the Nav1.1
 * channels, and the whole g_Na of the model interneuron is taken as Nav1.1. That makes 0.5 an upper
 * bound of the loss of total Na⁺ conductance — interneurons also express other isoforms (Yu et al.
 * 2006 found Nav1.3 up-regulated in a subset of Scn1a mutant interneurons) — chosen because the
 * papers above report the reduction qualitatively here, not as one number for the model's cell.
 * Lower values model partial loss; sweep it.
 *
 * Default population: every inhibitory population whose model has a Na⁺ conductance (e.g. the
 * Wang–Buzsáki fast-spiking interneuron, wangBuzsaki()); excitatory cells are left unchanged, as in
 * Yu et al. 2006. See sodium-channel-loss.ts for what is scaled and how.
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions } from "../params/options.js";
import { checkFraction, checkObject, choosePopulations, copySpec, modelOf, populations } from "./spec-tools.js";
import { scaleSodium } from "./sodium-channel-loss.js";

/** Options of {@link dravet}. */
export interface DravetOptions {
  /** Fraction of the interneurons' Na⁺ conductance lost (default 0.5: haploinsufficiency; see the module comment). */
  fraction?: number;
  /** The interneuron population(s) (default: every inhibitory population with g_Na). */
  population?: string | string[];
}

/** The default fraction of g_Na lost in {@link dravet}: one of two SCN1A alleles. */
export const DRAVET_FRACTION = 0.5;

/**
 * The spec with Dravet-like Nav1.1 loss: g_Na of the fast-spiking interneurons × (1 − fraction)
 * (see the module comment). Pure: returns a new spec and leaves `spec` unchanged.
 * @throws TypeError for a bad spec, unknown option or population, a population without g_Na, or
 *   (with the default population) a spec with no inhibitory population that has g_Na; RangeError for
 *   a fraction outside [0, 1].
 * @example sodiumBlocker(dravet(spec), 0.2) // the blocker acting on a Dravet network
 */
export function dravet(spec: NetworkSpec, options: DravetOptions = {}): NetworkSpec {
  const where = "dravet";
  const out = copySpec(where, spec);
  checkObject(where, options, '{ fraction: 0.5, population: "PV" }');
  checkOptions(where, options, ["fraction", "population"]);
  const fraction = checkFraction(where, "fraction", options.fraction ?? DRAVET_FRACTION, "the fraction of the interneurons' Na⁺ conductance lost");
  let names: string[];
  if (options.population !== undefined) names = choosePopulations(where, "population", out, options.population);
  else {
    const pops = populations(out);
    names = [...pops.keys()].filter((n) => pops.get(n)!.options.kind === "inhibitory" && (modelOf(pops.get(n)!).params as Record<string, number>).g_Na !== undefined);
    if (names.length === 0) {
      throw new TypeError(`${where}: the spec has no inhibitory population with a Na⁺ conductance g_Na (Nav1.1 loss acts on fast-spiking ` +
        `interneurons: model them with wangBuzsaki(), or name the population)`);
    }
  }
  scaleSodium(where, out, names, 1 - fraction);
  return out;
}
