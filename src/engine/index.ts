export type { Kind, Variable, VaryingSpec, Receptor, PopulationState, Kernel, ModelSpec, Model } from "./model.js";
export type { Component, Ctx, Phase } from "./component.js";
export { PHASES } from "./component.js";
export { Population } from "./population.js";
export type { SpikeEmitter, InitialState } from "./population.js";
export { registerModel, modelFromSpec, modelTypes } from "./registry.js";
export { STREAMS } from "./streams.js";
