import { describe, expect, it } from "vitest";
import { characteristic, characteristicRoots, rightmostRoot } from "../../src/dynamics/delay.js";

describe("characteristicRoots(sys)", () => {
  it("finds the pure-imaginary root of x′ = −a x(t − τ) at aτ = π/2: λ = i a (analytic, 1e-9)", () => {
    // Hayes 1950: x′ = −a x(t−τ) is stable iff aτ < π/2; at aτ = π/2 the rightmost pair is ±i a
    const a = 0.5, tau = Math.PI / (2 * a);
    const r = rightmostRoot({ A0: [[0]], delayed: [{ tau, A: [[-a]] }] }, { re: [-1, 1], im: [0, 2] })!;
    expect(Math.abs(r.re)).toBeLessThan(1e-9);
    expect(r.im).toBeCloseTo(a, 9);
  });
  it("moves the rightmost root right as the delay grows (stable below aτ = π/2, unstable above)", () => {
    const a = 0.5, re = (tau: number) => rightmostRoot({ A0: [[0]], delayed: [{ tau, A: [[-a]] }] }, { re: [-2, 1], im: [0, 2] })!.re;
    expect(re(2)).toBeLessThan(0);
    expect(re(4)).toBeGreaterThan(0);
    expect(re(2)).toBeLessThan(re(3));
  });
  it("reduces to the eigenvalues when there are no delays", () => {
    const roots = characteristicRoots({ A0: [[-1, 2], [-2, -1]], delayed: [] }, { re: [-3, 1], im: [0, 4] });
    expect(roots.length).toBe(1);
    expect(roots[0].re).toBeCloseTo(-1, 10);
    expect(roots[0].im).toBeCloseTo(2, 10);
  });
  it("evaluates det(λ − A₀ − A₁e^{−λτ}) at a point (closed form for 1×1)", () => {
    const d = characteristic({ A0: [[-1]], delayed: [{ tau: 2, A: [[0.5]] }] }, { re: 0.1, im: 0.3 });
    const m = Math.exp(-0.2), e = [m * Math.cos(-0.6), m * Math.sin(-0.6)];
    expect(d.re).toBeCloseTo(0.1 + 1 - 0.5 * e[0], 14);
    expect(d.im).toBeCloseTo(0.3 - 0.5 * e[1], 14);
  });
  it("rejects non-positive delays and unknown options", () => {
    expect(() => characteristicRoots({ A0: [[0]], delayed: [{ tau: 0, A: [[1]] }] })).toThrow(/delayed\[0\]\.tau: 0/);
    expect(() => characteristicRoots({ A0: [[0]], delayed: [] }, { imag: [0, 1] } as never)).toThrow(/did you mean im/);
  });
});
