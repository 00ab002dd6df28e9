export { feedforwardCircuit, feedforwardChain, recurrentEI, dsiCircuit, PRINCIPAL, INTERNEURON, CCK_INTERNEURON } from "./circuits.js";
export type { FeedforwardOptions, ChainOptions, RecurrentOptions, DsiOptions } from "./circuits.js";
export { pairedTrials, pairedInputCircuit } from "./paired.js";
export type { PairedSchedule, PairedOptions } from "./paired.js";
