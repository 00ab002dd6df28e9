/**
 * Which receptor of a target a projection or input drives, by name (aliases AMPA → E, GABA_A → I
 * for models whose fast receptors are E and I), checked against Dale's law.
 */
import type { Kind } from "../engine/model.js";
import type { Population } from "../engine/population.js";
import { closest } from "../params/quantity.js";
import { RECEPTOR_ALIASES } from "../models/receptors.js";

/**
 * The receptor of `target` that input from a `kind` population drives: `name` (or its alias), or the
 * model's default for that kind.
 * @throws TypeError for an unknown receptor (with a guess) or one that `kind` may not drive (Dale's law).
 */
export function receptorOf(what: string, target: Population, kind: Kind, name?: string): string {
  const receptors = target.model.receptors;
  let r = name ?? target.model.defaultReceptor(kind);
  if (!(r in receptors) && RECEPTOR_ALIASES[r] in receptors) r = RECEPTOR_ALIASES[r];
  if (!(r in receptors)) {
    const names = Object.keys(receptors);
    const guess = closest(String(r), [...names, ...Object.keys(RECEPTOR_ALIASES)]);
    const slow = r === "NMDA" || r === "GABA_B" ? `; create the model with receptors: ["${r}"]` : guess ? `; did you mean ${guess}?` : "";
    throw new TypeError(`invalid ${what}.receptor: ${JSON.stringify(r)} — ${target.name} (${target.model.describe()}) has receptors ${names.join(", ")}${slow}`);
  }
  const from = receptors[r].from;
  if (from !== "any" && from !== kind) {
    throw new TypeError(`invalid ${what}.receptor: ${r} takes input from ${from} populations, and the source is ${kind} (Dale's law: ${kind === "excitatory" ? "excitatory sources drive E, AMPA or NMDA" : "inhibitory sources drive I, GABA_A or GABA_B"})`);
  }
  return r;
}

