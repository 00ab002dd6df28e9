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
 * blocked, the same at every voltage and firing rate (tonic block, the default). Integrate-and-fire
 * populations are left unchanged (their spike is not made by Na⁺ channels); at least one population must have
 * g_Na. A concentration c maps to a blocked fraction by a Hill function, {@link hillBlock}:
 * b = cⁿ/(cⁿ + IC50ⁿ) — give the drug's IC50 for the state of the channel that matters.
 *
 * Use-dependent block (option `useDependent`, a steady-state approximation): these drugs bind
 * inactivated channels far more tightly than resting ones (Hille 1977, J Gen Physiol 69:497, the
 * "modulated receptor"; phenytoin 20 µM blocked 18 % of a cardiac Na⁺ current at rest and 45 % after
 * ten 500 ms depolarizations at 1 Hz, Sánchez-Chapula & Josephson 1983, J Mol Cell Cardiol 15:515), so block
 * accumulates in cells that fire. Scheme: a channel spends a fraction φ of the time inactivated,
 * binds the drug at rate k_R c (resting) or k_I c (inactivated) and lets go at k_off; when binding is
 * slow against firing (seconds, against tens of ms between spikes), the block sees the time-averaged
 * φ and settles at b = A/(A + k_off), A = c [k_R (1 − φ) + k_I φ]. With φ = r τ_i (each spike leaves
 * the channels inactivated for τ_i; valid while r τ_i ≪ 1) this is exactly
 *
 *   b(r) = b_rest + (b_max − b_rest) · r/(r + r_half),  b_rest = x/(1 + x), x = k_R c/k_off,
 *   r_half = (1 + x)/(τ_i c (k_I − k_R)/k_off),  b_max = 1,
 *
 * ({@link useDependentBlock}); `max` < 1 is an extra, phenomenological cap. Applied per population:
 * each population's block uses its own rate `rates[name]` (Hz), e.g. its mean rate in a drug-free
 * baseline run — the caller runs the baseline, so the transform stays a pure spec → spec function.
 * Assumptions, all of them approximations: (1) g_Na is one scalar per population here, so every cell
 * of a population gets its population's block, not its own (a per-neuron g_Na would need a change
 * to the Hodgkin–Huxley models); (2) the rates are those of the baseline, not the (self-consistent)
 * rates under the drug; (3) inactivation is counted from spikes only — a cell held depolarized
 * (e.g. in depolarization block) has inactivated channels without firing, and gets no extra block.
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
 * With `options.useDependent`, `dose` is the resting block b_rest and each population's block is
 * {@link useDependentBlock} of its rate.
 * @throws TypeError for a bad spec or options, when no population has g_Na, or when a population
 *   with g_Na has no rate (or a rate names another population); RangeError for a dose outside [0, 1]
 *   or a bad rate, r_half or b_max.
 * @example sodiumBlocker(spec, hillBlock(30, { IC50: 100 })) // 30 µM of a drug with IC50 100 µM: 23 % blocked
 * @example sodiumBlocker(spec, 0, { useDependent: { rates: { E: 5, I: 30 }, half: 120 } }) // E 4 %, I 20 % blocked
 */
