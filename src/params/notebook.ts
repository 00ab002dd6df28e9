/**
 * Notebook parameters. A notebook declares a schema (units, defaults, meaning); values may be
 * overridden without editing the notebook through the environment variable TIGHTROPE_PARAMS, a JSON
 * object such as `{"seed": 7, "g_E": "12 nS"}` (the runner sets it: `npm start -- --params '…'`).
 * Unknown names are rejected with a guess, so a typo never runs silently with the default.
 */
import { readParams, type Params, type Quantity, type Schema } from "./quantity.js";

/** One row of a parameter table. */
export interface ParamRow {
  name: string;
  value: number;
  unit: string;
  meaning: string;
  /** Whether the value came from an override (TIGHTROPE_PARAMS or the overrides argument) rather than the default. */
  overridden: boolean;
}

/** Parameters of a notebook: the numbers, and the rows of the table it prints. */
export interface NotebookParams<S extends Schema> {
  values: Params<S>;
  rows: ParamRow[];
  /** Names whose value came from TIGHTROPE_PARAMS rather than the default. */
  overridden: string[];
}

/**
 * Reads a notebook's parameters: defaults from `schema`, overridden by `overrides` and then by the
 * JSON in `env` (default `process.env.TIGHTROPE_PARAMS`).
 * @throws TypeError for malformed JSON or an unknown name; RangeError for an out-of-range value.
 */
export function notebookParams<S extends Schema>(schema: S, overrides: Record<string, Quantity> = {},
  env: string | undefined = process.env.TIGHTROPE_PARAMS): NotebookParams<S> {
  let fromEnv: Record<string, Quantity> = {};
  if (env && env.trim()) {
    try {
      fromEnv = JSON.parse(env) as Record<string, Quantity>;
    } catch (e) {
      throw new TypeError(`invalid TIGHTROPE_PARAMS: ${env} (expected a JSON object such as {"seed": 7}): ${(e as Error).message}`);
    }
    if (typeof fromEnv !== "object" || fromEnv === null || Array.isArray(fromEnv)) {
      throw new TypeError(`invalid TIGHTROPE_PARAMS: ${env} (expected a JSON object such as {"seed": 7})`);
    }
  }
  const input = { ...overrides, ...fromEnv };
  const values = readParams(schema, input, "this notebook (TIGHTROPE_PARAMS)");
  const rows = Object.entries(schema).map(([name, spec]) => ({
    name,
    value: values[name],
    unit: spec.unit,
    meaning: spec.doc ?? "",
    overridden: Object.prototype.hasOwnProperty.call(input, name),
  }));
  return { values, rows, overridden: Object.keys(input) };
}
