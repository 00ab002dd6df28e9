export { parseQuantity, enableUnits } from "./parse.js";
