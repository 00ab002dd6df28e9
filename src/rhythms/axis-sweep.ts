/**
 * One-at-a-time sweeps around a base case over seeds: for each axis (a parameter and its values),
 * the cases equal to `base` except for that parameter, each run once per seed. A case shared by
 * several axes (the base case, typically) runs only once per seed — its runs are reused — so a
 * notebook that sweeps τ, drive and delay about a default simulates the default once.
 */

/** One axis of an {@link axisSweep}: a label for tables and figures, the parameter, and its values. */
export interface AxisSweepAxis<C> {
  label: string;
  key: keyof C & string;
  values: readonly number[];
}

/** One row of an {@link axisSweep}: the axis, the value, the case and its runs (one per seed, in order). */
export interface AxisSweepRow<C, R> {
  label: string;
  key: keyof C & string;
  x: number;
  case: C;
  runs: R[];
}

/**
 * Runs `run(case, seed)` for every value of every axis and every seed (see the file comment).
 * @throws RangeError with no seeds or an axis without values; TypeError for an axis key not in base.
 * @example tr.axisSweep({ tau: 5, drive: 50 }, [{ label: "τ (ms)", key: "tau", values: [3, 5, 10] }], [1, 2, 3], (c, seed) => simulate(c, seed))
 */
export function axisSweep<C extends Record<string, number>, R>(base: C, axes: readonly AxisSweepAxis<C>[], seeds: readonly number[], run: (c: C, seed: number) => R): AxisSweepRow<C, R>[] {
  if (!seeds.length) throw new RangeError("invalid axisSweep seeds: none (expected at least one seed)");
  const cache = new Map<string, R[]>();
  const keys = Object.keys(base).sort();
  return axes.flatMap((axis) => {
    if (!(axis.key in base)) throw new TypeError(`invalid axisSweep axis ${axis.label}: key ${axis.key} is not a parameter of the base case (${keys.join(", ")})`);
    if (!axis.values.length) throw new RangeError(`invalid axisSweep axis ${axis.label}: no values`);
    return axis.values.map((x) => {
      const c = { ...base, [axis.key]: x } as C;
      const id = JSON.stringify(keys.map((k) => c[k]));
      let runs = cache.get(id);
      if (runs === undefined) cache.set(id, (runs = seeds.map((s) => run(c, s))));
      return { label: axis.label, key: axis.key, x, case: c, runs };
    });
  });
}
