import { expect, it } from "vitest";
import { feedbackNetwork } from "../../src/gain/feedback-network.js";
import { inputResponse } from "../../src/gain/input-response.js";
import { setWarningHandler } from "../../src/params/warn.js";

const small = { nE: 80, nI: 20, p: 0.2, duration: 400, settle: 100 };

it("feedbackNetwork: no input, no spikes (every neuron starts below threshold); same seed, same rates", () => {
  const silent = feedbackNetwork({ ...small, input: 0 });
  expect(silent.rE).toBe(0);
  expect(silent.rI).toBe(0);
  const a = feedbackNetwork({ ...small, input: 40, seed: 3 }), b = feedbackNetwork({ ...small, input: 40, seed: 3 });
  expect(a.rE).toBe(b.rE);
  expect(a.rI).toBe(b.rI);
  expect(a.rE).toBeGreaterThan(0);
  expect(a.status.ok).toBe(true);
});

it("feedbackNetwork: feedback inhibition lowers the excitatory rate, and I fires only through E", () => {
  const weak = feedbackNetwork({ ...small, input: 40, wIE: 1 });
  const strong = feedbackNetwork({ ...small, input: 40, wIE: 10 });
  expect(strong.rE).toBeLessThan(weak.rE);
  const noEI = feedbackNetwork({ ...small, input: 40, wEI: 0 });
  expect(noEI.rI).toBe(0);
  expect(noEI.rE).toBeGreaterThan(strong.rE);
});

it("feedbackNetwork flags a population above 80 % of its refractory ceiling as runaway", () => {
  // no inhibition, strong recurrent excitation: E saturates near 1/(t_ref + dt) ≈ 476 Hz
  const prev = setWarningHandler(() => {}); // the engine's runaway watch warns too
  let run;
  try { run = feedbackNetwork({ ...small, input: 200, wEE: 5, wIE: 0 }); } finally { setWarningHandler(prev); }
  expect(run.rE).toBeGreaterThan(381);
  expect(run.status.status).toBe("runaway");
  expect(run.status.population).toBe("E");
});

it("inputResponse climbs a geometric input ladder and stops after the first level above stopAbove", () => {
  const rows = inputResponse({ start: 10, factor: 2, levels: 8, stopAbove: 20, network: small });
  rows.forEach((r, k) => expect(r.input).toBeCloseTo(10 * 2 ** k, 12));
  expect(rows[rows.length - 1].rE).toBeGreaterThan(20);
  rows.slice(0, -1).forEach((r) => expect(r.rE).toBeLessThanOrEqual(20));
  expect(rows.length).toBeLessThan(8);
  expect(() => inputResponse({ start: 0, factor: 2, levels: 3 })).toThrow(/invalid start/);
  expect(() => inputResponse({ start: 1, factor: 1, levels: 3 })).toThrow(/invalid factor/);
  expect(() => feedbackNetwork({ input: -1 })).toThrow(/invalid input/);
  expect(() => feedbackNetwork({ input: 1, wIE: -2 })).toThrow(/invalid wIE/);
  expect(() => feedbackNetwork({ input: 1, wie: 2 } as never)).toThrow(/unknown option wie.*wIE/);
});
