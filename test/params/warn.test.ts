import { expect, it } from "vitest";
import { resetWarnings, setWarningHandler, warnOnce } from "../../src/params/warn.js";

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
