import { expect, it } from "vitest";
import { fiCurve, GAIN_CELL } from "../../src/gain/fi-curve.js";
import { lifRate } from "../../src/analysis/mean-field.js";

const currents = [150, 250, 400, 700];
// the closed form (exact for constant drive) with the leak g_L, E_L; spike detection on the dt grid
// lengthens each interspike interval by less than dt, and a count over T is off by at most 1:
// |f_sim − f| ≤ f² dt + 1/T
const closed = (I: number, g_L: number, E_L: number) => lifRate({
  tau: GAIN_CELL.C_m / g_L, t_ref: GAIN_CELL.t_ref, V_inf: E_L + I / g_L, V_reset: GAIN_CELL.V_reset, V_th: GAIN_CELL.V_th,
});
const bound = (f: number, T: number) => (f / 1000) ** 2 * 0.1 * 1000 + 1000 / T;

it("fiCurve without background is the deterministic LIF f–I curve (closed form), with and without a tonic conductance", () => {
  const plain = fiCurve({ currents, neurons: 1, duration: 1000, settle: 100 });
  currents.forEach((I, k) => {
    const f = closed(I, GAIN_CELL.g_L, GAIN_CELL.E_L);
    expect(Math.abs(plain.rates[k] - f)).toBeLessThanOrEqual(bound(f, 1000));
  });
  expect(plain.rates[0]).toBe(0); // 150 pA < rheobase g_L (V_th − E_L) = 200 pA
  // tonic 20 nS at −55 mV: leak g_L' = 30 nS, E_L' = (10·(−70) + 20·(−55))/30 = −60 mV; rheobase 30·10 = 300 pA
  const shunted = fiCurve({ currents, neurons: 1, duration: 1000, settle: 100, tonic: { g: 20, E: -55 } });
  currents.forEach((I, k) => {
    const f = closed(I, 30, -60);
    expect(Math.abs(shunted.rates[k] - f)).toBeLessThanOrEqual(bound(f, 1000));
  });
  expect(shunted.rates[1]).toBe(0); // 250 pA < 300 pA
  expect(shunted.rates[2]).toBeGreaterThan(0);
});

it("fiCurve with background: same seed, same rates; more balanced background lowers the rate at a strong drive", () => {
  const o = { currents: [0, 500], neurons: 10, duration: 500, excitatory: { n: 1000, rate: 5.25, weight: 0.5 }, inhibitory: { n: 1000, rate: 2.69, weight: 1 } };
  const a = fiCurve({ ...o, seed: 4 }), b = fiCurve({ ...o, seed: 4 });
  expect(Array.from(a.rates)).toEqual(Array.from(b.rates));
  expect(a.status.ok).toBe(true);
  const three = fiCurve({ ...o, seed: 4, scale: 3 });
  expect(three.rates[1]).toBeLessThan(a.rates[1]); // more conductance: 500 pA drives fewer spikes
  expect(a.sd[1]).toBeGreaterThan(0);
});

it("fiCurve rejects bad input", () => {
  expect(() => fiCurve({ currents: [] })).toThrow(/invalid currents/);
  expect(() => fiCurve({ currents: [100], neurons: 0 })).toThrow(/invalid neurons/);
  expect(() => fiCurve({ currents: [100], tonic: { g: 5, E: NaN } })).toThrow(/invalid tonic/);
  expect(() => fiCurve({ currents: [100], excitatory: { n: 0, rate: 5, weight: 1 } })).toThrow(/invalid excitatory/);
  expect(() => fiCurve({ currents: [100], scale: -1 })).toThrow(/invalid scale/);
  expect(() => fiCurve({ currents: [100], seeds: 2 } as never)).toThrow(/unknown option seeds.*seed/);
});
