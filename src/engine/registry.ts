/**
 * Models by type name, so a network spec (plain JSON) can be rebuilt: each model file registers its
 * factory (`registerModel("adex", adex)`) when it is imported; `modelFromSpec` calls it with the
 * stored options.
 */
import type { Model, ModelSpec } from "./model.js";
import { closest } from "../params/quantity.js";

type Factory = (options: Record<string, unknown>) => Model;
const factories = new Map<string, Factory>();

/** Registers the factory of a model type (a second registration of the same type replaces the first). */
export function registerModel(type: string, factory: Factory): void {
  factories.set(type, factory);
}

/** The model a spec describes; unknown types get a guess. */
export function modelFromSpec(spec: ModelSpec): Model {
  const f = factories.get(spec?.type);
  if (!f) {
    const guess = closest(String(spec?.type), [...factories.keys()]);
    throw new TypeError(`unknown model type: ${JSON.stringify(spec?.type)}` + (guess ? `; did you mean ${guess}?` : ` (known: ${[...factories.keys()].join(", ")})`));
  }
  return f(spec.options ?? {});
}

/** Names of the registered model types. */
export function modelTypes(): string[] {
  return [...factories.keys()];
}
