/**
 * tightrope: excitatory–inhibitory balance in TypeScript.
 *
 * Core (numbers and typed arrays in the internal unit system of `UNITS`; no Plot, arquero or mathjs):
 * params, balance. Edges: units (mathjs), symbolic (mathjs), tables (arquero), figures (Plot),
 * display (tslab, linkedom, resvg). Importing this module registers the unit parser, so every
 * parameter may be given as a string with units ("-60 mV", "10 nS", "200 pF").
 */
import "./units/parse.js";

export * from "./params/index.js";
export * from "./units/index.js";
export * from "./balance/index.js";
export * from "./symbolic/index.js";
export * from "./tables/index.js";
export * from "./figures/index.js";
export * from "./display/index.js";
export * from "./random/index.js";
export * from "./neurons/index.js";
export * from "./network/index.js";
export * from "./inputs/index.js";
export * from "./monitors/index.js";
export * from "./analysis/index.js";
export * from "./networks/index.js";
