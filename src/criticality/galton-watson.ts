/**
 * Exact results for the avalanches of a branching process with Poisson(m) offspring started by one
 * unit (a Galton–Watson process; Harris 1963, ch. I): the references the simulated avalanches are
 * checked against. Durations T count the generations with at least one active unit (the seed is
 * generation 1), sizes S the active units summed over generations, as in `branchingAvalanches`.
 *
 * With the offspring generating function f(s) = e^{m(s−1)} and G_t(x) = E[x^S; T ≤ t],
 *   G_t(x) = x f(G_{t−1}(x)),  G_0 = 0,
 * so g_t = P(T ≤ t) = f(g_{t−1}) and h_t = E[S; T ≤ t] = G_t′(1) = g_t (1 + m h_{t−1}). Then
 *   P(T = t) = g_t − g_{t−1},  ⟨S⟩(T = t) = (h_t − h_{t−1}) / (g_t − g_{t−1}).
 * At m = 1, P(T = t) ~ 2/t² and ⟨S⟩(T) grows with a local slope d ln⟨S⟩/d ln T that approaches 2
 * only slowly (≈ 1.83 fitted over T = 10…50), so a γ fitted on short avalanches falls short of 2.
 * The complement q_t = 1 − g_t = −expm1(−m q_{t−1}) is iterated to keep precision where g_t → 1.
 */
import { logLogSlope } from "./crackling.js";

/** Probability that the process started by one unit eventually dies out: the smallest root of q = e^{m(q−1)} (1 for m ≤ 1). */
export function extinctionProbability(m: number): number {
  if (!(m >= 0) || !Number.isFinite(m)) throw new RangeError(`invalid m: ${m} (expected a finite branching ratio ≥ 0)`);
  if (m <= 1) return 1;
  let q = 0;
  for (let k = 0; k < 10000; k++) { const next = Math.exp(m * (q - 1)); if (Math.abs(next - q) < 1e-15) return next; q = next; }
  return q;
}

/** Exact duration distribution P(T = t) and mean size ⟨S⟩(T = t) for t = 1…maxDuration (index t − 1). */
export function durationStats(m: number, maxDuration: number): { P: Float64Array; meanSize: Float64Array } {
  if (!(m >= 0) || !Number.isFinite(m)) throw new RangeError(`invalid m: ${m} (expected a finite branching ratio ≥ 0)`);
  if (!Number.isInteger(maxDuration) || maxDuration < 1) throw new RangeError(`invalid maxDuration: ${maxDuration} (expected an integer ≥ 1)`);
  const P = new Float64Array(maxDuration), meanSize = new Float64Array(maxDuration);
  let q = 1, h = 0;
  for (let t = 1; t <= maxDuration; t++) {
    const qn = -Math.expm1(-m * q);
    const hn = (1 - qn) * (1 + m * h);
    P[t - 1] = q - qn;
    meanSize[t - 1] = (hn - h) / (q - qn);
    q = qn; h = hn;
  }
  return { P, meanSize };
}

/** The exact γ over the given durations: least-squares slope of ln⟨S⟩(T) against ln T, as `sizeDurationExponent` fits the data. */
export function exactGamma(m: number, durations: readonly number[]): number {
  if (durations.length < 2) throw new RangeError(`invalid durations: ${durations.length} (expected at least 2)`);
  const { meanSize } = durationStats(m, Math.max(...durations));
  return logLogSlope(durations, durations.map((T) => meanSize[T - 1]));
}
