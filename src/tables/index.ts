export { paramTable } from "./params.js";
export { rowsTable } from "./rows.js";
export { spikesTable, rateTable, tracesTable } from "./network.js";
export { checksTable } from "./checks.js";
export { writeTable, guardExports, EXPORT_ROW_LIMIT } from "./export.js";
