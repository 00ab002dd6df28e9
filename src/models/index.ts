export * from "./receptors.js";
export * from "./adex.js";
export * from "./point-conductance.js";
