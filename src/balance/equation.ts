/**
 * The balance equation. A membrane sits at V0 with no net synaptic current when
 *   g_E (V0 − E_E) + g_I (V0 − E_I) = 0   ⇒   g_I / g_E = (E_E − V0) / (V0 − E_I).
 * With E_E = 0 mV, E_I = −75 mV and V0 = −60 mV the inhibitory conductance must be 4× the
 * excitatory one (3× for E_I = −80 mV). Because the ratio does not depend on g_E, inhibition that
 * co-scales with excitation holds V0 fixed (Shu et al. 2003; Haider et al. 2006; Isaacson & Scanziani 2011).
 *
 * Units: mV for potentials, nS for conductances (internal units, see src/params/units.ts).
 */
import { readParams, type Quantity } from "../params/quantity.js";

const V = (doc: string, def?: number) => ({ unit: "mV", default: def, doc });
const G = (doc: string, def?: number) => ({ unit: "nS", min: 0, default: def, doc });

/** Reversal potentials and target voltage of the balance equation. */
export const BALANCE_SCHEMA = {
  V0: V("membrane potential to hold"),
  E_E: V("excitatory reversal potential", 0),
  E_I: V("inhibitory reversal potential", -75),
};

/** Inputs of {@link balanceRatio}: numbers in mV or strings with units. */
export interface BalanceInput {
  /** Target membrane potential V0 (required), strictly between E_I and E_E. */
  V0: Quantity;
  /** Excitatory reversal potential (default 0 mV). */
  E_E?: Quantity;
  /** Inhibitory reversal potential (default −75 mV). */
  E_I?: Quantity;
}

function checkBetween(V0: number, E_E: number, E_I: number): void {
  if (!(E_I < V0 && V0 < E_E)) {
    throw new RangeError(`invalid V0: ${V0} mV (expected between E_I = ${E_I} mV and E_E = ${E_E} mV: ` +
      `outside that interval excitation and inhibition push the same way and cannot balance)`);
  }
}

/**
 * The inhibitory-to-excitatory conductance ratio that holds the membrane at V0:
 * g_I/g_E = (E_E − V0)/(V0 − E_I). Dimensionless.
 * @example balanceRatio({ V0: "-60 mV" }) // 4 (E_E = 0, E_I = −75 mV)
 */
export function balanceRatio(input: BalanceInput): number {
  const { V0, E_E, E_I } = readParams(BALANCE_SCHEMA, { ...input }, "balanceRatio");
  checkBetween(V0, E_E, E_I);
  return (E_E - V0) / (V0 - E_I);
}

/** Schema of {@link requiredInhibition}: leak, excitation and reversal potentials. */
export const REQUIRED_INHIBITION_SCHEMA = {
  ...BALANCE_SCHEMA,
  g_E: G("excitatory conductance"),
  g_L: G("leak conductance", 0),
  E_L: V("leak reversal potential", -70),
};

/** Inputs of {@link requiredInhibition}. */
export interface RequiredInhibitionInput extends BalanceInput {
  /** Excitatory conductance (nS). */
  g_E: Quantity;
  /** Leak conductance (nS, default 0: the pure balance equation). */
  g_L?: Quantity;
  /** Leak reversal potential (mV, default −70). */
  E_L?: Quantity;
}

/**
 * The inhibitory conductance (nS) that makes V0 the steady state, leak included:
 *   g_L (V0 − E_L) + g_E (V0 − E_E) + g_I (V0 − E_I) = 0
 *   ⇒ g_I = −[g_L (V0 − E_L) + g_E (V0 − E_E)] / (V0 − E_I).
 * With g_L = 0 this is g_E times {@link balanceRatio}. Throws a RangeError when the answer would be
 * negative (excitation too weak to hold V0 against the leak).
 */
export function requiredInhibition(input: RequiredInhibitionInput): number {
  const p = readParams(REQUIRED_INHIBITION_SCHEMA, { ...input }, "requiredInhibition");
  checkBetween(p.V0, p.E_E, p.E_I);
  const gI = -(p.g_L * (p.V0 - p.E_L) + p.g_E * (p.V0 - p.E_E)) / (p.V0 - p.E_I);
  if (gI < 0) {
    throw new RangeError(`invalid g_E: ${p.g_E} nS is too weak to hold V0 = ${p.V0} mV against the leak ` +
      `(g_L = ${p.g_L} nS at E_L = ${p.E_L} mV); the required g_I would be ${gI.toFixed(3)} nS < 0`);
  }
  return gI;
}
