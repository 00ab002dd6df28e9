/**
 * A network of rate units as a dynamical system (Wilson & Cowan 1972; the form of models/rate.ts):
 *
 *   τ_i dr_i/dt = −r_i + F_i(Σ_j W_ij r_j(t − d_ij) + I_i)
 *
 * with W_ij the weight onto unit i from unit j (post ← pre; inhibitory weights negative) and d_ij
 * the delays (ms). Fixed points do not depend on the delays; the Jacobian of the undelayed system,
 *
 *   J = diag(1/τ) (−1 + diag(F′(u*)) W),   u* = W r* + I,
 *
 * decides their stability without delays, and {@link RateSystem.linearize} gives the delayed
 * linearisation for the characteristic equation (dynamics/delay.ts). Time in ms, rates in the unit
 * of the transfer (dimensionless for the NMA sigmoid, spk/s for the logistic and linear ones).
 */
import { transfer, transferOffset, type Transfer } from "../models/rate-step.js";
import { checkOptions } from "../params/options.js";
import type { DynamicalSystem } from "./system.js";
import type { DelayedLinear } from "./delay.js";

/** A transfer function with its slope: F(x) and F′(x). */
export type TransferFunction = (x: number) => { F: number; dF: number };

/**
 * The transfer function of a rate unit (models/rate-step.ts `transfer`) as a function: "sigmoid"
 * (NMA: 1/(1 + e^{−a(x−θ)}) − 1/(1 + e^{aθ})), "logistic" (M/(1 + e^{−a(x−θ)})), "threshold-linear"
 * (a[x − θ]₊) or "linear" (a(x − θ)). Defaults a = 1, θ = 0, M = 1.
 */
export function transferFunction(kind: Transfer, { gain = 1, theta = 0, max = 1 }: { gain?: number; theta?: number; max?: number } = {}): TransferFunction {
  const offset = transferOffset(kind, gain, theta);
  return (x) => transfer(kind, gain, theta, offset, x, max);
}

/** One unit of a {@link rateSystem}. */
export interface RateUnitSpec {
  name: string;
  /** Time constant τ (ms). */
  tau: number;
  /** Transfer function with its slope. */
  F: TransferFunction;
  /** Constant input I (unit of the transfer's argument; default 0). */
  I?: number;
}

/** A rate network as a dynamical system, with its delayed linearisation. */
export interface RateSystem extends DynamicalSystem {
  readonly units: readonly RateUnitSpec[];
  readonly W: readonly (readonly number[])[];
  readonly delays: readonly (readonly number[])[];
  /** The input u_i = Σ_j W_ij r_j + I_i to each unit at r. */
  input(r: readonly number[]): number[];
  /** The linearisation at r* with its delays: dδr/dt = A₀ δr + Σ_k A_k δr(t − τ_k). */
  linearize(r: readonly number[]): DelayedLinear;
  /** The same network with other inputs, weights or delays (options as for {@link rateSystem}). */
  with(changes: { I?: readonly number[]; W?: readonly (readonly number[])[]; delays?: readonly (readonly number[])[] }): RateSystem;
}

/**
 * The rate network of `units` with weights `W` (n × n, post ← pre) and optional `delays` (n × n ms,
 * default 0) as a {@link RateSystem}.
 * @example rateSystem({ units: [{ name: "E", tau: 1, F: transferFunction("sigmoid", { gain: 1.2, theta: 2.8 }) }, …], W: [[9, -4], [13, -11]] })
 */
export function rateSystem(options: { units: readonly RateUnitSpec[]; W: readonly (readonly number[])[]; delays?: readonly (readonly number[])[] }): RateSystem {
  checkOptions("rateSystem", options, ["units", "W", "delays"]);
  const { units, W } = options;
  const n = units.length;
  if (n === 0) throw new RangeError("invalid rateSystem.units: none (expected at least one unit)");
  units.forEach((u, i) => {
    if (!(u.tau > 0 && Number.isFinite(u.tau))) throw new RangeError(`invalid rateSystem.units[${i}].tau: ${u.tau} (expected a positive time constant in ms)`);
    if (typeof u.F !== "function") throw new TypeError(`invalid rateSystem.units[${i}].F: ${String(u.F)} (expected a transfer function, e.g. transferFunction("sigmoid", { gain, theta }))`);
    if (u.I !== undefined && !Number.isFinite(u.I)) throw new RangeError(`invalid rateSystem.units[${i}].I: ${u.I} (expected a finite input)`);
  });
  const square = (label: string, M: readonly (readonly number[])[], min = -Infinity) => {
    if (!Array.isArray(M) || M.length !== n || M.some((row) => !Array.isArray(row) || row.length !== n)) {
      throw new RangeError(`invalid rateSystem.${label}: expected ${n} rows of ${n} numbers (post ← pre)`);
    }
    M.forEach((row, i) => row.forEach((x: number, j: number) => {
      if (!(Number.isFinite(x) && x >= min)) throw new RangeError(`invalid rateSystem.${label}[${i}][${j}]: ${x} (expected a finite number${min === 0 ? " ≥ 0 (ms)" : ""})`);
    }));
  };
  square("W", W);
  const delays = options.delays ?? W.map((row) => row.map(() => 0));
  square("delays", delays, 0);
  const I = units.map((u) => u.I ?? 0);
  const input = (r: readonly number[]) => I.map((b, i) => { let s = b; for (let j = 0; j < n; j++) s += W[i][j] * r[j]; return s; });
  const sys: RateSystem = {
    dim: n, names: units.map((u) => u.name), units, W, delays,
    input,
    f: (r) => input(r).map((u, i) => (-r[i] + units[i].F(u).F) / units[i].tau),
    jacobian: (r) => input(r).map((u, i) => {
      const d = units[i].F(u).dF, tau = units[i].tau;
      return W[i].map((w, j) => (d * w - (i === j ? 1 : 0)) / tau);
    }),
    linearize(r) {
      const u = input(r);
      const A0 = units.map((_, i) => units.map((__, j) => (i === j ? -1 / units[i].tau : 0)));
      const byDelay = new Map<number, number[][]>();
      for (let i = 0; i < n; i++) {
        const g = units[i].F(u[i]).dF / units[i].tau;
        for (let j = 0; j < n; j++) {
          if (W[i][j] === 0) continue;
          const d = delays[i][j];
          if (d === 0) { A0[i][j] += g * W[i][j]; continue; }
          let A = byDelay.get(d);
          if (A === undefined) byDelay.set(d, (A = units.map(() => new Array<number>(n).fill(0))));
          A[i][j] += g * W[i][j];
        }
      }
      return { A0, delayed: [...byDelay].sort((a, b) => a[0] - b[0]).map(([tau, A]) => ({ tau, A })) };
    },
    with(changes) {
      checkOptions("rateSystem.with", changes, ["I", "W", "delays"]);
      const next = changes.I ? units.map((u, i) => ({ ...u, I: changes.I![i] })) : units;
      return rateSystem({ units: next, W: changes.W ?? W, delays: changes.delays ?? delays });
    },
  };
  return sys;
}
