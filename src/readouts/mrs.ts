/**
 * A didactic model of what magnetic resonance spectroscopy (MRS) reads, and why a Glx/GABA ratio is
 * not a synaptic E:I ratio. Not a model of any measured brain: every pool size below is an assumed
 * round number of the right order, to make one point — tissue pools and synaptic efficacy can move
 * independently.
 *
 * - MRS measures the total concentration of a molecule in a voxel of several cm³, whatever
 *   compartment holds it (Rae 2014, Neurochem Res 39:1): for GABA, the cytosolic pool of neurons,
 *   the metabolic pool (GABA shunt, astrocytes) and the small vesicular pool together. Edited GABA
 *   at 3T (MEGA-PRESS) also contains macromolecule signal, hence "GABA+": 41–49 % of GABA+MM in
 *   three cortical voxels (Shungu et al. 2016, NMR Biomed 29:932). Glx = glutamate + glutamine.
 * - Synaptic inhibition depends on the vesicular pool released per spike and on the receptors of
 *   the target cell, neither of which MRS resolves.
 *
 * {@link mrsReadout} sums the pools (mM, assumed) into GABA+ and Glx; {@link synapticScale} gives
 * the factors by which inhibitory and excitatory synaptic weights change, release ∝ vesicular pool
 * and conductance ∝ receptor fraction. {@link sampleSizeTwoGroups} and {@link groupStudyPower}: how
 * many subjects a group difference needs when subjects vary with coefficient of variation CV
 * (GABA+: 12 % over 272 adults, Mikkelsen et al. 2017, NeuroImage 159:32 — "Big GABA").
 */
import { Rng } from "../random/rng.js";
import { erf } from "../analysis/special.js";
import { studentT } from "../analysis/intervals.js";
import { checkOptions } from "../params/options.js";

/** Tissue pools (mM, assumed round numbers; see the module comment) and receptor fractions (1 = intact). */
export interface MrsPools {
  gabaCytosolic: number; gabaMetabolic: number; gabaVesicular: number;
  /** Macromolecule signal co-edited with GABA, in mM-equivalents. */
  macromolecule: number;
  gluCytosolic: number; gluVesicular: number; glutamine: number;
  /** Fraction of postsynaptic GABA_A / AMPA receptors present (1 = intact). */
  gabaReceptors: number; ampaReceptors: number;
}

/**
 * Default pools: GABA 1 mM (0.6 cytosolic, 0.3 metabolic, 0.1 vesicular), macromolecules 0.82 (45 %
 * of GABA+), glutamate 9 mM (8 cytosolic/metabolic, 1 vesicular), glutamine 3 mM; receptors intact.
 * Orders of magnitude of human cortex (Rae 2014); the splits between compartments are assumptions.
 */
export const MRS_POOLS: Readonly<MrsPools> = { gabaCytosolic: 0.6, gabaMetabolic: 0.3, gabaVesicular: 0.1, macromolecule: 0.82, gluCytosolic: 8, gluVesicular: 1, glutamine: 3, gabaReceptors: 1, ampaReceptors: 1 };

function checkPools(where: string, p: MrsPools): void {
  checkOptions(where, p, Object.keys(MRS_POOLS));
  for (const k of Object.keys(MRS_POOLS) as (keyof MrsPools)[]) {
    if (!(p[k] >= 0 && Number.isFinite(p[k]))) throw new RangeError(`invalid ${where} ${k}: ${p[k]} (expected a finite value ≥ 0)`);
  }
}

/** What MRS reads from the pools: GABA+ = Σ GABA pools + macromolecules, Glx = Σ glutamate + glutamine (mM), their ratio, and the macromolecule share of GABA+. */
export function mrsReadout(pools: MrsPools = MRS_POOLS): { gabaPlus: number; glx: number; glxOverGaba: number; mmShare: number } {
  checkPools("mrsReadout", pools);
  const gabaPlus = pools.gabaCytosolic + pools.gabaMetabolic + pools.gabaVesicular + pools.macromolecule;
  const glx = pools.gluCytosolic + pools.gluVesicular + pools.glutamine;
  return { gabaPlus, glx, glxOverGaba: glx / gabaPlus, mmShare: pools.macromolecule / gabaPlus };
}

