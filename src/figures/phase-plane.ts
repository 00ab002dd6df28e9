/**
 * The phase plane of a two-variable system (Observable Plot options; render with `show` or `save`):
 * nullclines as segments (dynamics/phase-plane.ts `nullclines`), the vector field as arrows
 * (`vectorField`), trajectories as lines from a dot at their start, and fixed points with their
 * stability (`fixedPoints`) — the picture of Neuromatch Academy's W2D4 Wilson–Cowan tutorial.
 *
 * Arrows are drawn in data coordinates, from (x, y) to (x, y) + k·s^(γ−1)·(u, v) with s = |(u, v)|:
 * on screen each points exactly along the flow whatever the axes' aspect ratio; lengths grow as s^γ
 * (γ = `lengthExponent`, default 0.5, so slow arrows near fixed points stay visible), and k makes the
 * longest arrow 0.9 of a grid cell, so arrows never overlap their neighbours.
 */
import * as Plot from "@observablehq/plot";
import type { NullclineSegment, FieldArrow } from "../dynamics/phase-plane.js";
import type { Stability } from "../dynamics/fixed-points.js";
import { checkOptions } from "../params/options.js";

/** A trajectory to draw: its points in order, and a legend label. */
export interface PhasePath {
  label: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/** A fixed point to draw (a `FixedPoint` from `fixedPoints` has these fields). */
export interface PhasePoint {
  x: readonly number[];
  stability: Stability;
  stable: boolean;
}

/** What {@link phasePlaneFigure} draws, and how. */
export interface PhasePlaneOptions {
  nullclines?: readonly NullclineSegment[];
  field?: readonly FieldArrow[];
  trajectories?: readonly PhasePath[];
  fixedPoints?: readonly PhasePoint[];
  /** [[xlo, xhi], [ylo, yhi]]: the axes' domains (default: the data's extent). */
  bounds?: readonly [readonly [number, number], readonly [number, number]];
  /** The system's variable names, as in the nullclines' `of` (default: the `of` values in order of appearance — `nullclines` lists the first variable's first). */
  variables?: readonly [string, string];
  /** Names to show for the two variables in labels and legends (default: `variables`, else ["x", "y"]). */
  names?: readonly [string, string];
  /** Axis labels (default the names). */
  xLabel?: string;
  yLabel?: string;
  /** Label fixed points with their stability class and coordinates to 3 decimals (default true). */
  labelPoints?: boolean;
  /** Arrow length ∝ speed^γ (default 0.5; 1 = proportional, 0 = all equal). */
  lengthExponent?: number;
  width?: number;
  height?: number;
  title?: string;
  subtitle?: string;
}

const OPTIONS = ["nullclines", "field", "trajectories", "fixedPoints", "bounds", "variables", "names", "xLabel", "yLabel", "labelPoints", "lengthExponent", "width", "height", "title", "subtitle"];

/**
 * Symbols of the stability classes, all of them fillable shapes: drawn filled (black) when stable and
 * open (white inside) when not, so "filled = stable, open = unstable" holds for every class — a
 * saddle is an open cross (a line symbol such as × could not be drawn open or filled).
 */
const SYMBOLS: Readonly<Record<Stability, string>> = {
  "stable node": "circle", "stable focus": "diamond", "unstable node": "square", "unstable focus": "triangle", saddle: "cross", "non-hyperbolic": "star",
};
/** Width (px) of the white halo behind fixed-point labels: at 11 px text it fills the gaps between glyphs. */
const LABEL_HALO = 7;
const NULLCLINE_COLOURS = ["#3060c0", "#d04040"];
const PATH_COLOURS = ["#2a9d50", "#e08a00", "#8a50c0", "#303030", "#20a0a0", "#b05080", "#808000"];

/** x to 3 decimals, without "−0.000" for a tiny negative. */
const fixed3 = (x: number) => (Math.abs(x) < 5e-4 ? 0 : x).toFixed(3);

/** A field arrow as a segment in data coordinates (see the file comment). */
export interface ArrowSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  speed: number;
}

