export { PoissonInput } from "./poisson-input.js";
export type { PoissonInputOptions } from "./poisson-input.js";
export { PoissonSource, SpikeTimesSource, MipSource, volleys, bernoulliIndices } from "./sources.js";
export type { Source, VolleyOptions, PoissonSourceOptions, SpikeTimesOptions, MipOptions } from "./sources.js";
export { CurrentInput } from "./currents.js";
export type { CurrentOptions } from "./currents.js";
export { rateFunction } from "./rate.js";
export type { Rate } from "./rate.js";
