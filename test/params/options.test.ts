/** Option names: unknown ones throw with a guess (synonym, abbreviation or closest name); required ones must be present. */
import { describe, expect, it } from "vitest";
import { checkOptions, checkRequired, guessName, optionNames } from "../../src/params/options.js";

describe("checkOptions", () => {
  it("passes known names, no options, and an empty object", () => {
    expect(() => checkOptions("connect E→I", { rule: 1, weight: 2, delay: 3 }, ["rule", "weight", "delay"])).not.toThrow();
    expect(() => checkOptions("connect E→I", undefined, ["rule"])).not.toThrow();
    expect(() => checkOptions("connect E→I", {}, ["rule"])).not.toThrow();
  });
  it("throws a TypeError naming the option, where it was passed and the closest name", () => {
    expect(() => checkOptions("connect E→I", { rule: 1, dealy: 1 }, ["rule", "weight", "delay"]))
      .toThrow(new TypeError("unknown option dealy for connect E→I; did you mean delay?"));
  });
  it("lists the allowed names when nothing is close, and says when there are none", () => {
    expect(() => checkOptions("populationRate", { window: 5 }, ["bin", "smooth"]))
      .toThrow("unknown option window for populationRate (expected one of bin, smooth)");
    expect(() => checkOptions("monitorRate", { bin: 1 }, [])).toThrow("unknown option bin for monitorRate (it takes no options)");
  });
  it("rejects options that are not an object, saying what is expected", () => {
    expect(() => checkOptions("coba", 5, ["n", "p"])).toThrow(new TypeError("invalid options for coba: 5 (expected an object with n, p)"));
    expect(() => checkOptions("coba", null, ["n"])).toThrow(/invalid options for coba: null/);
    expect(() => checkOptions("coba", [1, 2], ["n"])).toThrow(/invalid options for coba: an array of length 2/);
    expect(() => checkOptions("coba", "fast", ["n"])).toThrow(/invalid options for coba: "fast"/);
  });
  it("an option with the value undefined is still a misspelt name", () => {
    expect(() => checkOptions("coba", { N: undefined }, ["n", "p"])).toThrow(/unknown option N for coba; did you mean n\?/);
  });
});

describe("guessName", () => {
  it("finds synonyms of the vocabulary", () => {
    expect(guessName("sigma", ["dist", "mean", "sd"])).toBe("sd");
    expect(guessName("std", ["dist", "mean", "sd"])).toBe("sd");
    expect(guessName("mu", ["dist", "mean", "sd"])).toBe("mean");
    expect(guessName("prob", ["rule", "p"])).toBe("p");
    expect(guessName("min", ["dist", "low", "high"])).toBe("low");
    expect(guessName("max", ["dist", "low", "high"])).toBe("high");
  });
  it("expands a unique abbreviation (edit distance alone would guess type for amp)", () => {
    expect(guessName("amp", ["type", "amplitude", "start", "stop", "neurons"])).toBe("amplitude");
  });
  it("falls back to the closest name, case-insensitive, within 3 edits", () => {
    expect(guessName("N", ["n", "p", "indegree"])).toBe("n");
    expect(guessName("mni", ["dist", "mean", "sd", "min", "max"])).toBe("min");
    expect(guessName("dealy", ["rule", "weight", "delay"])).toBe("delay");
    expect(guessName("completelydifferent", ["rule", "weight", "delay"])).toBe(undefined);
  });
});

describe("checkRequired", () => {
  it("allows extra names (records spread from larger objects) but not a missing required one", () => {
    expect(() => checkRequired("scalingLinearisation", { k: 1, G: 2, tau_r: 3, label: "x" }, ["k", "G", "tau_r"])).not.toThrow();
    expect(() => checkRequired("lifRate", { tau: 20, t_ref: 2, V_inf: 30, V_reset: 10, V_Th: 20 }, ["tau", "t_ref", "V_inf", "V_reset", "V_th"]))
      .toThrow(new TypeError("missing option V_th for lifRate; is V_Th a typo of it?"));
    expect(() => checkRequired("shotNoise", { n: 1, rate: 2, weight: 3 }, ["n", "rate", "weight", "tau"]))
      .toThrow("missing option tau for shotNoise (expected n, rate, weight, tau)");
    expect(() => checkRequired("shotNoise", undefined, ["n"])).toThrow(/invalid options for shotNoise: undefined/);
  });
});

describe("optionNames", () => {
  it("lists the names of an options type (the compiler checks the list is complete)", () => {
    expect(optionNames<{ bin?: number; smooth?: number }>({ bin: true, smooth: true })).toEqual(["bin", "smooth"]);
  });
});

describe("guessName between words of the vocabulary", () => {
  it("does not offer a word with another meaning (a lognormal has no max: max is not a misspelt mean)", () => {
    expect(guessName("max", ["dist", "mean", "sd"])).toBe(undefined);
    expect(guessName("N", ["nE", "g", "eta"])).toBe("nE"); // not a vocabulary clash: still guessed
  });
});

describe("guessName on short names", () => {
  it("does not guess a name that shares too little with the option (init is not n: 3 of its 4 letters change)", () => {
    expect(guessName("init", ["n", "p", "indegree", "wE", "wI", "dt", "seed"])).toBe(undefined);
    expect(guessName("form", ["type", "from", "to", "start", "stop"])).toBe("from");
    expect(guessName("kk", ["rule", "k"])).toBe("k");
  });
});
