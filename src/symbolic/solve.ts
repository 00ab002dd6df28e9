/**
 * Solving an equation that is linear in one unknown, symbolically, with mathjs (which has no
 * `solve`): for f(x) = 0 with f″ = 0, x = −f(0) / f′. The solution is checked by substituting it
 * back and simplifying f to 0.
 */
import { derivative, parse, simplify, type MathNode } from "mathjs";

/** A symbolic solution with the steps that produced it. */
export interface LinearSolution {
  /** The expression f whose root was found (f = 0). */
  f: MathNode;
  /** The unknown. */
  variable: string;
  /** f with the unknown set to 0. */
  f0: MathNode;
  /** ∂f/∂x (independent of x). */
  slope: MathNode;
  /** The root x = −f(0)/f′, simplified. */
  solution: MathNode;
  /** f at the solution N/D, cleared of the denominator — simplify(f′·N + f(0)·D): "0" when right. */
  residual: string;
}

const asNode = (e: string | MathNode): MathNode => (typeof e === "string" ? parse(e) : e);

/** Replaces every occurrence of symbol `name` in `node` by `value`. */
export function substitute(node: MathNode, name: string, value: MathNode): MathNode {
  return node.transform((n) => (n.type === "SymbolNode" && (n as unknown as { name: string }).name === name ? value.cloneDeep() : n));
}

/**
 * Solves f(variable) = 0 for an f linear in `variable`.
 * @throws RangeError when f is not linear in the variable (f″ ≠ 0) or does not depend on it (f′ = 0).
 * @example solveLinear("g_E*(V0 - E_E) + g_I*(V0 - E_I)", "g_I").solution.toString()
 *   // "(E_E - V0) * g_E / (V0 - E_I)"
 */
export function solveLinear(expr: string | MathNode, variable: string): LinearSolution {
  const f = asNode(expr);
  const slope = simplify(derivative(f, variable));
  const curvature = simplify(derivative(slope, variable));
  if (curvature.toString() !== "0") {
    throw new RangeError(`invalid expr: ${f.toString()} is not linear in ${variable} (second derivative ${curvature.toString()}); solveLinear handles f = a·${variable} + b only`);
  }
  if (slope.toString() === "0") {
    throw new RangeError(`invalid variable: ${variable} does not appear in ${f.toString()}`);
  }
  const f0 = simplify(substitute(f, variable, parse("0")));
  const solution = simplify(parse(`-(${f0.toString()}) / (${slope.toString()})`));
  // f is a·x + b, so f(N/D) = (a·N + b·D)/D: check the numerator, which simplify can expand.
  const isDiv = solution.type === "OperatorNode" && (solution as unknown as { fn: string }).fn === "divide";
  const [num, den] = isDiv ? (solution as unknown as { args: MathNode[] }).args : [solution, parse("1")];
  const residual = simplify(parse(`(${slope.toString()}) * (${num.toString()}) + (${f0.toString()}) * (${den.toString()})`)).toString();
  return { f, variable, f0, slope, solution, residual };
}

/** Whether two expressions are equal, by simplifying their difference to 0. */
export function provesEqual(a: string | MathNode, b: string | MathNode): boolean {
  return simplify(parse(`(${asNode(a).toString()}) - (${asNode(b).toString()})`)).toString() === "0";
}

/** LaTeX with subscripts for names like g_E or E_I (mathjs would print g\_E). */
export function tex(node: string | MathNode): string {
  return asNode(node).toTex({
    parenthesis: "auto",
    handler: (n: MathNode) => {
      if (n.type !== "SymbolNode") return undefined;
      const name = (n as unknown as { name: string }).name;
      const m = /^([A-Za-z]+)_?(\w*)$/.exec(name);
      if (!m) return undefined;
      const [, base, sub] = m;
      const digits = /^([A-Za-z]+?)(\d+)$/.exec(name);
      if (digits) return ` ${digits[1]}_{${digits[2]}}`;
      const b = base === "tau" ? "\\tau" : base;
      return sub ? ` ${b}_{\\mathrm{${sub}}}` : ` ${b}`;
    },
  });
}
