export { lif, tauMembrane, LifModel, LIF_SCHEMA, LIF_VARYING } from "./lif.js";
export type { LifOptions, SynapseType, VaryingName } from "./lif.js";
export { stepConstants, exprel } from "./lif-step.js";
export type { StepConstants } from "./lif-step.js";
export { mgBlock, peakFactor, FAST_RECEPTOR_SCHEMA, SLOW_RECEPTOR_SCHEMA, RECEPTOR_ALIASES } from "./receptors.js";
export type { SlowReceptor } from "./receptors.js";
export { simulatePointConductance, pointConductanceSteadyState, POINT_CONDUCTANCE_SCHEMA } from "./point-conductance-sim.js";
export type { PointConductanceOptions, PointConductanceTrace } from "./point-conductance-sim.js";
