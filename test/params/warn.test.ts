import { expect, it } from "vitest";
import { resetWarnings, setWarningHandler, shortNumber, warnOnce, Warnings } from "../../src/params/warn.js";

it("warnOnce(key) reports each key once until reset", () => {
  const seen: string[] = [];
  const prev = setWarningHandler((m) => seen.push(m));
  try {
    resetWarnings();
    expect(warnOnce("dt", "dt too large")).toBe(true);
    expect(warnOnce("dt", "dt too large")).toBe(false);
    expect(warnOnce("rate", "runaway")).toBe(true);
    resetWarnings();
    expect(warnOnce("dt", "dt too large")).toBe(true);
    expect(seen).toEqual(["dt too large", "runaway", "dt too large"]);
  } finally {
    setWarningHandler(prev);
  }
});

it("a Warnings set reports each key once per owner, through the same handler", () => {
  const seen: string[] = [];
  const prev = setWarningHandler((m) => seen.push(m));
  try {
    const a = new Warnings(), b = new Warnings();
    expect(a.once("runaway:E", "runaway in E")).toBe(true);
    expect(a.once("runaway:E", "runaway in E")).toBe(false);
    expect(b.once("runaway:E", "runaway in E")).toBe(true);
    resetWarnings();
    expect(a.once("runaway:E", "runaway in E")).toBe(false);
    expect(seen).toEqual(["runaway in E", "runaway in E"]);
  } finally {
    setWarningHandler(prev);
  }
});

it("shortNumber drops float noise and keeps small values readable", () => {
  expect(shortNumber(0.1 + 0.2)).toBe("0.3");
  expect(shortNumber(6e-9)).toBe("6e-9");
  expect(shortNumber(6.000000000000001)).toBe("6");
  expect(shortNumber(Infinity)).toBe("Infinity");
});
