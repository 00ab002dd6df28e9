export { feedforwardCircuit, feedforwardChain, recurrentEI, dsiCircuit, PRINCIPAL, INTERNEURON } from "./circuits.js";
export type { FeedforwardOptions, ChainOptions, RecurrentOptions, DsiOptions } from "./circuits.js";
