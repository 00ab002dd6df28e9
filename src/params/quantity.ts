/**
 * Parameters as plain numbers in tightrope's internal unit system, or as strings with units.
 *
 * Internal units (used by every core function, documented in `src/params/units.ts`):
 * time ms, voltage mV, conductance nS, capacitance pF, current pA, rate Hz, resistance MΩ.
 * They are consistent: nS·mV = pA, pF/nS = ms, pA/pF = mV/ms, 1/nS = 1000 MΩ… (see UNITS).
 *
 * Core code never imports mathjs. A string such as `"-60 mV"` is handed to the unit parser that the
 * units edge (`src/units/parse.ts`) registers with {@link setUnitParser}; importing `tightrope`
 * (src/index.ts) registers it.
 */

/** A parameter value: a number in the internal unit, or a string with a unit (`"10 nS"`). */
export type Quantity = number | string;

/** Converts `text` (e.g. "0.2 nF") to a number in `unit` (e.g. "pF") or throws naming `name`. */
export type UnitParser = (name: string, text: string, unit: string) => number;

let unitParser: UnitParser | null = null;

/** Registers the function that turns strings with units into numbers (done by the units edge). */
export function setUnitParser(parser: UnitParser | null): void {
  unitParser = parser;
}

/** Range constraints of a parameter; bounds are in the internal unit. */
export interface Range {
  /** Smallest allowed value (inclusive unless `exclusiveMin`). */
  min?: number;
  /** Largest allowed value (inclusive unless `exclusiveMax`). */
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  /** The value must be a whole number. */
  integer?: boolean;
}

function describeRange(unit: string, r: Range): string {
  const u = unit ? ` ${unit}` : "";
  const parts: string[] = [];
  if (r.integer) parts.push("a whole number");
  if (r.min !== undefined) parts.push(`${r.exclusiveMin ? ">" : "≥"} ${r.min}${u}`);
  if (r.max !== undefined) parts.push(`${r.exclusiveMax ? "<" : "≤"} ${r.max}${u}`);
  return parts.length ? parts.join(", ") : `a finite number${u ? ` in${u}` : ""}`;
}

/** Longest string accepted as a quantity ("-60 mV" needs a handful of characters; a megabyte is a mistake). */
const MAX_QUANTITY_TEXT = 200;

/**
 * Reads one parameter: returns it as a number in `unit` (the internal unit) after checking it is
 * finite and inside `range`.
 * @throws TypeError when the value is neither a number nor a string, or has the wrong dimension;
 *   RangeError when it is not finite or out of range. Messages look like
 *   `invalid tau_m: -5 ms (expected > 0 ms)`.
 * @example quantity("C_m", "0.2 nF", "pF") // 200
 */
export function quantity(name: string, value: Quantity, unit: string, range: Range = {}): number {
  let x: number;
  if (typeof value === "number") {
    x = value;
  } else if (typeof value === "string") {
    if (value.length > MAX_QUANTITY_TEXT) {
      throw new TypeError(`invalid ${name}: a string of ${value.length} characters starting ${JSON.stringify(value.slice(0, 20))}… ` +
        `(expected a number with a unit such as "${unit ? `1 ${unit}` : "1"}")`);
    }
    const trimmed = value.trim();
    if (trimmed !== "" && Number.isFinite(Number(trimmed))) {
      x = Number(trimmed);
    } else {
      if (!unitParser) {
        throw new TypeError(`invalid ${name}: ${JSON.stringify(value)} — strings with units need the units edge; ` +
          `import from "tightrope" (src/index.ts) or pass a number in ${unit}`);
      }
      x = unitParser(name, trimmed, unit);
    }
  } else {
    throw new TypeError(`invalid ${name}: ${String(value)} (expected a number in ${unit || "no unit"} or a string such as "${unit ? `1 ${unit}` : "1"}")`);
  }
  const shown = typeof value === "string" ? JSON.stringify(value) : `${value}${unit ? ` ${unit}` : ""}`;
  if (!Number.isFinite(x)) {
    throw new RangeError(`invalid ${name}: ${shown} (expected ${describeRange(unit, range)})`);
  }
  const { min, max, exclusiveMin, exclusiveMax, integer } = range;
  if ((min !== undefined && (exclusiveMin ? x <= min : x < min)) ||
      (max !== undefined && (exclusiveMax ? x >= max : x > max)) ||
      (integer && !Number.isInteger(x))) {
    throw new RangeError(`invalid ${name}: ${shown} (expected ${describeRange(unit, range)})`);
  }
  return x;
}

/** One entry of a parameter schema: internal unit, default value and allowed range. */
export interface ParamSpec extends Range {
  unit: string;
  /** Default in the internal unit; a parameter without one is required. */
  default?: number;
  /** One-line meaning, printed in parameter tables. */
  doc?: string;
}

/** A parameter schema: parameter name → spec. */
export type Schema = Record<string, ParamSpec>;

/** The numbers `readParams` returns for a schema. */
export type Params<S extends Schema> = { [K in keyof S]: number };

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest of `names` to `name` (case-insensitive edit distance ≤ 3), for error hints. */
export function closest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const n of names) {
    const d = editDistance(name.toLowerCase(), n.toLowerCase());
    if (d < bestD) { best = n; bestD = d; }
  }
  return best;
}

/**
 * Reads a whole options object against a schema: fills defaults, converts units, checks ranges,
 * and rejects unknown names with a guess (`unknown parameter tauM for lif; did you mean tau_m?`).
 */
export function readParams<S extends Schema>(schema: S, input: Record<string, Quantity | undefined> = {},
  context = "parameters"): Params<S> {
  const names = Object.keys(schema);
  for (const key of Object.keys(input)) {
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      const guess = closest(key, names);
      throw new TypeError(`unknown parameter ${key} for ${context}` +
        (guess ? `; did you mean ${guess}?` : `; expected one of ${names.join(", ")}`));
    }
  }
  const out = {} as Record<string, number>;
  for (const name of names) {
    const spec = schema[name];
    const v = input[name];
    if (v === undefined) {
      if (spec.default === undefined) throw new TypeError(`missing ${name} for ${context} (expected a value in ${spec.unit})`);
      out[name] = spec.default;
    } else {
      out[name] = quantity(name, v, spec.unit, spec);
    }
  }
  return out as Params<S>;
}
