export { RetrogradeSuppression, RETROGRADE_SCHEMA } from "./retrograde.js";
export { ShortTermPlasticity, STP_SCHEMA } from "./short-term.js";
export { InhibitoryScaling, ExcitatoryScaling, SCALING_SCHEMA } from "./homeostatic.js";
export { InhibitorySTDP, ISTDP_SCHEMA } from "./istdp.js";
