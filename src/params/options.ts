/**
 * Option objects with unknown names are mistakes: `net.current("E", { type: "step", amp: 100 })`
 * would otherwise inject no current at all (amplitude defaults to 0) and say nothing. Every public
 * function that takes an options object checks its names with {@link checkOptions}, which throws a
 * TypeError naming the option, where it was passed and the closest allowed name:
 * `unknown option dealy for connect E→I; did you mean delay?`.
 *
 * Guesses come from, in order: a synonym of the vocabulary (`sigma`/`std` → `sd`, `mu` → `mean`,
 * `prob` → `p`), a unique allowed name the option abbreviates (`amp` → `amplitude`), then the
 * closest name by edit distance ({@link closest}, case-insensitive, at most 3 edits and at most half
 * the name's letters: `N` → `n`, `dealy` → `delay`, but not `init` → `n`) —
 * unless both are words of the vocabulary with different meanings (`max` is not a misspelt `mean`).
 */
import { closest, editDistance } from "./quantity.js";

/** Words that mean the same option; a guess is offered when exactly one of the group is allowed. */
const SYNONYMS: readonly (readonly string[])[] = [
  ["sd", "std", "stdev", "sigma"],
  ["mean", "mu", "avg", "average"],
  ["p", "prob", "probability"],
  ["amplitude", "amp", "ampl"],
  ["n", "size", "count"],
  ["delay", "delays", "latency"],
  ["weight", "weights", "w"],
  ["low", "min", "lo"],
  ["high", "max", "hi"],
  ["seed", "seeds"],
];

/** The allowed name that `name` most likely meant, or undefined when none is close. */
export function guessName(name: string, allowed: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const group = SYNONYMS.find((g) => g.includes(lower));
  if (group) {
    const hits = allowed.filter((a) => group.includes(a) && a !== name);
    if (hits.length === 1) return hits[0];
  }
  if (lower.length >= 2) {
    const prefixed = allowed.filter((a) => a.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0];
  }
  const near = closest(name, allowed);
  // at most half the name's letters may change: init is not a misspelt n (3 edits, but 3 of 4 letters)
  if (near !== undefined && editDistance(lower, near.toLowerCase()) > Math.max(1, Math.ceil(name.length / 2))) return undefined;
  // a word of the vocabulary is not a misspelling of another one (max is not mean: a lognormal has no max)
  if (group && near !== undefined && SYNONYMS.some((g) => g !== group && g.includes(near.toLowerCase()))) return undefined;
  return near;
}

function shortValue(x: unknown): string {
  if (typeof x === "string") return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (Array.isArray(x)) return `an array of length ${x.length}`;
  return String(x);
}

/**
 * Throws when `options` has a name that is not in `allowed`, or is not an object at all.
 * `undefined` (no options) passes. `where` says what the options were for, as it reads after
 * "for": `connect E→I`, `current E:step#1`, `coba`.
 * @throws TypeError `unknown option amp for current E:step#1; did you mean amplitude?`, or
 *   `invalid options for coba: 5 (expected an object with n, p, …)`.
 * @example checkOptions("populationRate", { bin: 1, smoth: 2 }, ["bin", "smooth"]) // throws: did you mean smooth?
 */
export function checkOptions(where: string, options: unknown, allowed: readonly string[]): void {
  if (options === undefined) return;
  const list = allowed.length ? allowed.join(", ") : "no options";
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`invalid options for ${where}: ${shortValue(options)} (expected an object with ${list})`);
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const guess = guessName(key, allowed);
    throw new TypeError(`unknown option ${key} for ${where}` +
      (guess ? `; did you mean ${guess}?` : allowed.length ? ` (expected one of ${list})` : " (it takes no options)"));
  }
}

/**
 * For records of parameters that are often spread from larger objects (`lifRate({ ...params })`),
 * where extra names are legitimate: throws when one of the `required` names is missing, guessing
 * which of the names present was meant (`missing option V_th for lifRate; is V_Th a typo of it?`).
 * @throws TypeError when `options` is not an object or lacks a required name.
 */
export function checkRequired(where: string, options: unknown, required: readonly string[]): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`invalid options for ${where}: ${shortValue(options)} (expected an object with ${required.join(", ")})`);
  }
  const record = options as Record<string, unknown>;
  for (const name of required) {
    if (record[name] !== undefined) continue;
    const others = Object.keys(record).filter((k) => !required.includes(k) && record[k] !== undefined);
    const typo = others.find((k) => guessName(k, [name]) === name);
    throw new TypeError(`missing option ${name} for ${where}` +
      (typo ? `; is ${typo} a typo of it?` : ` (expected ${required.join(", ")})`));
  }
}

/**
 * The names of an options type, written as a record of `true`s so that the compiler checks the list
 * against the type: a missing name or an extra one is a type error. Pass the type explicitly.
 * @example const NAMES = optionNames<{ bin?: number; smooth?: number }>({ bin: true, smooth: true }) // ["bin", "smooth"]
 */
export function optionNames<T extends object>(names: { readonly [K in keyof Required<T>]: true }): readonly string[] {
  return Object.keys(names);
}
