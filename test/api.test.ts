/**
 * The public API is an explicit list (src/index.ts): every value a folder's index.ts exports is in
 * it, and the internals are not.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as core from "../src/core.js";

const INTERNAL = ["NetworkBase", "connect", "pairsToCsr", "kernelSource", "kernelFlags", "lifKernel", "kernelFor", "stepConductance",
  "stepCurrent", "stepDelta", "stepConstants", "setUnitParser", "setProgressFactory", "goldenMin", "nelderMead", "checkSign",
  "checkTimeStep", "checkWeightScale", "synapseWeights", "synapseDelays", "fill", "sample", "describeNetwork", "Slab", "compileKernel"];

describe("public API", () => {
  it("leaves the internals out", () => {
    for (const name of INTERNAL) expect(Object.keys(api), name).not.toContain(name);
  });
  it("has every value of the core's folder indexes, and the model-writing contract", () => {
    const missing = Object.keys(core).filter((k) => !(k in api));
    expect(missing).toEqual([]);
    for (const name of ["Network", "lif", "registerModel", "Population", "PHASES", "mapSpec", "Checks", "VERSION"]) expect(api).toHaveProperty(name);
  });
});