/**
 * Factors on synaptic weights relative to `base`: inhibitory = (vesicular GABA / base) × (GABA_A
 * receptors / base), excitatory = (vesicular glutamate / base) × (AMPA receptors / base) — release
 * per spike ∝ the vesicular pool, conductance ∝ receptors (a modelling assumption).
 */
export function synapticScale(pools: MrsPools, base: MrsPools = MRS_POOLS): { inhibitory: number; excitatory: number } {
  checkPools("synapticScale", pools);
  checkPools("synapticScale", base);
  return {
    inhibitory: (pools.gabaVesicular / base.gabaVesicular) * (pools.gabaReceptors / base.gabaReceptors),
    excitatory: (pools.gluVesicular / base.gluVesicular) * (pools.ampaReceptors / base.ampaReceptors),
  };
}

/** Standard normal quantile Φ⁻¹(p), by bisection on erf to 1e-12. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`invalid normalQuantile p: ${p} (expected a probability in (0, 1))`);
  let lo = -40, hi = 40;
  while (hi - lo > 1e-12) { const mid = (lo + hi) / 2; if (0.5 * (1 + erf(mid / Math.SQRT2)) < p) lo = mid; else hi = mid; }
  return (lo + hi) / 2;
}

/**
 * Subjects per group for a two-sided two-sample comparison of means that differ by a relative
 * `difference` when subjects vary with coefficient of variation `cv` (normal approximation):
 * n = 2 (z_{1−α/2} + z_{power})² (cv / difference)², rounded up. Defaults α = 0.05, power 0.8.
 */
export function sampleSizeTwoGroups(options: { cv: number; difference: number; alpha?: number; power?: number }): number {
  checkOptions("sampleSizeTwoGroups", options, ["cv", "difference", "alpha", "power"]);
  const { cv, difference, alpha = 0.05, power = 0.8 } = options;
  if (!(cv > 0 && Number.isFinite(cv))) throw new RangeError(`invalid sampleSizeTwoGroups cv: ${cv} (expected > 0)`);
  if (!(difference > 0 && Number.isFinite(difference))) throw new RangeError(`invalid sampleSizeTwoGroups difference: ${difference} (expected a relative difference > 0)`);
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return Math.ceil(2 * z * z * (cv / difference) ** 2);
}

/**
 * Monte Carlo power of that study: `studies` simulated pairs of groups of n subjects, values
 * 1 × (1 + cv ξ) and (1 − difference) × … with normal ξ and the same absolute sd, compared by
 * Student's two-sample t test (pooled variance, two-sided, level α). Returns the fraction significant.
 */
export function groupStudyPower(options: { cv: number; difference: number; n: number; studies?: number; alpha?: number; seed?: number }): number {
  checkOptions("groupStudyPower", options, ["cv", "difference", "n", "studies", "alpha", "seed"]);
  const { cv, difference, n, studies = 2000, alpha = 0.05, seed = 1 } = options;
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`invalid groupStudyPower n: ${n} (expected a whole number ≥ 2)`);
  if (!(Number.isInteger(studies) && studies >= 1)) throw new RangeError(`invalid groupStudyPower studies: ${studies} (expected a whole number ≥ 1)`);
  if (!(cv > 0) || !(difference >= 0)) throw new RangeError(`invalid groupStudyPower cv ${cv} or difference ${difference} (expected cv > 0, difference ≥ 0)`);
  const rng = new Rng(seed), crit = studentT(1 - alpha, 2 * n - 2);
  let hits = 0;
  for (let s = 0; s < studies; s++) {
    let s1 = 0, q1 = 0, s2 = 0, q2 = 0;
    for (let i = 0; i < n; i++) {
      const a = 1 + cv * rng.normal(), b = 1 - difference + cv * rng.normal();
      s1 += a; q1 += a * a; s2 += b; q2 += b * b;
    }
    const m1 = s1 / n, m2 = s2 / n;
    const pooled = ((q1 - n * m1 * m1) + (q2 - n * m2 * m2)) / (2 * n - 2);
    if (Math.abs(m1 - m2) / Math.sqrt(pooled * 2 / n) > crit) hits++;
  }
  return hits / studies;
}
