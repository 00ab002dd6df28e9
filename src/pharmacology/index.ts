export { halfChange } from "./half-change.js";
export type { HalfChange, HalfChangeOptions } from "./half-change.js";
export { RatePotentiation, ratePotentiation } from "./rate-potentiation.js";
export type { RatePotentiationOptions } from "./rate-potentiation.js";
export { agreementAboveChance, binomialTail } from "./chance-agreement.js";
