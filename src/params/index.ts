export { quantity, readParams, closest } from "./quantity.js";
export type { Quantity, Range, ParamSpec, Schema, Params, UnitParser } from "./quantity.js";
export { warnOnce, setWarningHandler, resetWarnings, Warnings } from "./warn.js";
export type { Warn } from "./warn.js";
export { UNITS } from "./units.js";
export { notebookParams } from "./notebook.js";
export type { NotebookParams, ParamRow } from "./notebook.js";
export { checkOptions } from "./options.js";
