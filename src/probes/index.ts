export { LfpProbe, lfpProbe } from "./lfp-probe.js";
export type { LfpProbeOptions, LfpTrace } from "./lfp-probe.js";
