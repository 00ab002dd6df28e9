/**
 * Co-scaling: when excitation is strengthened by a factor, inhibition must follow by the same factor
 * to keep the membrane where it was. {@link coScalingSweep} tabulates V0 over a range of excitatory
 * gains with inhibition fixed and with inhibition co-scaled.
 */
import { MEMBRANE_SCHEMA, steadyStateV, type MembraneInput } from "./membrane.js";
import { readParams, quantity } from "../params/quantity.js";

/** One row of a co-scaling sweep. */
export interface CoScalingRow {
  /** Factor applied to g_E (1 = baseline). */
  gain: number;
  /** Excitatory conductance after scaling (nS). */
  g_E: number;
  /** V0 with g_I left at baseline (mV). */
  V0_fixed: number;
  /** g_I when co-scaled (nS). */
  g_I_coscaled: number;
  /** V0 with g_I scaled by the same factor (mV). */
  V0_coscaled: number;
}

/**
 * V0 against excitatory gain, with and without co-scaled inhibition. The baseline conductances
 * come from `membrane` (see {@link steadyStateV}); `gains` are dimensionless factors (> 0).
 * With g_L E_L in the mix, co-scaling holds V0 exactly when V0 = E_L or g_L ≪ g_E + g_I;
 * the sweep shows how close it comes.
 */
export function coScalingSweep(membrane: MembraneInput, gains: readonly number[]): CoScalingRow[] {
  const base = readParams(MEMBRANE_SCHEMA, { ...membrane }, "coScalingSweep");
  return gains.map((g, i) => {
    const gain = quantity(`gains[${i}]`, g, "", { min: 0, exclusiveMin: true });
    const g_E = base.g_E * gain;
    const g_I_coscaled = base.g_I * gain;
    return {
      gain,
      g_E,
      V0_fixed: steadyStateV({ ...base, g_E }),
      g_I_coscaled,
      V0_coscaled: steadyStateV({ ...base, g_E, g_I: g_I_coscaled }),
    };
  });
}
