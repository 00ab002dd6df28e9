/**
 * A network as a plain JSON spec: populations (model type and options, kind, initial values),
 * sources, projections (rule, weight, delay, receptor), inputs, plasticity rules and monitors, with
 * dt and seed. Every network built through the API records its spec as it is built;
 * `net.toSpec()` writes it and `Network.fromSpec(spec)` rebuilds a network that gives bit-identical
 * spikes (every random stream is named from the seed and the parts' names, engine/streams.ts).
 *
 * Variants of a network are functions `spec → spec` (e.g. remove 30 % of the interneurons, scale
 * one receptor's weights), applied before rebuilding — see {@link mapSpec}.
 *
 * Values must be JSON: numbers, strings, arrays, distributions. A function (a weight or a rate
 * given as a function of the index or of time) cannot be written; `toSpec` says which part holds it.
 */
import type { Model, ModelSpec } from "../engine/model.js";
import { modelFromSpec } from "../engine/registry.js";
import { closest } from "../params/quantity.js";

/** One recorded call of a builder: what it built, on which names, with which options. */
export interface SpecPart {
  /** The builder: "population", "poissonSource", "spikeTimes", "mip", "volleys", "connect", "poissonInput", "current", a rule's name, or a monitor. */
  build: string;
  /** Its positional arguments before the options (names, sizes, variable lists), as JSON. */
  args: unknown[];
  /** Its options (JSON). */
  options: Record<string, unknown>;
  /** For populations: the model. */
  model?: ModelSpec;
}

/** A network as JSON. */
export interface NetworkSpec {
  format: "tightrope-network";
  version: 1;
  dt: number;
  seed: number;
  /** Kernel arithmetic, when not "float64" (see NetworkOptions.precision). */
  precision?: "float32";
  /** The builders' calls in the order they were made. */
  parts: SpecPart[];
}

/**
 * A JSON copy of `value` (typed arrays become arrays); a function or another non-JSON value throws
 * a TypeError naming `where`.
 */
export function toJSONValue(where: string, value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`cannot write ${where} = ${value} to a network spec (JSON has no ${value})`);
    return value;
  }
  if (value === undefined) return undefined;
  if (typeof value === "function") {
    throw new TypeError(`cannot write ${where} to a network spec: it is a function (give the values as an array, a constant or a distribution such as { dist: "normal", mean, sd })`);
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (x, k) => toJSONValue(`${where}[${k}]`, x));
  if (Array.isArray(value)) return value.map((x, k) => toJSONValue(`${where}[${k}]`, x));
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const j = toJSONValue(`${where}.${k}`, v);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  throw new TypeError(`cannot write ${where} to a network spec: ${typeof value} is not JSON`);
}

/** Checks that `spec` looks like a network spec; throws saying what is wrong. */
export function checkSpec(spec: unknown): asserts spec is NetworkSpec {
  const s = spec as NetworkSpec;
  if (typeof s !== "object" || s === null || s.format !== "tightrope-network") {
    throw new TypeError(`invalid network spec: expected an object with format "tightrope-network" (from net.toSpec()), got ${JSON.stringify(s)?.slice(0, 80)}`);
  }
  if (s.version !== 1) throw new TypeError(`invalid network spec version: ${JSON.stringify(s.version)} (this tightrope reads version 1)`);
  if (!Array.isArray(s.parts)) throw new TypeError("invalid network spec: parts must be a list of builder calls");
}

/**
 * A variant of a spec: `f` sees every part (a deep copy) and returns it changed, or null to drop
 * it. E.g. weaker inhibition: `mapSpec(spec, (p) => p.build === "connect" && p.args[0] === "I" ? { ...p, options: { ...p.options, weight: 0.5 * (p.options.weight as number) } } : p)`.
 */
export function mapSpec(spec: NetworkSpec, f: (part: SpecPart) => SpecPart | null): NetworkSpec {
  checkSpec(spec);
  const copy = JSON.parse(JSON.stringify(spec)) as NetworkSpec;
  return { ...copy, parts: copy.parts.map(f).filter((p): p is SpecPart => p !== null) };
}

/**
 * The spec of a network from its recorded parts (a part that could not be recorded throws its
 * reason); population models are written as they are now (after any setParams).
 */
export function writeSpec(dt: number, seed: number, precision: string, parts: readonly (SpecPart | { unwritable: string })[], modelOf: (population: string) => Model): NetworkSpec {
  const bad = parts.find((p): p is { unwritable: string } => "unwritable" in p);
  if (bad) throw new TypeError(bad.unwritable);
  const out = (parts as SpecPart[]).map((p) => {
    if (p.build !== "population") return p;
    const m = modelOf(p.args[0] as string);
    return { ...p, model: { type: m.type, options: toJSONValue(`population ${p.args[0]}.model`, m.options) as Record<string, unknown> } };
  });
  return JSON.parse(JSON.stringify({ format: "tightrope-network", version: 1, dt, seed, ...(precision === "float32" ? { precision } : {}), parts: out }));
}

/** Replays a spec's parts on a network: populations through `population`, the rest by builder name. */
export function replaySpec(net: Record<string, (...a: unknown[]) => unknown>, spec: NetworkSpec, builders: readonly string[],
  population: (name: string, n: number, model: Model, options: Record<string, unknown>) => unknown): void {
  checkSpec(spec);
  for (const [k, part] of spec.parts.entries()) {
    if (part.build === "population") {
      const [name, n] = part.args as [string, number];
      population(name, n, modelFromSpec(part.model!), part.options);
      continue;
    }
    if (!builders.includes(part.build)) {
      const guess = closest(String(part.build), builders);
      throw new TypeError(`invalid network spec part ${k}: unknown builder ${JSON.stringify(part.build)}` + (guess ? `; did you mean ${guess}?` : ""));
    }
    net[part.build](...part.args, part.options);
  }
}
