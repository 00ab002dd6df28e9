import { describe, expect, it, vi } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import { renderPlot, toStandaloneSVG, toInlineHTML } from "../../src/display/render.js";
import { save, svgToPNG } from "../../src/display/save.js";
import { show } from "../../src/display/show.js";
import { inKernel, display } from "../../src/display/kernel.js";
import { progress } from "../../src/display/progress.js";

const data = [{ x: 1, y: 2, s: "a" }, { x: 2, y: 3, s: "b" }];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe("render", () => {
  it("renderPlot returns an <svg> for a bare plot and toStandaloneSVG adds xmlns", () => {
    const el = renderPlot({ marks: [Plot.dot(data, { x: "x", y: "y" })] });
    expect(el.tagName.toLowerCase()).toBe("svg");
    const svg = toStandaloneSVG(el);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(toInlineHTML(el)).toContain("xmlns=");
  });
  it("toStandaloneSVG lays out a <figure> with title and swatch legend as one SVG", () => {
    const el = renderPlot({ title: "Title & more", color: { legend: true }, marks: [Plot.dot(data, { x: "x", y: "y", fill: "s" })] });
    expect(el.tagName.toLowerCase()).toBe("figure");
    const svg = toStandaloneSVG(el);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
    expect(svg).toContain("Title &amp; more");
    expect(svg).toContain(">a</text>");
    expect(svg).toContain(">b</text>");
    expect(svg).not.toContain("<h2>");
  });
  it("renderPlot drops a continuous colour legend (no canvas in Node) instead of failing", () => {
    const el = renderPlot({ color: { type: "linear", legend: true }, marks: [Plot.dot(data, { x: "x", y: "y", fill: "y" })] });
    expect(el.tagName.toLowerCase()).toBe("svg");
  });
});

describe("save", () => {
  it("save(plot, path) writes an SVG and a PNG", () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-save-"));
    const out = save({ title: "t", marks: [Plot.lineY([1, 3, 2])] }, join(dir, "sub", "fig.png"));
    expect(out).toEqual({ svg: join(dir, "sub", "fig.svg"), png: join(dir, "sub", "fig.png") });
    expect(readFileSync(out.svg, "utf8")).toContain("<svg");
    expect([...readFileSync(out.png).subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  });
  it("svgToPNG gives identical bytes for the same figure (fonts set explicitly)", () => {
    const svg = toStandaloneSVG(renderPlot({ title: "same", marks: [Plot.dot(data, { x: "x", y: "y" })] }));
    expect(Buffer.from(svgToPNG(svg)).equals(Buffer.from(svgToPNG(svg)))).toBe(true);
  });
  it("save rejects something that is not a plot", () => {
    expect(() => save(42 as never, "/tmp/x")).toThrow("invalid plot: 42");
  });
});

describe("show outside a kernel", () => {
  it("inKernel() is false under vitest and display() is null", () => {
    expect(inKernel()).toBe(false);
    expect(display()).toBeNull();
  });
  it("show(plot) writes the figure to a file and prints its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-show-"));
    process.env.TIGHTROPE_FIGURES = dir;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      show({ marks: [Plot.dot(data, { x: "x", y: "y" })] });
      const msg = String(log.mock.calls[0][0]);
      const file = /figure written to (.+)\]/.exec(msg)![1];
      expect(existsSync(file)).toBe(true);
    } finally {
      log.mockRestore();
      delete process.env.TIGHTROPE_FIGURES;
    }
  });
  it("show(table) prints markdown and show(text) prints the text", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      show(aq.table({ a: [1, 2] }));
      show("# hello");
      expect(String(log.mock.calls[0][0])).toContain("|a|");
      expect(log.mock.calls[1][0]).toBe("# hello");
    } finally {
      log.mockRestore();
    }
  });
});

describe("progress", () => {
  it("progress(total) writes at most one line per 10 % to stderr outside a kernel", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const p = progress(100, { label: "sim", interval: 0 });
      for (let i = 0; i <= 100; i++) p.update(i);
      p.finish();
      const lines = write.mock.calls.map((c) => String(c[0]));
      expect(lines.length).toBe(11);
      expect(lines[0]).toMatch(/^sim: 0 %/);
      expect(lines.at(-1)).toMatch(/^sim: 100 %/);
    } finally {
      write.mockRestore();
    }
  });
  it("progress rejects a non-positive total", () => {
    expect(() => progress(0)).toThrow("invalid total: 0");
  });
});