export function sodiumBlocker(spec: NetworkSpec, dose: number, options: SodiumBlockerOptions = {}): NetworkSpec {
  const where = "sodiumBlocker";
  const out = copySpec(where, spec);
  checkObject(where, options, "{ useDependent: { rates: { E: 5, I: 30 }, half: 120 } }");
  checkOptions(where, options, ["useDependent"]);
  const b = checkFraction(where, "dose", dose, options.useDependent ? "the resting block b_rest" : "the fraction of Na⁺ channels blocked");
  const pops = populations(out);
  const names = [...pops.keys()].filter((n) => (modelOf(pops.get(n)!).params as Record<string, number>).g_Na !== undefined);
  if (names.length === 0) {
    throw new TypeError(`${where}: no population of the spec has a Na⁺ conductance g_Na, so the blocker acts on nothing ` +
      `(populations: ${[...pops.keys()].join(", ") || "none"}; use Hodgkin–Huxley-family models such as wangBuzsaki() or traubMiles())`);
  }
  if (!options.useDependent) {
    scaleSodium(where, out, names, 1 - b);
    return out;
  }
  const ud = options.useDependent;
  checkObject(`${where}.useDependent`, ud, "{ rates: { E: 5, I: 30 }, half: 120 }");
  checkOptions(`${where}.useDependent`, ud, ["rates", "half", "max"]);
  checkRequired(`${where}.useDependent`, ud, ["rates", "half"]);
  checkObject(`${where}.useDependent.rates`, ud.rates, "{ E: 5, I: 30 }");
  for (const name of Object.keys(ud.rates)) {
    if (!names.includes(name)) {
      throw new TypeError(`invalid useDependent.rates for ${where}: ${name} is not a population with g_Na (expected rates for ${names.join(", ")})`);
    }
  }
  for (const name of names) {
    if (ud.rates[name] === undefined) throw new TypeError(`missing useDependent.rates.${name} for ${where} (expected the firing rate, Hz, of every population with g_Na: ${names.join(", ")})`);
    scaleSodium(where, out, [name], 1 - useDependentBlock(ud.rates[name], { rest: b, half: ud.half, max: ud.max }));
  }
  return out;
}

/** The use-dependent option of {@link sodiumBlocker} (see the module comment). */
export interface UseDependentOptions {
  /** Firing rate (Hz) of every population with g_Na, e.g. its mean rate in a drug-free baseline run. */
  rates: Record<string, number>;
  /** r_half (Hz): the rate at which the use-dependent part of the block is half its maximum. */
  half: number;
  /** b_max, the block approached by a cell firing far above r_half (default 1, the scheme's limit). */
  max?: number;
}

/** Options of {@link sodiumBlocker}. */
export interface SodiumBlockerOptions {
  /** Use-dependent block: each population's block from its firing rate; `dose` becomes the resting block b_rest. */
  useDependent?: UseDependentOptions;
}

/** Options of {@link useDependentBlock}: b_rest, r_half (Hz) and b_max. */
export interface UseDependentBlockOptions {
  /** b_rest, the block of a silent cell (in [0, 1]). */
  rest: number;
  /** r_half (Hz, > 0). */
  half: number;
  /** b_max (in [rest, 1], default 1). */
  max?: number;
}

/**
 * Steady-state use-dependent block of a cell firing at `rate` Hz:
 * b = b_rest + (b_max − b_rest) · r/(r + r_half) (derivation and assumptions in the module comment).
 * b(0) = b_rest, b(r_half) = (b_rest + b_max)/2, b → b_max as r → ∞.
 * @throws TypeError for non-numbers; RangeError for a negative or non-finite rate, r_half ≤ 0, or
 *   b_rest, b_max outside [0, 1] or b_max < b_rest.
 */
export function useDependentBlock(rate: number, options: UseDependentBlockOptions): number {
  const where = "useDependentBlock";
  checkObject(where, options, "{ rest: 0, half: 120 }");
  checkOptions(where, options, ["rest", "half", "max"]);
  checkRequired(where, options, ["rest", "half"]);
  const rest = checkFraction(where, "rest", options.rest, "the resting block b_rest");
  const max = checkFraction(where, "max", options.max ?? 1, "the block b_max of a cell firing far above r_half");
  if (max < rest) throw new RangeError(`invalid max for ${where}: ${max} (expected b_max ≥ b_rest = ${rest})`);
  for (const [name, v] of [["rate", rate], ["half", options.half]] as const) {
    if (typeof v !== "number") throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(v)} (expected a number in Hz)`);
    if (!Number.isFinite(v) || v < 0 || (name === "half" && v === 0)) {
      throw new RangeError(`invalid ${name} for ${where}: ${v} (expected a finite rate in Hz, ${name === "half" ? "> 0" : "≥ 0"})`);
    }
  }
  return rest + (max - rest) * rate / (rate + options.half);
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
