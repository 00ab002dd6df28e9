export { SpikeMonitor } from "./spike-monitor.js";
export type { Spikes } from "./spike-monitor.js";
export { RateMonitor } from "./rate-monitor.js";
export type { PopulationCounts } from "./rate-monitor.js";
export { StateMonitor, recordable } from "./state-monitor.js";
export type { StateVariable, StateTraces } from "./state-monitor.js";
