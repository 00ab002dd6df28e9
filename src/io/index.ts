export { writeCSV, readCSV, csvNumber } from "./csv.js";
export { writeJSON, readJSON, jsonNumber } from "./json.js";
export { writeArrow, readArrow } from "./arrow.js";
export { writeParquet, readParquet } from "./parquet.js";
export { toFrame, fromFrame } from "./frame.js";
export type { ColumnType, ColumnValues, ExportOptions, Exportable, Frame, FrameColumn, FrameHeader, Imported, SpikesPopulation, TracesPopulation } from "./frame.js";
