import { describe, expect, it } from "vitest";
import { quantity, readParams, setUnitParser, closest } from "../../src/params/quantity.js";
import { notebookParams } from "../../src/params/notebook.js";
import { enableUnits } from "../../src/units/parse.js";

describe("quantity", () => {
  it("quantity(name, number) passes finite numbers through unchanged", () => {
    expect(quantity("tau", 20, "ms")).toBe(20);
    expect(quantity("V0", -60.5, "mV")).toBe(-60.5);
  });
  it("quantity(name, numeric string) reads it in the internal unit", () => {
    expect(quantity("tau", " 20 ", "ms")).toBe(20);
  });
  it("quantity rejects NaN and Infinity with a RangeError naming parameter and value", () => {
    expect(() => quantity("dt", NaN, "ms")).toThrow(RangeError);
    expect(() => quantity("dt", Infinity, "ms")).toThrow(/invalid dt: Infinity ms/);
  });
  it("quantity checks ranges and says what is expected", () => {
    expect(() => quantity("tau_m", -5, "ms", { min: 0, exclusiveMin: true })).toThrow("invalid tau_m: -5 ms (expected > 0 ms)");
    expect(() => quantity("p", 1.5, "", { min: 0, max: 1 })).toThrow("invalid p: 1.5 (expected ≥ 0, ≤ 1)");
    expect(() => quantity("n", 2.5, "", { integer: true })).toThrow(/whole number/);
    expect(quantity("p", 1, "", { min: 0, max: 1 })).toBe(1);
  });
  it("quantity rejects non-numbers with a TypeError", () => {
    expect(() => quantity("g", {} as unknown as number, "nS")).toThrow(TypeError);
    expect(() => quantity("g", null as unknown as number, "nS")).toThrow(/invalid g: null/);
  });
  it("quantity(name, string with unit) needs the units edge registered", () => {
    setUnitParser(null);
    try {
      expect(() => quantity("g_L", "10 nS", "nS")).toThrow(/units edge/);
    } finally {
      enableUnits();
    }
    expect(quantity("g_L", "10 nS", "nS")).toBe(10);
  });
});

describe("readParams", () => {
  const schema = {
    tau_m: { unit: "ms", default: 20, min: 0, exclusiveMin: true },
    V_th: { unit: "mV", default: -50 },
    g_L: { unit: "nS" },
  };
  it("readParams fills defaults and converts units", () => {
    expect(readParams(schema, { g_L: "0.01 uS" })).toEqual({ tau_m: 20, V_th: -50, g_L: 10 });
  });
  it("readParams rejects unknown names with a guess", () => {
    expect(() => readParams(schema, { tauM: 10, g_L: 1 }, "lif")).toThrow("unknown parameter tauM for lif; did you mean tau_m?");
  });
  it("readParams reports missing required parameters with their unit", () => {
    expect(() => readParams(schema, {})).toThrow("missing g_L for parameters (expected a value in nS)");
  });
  it("closest(name, names) returns undefined when nothing is near", () => {
    expect(closest("xyzzy", ["tau_m", "V_th"])).toBeUndefined();
  });
});

describe("notebookParams", () => {
  const schema = { seed: { unit: "", default: 1, integer: true, doc: "seed" }, g_E: { unit: "nS", default: 4, doc: "excitation" } };
  it("notebookParams reads overrides from TIGHTROPE_PARAMS JSON, with units", () => {
    const p = notebookParams(schema, {}, '{"seed": 7, "g_E": "0.012 uS"}');
    expect(p.values).toEqual({ seed: 7, g_E: 12 });
    expect(p.rows).toEqual([
      { name: "seed", value: 7, unit: "", meaning: "seed", overridden: true },
      { name: "g_E", value: 12, unit: "nS", meaning: "excitation", overridden: true },
    ]);
    expect(p.overridden).toEqual(["seed", "g_E"]);
    expect(p.rows.filter((r) => r.overridden).map((r) => r.name)).toEqual(["seed", "g_E"]);
  });
  it("notebookParams rejects malformed JSON and unknown names", () => {
    expect(() => notebookParams(schema, {}, "{seed: 7}")).toThrow(/invalid TIGHTROPE_PARAMS/);
    expect(() => notebookParams(schema, {}, "[1]")).toThrow(/JSON object/);
    expect(() => notebookParams(schema, {}, '{"sed": 7}')).toThrow(/did you mean seed/);
  });
  it("notebookParams uses defaults when the variable is empty", () => {
    expect(notebookParams(schema, {}, "").values).toEqual({ seed: 1, g_E: 4 });
  });
});

describe("hostile parameter input", () => {
  const schema = { seed: { unit: "", default: 1, integer: true, doc: "seed" } };
  it("rejects prototype names as parameter names", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(() => notebookParams(schema, {}, JSON.stringify({ [name]: 1 }))).toThrow(/unknown parameter/);
    }
  });
  it("gives a short error for a megabyte-long unit string", () => {
    const long = "1".repeat(1 << 20) + " mV";
    let message = "";
    try { quantity("V0", long, "mV"); } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/^invalid V0: a string of 1048579 characters starting "1111/);
    expect(message.length).toBeLessThan(200);
  });
});
