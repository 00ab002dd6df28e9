/**
 * Interneuron deficit: a fraction of the inhibitory cells is missing, as after failed interneuron
 * migration, or their output is weakened.
 *
 * Biology: most neocortical GABAergic interneurons are born subcortically and migrate into the
 * cortex; mice lacking the urokinase plasminogen activator receptor (uPAR⁻/⁻), which impairs that
 * migration, have 50 % fewer GABAergic interneurons in anterior cingulate and parietal cortex (with a
 * near-complete loss of the parvalbumin subtype), spontaneous seizures and a higher susceptibility to
 * convulsants (Powell et al. 2003, J Neurosci 23:622). The modelling assumption is the simplest one:
 * the surviving network is the healthy one without those cells — no compensation by the remaining
 * interneurons or by the excitatory cells.
 *
 * Two modes:
 * - "remove" (default): the population keeps n′ = round((1 − fraction) n) cells (the last n − n′ by
 *   index are removed), and every part of the spec stays consistent (network resize rules:
 *   perturbations/resize.ts — e.g. a fixed in-degree k from the population becomes round(k n′/n)).
 *   The fraction actually removed is (n − n′)/n, which differs from `fraction` by less than 1/(2n).
 *   A rate population (rate units stand for the mean activity of many cells) loses a fraction of its
 *   cells by the mean-field equivalent: its output weights × (1 − fraction), as in "scale-output".
 * - "scale-output": every weight of every projection *from* the population × (1 − fraction) (a
 *   weaker synapse per interneuron, or fewer synapses each, in the mean); the cells stay and keep
 *   receiving input.
 * Removing every cell (n′ = 0) throws: use "scale-output" with fraction 1 to silence a population's
 * output.
 *
 * Units: fraction is dimensionless in [0, 1]. No default: a deficit is what one sweeps.
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions, guessName } from "../params/options.js";
import { checkFraction, checkObject, choosePopulations, copySpec, modelOf, populations, scaleSynapses } from "./spec-tools.js";
import { resizePopulation } from "./resize.js";

/** Options of {@link interneuronDeficit}. */
export interface InterneuronDeficitOptions {
  /** Fraction of the population missing (or of its output lost), in [0, 1]. */
  fraction: number;
  /** "remove" (default): cells removed; "scale-output": output weights × (1 − fraction). */
  mode?: "remove" | "scale-output";
  /** The population(s) affected (default: every population of kind "inhibitory"). */
  population?: string | string[];
}

const MODES = ["remove", "scale-output"];
const WHERE = "interneuronDeficit";

/**
 * The spec with a fraction of its inhibitory cells missing, or their output scaled by
 * (1 − fraction) (see the module comment for the biology, the two modes and the resize rules).
 * Pure: returns a new spec and leaves `spec` unchanged.
 * @throws TypeError for a bad spec, unknown option or population (with a guess) or mode;
 *   RangeError for a fraction outside [0, 1] or one that would remove every cell.
 * @example Network.fromSpec(interneuronDeficit(net.toSpec(), { fraction: 0.5 }))
 */
export function interneuronDeficit(spec: NetworkSpec, options: InterneuronDeficitOptions): NetworkSpec {
  let out = copySpec(WHERE, spec);
  checkObject(WHERE, options, "{ fraction: 0.5 }");
  checkOptions(WHERE, options, ["fraction", "mode", "population"]);
  const fraction = checkFraction(WHERE, "fraction", options.fraction, "the fraction of interneurons missing");
  const mode = options.mode ?? "remove";
  if (!MODES.includes(mode)) {
    const guess = guessName(String(mode), MODES);
    throw new TypeError(`invalid mode for ${WHERE}: ${JSON.stringify(mode)} (expected "remove" or "scale-output")` + (guess ? `; did you mean ${guess}?` : ""));
  }
  const names = options.population === undefined ? choosePopulations(WHERE, "population", out, "inhibitory", { kinds: true })
    : choosePopulations(WHERE, "population", out, options.population);
  const pops = populations(out);
  const scaled: string[] = [];
  for (const name of names) {
    const part = pops.get(name)!;
    const n = part.args[1] as number;
    if (mode === "scale-output" || modelOf(part).output === "rate") {
      scaled.push(name);
      continue;
    }
    const keep = Math.round((1 - fraction) * n);
    if (keep === 0) {
      throw new RangeError(`invalid fraction for ${WHERE}: ${fraction} would remove all ${n} cells of ${name} ` +
        `(a population needs at least one; use mode "scale-output" with fraction 1 to silence its output)`);
    }
    out = resizePopulation(WHERE, out, name, keep);
  }
  if (scaled.length) scaleSynapses(out, (_, part) => part.build === "connect" && scaled.includes(part.args[0] as string) ? 1 - fraction : 1);
  return out;
}
