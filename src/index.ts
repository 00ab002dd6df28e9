/**
 * tightrope: excitatory–inhibitory balance in TypeScript.
 *
 * Core (`./core.js`: numbers and typed arrays in the internal unit system of `UNITS`; no Plot,
 * arquero or mathjs): params, random, balance, neurons, network, inputs, monitors, analysis,
 * networks, sweep, perf. Edges: units and symbolic (mathjs), tables (arquero), figures (Plot), display
 * (tslab, linkedom, resvg). Importing this module registers the unit parser, so every parameter may
 * be given as a string with units ("-60 mV", "10 nS", "200 pF"), and the notebook progress bar.
 */
import "./units/parse.js";

export * from "./core.js";
export * from "./units/index.js";
export * from "./symbolic/index.js";
export * from "./tables/index.js";
export * from "./figures/index.js";
export * from "./display/index.js";
