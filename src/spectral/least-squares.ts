/**
 * Bounded nonlinear least squares by Levenberg–Marquardt (Marquardt 1963), for the small fits of
 * spectral parameterization (3 aperiodic parameters, 3 per Gaussian peak): minimises
 * Σ_i (model(x_i; p) − y_i)² over p with lower ≤ p ≤ upper. The Jacobian is taken by central finite
 * differences; a step that leaves the bounds is projected back onto them (a projected LM, adequate
 * for well-scaled problems of a few parameters; scipy's curve_fit uses a trust-region reflective
 * method for bounded problems, which finds the same minimum when it is interior).
 */

/** Options of {@link leastSquares}. */
export interface LeastSquaresOptions {
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
  /** Maximum iterations (default 200). */
  maxIterations?: number;
  /** Stop when the relative decrease of the cost is below this (default 1e-12). */
  tolerance?: number;
}

/** Result of {@link leastSquares}: parameters and the residual sum of squares. */
export interface LeastSquaresResult {
  params: Float64Array;
  cost: number;
  iterations: number;
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination with pivoting); null if singular. */
function solve(a: Float64Array[], b: Float64Array): Float64Array | null {
  const n = b.length;
  const m = a.map((row, i) => { const r = new Float64Array(n + 1); r.set(row); r[n] = b[i]; return r; });
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    if (!(Math.abs(m[piv][c]) > 1e-300)) return null;
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

/**
 * Fits model(x, p) to y by bounded Levenberg–Marquardt from p0 (see the module comment).
 * `model` writes its values at every x into `out`.
 * @throws RangeError for mismatched lengths or p0 outside the bounds.
 */
export function leastSquares(
  model: (x: Float64Array, p: Float64Array, out: Float64Array) => void,
  x: ArrayLike<number>, y: ArrayLike<number>, p0: ArrayLike<number>, options: LeastSquaresOptions = {},
): LeastSquaresResult {
  const n = x.length, m = p0.length;
  if (y.length !== n) throw new RangeError(`invalid y: ${y.length} values for ${n} x values (expected equal lengths)`);
  const lower = options.lower ?? new Float64Array(m).fill(-Infinity);
  const upper = options.upper ?? new Float64Array(m).fill(Infinity);
  const { maxIterations = 200, tolerance = 1e-12 } = options;
  const xs = Float64Array.from(x), ys = Float64Array.from(y);
  const p = Float64Array.from(p0);
  for (let j = 0; j < m; j++) if (!(p[j] >= lower[j] && p[j] <= upper[j])) throw new RangeError(`invalid p0[${j}]: ${p[j]} (expected within [${lower[j]}, ${upper[j]}])`);
  const clamp = (q: Float64Array) => { for (let j = 0; j < m; j++) q[j] = Math.min(upper[j], Math.max(lower[j], q[j])); };
  const f = new Float64Array(n), g = new Float64Array(n), h = new Float64Array(n);
  const cost = (q: Float64Array, out: Float64Array) => { model(xs, q, out); let s = 0; for (let i = 0; i < n; i++) { const r = out[i] - ys[i]; s += r * r; } return s; };
  let c = cost(p, f);
  let lambda = 1e-3;
  const jac = Array.from({ length: m }, () => new Float64Array(n));
  let it = 0;
  for (; it < maxIterations; it++) {
    for (let j = 0; j < m; j++) {
      const step = 1e-6 * Math.max(1, Math.abs(p[j]));
      const q = Float64Array.from(p); q[j] += step; model(xs, q, g);
      q[j] = p[j] - step; model(xs, q, h);
      for (let i = 0; i < n; i++) jac[j][i] = (g[i] - h[i]) / (2 * step);
    }
    const jtj = Array.from({ length: m }, () => new Float64Array(m));
    const jtr = new Float64Array(m);
    for (let a = 0; a < m; a++) {
      for (let i = 0; i < n; i++) jtr[a] -= jac[a][i] * (f[i] - ys[i]);
      for (let b = a; b < m; b++) { let s = 0; for (let i = 0; i < n; i++) s += jac[a][i] * jac[b][i]; jtj[a][b] = jtj[b][a] = s; }
    }
    let improved = false;
    for (let tries = 0; tries < 30; tries++) {
      const damped = jtj.map((row, a) => { const r = Float64Array.from(row); r[a] += lambda * (row[a] || 1e-12); return r; });
      const d = solve(damped, jtr);
      if (d) {
        const q = Float64Array.from(p, (v, j) => v + d[j]);
        clamp(q);
        const cq = cost(q, g);
        if (cq < c) {
          const rel = (c - cq) / Math.max(c, 1e-300);
          p.set(q); f.set(g); c = cq; lambda = Math.max(lambda / 3, 1e-12); improved = true;
          if (rel < tolerance) return { params: p, cost: c, iterations: it + 1 };
          break;
        }
      }
      lambda *= 4;
    }
    if (!improved) break;
  }
  return { params: p, cost: c, iterations: it };
}
