export { tmsVolley, pairedPulseSchedule, pairedPulseCounts, pairedPulseCurve, conditionLabel } from "./tms.js";
export type { TmsPulse, PairedPulseCondition, PairedPulseTrial, PairedPulseSchedule, PairedPulsePoint } from "./tms.js";
export { tmsCircuit, TMS_CIRCUIT } from "./tms-circuit.js";
export type { TmsCircuitOptions } from "./tms-circuit.js";
export { mrsReadout, synapticScale, normalQuantile, sampleSizeTwoGroups, groupStudyPower, MRS_POOLS } from "./mrs.js";
export type { MrsPools } from "./mrs.js";
