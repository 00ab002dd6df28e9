/**
 * Least-squares fit of a Naka–Rushton curve R(x) = R_max xⁿ/(x₅₀ⁿ + xⁿ) to sampled responses (x > 0),
 * e.g. a network's population rate against its input rate. The three parameters are fitted on log
 * scales (all positive) by Nelder–Mead from several starting exponents, keeping the best. R_max may be
 * held (e.g. at a known ceiling). A curve that never bends within the samples drives R_max and x₅₀ far
 * beyond the data (a power law xⁿ fits as well): `saturates` says whether the fitted R_max lies within
 * `saturationFactor` (default 2) of the largest sample, i.e. whether the data constrain the ceiling.
 * The fit's dynamic range follows from n alone (analytic-range.ts): 20 log₁₀(81)/n dB for 10 → 90 %.
 */
import { nelderMead } from "../criticality/optimize.js";
import { checkOptions, optionNames } from "../params/options.js";
import { nakaRushtonRange } from "./analytic-range.js";

/** Options of {@link fitNakaRushton}. */
export interface NakaRushtonFitOptions {
  /** Hold R_max at this value (> 0) and fit x₅₀ and n only. */
  Rmax?: number;
  /** R_max within this factor of the largest sample counts as a saturating fit (default 2). */
  saturationFactor?: number;
}

/** Result of {@link fitNakaRushton}. */
export interface NakaRushtonFit {
  Rmax: number;
  /** Input at half the maximum (x unit). */
  c50: number;
  n: number;
  /** Root-mean-square residual (y unit). */
  rmse: number;
  /** 10 → 90 % dynamic range of the fitted curve (dB): 20 log₁₀(81)/n. */
  dB: number;
  /** Whether the fitted R_max is within saturationFactor of the largest sample (see the file comment). */
  saturates: boolean;
}

const OPTIONS = optionNames<NakaRushtonFitOptions>({ Rmax: true, saturationFactor: true });

/**
 * Fits R_max xⁿ/(x₅₀ⁿ + xⁿ) to (x, y) by least squares (see the file comment).
 * @throws RangeError for mismatched lengths, x ≤ 0, non-finite y, fewer than 3 samples (2 with R_max
 * held), no positive response, or a bad option.
 */
export function fitNakaRushton(x: ArrayLike<number>, y: ArrayLike<number>, options: NakaRushtonFitOptions = {}): NakaRushtonFit {
  checkOptions("fitNakaRushton", options, OPTIONS);
  const { Rmax: held, saturationFactor = 2 } = options;
  if (x.length !== y.length) throw new RangeError(`invalid samples: ${x.length} x and ${y.length} y values (expected equal lengths)`);
  if (held !== undefined && !(held > 0 && Number.isFinite(held))) throw new RangeError(`invalid Rmax: ${held} (expected a finite number > 0)`);
  if (!(saturationFactor >= 1)) throw new RangeError(`invalid saturationFactor: ${saturationFactor} (expected ≥ 1)`);
  if (x.length < (held === undefined ? 3 : 2)) throw new RangeError(`invalid samples: ${x.length} (expected at least ${held === undefined ? 3 : 2})`);
  let top = 0;
  for (let k = 0; k < x.length; k++) {
    if (!(x[k] > 0 && Number.isFinite(x[k]))) throw new RangeError(`invalid x[${k}]: ${x[k]} (expected a finite input > 0)`);
    if (!Number.isFinite(y[k])) throw new RangeError(`invalid y[${k}]: ${y[k]} (expected a finite response)`);
    top = Math.max(top, y[k]);
  }
  if (!(top > 0)) throw new RangeError("invalid samples: no response above 0 (expected a rising curve)");
  const unpack = (q: number[]): [number, number, number] => held === undefined ? [Math.exp(q[0]), Math.exp(q[1]), Math.exp(q[2])] : [held, Math.exp(q[0]), Math.exp(q[1])];
  const sse = (q: number[]) => {
    const [R, c, n] = unpack(q);
    let s = 0;
    for (let k = 0; k < x.length; k++) { const r = (R * x[k] ** n) / (c ** n + x[k] ** n); s += (y[k] - r) ** 2; }
    return Number.isFinite(s) ? s : Infinity;
  };
  // start: x₅₀ where the curve crosses half its largest sample, several exponents
  let cHalf = x[x.length - 1];
  for (let k = 0; k < x.length; k++) if (y[k] >= top / 2) { cHalf = x[k]; break; }
  let best: number[] = [], bestCost = Infinity;
  for (const n0 of [0.5, 1, 2, 4]) {
    let q = held === undefined ? [Math.log(top), Math.log(cHalf), Math.log(n0)] : [Math.log(cHalf), Math.log(n0)];
    for (let r = 0; r < 4; r++) q = nelderMead(sse, q, { step: 0.3, iterations: 1500, tol: 1e-14 });
    const c = sse(q);
    if (c < bestCost) { best = q; bestCost = c; }
  }
  const [Rmax, c50, n] = unpack(best);
  return { Rmax, c50, n, rmse: Math.sqrt(bestCost / x.length), dB: nakaRushtonRange(n), saturates: Rmax <= saturationFactor * top };
}
