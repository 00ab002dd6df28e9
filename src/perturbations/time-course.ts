/**
 * A drug's time course: the fraction of its full effect at time t (ms), for applying a perturbation
 * gradually to a running network (apply-over-time.ts).
 *
 * Kinetics (first order, one compartment, effect proportional to the amount at the site):
 *   e(t) = 0                                              t < onset
 *   e(t) = peak (1 − e^{−(t − onset)/τ_on})               onset ≤ t < washout
 *   e(t) = e(washout) e^{−(t − washout)/τ_off}            t ≥ washout
 * τ = 0 makes that change a step. This is the simplest model of uptake and elimination (a bolus
 * into a well-mixed compartment with first-order binding); a drug with a Hill-shaped
 * concentration–effect curve is linear here only in its low-concentration range — map a
 * concentration profile through hillBlock yourself for that.
 *
 * Units: times in ms; peak and e(t) dimensionless in [0, 1]. Defaults: onset 0, no washout
 * (Infinity), τ_off = τ_on, peak 1. τ_on has no default: the time scale is the drug's.
 */
import { checkOptions, checkRequired } from "../params/options.js";
import { checkObject } from "./spec-tools.js";

/** Options of {@link drugTimeCourse}. */
export interface DrugTimeCourseOptions {
  /** Time the drug is given (ms, default 0). */
  onset?: number;
  /** Time constant of the rise of its effect (ms, ≥ 0; 0: a step). */
  tauOn: number;
  /** Time the drug is withdrawn (ms, default Infinity: never; > onset). */
  washout?: number;
  /** Time constant of the washout (ms, ≥ 0, default tauOn). */
  tauOff?: number;
  /** Steady-state fraction of the full effect (default 1, in [0, 1]). */
  peak?: number;
}

/** A time course: the fraction of the full effect at time t (ms). */
export type TimeCourse = (t: number) => number;

/**
 * The first-order time course of a drug's effect (see the module comment).
 * @throws TypeError for a missing tauOn, non-numbers or unknown options; RangeError for negative
 *   time constants, a peak outside [0, 1] or a washout not after the onset.
 * @example const course = drugTimeCourse({ onset: 500, tauOn: 100, washout: 2000, tauOff: 300 }); course(600) // 0.632
 */
export function drugTimeCourse(options: DrugTimeCourseOptions): TimeCourse {
  const where = "drugTimeCourse";
  checkObject(where, options, "{ onset: 500, tauOn: 100, washout: 2000, tauOff: 300 }");
  checkOptions(where, options, ["onset", "tauOn", "washout", "tauOff", "peak"]);
  checkRequired(where, options, ["tauOn"]);
  const { onset = 0, tauOn, washout = Infinity, tauOff = options.tauOn, peak = 1 } = options;
  const num = (name: string, v: unknown, ok: (x: number) => boolean, expected: string): number => {
    if (typeof v !== "number" || Number.isNaN(v)) throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(v)} (expected ${expected})`);
    if (!ok(v)) throw new RangeError(`invalid ${name} for ${where}: ${v} (expected ${expected})`);
    return v;
  };
  num("onset", onset, Number.isFinite, "a finite time in ms");
  num("tauOn", tauOn, (x) => Number.isFinite(x) && x >= 0, "a time constant in ms, ≥ 0 (0: a step)");
  num("tauOff", tauOff, (x) => Number.isFinite(x) && x >= 0, "a time constant in ms, ≥ 0 (0: a step)");
  num("washout", washout, (x) => x > onset, `a time in ms after the onset (${onset} ms), or Infinity`);
  num("peak", peak, (x) => x >= 0 && x <= 1, "a fraction of the full effect in [0, 1]");
  const rise = (dt: number) => (tauOn === 0 ? peak : peak * -Math.expm1(-dt / tauOn));
  const atWashout = washout === Infinity ? peak : rise(washout - onset);
  return (t: number) => {
    if (!(t >= onset)) return 0; // also NaN
    if (t < washout) return rise(t - onset);
    return tauOff === 0 ? 0 : atWashout * Math.exp(-(t - washout) / tauOff);
  };
}
