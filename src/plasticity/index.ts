export { RetrogradeSuppression, RETROGRADE_SCHEMA } from "./retrograde.js";
export { ShortTermPlasticity, STP_SCHEMA } from "./short-term.js";
export { InhibitoryScaling, ExcitatoryScaling, SCALING_SCHEMA, scalingLinearisation, scalingDeviation } from "./homeostatic.js";
export type { ScalingLinearisation } from "./homeostatic.js";
export { InhibitorySTDP, ISTDP_SCHEMA } from "./istdp.js";
export type { ISTDPDrift } from "./istdp.js";
