export { RetrogradeSuppression, RETROGRADE_SCHEMA } from "./retrograde.js";
