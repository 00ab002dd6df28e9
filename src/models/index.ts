export { rateUnit, RateModel, RATE_SCHEMA } from "./rate.js";
export type { RateOptions } from "./rate.js";
export type { Transfer, RateConstants } from "./rate-step.js";
export { RateProjection } from "./rate-projection.js";
export { RateHistory, rateHistory, MAX_RATE_DELAY_STEPS } from "./rate-history.js";
