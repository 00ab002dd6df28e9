/**
 * Alcohol (ethanol) as notebook 05 models it: inhibition enhanced, excitation reduced.
 *
 * Assumptions (notebook 05, "Alcohol: compensation, withdrawal and kindling", stated there, not
 * fitted): alcohol enhances GABA_A conductance and reduces glutamatergic (NMDA-type) excitation
 * (Koob & Volkow 2010, Neuropsychopharmacology 35:217; Roberto et al. 2004) — inhibitory weights
 * × 1.5 and excitatory weights × 0.7 while intoxicated.
 *
 * What is scaled: the weight of every projection and Poisson input onto GABA_A ("I") × `inhibition`,
 * and onto AMPA ("E") or NMDA × `excitation`, in every target population (default all). GABA_B is
 * not changed (the notebook's claim is about GABA_A). In notebook 05's network, whose neurons have
 * only the fast receptors, this is exactly its `setDrug(true)`: drive and recurrent excitation × 0.7,
 * inhibitory input × 1.5.
 *
 * Defaults: inhibition 1.5, excitation 0.7 (notebook 05). Units: dimensionless factors ≥ 0.
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions } from "../params/options.js";
import { checkFactor, checkObject, choosePopulations, copySpec, populations, scaleSynapses } from "./spec-tools.js";

/** Options of {@link alcohol}. */
export interface AlcoholOptions {
  /** Factor on GABA_A weights (default 1.5). */
  inhibition?: number;
  /** Factor on AMPA and NMDA weights (default 0.7). */
  excitation?: number;
  /** Populations affected: names or "excitatory"/"inhibitory" (default: every population). */
  targets?: string | string[];
}

/** Notebook 05's factors: GABA_A × 1.5, AMPA/NMDA × 0.7. */
export const ALCOHOL = { inhibition: 1.5, excitation: 0.7 } as const;

/**
 * The spec with alcohol's synaptic effects (see the module comment). Pure: returns a new spec and
 * leaves `spec` unchanged.
 * @throws TypeError for a bad spec, unknown option or population, or when no synapse reaches the
 *   targets; RangeError for a negative or non-finite factor.
 * @example alcohol(spec)                              // notebook 05's drug
 */
export function alcohol(spec: NetworkSpec, options: AlcoholOptions = {}): NetworkSpec {
  const where = "alcohol";
  const out = copySpec(where, spec);
  checkObject(where, options, "{ inhibition: 1.5, excitation: 0.7 }");
  checkOptions(where, options, ["inhibition", "excitation", "targets"]);
  const inhibition = checkFactor(where, "inhibition", options.inhibition ?? ALCOHOL.inhibition);
  const excitation = checkFactor(where, "excitation", options.excitation ?? ALCOHOL.excitation);
  const targets = options.targets === undefined ? [...populations(out).keys()] : choosePopulations(where, "targets", out, options.targets, { kinds: true });
  let matched = 0;
  scaleSynapses(out, (syn) => {
    if (!targets.includes(syn.target)) return 1;
    const f = syn.receptor === "I" ? inhibition : syn.receptor === "E" || syn.receptor === "NMDA" ? excitation : 1;
    if (syn.receptor !== "GABA_B") matched++;
    return f;
  });
  if (matched === 0) throw new TypeError(`${where}: no projection or Poisson input drives AMPA, NMDA or GABA_A synapses of ${targets.join(", ")}`);
  return out;
}
