export { Network } from "./network.js";
export { NetworkBase } from "./base.js";
export type { NetworkOptions, ConnectOptions, RunStats } from "./base.js";
export { NeuronPopulation } from "./population.js";
export type { Kind, InitialState, SpikeEmitter } from "./population.js";
export { Projection } from "./projection.js";

export { connect, pairsToCsr } from "./connect.js";
export type { Rule, Csr } from "./connect.js";
export { fill, sample, isConstant } from "./values.js";
export type { Varying, Distribution } from "./values.js";
export { setProgressFactory } from "./progress.js";
export type { ProgressFactory, ProgressReporter } from "./progress.js";
export { checkSign, checkTimeStep } from "./checks.js";
export { checkWeightScale, hasUnits, SI_SUSPECT_BELOW } from "./checks.js";
export { toSteps, toStepsEach, roundSteps, STEP_TOLERANCE } from "./steps.js";
export type { StepOptions } from "./steps.js";
export { synapseWeights, synapseDelays, WEIGHT_UNIT, MAX_DELAY_STEPS } from "./synapses.js";
export { describeNetwork, describePopulation, describeProjection } from "./describe.js";
