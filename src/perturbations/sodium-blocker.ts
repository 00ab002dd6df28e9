/**
 * A sodium-channel blocker (phenytoin, carbamazepine, lamotrigine-like): g_Na × (1 − block) in
 * every population that has a Na⁺ conductance.
 *
 * Biology: these antiseizure drugs bind voltage-gated Na⁺ channels and reduce the current; the drug
 * reaches every neuron, so every cell type with Na⁺ channels loses the same fraction. In Dravet
 * syndrome, where the interneurons already lack Nav1.1, such drugs can worsen seizures: lamotrigine
 * worsened 17 of 21 children with severe myoclonic epilepsy of infancy (Guerrini et al. 1998,
 * Epilepsia 39:508) — the "sodium-blocker paradox" (compose: `sodiumBlocker(dravet(spec), 0.2)`).
 *
 * What is scaled: I_Na = g_Na (1 − b) m³ h (V − E_Na) with b = `dose`, the fraction of Na⁺ channels
 * blocked, the same at every voltage and firing rate (tonic block). Integrate-and-fire populations
 * are left unchanged (their spike is not made by Na⁺ channels); at least one population must have
 * g_Na. A concentration c maps to a blocked fraction by a Hill function, {@link hillBlock}:
 * b = cⁿ/(cⁿ + IC50ⁿ) — give the drug's IC50 for the state of the channel that matters.
 *
 * Not modelled: use-dependent block (more block in cells that fire more, because these drugs bind
 * inactivated channels). It needs a per-neuron, time-varying g_Na, which the HH-family models do not
 * have (g_Na is one scalar per population); see the report of the perturbations work.
 *
 * Units: dose dimensionless in [0, 1]; g_Na in nS.
 */
import type { NetworkSpec } from "../network/spec.js";
import { checkOptions, checkRequired } from "../params/options.js";
import { checkFraction, checkObject, copySpec, modelOf, populations } from "./spec-tools.js";
import { scaleSodium } from "./sodium-channel-loss.js";

/**
 * The spec with every Na⁺ conductance × (1 − dose), `dose` the fraction of channels blocked (see
 * the module comment). Pure: returns a new spec and leaves `spec` unchanged.
 * @throws TypeError for a bad spec or when no population has g_Na; RangeError for a dose outside [0, 1].
 * @example sodiumBlocker(spec, hillBlock(30, { IC50: 100 })) // 30 µM of a drug with IC50 100 µM: 23 % blocked
 */
export function sodiumBlocker(spec: NetworkSpec, dose: number): NetworkSpec {
  const where = "sodiumBlocker";
  const out = copySpec(where, spec);
  const b = checkFraction(where, "dose", dose, "the fraction of Na⁺ channels blocked");
  const pops = populations(out);
  const names = [...pops.keys()].filter((n) => (modelOf(pops.get(n)!).params as Record<string, number>).g_Na !== undefined);
  if (names.length === 0) {
    throw new TypeError(`${where}: no population of the spec has a Na⁺ conductance g_Na, so the blocker acts on nothing ` +
      `(populations: ${[...pops.keys()].join(", ") || "none"}; use Hodgkin–Huxley-family models such as wangBuzsaki() or traubMiles())`);
  }
  scaleSodium(where, out, names, 1 - b);
  return out;
}

/** Options of {@link hillBlock}. */
export interface HillBlockOptions {
  /** Concentration giving half block, in the unit of the concentration (e.g. µM). */
  IC50: number;
  /** Hill coefficient n (default 1: one drug molecule per channel). */
  n?: number;
}

/**
 * Fraction of channels blocked at concentration `c`: b = cⁿ/(cⁿ + IC50ⁿ) (Hill equation; n = 1 is
 * one-to-one binding at equilibrium). `c` and IC50 in the same unit; b(IC50) = 1/2.
 * @throws TypeError for non-numbers or a missing IC50; RangeError for c < 0, IC50 ≤ 0 or n ≤ 0.
 */
export function hillBlock(c: number, options: HillBlockOptions): number {
  const where = "hillBlock";
  checkObject(where, options, "{ IC50: 100 }");
  checkOptions(where, options, ["IC50", "n"]);
  checkRequired(where, options, ["IC50"]);
  const { IC50, n = 1 } = options;
  for (const [name, v, min] of [["c", c, 0], ["IC50", IC50, 0], ["n", n, 0]] as const) {
    if (typeof v !== "number") throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(v)} (expected a number)`);
    if (!Number.isFinite(v) || v < min || (name !== "c" && v === 0)) {
      throw new RangeError(`invalid ${name} for ${where}: ${v} (expected a finite number ${name === "c" ? "≥ 0 (a concentration)" : "> 0"})`);
    }
  }
  if (c === 0) return 0;
  return 1 / (1 + Math.pow(IC50 / c, n));
}
