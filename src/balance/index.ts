export { balanceRatio, requiredInhibition, BALANCE_SCHEMA, REQUIRED_INHIBITION_SCHEMA } from "./equation.js";
export type { BalanceInput, RequiredInhibitionInput } from "./equation.js";
export { steadyStateV, tauEff, inputResistance, MEMBRANE_SCHEMA, TAU_SCHEMA } from "./membrane.js";
export type { MembraneInput, TauInput } from "./membrane.js";
export { coScalingSweep } from "./coscaling.js";
export type { CoScalingRow } from "./coscaling.js";
