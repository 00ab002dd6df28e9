/**
 * Populations live in the engine (engine/population.ts): a population of any model, its arrays
 * allocated from the model's declaration. `NeuronPopulation` is the name the network API uses.
 */
export { Population as NeuronPopulation } from "../engine/population.js";
export type { Population } from "../engine/population.js";
export type { SpikeEmitter, InitialState } from "../engine/population.js";
export type { Kind } from "../engine/model.js";
