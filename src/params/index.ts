export { quantity, readParams, setUnitParser, closest, editDistance } from "./quantity.js";
export type { Quantity, Range, ParamSpec, Schema, Params, UnitParser } from "./quantity.js";
export { warnOnce, setWarningHandler, resetWarnings } from "./warn.js";
export { UNITS } from "./units.js";
export { notebookParams } from "./notebook.js";
export type { NotebookParams, ParamRow } from "./notebook.js";
