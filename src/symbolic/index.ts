export { solveLinear, provesEqual, substitute, tex } from "./solve.js";
export type { LinearSolution } from "./solve.js";
export { deriveBalance } from "./balance.js";
export type { BalanceDerivation } from "./balance.js";
