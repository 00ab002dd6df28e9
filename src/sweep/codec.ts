/**
 * Sweep results on disk: plain JSON, except that NaN, ±Infinity and −0 — which JSON cannot hold
 * (NaN would come back as null) — are written as {"$number": "NaN" | "Infinity" | "-Infinity" | "-0"}
 * and read back exactly. A point's result must be a plain record whose values are numbers, strings,
 * booleans, null, or arrays of those (typed arrays are converted to arrays); anything else is
 * rejected with the point named, before it reaches the cache.
 */

/** A value a sweep result may hold. */
export type ResultValue = number | string | boolean | null | ResultValue[];

const SPECIAL = "$number";

function isSpecial(v: unknown): v is Record<typeof SPECIAL, string> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as Record<string, unknown>)[SPECIAL] === "string";
}

/** JSON text of `value`, with NaN, ±Infinity and −0 kept. */
export function encodeJSON(value: unknown, indent?: number): string {
  return JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    // the replacer sees numbers before JSON turns NaN into null; −0 needs the holder's raw value
    const raw = key === "" ? v : (this as Record<string, unknown>)[key];
    if (typeof raw === "number" && (!Number.isFinite(raw) || Object.is(raw, -0))) {
      return { [SPECIAL]: Object.is(raw, -0) ? "-0" : String(raw) };
    }
    return v;
  }, indent);
}

/** Parses text written by {@link encodeJSON}. @throws SyntaxError for malformed JSON. */
export function decodeJSON(text: string): unknown {
  return JSON.parse(text, (_key, v) => {
    if (isSpecial(v)) {
      const s = v[SPECIAL];
      if (s === "-0") return -0;
      if (s === "NaN" || s === "Infinity" || s === "-Infinity") return Number(s);
    }
    return v;
  });
}

function checkValue(v: unknown, path: string, where: string): ResultValue {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v as ResultValue;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  if (Array.isArray(v)) return v.map((x, k) => checkValue(x, `${path}[${k}]`, where));
  const kind = v === undefined ? "undefined" : typeof v === "object" ? (v as object).constructor?.name ?? "object" : typeof v;
  throw new TypeError(`invalid result of ${where}: ${path} is ${kind === "Object" ? "a nested object" : `a ${kind}`} ` +
    `(expected numbers, strings, booleans or arrays of them; flatten it into separate fields)`);
}

/**
 * Checks a point's result and returns a copy with typed arrays as arrays.
 * @throws TypeError naming the point (`where`) and the offending field.
 */
export function checkResult(result: unknown, where: string): Record<string, ResultValue> {
  if (typeof result !== "object" || result === null || Array.isArray(result) ||
      (Object.getPrototypeOf(result) !== Object.prototype && Object.getPrototypeOf(result) !== null)) {
    throw new TypeError(`invalid result of ${where}: ${Array.isArray(result) ? "an array" : String(result)} (expected a plain object such as { rate: 5.2, state: "AI" })`);
  }
  const out: Record<string, ResultValue> = {};
  for (const [k, v] of Object.entries(result)) out[k] = checkValue(v, k, where);
  return out;
}
