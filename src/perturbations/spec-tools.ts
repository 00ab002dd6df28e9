/**
 * What the perturbations share: reading a network spec (network/spec.ts) — its populations, the
 * kind of every population and source, the receptor each projection or Poisson input drives — and
 * scaling synaptic weights written in any of the spec's forms (number, string with a unit, array,
 * distribution), plus the argument checks. Every perturbation is a pure function spec → spec: it
 * works on a deep copy and never changes its input.
 */
import "../models/index.js"; // registers every model type, so that specs naming them can be read
import { checkSpec, type NetworkSpec, type SpecPart } from "../network/spec.js";
import { modelFromSpec } from "../engine/registry.js";
import type { Kind, Model } from "../engine/model.js";
import { closest, quantity, type Quantity } from "../params/quantity.js";
import { RECEPTOR_ALIASES } from "../models/receptors.js";

/** Builders whose parts are spike sources (not neuron populations). */
const SOURCE_BUILDS = ["poissonSource", "spikeTimes", "mip", "volleys"];

/** A checked deep copy of `spec`; `where` names the perturbation in the error. */
export function copySpec(where: string, spec: NetworkSpec): NetworkSpec {
  try {
    checkSpec(spec);
  } catch (e) {
    throw new TypeError(`${where}: ${(e as Error).message}`);
  }
  return JSON.parse(JSON.stringify(spec)) as NetworkSpec;
}

/** The population parts of a spec by name. */
export function populations(spec: NetworkSpec): Map<string, SpecPart> {
  const out = new Map<string, SpecPart>();
  for (const p of spec.parts) if (p.build === "population") out.set(p.args[0] as string, p);
  return out;
}

/** The kind of a population or spike source of the spec (sources default to excitatory, as their builders do). */
export function kindOf(spec: NetworkSpec, name: string): Kind {
  const part = spec.parts.find((p) => (p.build === "population" || SOURCE_BUILDS.includes(p.build)) && p.args[0] === name);
  return ((part?.options.kind as Kind | undefined) ?? "excitatory");
}

/** The model a population part describes (built from its type and options). */
export function modelOf(part: SpecPart): Model {
  return modelFromSpec(part.model!);
}

/** A number, finite and ≥ 0: a multiplicative factor. */
export function checkFactor(where: string, name: string, value: unknown, { positive = false } = {}): number {
  if (typeof value !== "number") throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(value)} (expected a number, a factor${positive ? " > 0" : " ≥ 0"})`);
  if (!Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    throw new RangeError(`invalid ${name} for ${where}: ${value} (expected a finite factor ${positive ? "> 0" : "≥ 0"})`);
  }
  return value;
}

/** A fraction in [0, 1]. */
export function checkFraction(where: string, name: string, value: unknown, meaning: string): number {
  if (typeof value !== "number") throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(value)} (expected a number in [0, 1]: ${meaning})`);
  if (!(value >= 0 && value <= 1)) throw new RangeError(`invalid ${name} for ${where}: ${value} (expected a fraction in [0, 1]: ${meaning})`);
  return value;
}

/** Throws unless `options` is an object (undefined is allowed when `optional`). */
export function checkObject(where: string, options: unknown, example: string, optional = false): void {
  if (optional && options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`invalid options for ${where}: ${JSON.stringify(options)} (expected an object such as ${example})`);
  }
}

/**
 * Population names from `value`: one name or a list, or (with `kinds`) "excitatory"/"inhibitory"
 * for every population of that kind. Unknown names throw with a guess.
 */
export function choosePopulations(where: string, name: string, spec: NetworkSpec, value: unknown, { kinds = false } = {}): string[] {
  const pops = populations(spec);
  const known = [...pops.keys()];
  if (kinds && (value === "excitatory" || value === "inhibitory")) {
    const of = known.filter((n) => ((pops.get(n)!.options.kind as Kind | undefined) ?? "excitatory") === value);
    if (of.length === 0) throw new RangeError(`invalid ${name} for ${where}: the spec has no ${value} population (populations: ${known.join(", ") || "none"})`);
    return of;
  }
  const list = Array.isArray(value) ? value : [value];
  const expected = `a population name${kinds ? ", a list of names, or \"excitatory\"/\"inhibitory\"" : " or a list of names"}`;
  if (list.length === 0 || list.some((x) => typeof x !== "string")) throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(value)} (expected ${expected})`);
  for (const n of list as string[]) {
    if (pops.has(n)) continue;
    const isSource = spec.parts.some((p) => SOURCE_BUILDS.includes(p.build) && p.args[0] === n);
    const guess = closest(n, known);
    throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(n)} ` + (isSource ? "is a spike source, not a neuron population" :
      `is not a population of the spec${guess ? `; did you mean ${guess}?` : ` (populations: ${known.join(", ") || "none"})`}`));
  }
  return [...new Set(list as string[])];
}

