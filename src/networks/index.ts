export { coba, COBA_INIT } from "./coba.js";
export type { CobaOptions } from "./coba.js";
export { cuba } from "./cuba.js";
export type { CubaOptions } from "./cuba.js";
export { brunel, BRUNEL_REGIMES } from "./brunel.js";
export type { BrunelOptions } from "./brunel.js";
