/**
 * A continuous-time dynamical system dx/dt = f(x) with x ∈ ℝⁿ, the object the dynamics tools
 * (fixed points, stability, nullclines, continuation) work on. Time in ms, so f is in units of x per
 * ms and eigenvalues of its Jacobian in 1/ms (a frequency in Hz is 1000·Im λ/2π).
 */

/** dx/dt = f(x), with an optional analytic Jacobian J_ij = ∂f_i/∂x_j. */
export interface DynamicalSystem {
  /** Dimension n. */
  readonly dim: number;
  /** Names of the variables (for tables and figures), length n. */
  readonly names: readonly string[];
  /** f(x): the time derivative at x (units of x per ms). */
  f(x: readonly number[]): number[];
  /** The Jacobian at x (rows), when known in closed form; otherwise a finite-difference one is used. */
  jacobian?(x: readonly number[]): number[][];
}

/**
 * The Jacobian of f at x by central differences, J_ij ≈ (f_i(x + h e_j) − f_i(x − h e_j)) / 2h with
 * h = step·max(1, |x_j|) (default step 1e-6: truncation O(h²) and rounding O(ε/h) both ≈ 1e-10
 * relative for smooth f).
 */
export function numericJacobian(f: (x: readonly number[]) => number[], x: readonly number[], { step = 1e-6 }: { step?: number } = {}): number[][] {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`invalid numericJacobian step: ${step} (expected a small positive number such as 1e-6)`);
  const n = x.length;
  const J: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const xp = x.slice(), xm = x.slice();
  for (let j = 0; j < n; j++) {
    const h = step * Math.max(1, Math.abs(x[j]));
    xp[j] = x[j] + h; xm[j] = x[j] - h;
    const fp = f(xp), fm = f(xm);
    for (let i = 0; i < n; i++) J[i][j] = (fp[i] - fm[i]) / (2 * h);
    xp[j] = x[j]; xm[j] = x[j];
  }
  return J;
}

/** The system's Jacobian at x: its closed form when it has one, else central differences. */
export function jacobianOf(sys: DynamicalSystem, x: readonly number[]): number[][] {
  return sys.jacobian ? sys.jacobian(x) : numericJacobian((y) => sys.f(y), x);
}

/** Checks that x is a finite point of the system's dimension. */
export function checkPoint(label: string, sys: DynamicalSystem, x: readonly number[]): void {
  if (!Array.isArray(x) && !ArrayBuffer.isView(x)) throw new TypeError(`invalid ${label}: ${String(x)} (expected an array of ${sys.dim} numbers)`);
  if (x.length !== sys.dim) throw new RangeError(`invalid ${label}: ${x.length} values (expected ${sys.dim}: ${sys.names.join(", ")})`);
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new RangeError(`invalid ${label}[${i}] (${sys.names[i]}): ${x[i]} (expected a finite number)`);
  }
}

/** Solves A x = b (n × n) by Gaussian elimination with partial pivoting; null if A is singular. */
export function solveLinear(A: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (M[p][c] === 0 || !Number.isFinite(M[p][c])) return null;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const k = M[r][c] / M[c][c];
      if (k !== 0) for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let j = r + 1; j < n; j++) s -= M[r][j] * x[j];
    x[r] = s / M[r][r];
  }
  return x;
}
