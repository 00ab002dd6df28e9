import { describe, expect, it } from "vitest";
import { crossing, delayedHopf } from "../../src/rhythms/crossing.js";
import { onsetFromAmplitudes } from "../../src/rhythms/onset-fit.js";

describe("crossing(f, [lo, hi])", () => {
  it("finds √2 as the root of x² − 2 on [0, 2] (1e-10)", () => {
    expect(crossing((x) => x * x - 2, [0, 2], { tol: 1e-12 })).toBeCloseTo(Math.SQRT2, 10);
  });
  it("returns null without a sign change and rejects an empty range", () => {
    expect(crossing((x) => x * x + 1, [0, 2])).toBeNull();
    expect(() => crossing((x) => x, [1, 1])).toThrow(/invalid crossing range/);
  });
});

describe("delayedHopf(linearAt, range)", () => {
  it("finds τ_c = π/(2a) for x′ = −a x(t − τ) and the frequency a/2π (Hayes 1950; 1e-6)", () => {
    const a = 0.3;
    const h = delayedHopf((tau) => ({ A0: [[0]], delayed: [{ tau, A: [[-a]] }] }), [1, 10], { tol: 1e-9, search: { re: [-1, 1], im: [0, 2] } })!;
    expect(h.p).toBeCloseTo(Math.PI / (2 * a), 6);
    expect(h.frequency).toBeCloseTo((1000 * a) / (2 * Math.PI), 4);
    expect(Math.abs(h.root.re)).toBeLessThan(1e-6);
  });
  it("returns null when the system is stable over the whole range", () => {
    expect(delayedHopf((tau) => ({ A0: [[0]], delayed: [{ tau, A: [[-0.3]] }] }), [1, 4], { search: { re: [-1, 1], im: [0, 2] } })).toBeNull();
  });
});

describe("onsetFromAmplitudes(p, A)", () => {
  it("recovers p_c and k of an exact square-root law A = √(k (p − p_c)), ignoring points below onset", () => {
    const p = [0.2, 0.25, 0.31, 0.33, 0.36, 0.4], A = p.map((x) => (x > 0.3 ? Math.sqrt(50 * (x - 0.3)) : 0));
    const r = onsetFromAmplitudes(p, A, { minAmplitude: 1e-9 });
    expect(r.onset).toBeCloseTo(0.3, 12);
    expect(r.slope).toBeCloseTo(50, 10);
    expect(r.used).toBe(4);
  });
  it("gives NaN with fewer than two oscillating points, and rejects unequal lengths", () => {
    expect(onsetFromAmplitudes([0.1, 0.2], [0, 1]).onset).toBeNaN();
    expect(() => onsetFromAmplitudes([1, 2], [1])).toThrow(/2 parameters and 1 amplitudes/);
  });
});
