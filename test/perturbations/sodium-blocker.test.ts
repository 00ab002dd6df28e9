import { describe, expect, it } from "vitest";
import { hillBlock, sodiumBlocker } from "../../src/perturbations/sodium-blocker.js";
import { dravet } from "../../src/perturbations/dravet.js";
import { Network } from "../../src/network/network.js";
import { setWarningHandler } from "../../src/params/warn.js";
import { counts, eiSpec, ladderSpec, lastFiring } from "./networks.js";

const quiet = <T>(f: () => T): T => { const prev = setWarningHandler(() => {}); try { return f(); } finally { setWarningHandler(prev); } };
const params = (spec: ReturnType<typeof ladderSpec>, name: string) => Network.fromSpec(spec).get(name).model.params as Record<string, number>;

describe("sodiumBlocker(spec, dose)", () => {
  it("scales g_Na of every Hodgkin–Huxley population by 1 − dose, leaves LIF populations unchanged, and composes with dravet", () => quiet(() => {
    const spec = ladderSpec();
    const b = sodiumBlocker(spec, 0.3);
    expect(params(b, "PV").g_Na).toBeCloseTo(3500 * 0.7, 9);
    expect(params(b, "Pyr").g_Na).toBeCloseTo(20000 * 0.7, 9);
    expect(b.parts.find((p) => p.args[0] === "L")).toEqual(spec.parts.find((p) => p.args[0] === "L"));
    const both = sodiumBlocker(dravet(spec), 0.2);
    expect(params(both, "PV").g_Na).toBeCloseTo(3500 * 0.5 * 0.8, 9);
    expect(params(both, "Pyr").g_Na).toBeCloseTo(20000 * 0.8, 9);
    expect(sodiumBlocker(spec, 0)).toEqual(spec);
  }));

  it("more block, earlier failure: the interneuron's last firing current falls with dose (0, 0.2, 0.4) while every pyramidal cell keeps firing; under 20 % block a Dravet cell fires over a smaller range still", () => quiet(() => {
    const spec = ladderSpec();
    const runs = [0, 0.2, 0.4].map((d) => counts(sodiumBlocker(spec, d)));
    const pv = runs.map(([c]) => lastFiring(c)), pyr = runs.map(([, c]) => lastFiring(c));
    expect(pv[1]).toBeLessThan(pv[0]);
    expect(pv[2]).toBeLessThan(pv[1]);
    expect(pyr).toEqual([30, 30, 30]); // the top of the ladder: Traub–Miles cells (g_Na 100 mS/cm²) keep their whole range
    const [dravetPv] = counts(dravet(spec));
    const [blockedPv] = counts(sodiumBlocker(dravet(spec), 0.2));
    expect(lastFiring(dravetPv)).toBeGreaterThan(0);
    expect(lastFiring(blockedPv)).toBeLessThan(lastFiring(dravetPv));
  }));

  it("hillBlock: b = cⁿ/(cⁿ + IC50ⁿ) — one half at IC50, 3/4 at 3 IC50 (n = 1), 9/10 at 3 IC50 (n = 2)", () => {
    expect(hillBlock(100, { IC50: 100 })).toBe(0.5);
    expect(hillBlock(300, { IC50: 100 })).toBeCloseTo(0.75, 15);
    expect(hillBlock(300, { IC50: 100, n: 2 })).toBeCloseTo(0.9, 15);
    expect(hillBlock(0, { IC50: 100 })).toBe(0);
    expect(() => hillBlock(-1, { IC50: 100 })).toThrow(/invalid c for hillBlock: -1 \(expected a finite number ≥ 0/);
    expect(() => hillBlock(1, { IC50: 0 })).toThrow(/invalid IC50 for hillBlock: 0/);
    expect(() => hillBlock(1, {} as never)).toThrow(/missing option IC50 for hillBlock/);
  });

  it("a dose outside [0, 1] or a spec with no Na⁺ conductance throws", () => {
    expect(() => sodiumBlocker(ladderSpec(), 1.5)).toThrow(/invalid dose for sodiumBlocker: 1.5 \(expected a fraction in \[0, 1\]: the fraction of Na⁺ channels blocked\)/);
    expect(() => sodiumBlocker(eiSpec(1), 0.2)).toThrow(/sodiumBlocker: no population of the spec has a Na⁺ conductance g_Na/);
  });
});
