/**
 * Retrieval overlap and capacity of the Hopfield network at zero temperature in the replica-symmetric
 * theory of Amit, Gutfreund & Sompolinsky (1985, Phys Rev Lett 55:1530; 1987, Ann Phys 173:30).
 * With y = m/√(2αr), the T = 0 saddle-point equations reduce to
 *
 *   F(y) = erf(y) − y (√(2α) + (2/√π) e^{−y²}) = 0,   m = erf(y),
 *
 * whose non-trivial solution (the retrieval state) exists only for α below α_c ≈ 0.138, where it
 * still has m ≈ 0.967.
 */
import { erf } from "../analysis/special.js";

const F = (y: number, alpha: number) => erf(y) - y * (Math.sqrt(2 * alpha) + (2 / Math.sqrt(Math.PI)) * Math.exp(-y * y));

/**
 * The retrieval overlap m(α) (largest non-trivial root, found by scanning y down from 6 and bisecting),
 * or NaN when there is none (α > α_c).
 * @throws RangeError for α ≤ 0.
 */
export function agsOverlap(alpha: number): number {
  if (!(alpha > 0)) throw new RangeError(`invalid alpha for agsOverlap: ${alpha} (expected > 0)`);
  const dy = 1e-3;
  for (let y = 6; y > dy; y -= dy) {
    if (F(y, alpha) <= 0 && F(y - dy, alpha) > 0) {
      let lo = y - dy, hi = y; // F(lo) > 0 ≥ F(hi)
      for (let k = 0; k < 60; k++) { const mid = (lo + hi) / 2; if (F(mid, alpha) > 0) lo = mid; else hi = mid; }
      return erf((lo + hi) / 2);
    }
  }
  return NaN;
}

/** α_c: the largest α with a retrieval solution (bisection on whether {@link agsOverlap} exists). */
export function agsCapacity(): number {
  let lo = 0.05, hi = 0.3;
  for (let k = 0; k < 40; k++) { const mid = (lo + hi) / 2; if (Number.isNaN(agsOverlap(mid))) hi = mid; else lo = mid; }
  return lo;
}
