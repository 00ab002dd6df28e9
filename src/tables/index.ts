export { paramTable } from "./params.js";
export { rowsTable } from "./rows.js";
export { spikesTable, rateTable, tracesTable } from "./network.js";
export { checksTable } from "./checks.js";
