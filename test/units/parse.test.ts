import { describe, expect, it } from "vitest";
import { parseQuantity } from "../../src/units/parse.js";

describe("parseQuantity", () => {
  it("parseQuantity converts to the internal unit without float noise", () => {
    expect(parseQuantity("C_m", "0.2 nF", "pF")).toBe(200);
    expect(parseQuantity("V0", "-0.06 V", "mV")).toBe(-60);
    expect(parseQuantity("tau", "0.02 s", "ms")).toBe(20);
    expect(parseQuantity("rate", "5 Hz", "Hz")).toBe(5);
    expect(parseQuantity("rate", "5 1/s", "Hz")).toBe(5);
    expect(parseQuantity("R", "100 MΩ", "Mohm")).toBe(100);
    expect(parseQuantity("I", "0.2 nA", "pA")).toBe(200);
  });
  it("parseQuantity rejects a wrong dimension naming parameter, value and expected unit", () => {
    expect(() => parseQuantity("g_L", "10 mV", "nS")).toThrow(TypeError);
    expect(() => parseQuantity("g_L", "10 mV", "nS")).toThrow('invalid g_L: "10 mV" has the wrong dimension (expected a conductance such as "1 nS")');
  });
  it("parseQuantity rejects text that is not a quantity", () => {
    expect(() => parseQuantity("tau", "fast", "ms")).toThrow('invalid tau: "fast" is not a number with a unit (expected e.g. "1 ms")');
  });
});
