export { lif, tauMembrane, LIF_SCHEMA, LIF_VARYING } from "./lif.js";
export type { LifModel, LifOptions, SynapseType, VaryingName } from "./lif.js";
export { stepConductance, stepCurrent, stepDelta, stepConstants } from "./step.js";
export type { StepConstants } from "./step.js";
export { kernelFor, kernelFlags, kernelSource } from "./kernels.js";
export type { Kernel, KernelFlags } from "./kernels.js";
export { simulatePointConductance, pointConductanceSteadyState, POINT_CONDUCTANCE_SCHEMA } from "./point-conductance.js";
export type { PointConductanceOptions, PointConductanceTrace } from "./point-conductance.js";