/** What a connect or poissonInput part drives: its target, source kind and the target's receptor (canonical name) with its weight unit. */
export interface Synapse {
  target: string;
  sourceKind: Kind;
  /** "E", "I", "NMDA" or "GABA_B" (the model's own name: AMPA is "E", GABA_A is "I"). */
  receptor: string;
  /** Unit of the weights ("nS", "pA", "mV" or "" for rate units). */
  unit: string;
  /** Whether the receptor decays with a time constant (conductance and current synapses) or not (delta synapses, rate units). */
  decays: boolean;
}

/** The synapse a connect or poissonInput part makes, or null for other parts. */
export function synapseOf(spec: NetworkSpec, part: SpecPart, models: Map<string, Model>): Synapse | null {
  let target: string, sourceKind: Kind;
  if (part.build === "connect") {
    target = part.args[1] as string;
    sourceKind = kindOf(spec, part.args[0] as string);
  } else if (part.build === "poissonInput") {
    target = part.args[0] as string;
    sourceKind = (part.options.kind as Kind | undefined) ?? "excitatory";
  } else return null;
  let model = models.get(target);
  if (!model) {
    const pop = populations(spec).get(target);
    if (!pop) return null; // the spec itself would not build; Network.fromSpec says why
    model = modelOf(pop);
    models.set(target, model);
  }
  let r = (part.options.receptor as string | undefined) ?? model.defaultReceptor(sourceKind);
  if (!(r in model.receptors) && RECEPTOR_ALIASES[r] in model.receptors) r = RECEPTOR_ALIASES[r];
  const rec = model.receptors[r];
  if (!rec) return null;
  return { target, sourceKind, receptor: r, unit: rec.unit, decays: rec.tau !== undefined };
}

/** The name of the projection a connect part makes (its `name` option, or "pre→post"). */
export function projectionName(part: SpecPart): string {
  return (part.options.name as string | undefined) ?? `${part.args[0]}→${part.args[1]}`;
}

/**
 * `weight` × `factor` in the spec's own form: numbers, strings with a unit (read in `unit`, written
 * as numbers in it), arrays element by element, and distributions by scaling their location and
 * spread (normal: mean, sd, min, max; uniform: low, high; lognormal: mean, sd), which multiplies every
 * weight they draw by `factor` with the same random numbers. A factor of 0 writes the weight 0.
 */
export function scaleWeight(where: string, weight: unknown, factor: number, unit: string): unknown {
  if (factor === 1) return weight;
  if (factor === 0) return 0;
  const s = (name: string, v: unknown) => quantity(`${where}.${name}`, v as Quantity, unit) * factor;
  if (typeof weight === "number" || typeof weight === "string") return s("weight", weight);
  if (Array.isArray(weight)) return weight.map((w, k) => s(`weight[${k}]`, w));
  if (typeof weight === "object" && weight !== null && "dist" in weight) {
    const d = weight as Record<string, unknown>;
    const out: Record<string, unknown> = { dist: d.dist };
    for (const f of distFields(d.dist)) if (d[f] !== undefined) out[f] = s(`weight.${f}`, d[f]);
    for (const f of Object.keys(d)) if (!(f in out)) out[f] = d[f]; // unknown fields: left for the network's own check
    return out;
  }
  throw new TypeError(`cannot scale ${where}.weight: ${JSON.stringify(weight)} (expected a number, a string with a unit, an array or a distribution)`);
}

/**
 * Multiplies the weight of every connect and poissonInput part for which `factor(synapse, part)`
 * is not 1; returns how many parts changed.
 */
export function scaleSynapses(spec: NetworkSpec, factor: (s: Synapse, part: SpecPart) => number): number {
  const models = new Map<string, Model>();
  let changed = 0;
  for (const part of spec.parts) {
    const syn = synapseOf(spec, part, models);
    if (!syn) continue;
    const f = factor(syn, part);
    if (f === 1) continue;
    const where = part.build === "connect" ? `projection ${projectionName(part)}` : `poissonInput onto ${syn.target}`;
    part.options.weight = scaleWeight(where, part.options.weight, f, syn.unit);
    changed++;
  }
  return changed;
}

/** Sets a scalar model parameter of a population part (a number in the internal unit). */
export function setModelOption(part: SpecPart, name: string, value: number): void {
  part.model = { ...part.model!, options: { ...part.model!.options, [name]: value } };
}

/** The numeric fields of a weight distribution that scale with the weight (uniform: low, high; else mean, sd, min, max). */
export function distFields(dist: unknown): string[] {
  return dist === "uniform" ? ["low", "high"] : ["mean", "sd", "min", "max"];
}
