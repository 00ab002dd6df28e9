/**
 * Phase-plane tools for two-dimensional systems: nullclines (the curves f_i = 0, traced by marching
 * squares on a grid with linear interpolation along cell edges; Lorensen & Cline 1987), a vector
 * field on a grid, and trajectories by the classical fourth-order Runge–Kutta method. Plain rows, so
 * that figures (figures/phase-plane.ts) and tables can take them.
 */
import { checkOptions } from "../params/options.js";
import { checkPoint, type DynamicalSystem } from "./system.js";

/** A segment of a nullcline of variable `of` (f_of = 0), from (x1, y1) to (x2, y2). */
export interface NullclineSegment {
  of: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Box = readonly [readonly [number, number], readonly [number, number]];

const check2d = (label: string, sys: DynamicalSystem, bounds: Box) => {
  if (sys.dim !== 2) throw new RangeError(`invalid ${label} system: ${sys.dim} variables (expected 2: a phase plane)`);
  if (!Array.isArray(bounds) || bounds.length !== 2 || bounds.some((b) => !(Array.isArray(b) && b.length === 2 && Number.isFinite(b[0]) && Number.isFinite(b[1]) && b[0] < b[1]))) {
    throw new RangeError(`invalid ${label}.bounds: ${JSON.stringify(bounds)} (expected [[xlo, xhi], [ylo, yhi]])`);
  }
};

/**
 * The nullclines of a 2-D system in `bounds` = [[xlo, xhi], [ylo, yhi]] as line segments, on a grid of
 * `resolution` cells per side (default 200: error ≈ (cell size)² × curvature).
 */
export function nullclines(sys: DynamicalSystem, bounds: Box, { resolution = 200 }: { resolution?: number } = {}): NullclineSegment[] {
  check2d("nullclines", sys, bounds);
  if (!(Number.isInteger(resolution) && resolution >= 2 && resolution <= 4000)) throw new RangeError(`invalid nullclines.resolution: ${resolution} (expected an integer in 2…4000)`);
  const m = resolution + 1;
  const [[x0, x1], [y0, y1]] = bounds;
  const X = (i: number) => x0 + ((x1 - x0) * i) / resolution, Y = (j: number) => y0 + ((y1 - y0) * j) / resolution;
  const vals = [new Float64Array(m * m), new Float64Array(m * m)];
  for (let j = 0; j < m; j++) for (let i = 0; i < m; i++) {
    const f = sys.f([X(i), Y(j)]);
    vals[0][j * m + i] = f[0]; vals[1][j * m + i] = f[1];
  }
  const out: NullclineSegment[] = [];
  for (let c = 0; c < 2; c++) {
    const v = vals[c];
    for (let j = 0; j < resolution; j++) for (let i = 0; i < resolution; i++) {
      // corners counter-clockwise: (i, j), (i+1, j), (i+1, j+1), (i, j+1)
      const corners = [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]] as const;
      const f = corners.map(([a, b]) => v[b * m + a]);
      if (f.some((z) => !Number.isFinite(z))) continue;
      const pts: [number, number][] = [];
      for (let e = 0; e < 4; e++) {
        const fa = f[e], fb = f[(e + 1) % 4];
        if ((fa < 0) === (fb < 0)) continue;
        const t = fa / (fa - fb);
        const [ia, ja] = corners[e], [ib, jb] = corners[(e + 1) % 4];
        pts.push([X(ia + t * (ib - ia)), Y(ja + t * (jb - ja))]);
      }
      const seg = (p: [number, number], q: [number, number]) => out.push({ of: sys.names[c], x1: p[0], y1: p[1], x2: q[0], y2: q[1] });
      if (pts.length === 2) seg(pts[0], pts[1]);
      else if (pts.length === 4) {
        // a saddle cell: the sign at the centre decides which pairs join
        const centre = (f[0] + f[1] + f[2] + f[3]) / 4;
        if ((centre < 0) === (f[0] < 0)) { seg(pts[0], pts[3]); seg(pts[1], pts[2]); } else { seg(pts[0], pts[1]); seg(pts[2], pts[3]); }
      }
    }
  }
  return out;
}

/** One arrow of a vector field: at (x, y), the derivative (u, v) = f(x, y) and its length. */
export interface FieldArrow {
  x: number;
  y: number;
  u: number;
  v: number;
  speed: number;
}

/** f on an n × n grid of `bounds` (default n = 15), cell centres. */
export function vectorField(sys: DynamicalSystem, bounds: Box, { n = 15 }: { n?: number } = {}): FieldArrow[] {
  check2d("vectorField", sys, bounds);
  if (!(Number.isInteger(n) && n >= 1 && n <= 200)) throw new RangeError(`invalid vectorField.n: ${n} (expected an integer in 1…200)`);
  const [[x0, x1], [y0, y1]] = bounds;
  const rows: FieldArrow[] = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
    const x = x0 + ((x1 - x0) * (i + 0.5)) / n, y = y0 + ((y1 - y0) * (j + 0.5)) / n;
    const [u, v] = sys.f([x, y]);
    rows.push({ x, y, u, v, speed: Math.hypot(u, v) });
  }
  return rows;
}

/** A trajectory: times (ms) and the state at each, one array per variable. */
export interface Trajectory {
  t: Float64Array;
  x: Float64Array[];
}

/**
 * Integrates dx/dt = f(x) from x0 for `duration` ms with the classical Runge–Kutta method at step dt
 * (default 0.1 ms; global error O(dt⁴)), recording every `every` steps (default 1).
 */
export function trajectory(sys: DynamicalSystem, x0: readonly number[], options: { duration: number; dt?: number; every?: number }): Trajectory {
  checkOptions("trajectory", options, ["duration", "dt", "every"]);
  checkPoint("trajectory start", sys, x0);
  const { duration, dt = 0.1, every = 1 } = options;
  if (!(dt > 0 && Number.isFinite(dt))) throw new RangeError(`invalid trajectory.dt: ${dt} (expected a positive step in ms)`);
  if (!(duration >= 0 && Number.isFinite(duration))) throw new RangeError(`invalid trajectory.duration: ${duration} (expected a non-negative time in ms)`);
  if (!(Number.isInteger(every) && every >= 1)) throw new RangeError(`invalid trajectory.every: ${every} (expected a positive integer)`);
  const steps = Math.round(duration / dt);
  if (steps > 1e7) throw new RangeError(`invalid trajectory: ${steps} steps (duration/dt; expected ≤ 1e7)`);
  const n = sys.dim, count = Math.floor(steps / every) + 1;
  const t = new Float64Array(count), xs = Array.from({ length: n }, () => new Float64Array(count));
  let x = x0.slice();
  const record = (k: number, s: number) => { t[k] = s * dt; for (let i = 0; i < n; i++) xs[i][k] = x[i]; };
  record(0, 0);
  const add = (a: number[], b: number[], h: number) => a.map((v, i) => v + h * b[i]);
  for (let s = 1; s <= steps; s++) {
    const k1 = sys.f(x), k2 = sys.f(add(x, k1, dt / 2)), k3 = sys.f(add(x, k2, dt / 2)), k4 = sys.f(add(x, k3, dt));
    x = x.map((v, i) => v + (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
    if (s % every === 0) record(s / every, s);
  }
  return { t, x: xs };
}
