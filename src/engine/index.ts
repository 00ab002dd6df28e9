export type { Kind, Variable, VaryingSpec, Receptor, PopulationState, Kernel, ModelSpec, Model } from "./model.js";
export type { Component, Ctx, Phase } from "./component.js";
export { PHASES } from "./component.js";
export { Population } from "./population.js";
export type { SpikeEmitter, InitialState } from "./population.js";
export { registerModel, modelFromSpec, modelTypes } from "./registry.js";
export { STREAMS } from "./streams.js";
export type { FloatArray } from "./model.js";
export type { Precision } from "./population.js";
/** The kernel IR: a neuron model's step as a branch-free program over its arrays, from which the engine generates WebAssembly kernels (see engine/kernel-ir.ts). */
export * as kernelIR from "./kernel-ir.js";
export type { KernelProgram, ProgramArray, Expr, Stmt } from "./kernel-ir.js";
export { wasmKernel } from "./wasm/instance.js";
export { exprel } from "./exprel.js";
