/**
 * Neuromatch Academy W2D4's Wilson–Cowan pair as a rate system, and the tutorial's peer values
 * (bench/results/wilson-cowan-nma.json, computed with SciPy by bench/wilson-cowan/nma.py).
 */
import { readFileSync } from "node:fs";
import { rateSystem, transferFunction } from "../../src/dynamics/rate-system.js";

export const NMA = JSON.parse(readFileSync(new URL("../../bench/results/wilson-cowan-nma.json", import.meta.url), "utf8"));

/** NMA's E–I pair: weights from I carry their sign (−w_EI, −w_II). */
export function nmaSystem(p: Record<string, number>) {
  return rateSystem({
    units: [
      { name: "E", tau: p.tau_E, F: transferFunction("sigmoid", { gain: p.a_E, theta: p.theta_E }), I: p.I_ext_E },
      { name: "I", tau: p.tau_I, F: transferFunction("sigmoid", { gain: p.a_I, theta: p.theta_I }), I: p.I_ext_I },
    ],
    W: [[p.wEE, -p.wEI], [p.wIE, -p.wII]],
  });
}
