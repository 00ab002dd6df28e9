/**
 * Mean and spread of a result over repeats (seeds): what a notebook reports for every stochastic
 * quantity, as mean ± sample standard deviation with n.
 */

/** Mean ± sample sd of a set of repeats; `values` keeps the repeats in order. */
export interface Spread {
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator); 0 for one value. */
  sd: number;
  n: number;
  min: number;
  max: number;
  values: number[];
  /** How many of the given values were NaN and left out (a degenerate repeat is flagged, not averaged). */
  nan: number;
}

/**
 * Mean, sample sd, min and max of `values`, ignoring NaN entries (counted in `nan`).
 * `spread([1, 2, 3])` → mean 2, sd 1, n 3.
 */
export function spread(values: ArrayLike<number>): Spread {
  const kept: number[] = [];
  let nan = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (typeof v !== "number") throw new TypeError(`invalid values[${k}]: ${String(v)} (expected a number)`);
    if (Number.isNaN(v)) nan++;
    else kept.push(v);
  }
  const n = kept.length;
  if (n === 0) return { mean: NaN, sd: NaN, n: 0, min: NaN, max: NaN, values: kept, nan };
  let sum = 0, min = Infinity, max = -Infinity;
  for (const v of kept) { sum += v; if (v < min) min = v; if (v > max) max = v; }
  const mean = sum / n;
  let ss = 0;
  for (const v of kept) ss += (v - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n, min, max, values: kept, nan };
}

/** Whether `x` is a {@link Spread}. */
export function isSpread(x: unknown): x is Spread {
  return typeof x === "object" && x !== null && typeof (x as Spread).mean === "number" &&
    typeof (x as Spread).sd === "number" && Array.isArray((x as Spread).values);
}
