/**
 * The ISN index of a rate network at a point r: the largest real part among the eigenvalues of
 * D_EE W_EE, the excitatory subnetwork's loop gain (D = diag(F′(u*)), W_EE the E→E block). With
 * inhibition frozen at its value, the E subnetwork alone is unstable iff the index exceeds 1; a
 * network that is stable with inhibition and has index > 1 is inhibition-stabilized (Tsodyks et al.
 * 1997; Ozeki et al. 2009). For one excitatory unit the index is w_EE F′_E, and the ISN condition
 * is w_EE F′_E > 1 — in Neuromatch Academy's notation ∂G_E/∂r_E = (w_EE F′_E − 1)/τ_E > 0.
 */
import { eigenvalues } from "../dynamics/eigen.js";
import type { RateSystem } from "../dynamics/rate-system.js";
import { checkPoint } from "../dynamics/system.js";
import { unitIndex } from "./check.js";

/**
 * The ISN index at `r` of the excitatory units `excitatory` (names or indices; default: units with a
 * name starting with "E").
 * @example isnIndex(wc, fp.x)  // w_EE F′_E for an E–I pair; > 1 at a stable point: an ISN
 */
export function isnIndex(sys: RateSystem, r: readonly number[], excitatory?: readonly (string | number)[]): number {
  checkPoint("isnIndex r", sys, r);
  const units = excitatory ?? sys.names.filter((n) => n.startsWith("E"));
  if (units.length === 0) throw new RangeError(`invalid isnIndex excitatory: none (name them; units are ${sys.names.join(", ")})`);
  const idx = units.map((u) => unitIndex("isnIndex excitatory unit", sys, u));
  const u = sys.input(r);
  const slope = idx.map((i) => sys.units[i].F(u[i]).dF);
  const M = idx.map((i, a) => idx.map((j) => slope[a] * sys.W[i][j]));
  return Math.max(...eigenvalues(M).map((e) => e.re));
}
