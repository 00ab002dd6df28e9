import { describe, expect, it } from "vitest";
import { EXPREL_F32, EXPREL_F64, EXPREL_POLY_MIN, exprel, exprelChebyshev } from "../../src/engine/exprel.js";

/** max |p(x)/exprel(x) − 1| over a fine grid of [−0.6, 0), with exprel from Math.expm1 (accurate to 1 ulp). */
function maxRelError(a: readonly number[]): number {
  let m = 0;
  for (let k = 1; k <= 60000; k++) {
    const x = (-0.6 * k) / 60000;
    let p = 0;
    for (let j = a.length - 1; j >= 0; j--) p = p * x + a[j];
    m = Math.max(m, Math.abs(p / (Math.expm1(x) / x) - 1));
  }
  return m;
}

describe("exprel", () => {
  it("exprelChebyshev(d) derives the written-out coefficients (to 1e−12 relative)", () => {
    exprelChebyshev(8).forEach((a, j) => expect(Math.abs(a / EXPREL_F64[j] - 1)).toBeLessThan(1e-12));
    exprelChebyshev(5).forEach((a, j) => expect(Math.abs(a / EXPREL_F32[j] - 1)).toBeLessThan(1e-12));
  });
  it("degree 8 is within 2.2e−14 of (e^x − 1)/x on [−0.6, 0]; degree 5 within 1e−8 (float32 resolution 6e−8)", () => {
    expect(maxRelError(EXPREL_F64)).toBeLessThan(2.2e-14);
    expect(maxRelError(EXPREL_F32)).toBeLessThan(1e-8);
  });
  it("exprel(x) matches expm1(x)/x on both sides of the hand-over at −0.6 (1e−13 relative) and is 1 at 0 to 2e−14", () => {
    for (const x of [-1e-9, -0.01, -0.3, -0.5999, EXPREL_POLY_MIN, -0.61, -2, -50]) {
      expect(Math.abs(exprel(x) / (Math.expm1(x) / x) - 1)).toBeLessThan(1e-13);
    }
    expect(Math.abs(exprel(0) - 1)).toBeLessThan(2e-14);
  });
});
