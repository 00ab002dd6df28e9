/**
 * Shrinking a population of a network spec to its first n′ of n neurons (the last n − n′ by index
 * are removed), keeping every other part consistent:
 * - per-neuron arrays of the population (initial values, model options such as I_bias or V_th given
 *   as arrays) are cut to n′;
 * - projections keep their rule's meaning per surviving cell: "probability" and "all" are unchanged
 *   (fewer cells, fewer synapses); a fixed in-degree k *from* the population becomes round(k n′/n)
 *   (each target loses the inputs of the removed cells), a fixed out-degree k *onto* it likewise;
 *   in-degree onto it and out-degree from it are unchanged (a surviving cell keeps its synapses);
 *   "list" drops the pairs that touch removed cells (with their per-synapse weights and delays);
 *   "one-to-one" is kept only between the population and itself;
 * - currents and monitors restricted to listed neurons drop the removed ones.
 * Per-synapse weight or delay arrays of other rules follow the order of synapses built from the
 * seed, which a rebuilt projection does not keep: they throw.
 */
import type { NetworkSpec, SpecPart } from "../network/spec.js";

/** Cuts every array of n numbers in `x` (not recursing into distributions) to `keep`. */
function cutArrays(x: Record<string, unknown>, n: number, keep: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    out[k] = Array.isArray(v) && v.length === n && v.every((e) => typeof e === "number") ? v.slice(0, keep) : v;
  }
  return out;
}

/** Indices below `keep` (throws when none is left). */
function keepNeurons(where: string, list: unknown, keep: number): number[] | undefined {
  if (list === undefined) return undefined;
  const kept = Array.from(list as ArrayLike<number>).filter((i) => i < keep);
  if (kept.length === 0) throw new RangeError(`${where} lists only neurons that are removed (indices ≥ ${keep}); remove it from the spec or list surviving neurons`);
  return kept;
}

/** Scales a fixed degree k by n′/n (rounded, at least 0, at most `max`). */
function scaledDegree(k: number, ratio: number, max: number): number {
  return Math.min(max, Math.max(0, Math.round(k * ratio)));
}

/** The connect part with the population `name` shrunk from n to keep (see the module comment). */
function resizeConnect(where: string, part: SpecPart, name: string, n: number, keep: number): SpecPart {
  const [pre, post] = part.args as [string, string];
  const rule = { ...(part.options.rule as Record<string, unknown>) };
  const from = pre === name, onto = post === name, ratio = keep / n;
  const max = from && onto && part.options.autapses === false ? keep - 1 : keep;
  const options: Record<string, unknown> = { ...part.options, rule };
  const perSynapse = (key: string) => Array.isArray(part.options[key]);
  switch (rule.rule) {
    case "probability": case "all": break;
    case "indegree": if (from) rule.k = scaledDegree(rule.k as number, ratio, max); break;
    case "outdegree": if (onto) rule.k = scaledDegree(rule.k as number, ratio, max); break;
    case "one-to-one":
      if (!(from && onto)) throw new RangeError(`${where}: projection ${pre}→${post} is one-to-one and cannot lose cells on one side only`);
      break;
    case "list": {
      const a = rule.pre as number[], b = rule.post as number[];
      const ok = a.map((i, s) => (!from || i < keep) && (!onto || b[s] < keep));
      rule.pre = a.filter((_, s) => ok[s]);
      rule.post = b.filter((_, s) => ok[s]);
      for (const key of ["weight", "delay"]) if (perSynapse(key)) options[key] = (part.options[key] as unknown[]).filter((_, s) => ok[s]);
      return { ...part, options };
    }
    default: break;
  }
  for (const key of ["weight", "delay"]) {
    if (perSynapse(key)) {
      throw new TypeError(`${where}: projection ${pre}→${post} has one ${key} per synapse in the order the seed built them, which a rebuilt ` +
        `projection does not keep; give it as a constant or a distribution, or use rule "list"`);
    }
  }
  return { ...part, options };
}

/** A copy of `spec` (already a private copy) with population `name` cut to its first `keep` neurons. */
export function resizePopulation(where: string, spec: NetworkSpec, name: string, keep: number): NetworkSpec {
  const pop = spec.parts.find((p) => p.build === "population" && p.args[0] === name)!;
  const n = pop.args[1] as number;
  if (keep === n) return spec;
  const parts = spec.parts.map((part): SpecPart => {
    const targets = part.args[0] === name;
    switch (part.build) {
      case "population": {
        if (!targets) return part;
        const init = cutArrays((part.options.init ?? {}) as Record<string, unknown>, n, keep);
        return { ...part, args: [name, keep], options: { ...part.options, init }, model: { ...part.model!, options: cutArrays(part.model!.options, n, keep) } };
      }
      case "connect":
        return part.args[0] === name || part.args[1] === name ? resizeConnect(where, part, name, n, keep) : part;
      case "current": case "monitorSpikes": case "monitorState": {
        if (!targets || part.options.neurons === undefined) return part;
        const neurons = keepNeurons(`${where}: ${part.build} of ${name}`, part.options.neurons, keep);
        return { ...part, options: { ...part.options, neurons } };
      }
      default: return part;
    }
  });
  return { ...spec, parts };
}
