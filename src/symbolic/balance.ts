/**
 * The balance equation derived, not typed: from zero net synaptic current
 *   g_E (V0 − E_E) + g_I (V0 − E_I) = 0
 * solve for g_I (linear), divide by g_E, and verify against (E_E − V0)/(V0 − E_I) by simplifying
 * the difference to 0. The same route, with the leak added, gives the steady-state V0.
 */
import { parse, simplify, type MathNode } from "mathjs";
import { provesEqual, solveLinear, tex, type LinearSolution } from "./solve.js";

/** The derivation, its steps in LaTeX, and the checks that it is right. */
export interface BalanceDerivation {
  current: LinearSolution;
  /** g_I / g_E, simplified. */
  ratio: MathNode;
  /** The textbook form it is compared with. */
  expected: MathNode;
  /** simplify(ratio − expected) is 0. */
  verified: boolean;
  /** V0 from g_L(V−E_L) + g_E(V−E_E) + g_I(V−E_I) = 0, solved for V. */
  steadyState: LinearSolution;
  /** That solution equals the conductance-weighted mean of reversal potentials. */
  steadyStateVerified: boolean;
  /** LaTeX lines for display. */
  tex: string[];
}

/** Derives g_I/g_E and the steady-state V0 symbolically and verifies both. */
export function deriveBalance(): BalanceDerivation {
  const current = solveLinear("g_E * (V0 - E_E) + g_I * (V0 - E_I)", "g_I");
  const ratio = simplify(parse(`(${current.solution.toString()}) / g_E`));
  const expected = parse("(E_E - V0) / (V0 - E_I)");
  const steadyState = solveLinear("g_L * (V - E_L) + g_E * (V - E_E) + g_I * (V - E_I)", "V");
  const weighted = "(g_L * E_L + g_E * E_E + g_I * E_I) / (g_L + g_E + g_I)";
  return {
    current,
    ratio,
    expected,
    verified: provesEqual(ratio, expected) && current.residual === "0",
    steadyState,
    steadyStateVerified: provesEqual(steadyState.solution, weighted) && steadyState.residual === "0",
    tex: [
      `${tex(current.f)} = 0`,
      `\\frac{\\partial}{\\partial g_{\\mathrm{I}}}: \\; ${tex(current.slope)}, \\quad \\text{at } g_{\\mathrm{I}} = 0: \\; ${tex(current.f0)}`,
      `g_{\\mathrm{I}} = -\\frac{f(0)}{f'} = ${tex(current.solution)}`,
      `\\frac{g_{\\mathrm{I}}}{g_{\\mathrm{E}}} = ${tex(ratio)}`,
      `V_{0} = ${tex(steadyState.solution)}`,
    ],
  };
}