/**
 * The arrows of a vector field on a grid with cells `cell` = [dx, dy] (data units): directions
 * exact, lengths ∝ speed^γ, the longest 0.9 of a cell. Arrows with zero speed have zero length.
 */
export function fieldArrows(field: readonly FieldArrow[], cell: readonly [number, number], lengthExponent = 0.5): ArrowSegment[] {
  if (!(cell[0] > 0 && cell[1] > 0)) throw new RangeError(`invalid cell: [${cell.join(", ")}] (expected two positive sizes)`);
  if (!(lengthExponent >= 0 && lengthExponent <= 1)) throw new RangeError(`invalid lengthExponent: ${lengthExponent} (expected a number in [0, 1])`);
  const scaled = field.map((a) => {
    const f = a.speed > 0 ? a.speed ** (lengthExponent - 1) : 0;
    return { a, u: a.u * f, v: a.v * f };
  });
  const longest = Math.max(0, ...scaled.map((s) => Math.hypot(s.u / cell[0], s.v / cell[1])).filter(Number.isFinite));
  const k = longest > 0 ? 0.9 / longest : 0;
  return scaled.map(({ a, u, v }) => ({ x1: a.x, y1: a.y, x2: a.x + k * u, y2: a.y + k * v, speed: a.speed }));
}

/** Grid spacing of a vector field from its distinct x and y values (the box's size if one column). */
function gridCell(field: readonly FieldArrow[], bounds: readonly [readonly [number, number], readonly [number, number]]): [number, number] {
  const step = (vals: number[], span: number) => {
    const u = [...new Set(vals)].sort((a, b) => a - b);
    return u.length > 1 ? (u[u.length - 1] - u[0]) / (u.length - 1) : span;
  };
  return [step(field.map((a) => a.x), bounds[0][1] - bounds[0][0]), step(field.map((a) => a.y), bounds[1][1] - bounds[1][0])];
}

/**
 * Phase-plane figure: nullclines (colour: which variable is stationary), vector field (grey arrows),
 * trajectories (colour by label, a dot at the start) and fixed points (symbol by stability class,
 * circle, diamond, square, triangle, cross, star: filled if stable, open if not; labelled with the class and coordinates
 * on a white halo that hides the lines behind the text). Every part is optional.
 * @example phasePlaneFigure({ nullclines: tr.nullclines(wc, box), field: tr.vectorField(wc, box), fixedPoints: tr.fixedPoints(wc, { bounds: box }), bounds: box, names: ["r_E", "r_I"] })
 */
