/**
 * A GABA_A enhancer (benzodiazepine-like): longer and/or larger GABA_A synaptic conductances.
 *
 * Biology: benzodiazepines are positive allosteric modulators of GABA_A receptors that contain a γ2
 * and an α1, α2, α3 or α5 subunit; they do not open the channel themselves but enhance the response
 * to GABA (Rudolph & Möhler 2004, Annu Rev Pharmacol Toxicol 44:475). At synapses the main effect is
 * a slower IPSC decay: midazolam (100 nM) lengthened the decay time constant of miniature IPSCs of
 * CA3 pyramidal cells by about 40 % without a significant change of their amplitude, consistent with
 * receptors saturated by one quantum of GABA (Poncer, Dürr, Gähwiler & Thompson 1996). Where the
 * receptors are not saturated the amplitude grows too (zolpidem: to 138 % at room temperature, but
 * not at 35 °C; Perrais & Ropert 1999, J Neurosci 19:578) — hence `conductance`, default 1.
 *
 * What is scaled, in the target populations (default: all):
 * - `decay`: the GABA_A decay time constant tau_I (ms) of every model whose GABA_A receptor ("I")
 *   decays with one, × decay. An IPSC w e^{−t/τ_I} then carries decay × the charge.
 * - `conductance`: the weight of every projection and Poisson input onto GABA_A × conductance.
 * - models with no synaptic decay (delta synapses, rate units): their GABA_A weights × conductance ×
 *   decay, the same change of charge per IPSC (a charge-equivalent assumption: the time course is lost).
 * GABA_B is not touched. In the point-conductance model tau_I is also the correlation time of the
 * background inhibitory conductance, which therefore changes with it.
 *
 * Defaults: decay 1.4 (Poncer et al. 1996, midazolam), conductance 1 (their unchanged amplitude).
 * Units: both are dimensionless factors > 0 (values < 1 model an inverse agonist).
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions } from "../params/options.js";
import { checkFactor, checkObject, choosePopulations, copySpec, modelOf, populations, scaleSynapses, setModelOption } from "./spec-tools.js";

/** Options of {@link gabaAEnhancer}. */
export interface GabaAEnhancerOptions {
  /** Factor on GABA_A synaptic weights (default 1). */
  conductance?: number;
  /** Factor on the GABA_A decay time constant tau_I (default 1.4). */
  decay?: number;
  /** Populations affected: names or "excitatory"/"inhibitory" (default: every population). */
  targets?: string | string[];
}

/** Default factors of {@link gabaAEnhancer}: decay × 1.4 (Poncer et al. 1996), conductance × 1. */
export const BENZODIAZEPINE = { conductance: 1, decay: 1.4 } as const;

/**
 * The spec with GABA_A synapses enhanced (see the module comment). Pure: returns a new spec and
 * leaves `spec` unchanged.
 * @throws TypeError for a bad spec, unknown option or population (with a guess), or when no GABA_A
 *   synapse reaches the targets; RangeError for a factor ≤ 0 or not finite.
 * @example gabaAEnhancer(spec)                        // midazolam-like: tau_I × 1.4
 * @example gabaAEnhancer(spec, { conductance: 1.3, decay: 1.6 })
 */
export function gabaAEnhancer(spec: NetworkSpec, options: GabaAEnhancerOptions = {}): NetworkSpec {
  const where = "gabaAEnhancer";
  const out = copySpec(where, spec);
  checkObject(where, options, "{ decay: 1.4 }");
  checkOptions(where, options, ["conductance", "decay", "targets"]);
  const conductance = checkFactor(where, "conductance", options.conductance ?? BENZODIAZEPINE.conductance, { positive: true });
  const decay = checkFactor(where, "decay", options.decay ?? BENZODIAZEPINE.decay, { positive: true });
  const pops = populations(out);
  const targets = options.targets === undefined ? [...pops.keys()] : choosePopulations(where, "targets", out, options.targets, { kinds: true });
  let synapses = 0;
  scaleSynapses(out, (syn) => {
    if (syn.receptor !== "I" || !targets.includes(syn.target)) return 1;
    synapses++;
    return syn.decays ? conductance : conductance * decay;
  });
  if (synapses === 0) {
    throw new TypeError(`${where}: no projection or Poisson input drives GABA_A ("I") synapses of ${targets.join(", ")}, so there is nothing to enhance`);
  }
  if (decay !== 1) {
    for (const name of targets) {
      const part = pops.get(name)!;
      const model = modelOf(part);
      const tau = (model.params as Record<string, number>).tau_I;
      if (model.receptors.I?.tau !== undefined && tau !== undefined) setModelOption(part, "tau_I", tau * decay);
    }
  }
  return out;
}
