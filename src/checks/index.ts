export { Checks } from "./checks.js";
export type { CheckRow, CheckKind, CheckValue, CheckOptions, NearOptions, ThatOptions } from "./checks.js";
export { fmt, fmtSpread } from "./format.js";
export { spread, isSpread } from "./spread.js";
export type { Spread } from "./spread.js";
export { runStatus } from "./status.js";
export type { RunStatus, RunStatusOptions } from "./status.js";
