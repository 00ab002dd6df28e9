/**
 * The multistep-regression (MR) estimator of the branching ratio (Wilting & Priesemann 2018,
 * Nat Commun 9:2325). Regress activity at t + kΔt on activity at t: the slopes
 *   r_k = Cov(a_t, a_{t+k}) / Var(a_t)
 * follow r_k = b · m^k, where subsampling only changes b, not m. Fitting m from k = 1…k_max
 * recovers the branching ratio from a few observed units, where the conventional estimator
 * (r_1 itself) is biased towards 0. Variant with offset: r_k = b m^k + c. τ = −Δt / ln m.
 */
import { goldenMin } from "./optimize.js";
import { checkOptions } from "../params/options.js";

/** Regression slopes r_k for k = 1…kmax. */
export function regressionSlopes(a: ArrayLike<number>, kmax: number): Float64Array {
  const n = a.length;
  if (kmax >= n - 2) throw new RangeError(`invalid kmax: ${kmax} (expected < length − 2 = ${n - 2})`);
  const r = new Float64Array(kmax);
  for (let k = 1; k <= kmax; k++) {
    let mx = 0, my = 0;
    const m = n - k;
    for (let t = 0; t < m; t++) { mx += a[t]; my += a[t + k]; }
    mx /= m; my /= m;
    let cov = 0, vx = 0;
    for (let t = 0; t < m; t++) { const dx = a[t] - mx; cov += dx * (a[t + k] - my); vx += dx * dx; }
    r[k - 1] = vx > 0 ? cov / vx : NaN;
  }
  return r;
}

/** An MR fit. */
export interface MrFit {
  m: number;
  b: number;
  /** Offset c (0 without the offset variant). */
  c: number;
  /** Intrinsic time scale −Δt/ln m (in the unit of Δt). */
  tau: number;
  /** The conventional estimate: r_1. */
  conventional: number;
  slopes: Float64Array;
}

/** Fits r_k = b m^k (+ c with `offset`) by least squares over m ∈ (0, 1.5) (b, c solved exactly for each m). */
export function mrEstimate(a: ArrayLike<number>, options: { kmax?: number; dt?: number; offset?: boolean } = {}): MrFit {
  checkOptions("mrEstimate", options, ["kmax", "dt", "offset"]);
  const { kmax = 40, dt = 1, offset = false } = options;
  const r = regressionSlopes(a, kmax);
  const ks = Array.from({ length: kmax }, (_, i) => i + 1);
  const solve = (m: number) => {
    const f = ks.map((k) => Math.pow(m, k));
    if (!offset) {
      let num = 0, den = 0;
      for (let i = 0; i < kmax; i++) { num += f[i] * r[i]; den += f[i] * f[i]; }
      const b = num / den;
      let sse = 0;
      for (let i = 0; i < kmax; i++) sse += (r[i] - b * f[i]) ** 2;
      return { b, c: 0, sse };
    }
    // linear least squares in (b, c)
    let sf = 0, sff = 0, sr = 0, sfr = 0;
    for (let i = 0; i < kmax; i++) { sf += f[i]; sff += f[i] * f[i]; sr += r[i]; sfr += f[i] * r[i]; }
    const det = kmax * sff - sf * sf;
    const b = (kmax * sfr - sf * sr) / det, c = (sr - b * sf) / kmax;
    let sse = 0;
    for (let i = 0; i < kmax; i++) sse += (r[i] - b * f[i] - c) ** 2;
    return { b, c, sse };
  };
  const m = goldenMin((x) => solve(x).sse, 1e-4, 1.5, 1e-10);
  const { b, c } = solve(m);
  return { m, b, c, tau: -dt / Math.log(m), conventional: r[0], slopes: r };
}