export function phasePlaneFigure(options: PhasePlaneOptions): Plot.PlotOptions {
  checkOptions("phasePlaneFigure", options, OPTIONS);
  const {
    nullclines = [], field = [], trajectories = [], fixedPoints = [], labelPoints = true, lengthExponent = 0.5,
    width = 640, height = 480, title = "Phase plane", subtitle,
  } = options;
  const seen = [...new Set(nullclines.map((s) => s.of))];
  const variables = options.variables ?? (seen.length === 2 ? [seen[0], seen[1]] : undefined);
  const names = options.names ?? variables ?? ["x", "y"];
  const unknown = seen.find((of) => !(variables ?? names).includes(of));
  if (unknown !== undefined) throw new RangeError(`invalid nullclines: a segment of ${JSON.stringify(unknown)}, not one of the variables ${JSON.stringify(variables ?? names)} (pass variables: the system's names)`);
  const { xLabel = names[0], yLabel = names[1] } = options;
  trajectories.forEach((p, k) => {
    if (p.x.length !== p.y.length) throw new RangeError(`invalid trajectories[${k}] (${p.label}): ${p.x.length} x values and ${p.y.length} y values (expected equal lengths)`);
  });
  const xs = [...nullclines.flatMap((s) => [s.x1, s.x2]), ...field.map((a) => a.x), ...trajectories.flatMap((p) => Array.from(p.x)), ...fixedPoints.map((f) => f.x[0])];
  const ys = [...nullclines.flatMap((s) => [s.y1, s.y2]), ...field.map((a) => a.y), ...trajectories.flatMap((p) => Array.from(p.y)), ...fixedPoints.map((f) => f.x[1])];
  const extent = (v: number[]): [number, number] => {
    if (!v.length) return [0, 1];
    const [lo, hi] = [Math.min(...v), Math.max(...v)];
    return lo < hi ? [lo, hi] : [lo - 0.5, hi + 0.5]; // a single point: a unit box around it
  };
  const bounds = options.bounds ?? [extent(xs), extent(ys)];
  const [[x0, x1], [y0, y1]] = bounds;
  if (!(x0 < x1 && y0 < y1)) throw new RangeError(`invalid bounds: ${JSON.stringify(bounds)} (expected [[xlo, xhi], [ylo, yhi]] with lo < hi)`);

  const nullName = (of: string) => `d${of}/dt = 0 (${of} nullcline)`;
  const nullDomain = names.map(nullName);
  const pathDomain = [...new Set(trajectories.map((p) => p.label))];
  const shown = (of: string) => names[(variables ?? names).indexOf(of)];
  const segments = nullclines.map((s) => ({ ...s, curve: nullName(shown(s.of)) }));
  const paths = trajectories.flatMap((p) => Array.from(p.x, (x, i) => ({ x, y: p.y[i], curve: p.label })));
  const starts = trajectories.filter((p) => p.x.length > 0).map((p) => ({ x: p.x[0], y: p.y[0], curve: p.label }));
  const arrows = field.length ? fieldArrows(field, gridCell(field, bounds), lengthExponent) : [];
  const points = fixedPoints.map((f) => ({ x: f.x[0], y: f.x[1], stability: f.stability, stable: f.stable, text: `${f.stability} (${fixed3(f.x[0])}, ${fixed3(f.x[1])})` }));
  const classes = [...new Set(points.map((p) => p.stability))];
  return {
    width, height, title, subtitle, marginLeft: 50, marginBottom: 40,
    x: { label: xLabel, domain: [x0, x1] },
    y: { label: yLabel, domain: [y0, y1], grid: true },
    color: { legend: segments.length + paths.length > 0, label: "curve", domain: [...nullDomain, ...pathDomain], range: [...NULLCLINE_COLOURS, ...PATH_COLOURS] },
    // no symbol legend: each fixed point's label names its class (a second swatch legend would also take the colour legend's title in display/render.ts)
    symbol: { domain: classes, range: classes.map((c) => SYMBOLS[c]) },
    marks: [
      ...(arrows.length ? [Plot.arrow(arrows, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#9aa4ad", strokeWidth: 1, headLength: 5, clip: true })] : []),
      ...(segments.length ? [Plot.link(segments, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "curve", strokeWidth: 2, clip: true })] : []),
      ...(paths.length ? [
        Plot.line(paths, { x: "x", y: "y", z: "curve", stroke: "curve", strokeWidth: 1.5, clip: true }),
        Plot.dot(starts, { x: "x", y: "y", fill: "curve", r: 3.5 }),
      ] : []),
      ...(points.length ? [
        Plot.dot(points.filter((p) => p.stable), { x: "x", y: "y", symbol: "stability", r: 6, stroke: "black", strokeWidth: 1.5, fill: "black" }),
        Plot.dot(points.filter((p) => !p.stable), { x: "x", y: "y", symbol: "stability", r: 6, stroke: "black", strokeWidth: 1.5, fill: "white" }),
        // labels grow away from the nearer vertical edge, so none is cut off; a wide white halo
        // (stroke under the glyphs) blanks the nullclines and arrows behind the text
        ...(labelPoints ? ([["start", 1], ["end", -1]] as const).map(([anchor, side]) => Plot.text(points.filter((q) => (q.x < (x0 + x1) / 2) === (side === 1)), {
          x: "x", y: "y", text: "text", dy: -14, dx: -6 * side, textAnchor: anchor, fontSize: 11, stroke: "white", strokeWidth: LABEL_HALO,
          strokeLinejoin: "round", fill: "black", paintOrder: "stroke" })) : []),
      ] : []),
    ],
  };
}
