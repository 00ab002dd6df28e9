import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { roundSteps, STEP_TOLERANCE, toSteps, toStepsEach } from "../../src/network/steps.js";
import { resetWarnings, setWarningHandler } from "../../src/params/warn.js";

let warnings: string[] = [];
let prev: (m: string) => void;
beforeEach(() => { warnings = []; resetWarnings(); prev = setWarningHandler((m) => warnings.push(m)); });
afterEach(() => { setWarningHandler(prev); });

describe("roundSteps: nearest step, halves up, multiples within 1e-6 steps exact", () => {
  it("multiples of dt are exact despite floating-point error", () => {
    // 0.3/0.1 = 2.9999999999999996 and 100/0.1 = 1000.0000000000001 in double precision
    expect(0.3 / 0.1).not.toBe(3);
    expect(roundSteps(0.3, 0.1)).toEqual({ steps: 3, exact: true });
    expect(roundSteps(100, 0.1)).toEqual({ steps: 1000, exact: true });
    expect(roundSteps(1.5, 0.1)).toEqual({ steps: 15, exact: true });
    expect(roundSteps(0, 0.1)).toEqual({ steps: 0, exact: true });
    expect(roundSteps(1e5, 0.01)).toEqual({ steps: 1e7, exact: true });
  });
  it("other values go to the nearest step; halves (even 0.15/0.1 = 1.4999999999999998) round up", () => {
    expect(0.15 / 0.1).toBeLessThan(1.5);
    expect(roundSteps(0.15, 0.1)).toEqual({ steps: 2, exact: false });
    expect(roundSteps(0.25, 0.1)).toEqual({ steps: 3, exact: false });
    expect(roundSteps(10.05, 0.1)).toEqual({ steps: 101, exact: false });
    expect(roundSteps(0.14, 0.1)).toEqual({ steps: 1, exact: false });
    expect(roundSteps(0.16, 0.1)).toEqual({ steps: 2, exact: false });
    expect(roundSteps(0.04, 0.1)).toEqual({ steps: 0, exact: false });
    expect(roundSteps(0.1 + 2 * STEP_TOLERANCE * 0.1, 0.1).exact).toBe(false);
  });
});

describe("toSteps and toStepsEach", () => {
  it("toSteps warns once per key, saying how the value was rounded", () => {
    expect(toSteps(0.25, 0.1, "E→I.delay")).toBe(3);
    expect(toSteps(0.25, 0.1, "E→I.delay")).toBe(3);
    expect(toSteps(0.3, 0.1, "E→I.delay")).toBe(3);
    expect(warnings).toEqual([
      "E→I.delay = 0.25 ms is not a multiple of dt = 0.1 ms: rounded to 3 steps = 0.3 ms (times are rounded to the nearest step, halves up)",
    ]);
  });
  it("toSteps raises a value below the minimum to it, with a warning; Infinity stays", () => {
    expect(toSteps(0.01, 0.1, "interval", { min: 1 })).toBe(1);
    expect(warnings).toEqual(["interval = 0.01 ms is shorter than one step (dt = 0.1 ms): using 1 step = 0.1 ms"]);
    expect(toSteps(Infinity, 0.1, "stop")).toBe(Infinity);
  });
  it("toSteps sends warnings to the given warn function", () => {
    const mine: string[] = [];
    toSteps(0.25, 0.1, "x", { warn: (_k, m) => { mine.push(m); return true; } });
    expect(mine.length).toBe(1);
    expect(warnings).toEqual([]);
  });
  it("toStepsEach rounds every value by the same rule and warns once with a count and an example", () => {
    expect([...toStepsEach([0.1, 0.25, 0.3, 0.15], 0.1, "d")]).toEqual([1, 3, 3, 2]);
    expect([...toStepsEach([0.1, 0.25], 0.1, "d")]).toEqual([1, 3]);
    expect(warnings).toEqual([
      "2 of 4 values of d are not multiples of dt = 0.1 ms (e.g. 0.25 ms → 3 steps = 0.3 ms): each is rounded to the nearest step, halves up",
    ]);
    expect([...toStepsEach([0.2, 0.3], 0.1, "e")]).toEqual([2, 3]);
    expect(warnings.length).toBe(1);
  });
});
