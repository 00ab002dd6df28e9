export { linearResponse } from "./linear-response.js";
export { paradoxicalResponse } from "./paradoxical.js";
export type { ParadoxicalResponse } from "./paradoxical.js";
export { isnIndex } from "./isn-index.js";
export { isnNetwork, isnNeuron, ISN_DEFAULTS } from "./network.js";
export type { IsnNetworkOptions } from "./network.js";
