/**
 * Receptor loss on chosen target cells: every synapse of one receptor type onto the targets loses a
 * fraction of its conductance, w × (1 − fraction).
 *
 * Biology:
 * - AMPA-receptor encephalitis: autoantibodies against the GluA1/GluA2 subunits of AMPA receptors
 *   make neurons internalise the receptors, so synaptic AMPA-receptor clusters fall (Lai et al. 2009,
 *   Ann Neurol 65:424; Haselmann et al. 2018, Neuron), as antibodies against NMDA receptors do in
 *   anti-NMDA-receptor encephalitis (Hughes et al. 2010, J Neurosci 30:5866). The antibodies reach
 *   every cell type; which cells lose most — excitatory or inhibitory targets — is what `targets`
 *   lets one vary.
 * - Ketamine: an NMDA-receptor antagonist that, at subanaesthetic doses, acts mainly on the NMDA
 *   input of fast-spiking interneurons: in rat prefrontal cortex, NMDA-receptor blockade decreased
 *   the firing of most putative interneurons and increased, with a delay, the firing of most
 *   pyramidal neurons (Homayoun & Moghaddam 2007, J Neurosci 27:11496): receptor "NMDA", targets the
 *   interneurons.
 *
 * What is scaled: the weight of every projection and (with `inputs`, default true) every Poisson
 * input that drives `receptor` on a target population — the receptor is lost from the cell, so all
 * its synapses of that type lose it whatever their source. Receptor names: "AMPA" (the models' "E"),
 * "NMDA", "GABA_A" ("I"), "GABA_B". A loss that matches no synapse throws (a typo in a population or
 * a model without the receptor would otherwise change nothing silently).
 *
 * Units: fraction dimensionless in [0, 1]; weights keep the receptor's unit (nS, pA, mV, or
 * dimensionless for rate units). No default fraction.
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions, checkRequired, guessName } from "../params/options.js";
import { checkFraction, checkObject, choosePopulations, copySpec, scaleSynapses } from "./spec-tools.js";

/** A receptor by name (AMPA and E, GABA_A and I are the same). */
export type ReceptorName = "AMPA" | "NMDA" | "GABA_A" | "GABA_B" | "E" | "I";

/** Options of {@link receptorLoss}. */
export interface ReceptorLossOptions {
  /** The receptor lost. */
  receptor: ReceptorName;
  /** The cells that lose it: population name(s), or "excitatory"/"inhibitory" for every population of that kind. */
  targets: string | string[];
  /** Fraction of the receptor's conductance lost, in [0, 1]. */
  fraction: number;
  /** Also scale Poisson inputs onto the targets through that receptor (default true). */
  inputs?: boolean;
}

/** The models' name of each receptor name. */
const CANONICAL: Record<string, string> = { AMPA: "E", E: "E", NMDA: "NMDA", GABA_A: "I", I: "I", GABA_B: "GABA_B" };

/**
 * The spec with `receptor` synapses onto `targets` × (1 − fraction) (see the module comment). Pure:
 * returns a new spec and leaves `spec` unchanged.
 * @throws TypeError for a bad spec, unknown option, receptor or population (with a guess), or when
 *   no synapse matches; RangeError for a fraction outside [0, 1].
 * @example receptorLoss(spec, { receptor: "AMPA", targets: "inhibitory", fraction: 0.5 }) // AMPA-receptor encephalitis, I targets
 * @example receptorLoss(spec, { receptor: "NMDA", targets: "PV", fraction: 0.8 })         // ketamine-like
 */
export function receptorLoss(spec: NetworkSpec, options: ReceptorLossOptions): NetworkSpec {
  const where = "receptorLoss";
  const out = copySpec(where, spec);
  checkObject(where, options, '{ receptor: "AMPA", targets: "I", fraction: 0.5 }');
  checkOptions(where, options, ["receptor", "targets", "fraction", "inputs"]);
  checkRequired(where, options, ["receptor", "targets", "fraction"]);
  const name = options.receptor;
  const receptor = CANONICAL[name as string];
  if (typeof name !== "string" || receptor === undefined) {
    const guess = typeof name === "string" ? guessName(name, Object.keys(CANONICAL)) : undefined;
    throw new TypeError(`invalid receptor for ${where}: ${JSON.stringify(name)} (expected "AMPA", "NMDA", "GABA_A" or "GABA_B")` + (guess ? `; did you mean ${guess}?` : ""));
  }
  const fraction = checkFraction(where, "fraction", options.fraction, `the fraction of ${name} conductance lost`);
  const inputs = options.inputs ?? true;
  if (typeof inputs !== "boolean") throw new TypeError(`invalid inputs for ${where}: ${JSON.stringify(inputs)} (expected true or false)`);
  const targets = choosePopulations(where, "targets", out, options.targets, { kinds: true });
  let matched = 0;
  scaleSynapses(out, (syn, part) => {
    if (syn.receptor !== receptor || !targets.includes(syn.target) || (part.build === "poissonInput" && !inputs)) return 1;
    matched++;
    return 1 - fraction;
  });
  if (matched === 0) {
    throw new TypeError(`${where}: no ${inputs ? "projection or Poisson input" : "projection"} drives ${name} synapses of ${targets.join(", ")}` +
      (receptor === "NMDA" || receptor === "GABA_B" ? ` (give the target's model receptors: ["${receptor}"] and connect with receptor: "${receptor}")` : ""));
  }
  return out;
}
