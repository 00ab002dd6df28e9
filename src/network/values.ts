/**
 * Values that may differ per neuron or per synapse: a constant, an array, a distribution, or a
 * function of the index. Used for heterogeneous neuron parameters, initial state and weights.
 */
import type { Rng } from "../random/rng.js";
import { quantity, type Quantity } from "../params/quantity.js";
import { checkOptions } from "../params/options.js";

/** A distribution of values, in the unit of the quantity it describes. */
export type Distribution =
  | { dist: "normal"; mean: Quantity; sd: Quantity; min?: Quantity; max?: Quantity }
  | { dist: "uniform"; low: Quantity; high: Quantity }
  | { dist: "lognormal"; mean: Quantity; sd: Quantity };

/** A per-element value: one quantity for all, an array (one per element), a distribution or a function. */
export type Varying = Quantity | ArrayLike<number> | Distribution | ((i: number, rng: Rng) => number);

function isDistribution(v: unknown): v is Distribution {
  return typeof v === "object" && v !== null && "dist" in v;
}

/** Whether a varying value is the same for every element (and so can stay a scalar). */
export function isConstant(v: Varying): v is Quantity {
  return typeof v === "number" || typeof v === "string";
}

/** The option names of each distribution. */
const DISTRIBUTION_OPTIONS: Record<string, readonly string[]> = {
  normal: ["dist", "mean", "sd", "min", "max"],
  uniform: ["dist", "low", "high"],
  lognormal: ["dist", "mean", "sd"],
};

/**
 * @throws TypeError when a distribution has an option its kind does not take
 * (`{ dist: "normal", mean: 0, sd: 1, mni: -1 }`: unknown option mni …; did you mean min?).
 */
export function checkDistribution(name: string, d: Distribution): void {
  const kind = (d as { dist: unknown }).dist;
  if (typeof kind === "string" && Object.prototype.hasOwnProperty.call(DISTRIBUTION_OPTIONS, kind)) {
    checkOptions(`distribution ${kind} of ${name}`, d, DISTRIBUTION_OPTIONS[kind]);
  }
}

/**
 * Draws one value of a distribution. Normal values outside [min, max] are redrawn (truncated normal);
 * lognormal takes the mean and sd of the values themselves (not of their logarithm).
 * @throws TypeError for an unknown distribution or option name; RangeError for bad parameters.
 */
export function sample(name: string, d: Distribution, unit: string, rng: Rng): number {
  checkDistribution(name, d);
  return draw(name, d, unit, rng);
}

/** {@link sample} without the option-name check (done once by {@link fill}). */
function draw(name: string, d: Distribution, unit: string, rng: Rng): number {
  switch (d.dist) {
    case "normal": {
      const mean = quantity(`${name}.mean`, d.mean, unit);
      const sd = quantity(`${name}.sd`, d.sd, unit, { min: 0 });
      const lo = d.min === undefined ? -Infinity : quantity(`${name}.min`, d.min, unit);
      const hi = d.max === undefined ? Infinity : quantity(`${name}.max`, d.max, unit);
      if (!(lo < hi)) throw new RangeError(`invalid ${name}: min ${lo} ≥ max ${hi} ${unit}`);
      for (let k = 0; k < 1000; k++) {
        const x = mean + sd * rng.normal();
        if (x >= lo && x <= hi) return x;
      }
      throw new RangeError(`invalid ${name}: the normal(${mean}, ${sd}) is almost never inside [${lo}, ${hi}] ${unit}`);
    }
    case "uniform": {
      const lo = quantity(`${name}.low`, d.low, unit);
      const hi = quantity(`${name}.high`, d.high, unit);
      if (!(lo <= hi)) throw new RangeError(`invalid ${name}: low ${lo} > high ${hi} ${unit}`);
      return lo + (hi - lo) * rng.uniform();
    }
    case "lognormal": {
      const m = quantity(`${name}.mean`, d.mean, unit, { min: 0, exclusiveMin: true });
      const s = quantity(`${name}.sd`, d.sd, unit, { min: 0 });
      const sigma2 = Math.log(1 + (s * s) / (m * m));
      return Math.exp(Math.log(m) - sigma2 / 2 + Math.sqrt(sigma2) * rng.normal());
    }
    default:
      throw new TypeError(`invalid ${name}: unknown distribution ${JSON.stringify((d as { dist: unknown }).dist)} (expected "normal", "uniform" or "lognormal")`);
  }
}

/** Fills `out` (length n) with a varying value; `rng` is used only for distributions and functions. */
export function fill<A extends Float64Array | Float32Array>(name: string, v: Varying, unit: string, out: A, rng: Rng): A {
  const n = out.length;
  if (isConstant(v)) {
    out.fill(quantity(name, v, unit));
  } else if (typeof v === "function") {
    for (let i = 0; i < n; i++) out[i] = quantity(`${name}[${i}]`, v(i, rng), unit);
  } else if (isDistribution(v)) {
    checkDistribution(name, v);
    for (let i = 0; i < n; i++) out[i] = draw(name, v, unit, rng);
  } else if (typeof v === "object" && v !== null && typeof (v as ArrayLike<number>).length === "number") {
    const a = v as ArrayLike<number>;
    if (a.length !== n) throw new RangeError(`invalid ${name}: an array of length ${a.length} (expected one value per element, ${n})`);
    for (let i = 0; i < n; i++) out[i] = quantity(`${name}[${i}]`, a[i], unit);
  } else {
    throw new TypeError(`invalid ${name}: ${String(v)} (expected a number, a string with a unit, an array, a distribution or a function)`);
  }
  return out;
}
