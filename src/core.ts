/**
 * tightrope's core only: models, simulation, analysis and sweeps, without the edges (no Plot,
 * arquero, mathjs, linkedom or tslab), so it loads fast — sweep workers import this. Parameters are
 * plain numbers in the internal units (strings with units need the units edge: import "tightrope").
 */
export * from "./params/index.js";
export * from "./random/index.js";
export * from "./balance/index.js";
export * from "./engine/index.js";
export * from "./models/index.js";
export * from "./network/index.js";
export * from "./inputs/index.js";
export * from "./monitors/index.js";
export * from "./analysis/index.js";
export * from "./dynamics/index.js";
export * from "./gain/index.js";
export * from "./isn/index.js";
export * from "./rhythms/index.js";
export * from "./perturbations/index.js";
export * from "./epilepsy/index.js";
export * from "./pharmacology/index.js";
export * from "./spectral/index.js";
export * from "./probes/index.js";
export * from "./readouts/index.js";
export * from "./dale/index.js";
export * from "./export/index.js";
export * from "./networks/index.js";
export * from "./sweep/index.js";
export * from "./plasticity/index.js";
export * from "./motifs/index.js";
export * from "./criticality/index.js";
export * from "./checks/index.js";
export { VERSION } from "./version.js";
export * from "./perf/index.js";
