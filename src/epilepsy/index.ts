export { linearEIFixedPoint } from "./linear-ei.js";
export type { LinearEI } from "./linear-ei.js";
export { runawayFraction } from "./runaway-fraction.js";
export { seizureLike } from "./seizure-like.js";
export type { SeizureLike, SeizureLikeOptions } from "./seizure-like.js";
export { firingRange } from "./firing-range.js";
export { populationGamma } from "./population-gamma.js";
export type { PopulationGamma, PopulationGammaOptions } from "./population-gamma.js";
