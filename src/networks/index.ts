export { coba, COBA_INIT } from "./coba.js";
export type { CobaOptions } from "./coba.js";
export { cuba } from "./cuba.js";
export type { CubaOptions } from "./cuba.js";
export { brunel, BRUNEL_REGIMES, BRUNEL_STATES } from "./brunel.js";
export type { BrunelOptions } from "./brunel.js";

export { cobahh, COBAHH_INIT } from "./cobahh.js";
export type { CobahhOptions } from "./cobahh.js";
export { addKick, COBA_KICK } from "./kick.js";
export type { KickOptions } from "./kick.js";
export type { Precision } from "../engine/population.js";
