/** The criticality functions refuse unknown option names with a guess (a misspelt option would silently use its default). */
import { describe, expect, it } from "vitest";
import { branchingAvalanches, branchingProcess } from "../../src/criticality/branching.js";
import { avalanchesFromSpikes } from "../../src/criticality/avalanches.js";
import { fitPowerLaw, powerLawPValue, samplePowerLaw } from "../../src/criticality/powerlaw.js";
import { mrEstimate } from "../../src/criticality/mr.js";
import { sizeDurationExponent } from "../../src/criticality/crackling.js";
import { fitAvalanches, mrSubsampling } from "../../src/criticality/experiments.js";
import { nelderMead } from "../../src/criticality/optimize.js";
import { eiBranchingNetwork, eiBranchingRatio, eiCollisionCorrection } from "../../src/criticality/ei-network.js";

const x = Float64Array.from({ length: 200 }, (_, k) => 1 + k);
const fit = { alpha: 2, xmin: 1, n: 200, D: 0.1, discrete: false, sigma: 0.1 } as never;

const unknown: [string, () => unknown, RegExp][] = [
  ["branchingProcess", () => branchingProcess({ N: 100, m: 0.9, steps: 10, seeds: 2 } as never), /unknown option seeds for branchingProcess; did you mean seed\?/],
  ["branchingAvalanches", () => branchingAvalanches({ m: 0.9, count: 10, maxsize: 100 } as never), /unknown option maxsize for branchingAvalanches; did you mean maxSize\?/],
  ["avalanchesFromSpikes", () => avalanchesFromSpikes([1, 2, 3], { bins: 1 } as never), /unknown option bins for avalanchesFromSpikes; did you mean bin\?/],
  ["fitPowerLaw", () => fitPowerLaw(x, { descrete: true } as never), /unknown option descrete for fitPowerLaw; did you mean discrete\?/],
  ["samplePowerLaw", () => samplePowerLaw(10, 2, 1, { seed: 3 } as never), /unknown option seed for samplePowerLaw \(expected one of discrete, rng\)/],
  ["powerLawPValue", () => powerLawPValue(x, fit, { bootstrap: 10 } as never), /unknown option bootstrap for powerLawPValue; did you mean bootstraps\?/],
  ["mrEstimate", () => mrEstimate(x, { kMax: 10 } as never), /unknown option kMax for mrEstimate; did you mean kmax\?/],
  ["sizeDurationExponent", () => sizeDurationExponent(x, x, { minCounts: 2 } as never), /unknown option minCounts for sizeDurationExponent; did you mean minCount\?/],
  ["fitAvalanches", () => fitAvalanches({ sizes: x, durations: x }, { bootstrap: 5 } as never), /unknown option bootstrap for fitAvalanches; did you mean bootstraps\?/],
  ["mrSubsampling", () => mrSubsampling(x, { N: 10, levels: [5], kMax: 3 } as never), /unknown option kMax for mrSubsampling; did you mean kmax\?/],
  ["nelderMead", () => nelderMead((v) => v[0] ** 2, [1], { iteration: 10 } as never), /unknown option iteration for nelderMead; did you mean iterations\?/],
  ["eiBranchingRatio", () => eiBranchingRatio({ wE: 0.1, wI: 0.2, k: 10 } as never), /unknown option k for eiBranchingRatio; did you mean K\?/],
  ["eiBranchingNetwork", () => eiBranchingNetwork({ wE: 0.1, wI: 0.2, steps: 10, maxEvent: 5 } as never), /unknown option maxEvent for eiBranchingNetwork; did you mean maxEvents\?/],
  ["eiCollisionCorrection", () => eiCollisionCorrection(x, { wE: 0.1, M: 1 } as never), /unknown option M for eiCollisionCorrection; did you mean m\?/],
];

describe("criticality options", () => {
  it.each(unknown)("%s refuses an unknown option name with a guess", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
  it("eiBranchingRatio takes the network's options (steps, h, maxEvents and seed do not change m)", () => {
    const o = { wE: 0.13, wI: 0.26, steps: 10, h: 0.01, maxEvents: 100, seed: 3 };
    expect(eiBranchingRatio(o)).toBe(eiBranchingRatio({ wE: 0.13, wI: 0.26 }));
  });
});
