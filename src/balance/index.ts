export { balanceRatio, requiredInhibition, BALANCE_SCHEMA, REQUIRED_INHIBITION_SCHEMA } from "./equation.js";
export type { BalanceInput, RequiredInhibitionInput } from "./equation.js";
export { steadyStateV, tauEff, inputResistance, MEMBRANE_SCHEMA, TAU_SCHEMA } from "./membrane.js";
export type { MembraneInput, TauInput } from "./membrane.js";
export { coScalingSweep } from "./coscaling.js";
export type { CoScalingRow } from "./coscaling.js";
export { conductanceClamp, CLAMP_TAU_SYN } from "./clamp.js";
export type { ClampCase, ClampOptions, ClampResult } from "./clamp.js";
