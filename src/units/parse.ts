/**
 * The units edge: parses strings with units ("-60 mV", "0.2 nF", "5 Hz") with mathjs, checks their
 * dimension against the internal unit, and converts them once. Simulation code never sees a Unit:
 * a loop over mathjs Units runs ~800× slower than over numbers.
 */
import { unit as mathUnit, type Unit } from "mathjs";
import { setUnitParser } from "../params/quantity.js";

/** mathjs spells some internal units differently ("Hz" is fine; "Mohm" and "1/s" are not). */
const ALIASES: Record<string, string> = { "1/s": "s^-1", "1/ms": "ms^-1", "MΩ": "Mohm", "Ω": "ohm" };

function toUnit(text: string): Unit {
  let t = text;
  for (const [from, to] of Object.entries(ALIASES)) t = t.split(from).join(to);
  return mathUnit(t);
}

/** Round away float noise from unit conversion (0.2 nF → 200.00000000000003 pF). */
function clean(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

/**
 * Converts `text` to a number in `unit`.
 * @throws TypeError naming the parameter, the value and the expected unit when `text` does not
 *   parse or has another dimension: `invalid g_L: "10 mV" has the wrong dimension (expected a conductance such as "10 nS")`.
 */
export function parseQuantity(name: string, text: string, unit: string): number {
  let u: Unit;
  try {
    u = toUnit(text);
  } catch {
    throw new TypeError(`invalid ${name}: ${JSON.stringify(text)} is not a number with a unit (expected e.g. "1 ${unit}")`);
  }
  const target = toUnit(`1 ${unit}`);
  if (!u.equalBase(target)) {
    throw new TypeError(`invalid ${name}: ${JSON.stringify(text)} has the wrong dimension ` +
      `(expected ${dimensionName(unit)} such as "1 ${unit}")`);
  }
  if (u.value === null) return 1;
  return clean(u.toNumber(unitName(target)));
}

function unitName(u: Unit): string {
  return u.formatUnits();
}

const DIMENSIONS: Record<string, string> = {
  ms: "a time", s: "a time", mV: "a voltage", nS: "a conductance", pF: "a capacitance", pA: "a current",
  Hz: "a rate", Mohm: "a resistance", fC: "a charge",
};

function dimensionName(unit: string): string {
  return DIMENSIONS[unit] ?? `a quantity in ${unit}`;
}

/** Registers {@link parseQuantity} as the parser core code uses for strings (idempotent). */
export function enableUnits(): void {
  setUnitParser(parseQuantity);
}

enableUnits();
