/** Neuron models behind the engine's Model contract (src/engine/model.ts). */
export * from "./receptors.js";
export { perArea } from "./hh.js";
export { wangBuzsaki, WANG_BUZSAKI, type WangBuzsakiOptions } from "./wang-buzsaki.js";
export { traubMiles, TRAUB_MILES, type TraubMilesOptions } from "./traub-miles.js";
