export { Rng, deriveSeed, logFactorial } from "./rng.js";
