/**
 * Saving figures: `save(plot, "fig/balance")` writes `fig/balance.svg` and `fig/balance.png`.
 * PNGs come from @resvg/resvg-js with the DejaVu fonts shipped by the `dejavu-fonts-ttf` package and
 * system fonts ignored, so the same figure gives the same pixels on every machine.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type * as Plot from "@observablehq/plot";
import { isElement, isPlotOptions, renderPlot, toStandaloneSVG, type Figure } from "./render.js";
import { checkOptions } from "../params/options.js";

const SYSTEM_DEJAVU = "/usr/share/fonts/truetype/dejavu";

/** DejaVu Sans from the dejavu-fonts-ttf package (resolved from the working directory up), else the system copy. */
function fontFiles(): string[] {
  let dir = SYSTEM_DEJAVU;
  try {
    dir = join(dirname(createRequire(join(process.cwd(), "noop.js")).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  } catch {
    // not installed below the working directory: fall back to the system fonts
  }
  const files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) => join(dir, f));
  if (!files.every((f) => existsSync(f))) {
    throw new Error(`DejaVu Sans not found in ${dir}: run \`npm install\` in the project (package dejavu-fonts-ttf)`);
  }
  return files;
}

let fonts: string[] | undefined;

/** Renders a standalone SVG string to PNG bytes (scale 2 by default for crisp figures). */
export function svgToPNG(svg: string, options: { scale?: number } = {}): Uint8Array {
  checkOptions("svgToPNG", options, ["scale"]);
  const { scale = 2 } = options;
  fonts ??= fontFiles();
  const resvg = new Resvg(svg, {
    background: "white",
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
      serifFamily: "DejaVu Sans",
      monospaceFamily: "DejaVu Sans",
    },
  });
  return resvg.render().asPng();
}

/** A figure, or Plot options to render first. */
export type Plottable = Figure | Plot.PlotOptions;

/** The rendered element for a figure or Plot options. */
export function toFigure(plot: Plottable): Figure {
  if (isElement(plot)) return plot;
  if (isPlotOptions(plot)) return renderPlot(plot);
  throw new TypeError(`invalid plot: ${String(plot)} (expected Plot options with marks, or a rendered figure)`);
}

/**
 * Writes `path.svg` and `path.png` (an extension on `path` is replaced) and returns both paths.
 * @param options.scale PNG pixels per SVG unit (default 2).
 */
export function save(plot: Plottable, path: string, options: { scale?: number } = {}): { svg: string; png: string } {
  checkOptions("save", options, ["scale"]);
  const { scale = 2 } = options;
  const base = extname(path) ? path.slice(0, -extname(path).length) : path;
  const svg = toStandaloneSVG(toFigure(plot));
  mkdirSync(dirname(base) || ".", { recursive: true });
  writeFileSync(`${base}.svg`, svg);
  writeFileSync(`${base}.png`, svgToPNG(svg, { scale }));
  return { svg: `${base}.svg`, png: `${base}.png` };
}
