export { halfChange } from "./half-change.js";
export type { HalfChange, HalfChangeOptions } from "./half-change.js";
