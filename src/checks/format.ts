/**
 * Number formatting for tables, checks and generated prose: significant digits without padding,
 * integers as integers, float noise as 0, NaN as "—". One formatter, so a number reads the same in
 * a table, a check and a sentence.
 */
import type { Spread } from "./spread.js";

/**
 * Formats `x` with `digits` significant digits (default 3), dropping trailing zeros:
 * `fmt(12.6667)` → "12.7", `fmt(12.6667, 6)` → "12.6667", `fmt(3)` → "3", `fmt(2.5e-7)` → "2.5e-7",
 * `fmt(NaN)` → "—", `fmt(Infinity)` → "∞". Integers are printed in full (up to 1e15); values with
 * |x| < 1e-12 print as "0" (float noise such as 1e-37 for a quantity that is zero).
 * @throws RangeError for digits outside 1–15.
 */
export function fmt(x: number, digits = 3): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > 15) {
    throw new RangeError(`invalid digits: ${digits} (expected a whole number from 1 to 15)`);
  }
  if (typeof x !== "number") return String(x);
  if (Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (Math.abs(x) < 1e-12) return "0";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x).replace("-", "−");
  const a = Math.abs(x);
  let s: string;
  if (a >= 1e-3 && a < 1e6) {
    s = x.toPrecision(digits);
    if (s.includes("e")) s = String(Number(s)); // toPrecision switches to exponents at 10^digits
    else if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  } else {
    const [m, e] = x.toExponential(digits - 1).split("e");
    s = `${m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m}e${e.replace("+", "")}`;
  }
  return s.replace(/^-/, "−");
}

/** "mean ± sd (n = N)", each with `digits` significant digits; the sd is rounded to the mean's last decimal place at most. */
export function fmtSpread(s: Spread, digits = 3): string {
  if (s.n === 0) return "— (n = 0)";
  if (s.n === 1) return `${fmt(s.mean, digits)} (n = 1)`;
  return `${fmt(s.mean, digits)} ± ${fmt(s.sd, 2)} (n = ${s.n})`;
}
