export { paramTable } from "./params.js";
export { rowsTable } from "./rows.js";
