export { lif, tauMembrane, LifModel, LIF_SCHEMA, LIF_VARYING } from "./lif.js";
export type { LifOptions, SynapseType, VaryingName } from "./lif.js";
export { mgBlock, peakFactor, FAST_RECEPTOR_SCHEMA, SLOW_RECEPTOR_SCHEMA, RECEPTOR_ALIASES } from "./receptors.js";
export type { SlowReceptor } from "./receptors.js";
export { simulatePointConductance, pointConductanceSteadyState, POINT_CONDUCTANCE_SCHEMA } from "./point-conductance-sim.js";
export type { PointConductanceOptions, PointConductanceTrace } from "./point-conductance-sim.js";
export { rateUnit, RateModel, RATE_SCHEMA } from "./rate.js";
export type { RateOptions } from "./rate.js";
export type { Transfer, RateConstants } from "./rate-step.js";
export { RateProjection } from "./rate-projection.js";
export { RateHistory, rateHistory, MAX_RATE_DELAY_STEPS } from "./rate-history.js";
export { adex, ADEX_SCHEMA, ADEX_VARYING, type AdexOptions, type AdexModel, type AdexConstants } from "./adex.js";
export { pointConductance, POINT_CONDUCTANCE_MODEL_SCHEMA, POINT_CONDUCTANCE_VARYING, type PointConductanceModelOptions,
  type PointConductanceConstants } from "./point-conductance.js";
export { wangBuzsaki, WANG_BUZSAKI } from "./wang-buzsaki.js";
export type { WangBuzsakiOptions } from "./wang-buzsaki.js";
export { traubMiles, TRAUB_MILES } from "./traub-miles.js";
export type { TraubMilesOptions } from "./traub-miles.js";
export { perArea } from "./hh.js";
