import { describe, expect, it } from "vitest";
import { hillBlock, sodiumBlocker, useDependentBlock } from "../../src/perturbations/sodium-blocker.js";
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

  it("useDependentBlock: b = b_rest + (b_max − b_rest) r/(r + r_half) — b_rest at 0 Hz, the midpoint at r_half, → b_max as r → ∞, and the binding scheme's steady state", () => {
    expect(useDependentBlock(0, { rest: 0.1, half: 20 })).toBe(0.1);
    expect(useDependentBlock(20, { rest: 0.1, half: 20 })).toBeCloseTo(0.55, 15);
    expect(useDependentBlock(20, { rest: 0.1, half: 20, max: 0.5 })).toBeCloseTo(0.3, 15);
    expect(useDependentBlock(1e9, { rest: 0, half: 20 })).toBeCloseTo(1, 6);
    // the scheme of the module comment: b = A/(A + k_off), A = c [k_R (1 − r τ_i) + k_I r τ_i]
    const c = 10, kR = 0.002, kI = 0.2, kOff = 1, tau = 2e-3, r = 35; // µM, 1/(µM s), 1/(µM s), 1/s, s, Hz
    const A = c * (kR * (1 - r * tau) + kI * r * tau), x = kR * c / kOff;
    const half = (1 + x) / (tau * c * (kI - kR) / kOff);
    expect(useDependentBlock(r, { rest: x / (1 + x), half })).toBeCloseTo(A / (A + kOff), 14);
    expect(() => useDependentBlock(-1, { rest: 0, half: 20 })).toThrow(/invalid rate for useDependentBlock: -1 \(expected a finite rate in Hz, ≥ 0\)/);
    expect(() => useDependentBlock(1, { rest: 0, half: 0 })).toThrow(/invalid half for useDependentBlock: 0/);
    expect(() => useDependentBlock(1, { rest: 0.5, half: 20, max: 0.2 })).toThrow(/invalid max for useDependentBlock: 0.2 \(expected b_max ≥ b_rest = 0.5\)/);
  });

  it("use-dependent option: each population's g_Na × (1 − its block from its rate); equal rates give the tonic blocker; bad rates throw", () => quiet(() => {
    const spec = ladderSpec();
    const ud = sodiumBlocker(spec, 0.05, { useDependent: { rates: { PV: 30, Pyr: 5 }, half: 120 } });
    expect(params(ud, "PV").g_Na).toBeCloseTo(3500 * (1 - (0.05 + 0.95 * 30 / 150)), 9);
    expect(params(ud, "Pyr").g_Na).toBeCloseTo(20000 * (1 - (0.05 + 0.95 * 5 / 125)), 9);
    expect(ud.parts.find((p) => p.args[0] === "L")).toEqual(spec.parts.find((p) => p.args[0] === "L"));
    const same = sodiumBlocker(spec, 0, { useDependent: { rates: { PV: 40, Pyr: 40 }, half: 120 } }); // both blocked 0.25
    expect(params(same, "PV").g_Na).toBeCloseTo(params(sodiumBlocker(spec, 0.25), "PV").g_Na, 9);
    expect(params(same, "Pyr").g_Na).toBeCloseTo(params(sodiumBlocker(spec, 0.25), "Pyr").g_Na, 9);
    expect(() => sodiumBlocker(spec, 0, { useDependent: { rates: { PV: 30 }, half: 120 } })).toThrow(/missing useDependent.rates.Pyr for sodiumBlocker/);
    expect(() => sodiumBlocker(spec, 0, { useDependent: { rates: { PV: 30, Pyr: 5, L: 1 }, half: 120 } })).toThrow(/invalid useDependent.rates for sodiumBlocker: L is not a population with g_Na/);
    expect(() => sodiumBlocker(spec, 0, { useDependent: { rates: { PV: 30, Pyr: 5 } } as never })).toThrow(/missing option half/);
    expect(() => sodiumBlocker(spec, 0, { useDependent: { rates: { PV: 30, Pyr: 5 }, half: 120 }, tonic: 1 } as never)).toThrow(/sodiumBlocker/);
  }));

  it("use-dependent block spares a slowly firing cell: on the ladder a Pyr population 'firing' at 2 Hz keeps its range while PV at 60 Hz fails earlier than without the drug", () => quiet(() => {
    const spec = ladderSpec();
    const [pvTonic] = counts(sodiumBlocker(spec, 0));
    const [pvUd, pyrUd] = counts(sodiumBlocker(spec, 0, { useDependent: { rates: { PV: 60, Pyr: 2 }, half: 60 } })); // PV 50 %, Pyr 3 % blocked
    expect(lastFiring(pvUd)).toBeLessThan(lastFiring(pvTonic));
    expect(lastFiring(pyrUd)).toBe(30);
  }));
});
