import { describe, expect, it, vi } from "vitest";
import * as aq from "arquero";
import { show, tableFormat } from "../../src/display/show.js";
import { checksHTML, checksText, showChecks, showStatus } from "../../src/display/checks.js";
import { Checks } from "../../src/checks/checks.js";
import { runStatus } from "../../src/checks/status.js";

describe("show(table) formatting", () => {
  it("formats numbers by significant digits, tiny values as 0 and NaN as —", () => {
    const t = aq.table({ a: [12.66667, 1.5], b: [1e-37, 2], c: [NaN, 1], d: [3, 4], e: ["x", "y"] });
    const { format, hasNaN } = tableFormat(t, 4, 50);
    expect(format.a(12.66667)).toBe("12.67");
    expect(format.b(1e-37)).toBe("0");
    expect(format.c(NaN)).toBe("—");
    expect(format.d(3)).toBe("3");
    expect(format.e).toBeUndefined();
    expect(hasNaN).toBe(true);
  });
  it("says how many rows it hid and explains —", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    show(aq.table({ x: [1, NaN, 3] }), { limit: 2 });
    const text = String(log.mock.calls[0][0]);
    log.mockRestore();
    expect(text).toContain("1 of 3 rows not shown");
    expect(text).toContain("— : not defined (NaN)");
    expect(() => show(aq.table({ x: [1] }), { limit: -1 })).toThrow(/invalid limit: -1/);
  });
});

describe("showChecks", () => {
  const checks = new Checks();
  checks.near("rate <E>", 21, 20, { rel: 0.1, source: "Brian2 2.5 run here" });
  checks.equal("label", "AI", "SI fast", { source: "Brunel 2000 Fig. 8" });
  it("renders a marked block with counts, escaped text and a verdict per row", () => {
    const html = checksHTML(checks);
    expect(html).toMatch(/^<div class="tightrope-checks" data-passed="1" data-failed="1">/);
    expect(html).toContain("1 of 2 fail");
    expect(html).toContain("rate &lt;E&gt;");
    expect(html).toMatch(/<tr style="background:#fdecec"><td[^>]*>label<\/td>/);
  });
  it("prints text outside a kernel", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    showChecks(checks);
    log.mockRestore();
    expect(checksText(checks).split("\n")[0]).toBe("checks: 1 passed, 1 failed");
  });
  it("showStatus warns only for a degenerate run", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const silent = { population: "E", n: 10, i: new Int32Array(0), t: new Float64Array(0), start: 0, stop: 100 };
    expect(showStatus(runStatus(silent), "COBA")).toBe(false);
    expect(String(warn.mock.calls[0][0])).toMatch(/⚠ COBA: E in \[50, 100\) ms: activity died out/);
    warn.mockRestore();
  });
});

describe("swatch legend titles", () => {
  it("renderPlot puts color.label in front of a categorical legend (Plot 0.6.17 draws none), in inline HTML and standalone SVG", async () => {
    const Plot = await import("@observablehq/plot");
    const { renderPlot, toInlineHTML, toStandaloneSVG } = await import("../../src/display/render.js");
    const f = renderPlot({ color: { legend: true, label: "population" }, marks: [Plot.dot([{ x: 1, c: "E" }, { x: 2, c: "I" }], { x: "x", fill: "c" })] });
    expect(toInlineHTML(f)).toMatch(/<span [^>]*class="tightrope-legend-title"[^>]*>population:<\/span>/);
    expect(toStandaloneSVG(f)).toMatch(/font-weight="bold"[^>]*>population:<\/text>/);
    const plain = renderPlot({ color: { legend: true }, marks: [Plot.dot([{ x: 1, c: "E" }], { x: "x", fill: "c" })] });
    expect(toInlineHTML(plain)).not.toContain("tightrope-legend-title");
  });
});
