/**
 * Rendering Observable Plot figures in Node: Plot needs a DOM, and linkedom provides one
 * (≈5 ms per render, lighter than jsdom). Plot returns an `<svg>`, or an HTML `<figure>` when the
 * plot has a title, subtitle, caption or legend; {@link toStandaloneSVG} turns either into one
 * standalone SVG document (for files and PNG).
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { warnOnce } from "../params/warn.js";

/**
 * The part of a DOM element that tightrope reads. Declared here rather than taken from lib.dom, which
 * tslab's compiler (lib ES2022) does not load.
 */
export interface DomElement {
  tagName: string;
  outerHTML: string;
  textContent: string | null;
  children: ArrayLike<DomElement>;
  /** An attribute's value, or null. */
  getAttribute(name: string): string | null;
  /** The first descendant matching a CSS selector, or null. */
  querySelector(selector: string): DomElement | null;
  /** All descendants matching a CSS selector. */
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A rendered figure: an `<svg>` or a `<figure>` element. */
export type Figure = DomElement;

type PlotDocument = Plot.PlotOptions["document"];
let doc: PlotDocument | undefined;

/** A shared linkedom document for Plot. */
export function plotDocument(): PlotDocument {
  doc ??= parseHTML("<!DOCTYPE html><html><head></head><body></body></html>").document as unknown as PlotDocument;
  return doc;
}

/** Whether `x` looks like Plot options (an object with a `marks` array) rather than an element. */
export function isPlotOptions(x: unknown): x is Plot.PlotOptions {
  return typeof x === "object" && x !== null && Array.isArray((x as Plot.PlotOptions).marks) && !("outerHTML" in x);
}

/** Whether `x` is a rendered DOM element (from linkedom or a browser). */
export function isElement(x: unknown): x is Figure {
  return typeof x === "object" && x !== null && typeof (x as DomElement).outerHTML === "string";
}

/**
 * `Plot.plot` with the linkedom document. Continuous colour legends need a canvas, which linkedom
 * lacks: they are dropped with a one-time warning rather than failing the figure.
 */
export function renderPlot(options: Plot.PlotOptions): Figure {
  let figure: Figure;
  try {
    figure = Plot.plot({ ...options, document: plotDocument() }) as unknown as Figure;
  } catch (e) {
    if (!(e instanceof TypeError) || !/fillStyle|getContext/.test(e.message)) throw e;
    warnOnce("plot-ramp-legend", "a continuous colour legend needs a canvas, which Node lacks: legend omitted");
    const color = { ...(options.color ?? {}), legend: false };
    figure = Plot.plot({ ...options, color, document: plotDocument() }) as unknown as Figure;
  }
  return withSwatchTitle(figure, options.color?.label);
}

/**
 * Plot 0.6.17 draws no title on swatch (categorical) legends, whatever `color.label` says: put the
 * label in front of the swatches, so a legend says what its colours mean.
 */
function withSwatchTitle(figure: Figure, label: unknown): Figure {
  if (typeof label !== "string" || !label || figure.tagName.toLowerCase() !== "figure") return figure;
  const swatches = Array.from(figure.children).find((c) => c.tagName.toLowerCase() === "div" && /swatches/.test(c.getAttribute("class") ?? ""));
  if (!swatches) return figure;
  type Node = { setAttribute(n: string, v: string): void; textContent: string };
  const el = swatches as unknown as { ownerDocument: { createElement(t: string): Node }; insertBefore(a: Node, b: unknown): void; firstChild: unknown };
  const title = el.ownerDocument.createElement("span");
  title.setAttribute("class", "tightrope-legend-title");
  title.setAttribute("style", "font-weight:bold;margin-right:0.8em");
  title.textContent = `${label}:`;
  el.insertBefore(title, el.firstChild);
  return figure;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function withXmlns(svg: string): string {
  return svg.includes("xmlns=") ? svg : svg.replace(/^<svg/i, `<svg xmlns="${SVG_NS}"`);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function num(el: DomElement, attr: string, fallback: number): number {
  const v = Number(el.getAttribute(attr));
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * One standalone SVG document for a figure: an `<svg>` gets its `xmlns`; a `<figure>` is laid out
 * top to bottom — title and subtitle as text, swatch legends as coloured squares with labels,
 * ramp legends and the plot as nested SVGs, the caption last.
 */
export function toStandaloneSVG(figure: Figure): string {
  if (figure.tagName.toLowerCase() === "svg") return withXmlns(figure.outerHTML);
  const parts: string[] = [];
  let y = 0;
  let width = 0;
  const text = (s: string, size: number, weight = "normal") => {
    y += size * 1.4;
    parts.push(`<text x="0" y="${y - size * 0.35}" font-size="${size}" font-weight="${weight}" ` +
      `font-family="DejaVu Sans, sans-serif" fill="black">${escapeXml(s)}</text>`);
  };
  for (const child of Array.from(figure.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === "h2") text(child.textContent ?? "", 16, "bold");
    else if (tag === "h3") text(child.textContent ?? "", 12);
    else if (tag === "figcaption") text(child.textContent ?? "", 11);
    else if (tag === "svg") {
      const w = num(child, "width", 640);
      const h = num(child, "height", 400);
      const inner = child.outerHTML.replace(/^<svg/i, `<svg x="0" y="${y}"`);
      parts.push(inner);
      y += h;
      width = Math.max(width, w);
    } else if (tag === "div") {
      // swatch legend: <span><svg fill=…/>label</span>…
      let x = 0;
      y += 6;
      for (const sw of Array.from(child.querySelectorAll("span"))) {
        const box = sw.querySelector("svg");
        if (!box) { // the legend's title (withSwatchTitle)
          const t = sw.textContent ?? "";
          parts.push(`<text x="${x}" y="${y + 10}" font-size="10" font-weight="bold" font-family="DejaVu Sans, sans-serif" fill="black">${escapeXml(t)}</text>`);
          x += 7 * t.length + 10;
          continue;
        }
        const fill = box?.getAttribute("fill") ?? box?.getAttribute("stroke") ?? "black";
        const label = sw.textContent ?? "";
        parts.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${fill}"/>` +
          `<text x="${x + 16}" y="${y + 10}" font-size="10" font-family="DejaVu Sans, sans-serif" fill="black">${escapeXml(label)}</text>`);
        x += 16 + 6.5 * label.length + 14;
      }
      y += 20;
      width = Math.max(width, x);
    }
  }
  width = Math.max(width, 320);
  return `<svg xmlns="${SVG_NS}" width="${width}" height="${Math.ceil(y)}" viewBox="0 0 ${width} ${Math.ceil(y)}">` +
    `<rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
}

/** The HTML to show inline: the element's markup (an `<svg>` gets `xmlns`). */
export function toInlineHTML(figure: Figure): string {
  return figure.tagName.toLowerCase() === "svg" ? withXmlns(figure.outerHTML) : figure.outerHTML;
}
