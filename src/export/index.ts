/** Export of networks to other simulators: a Brian2 2.5 script from a network spec, and NumPy's .npy arrays it loads. */
export * from "./brian2.js";
export { BRIAN2_MODELS, BRIAN2_UNITS } from "./brian2-models.js";
export * from "./npy.js";
