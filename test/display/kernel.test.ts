/**
 * Kernel detection: inside Deno's Jupyter kernel (Deno.jupyter present) the display helpers send
 * MIME bundles through Deno.jupyter.display(bundle, { raw: true }); outside any kernel they fall back.
 * Deno's namespace is simulated here with a recording stub.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { display, inKernel, newDisplay } from "../../src/display/kernel.js";
import { show } from "../../src/display/show.js";
import { progress } from "../../src/display/progress.js";

type Call = [Record<string, string>, { raw?: boolean; update?: boolean; display_id?: string }];
const g = globalThis as { Deno?: unknown };

function fakeDeno() {
  const calls: Call[] = [];
  g.Deno = { jupyter: { display: (bundle: Record<string, string>, options: Call[1]) => { calls.push([bundle, options]); return Promise.resolve(); } } };
  return calls;
}

afterEach(() => {
  delete g.Deno;
  vi.unstubAllEnvs();
});

describe("Deno's Jupyter kernel", () => {
  it("outside a kernel (plain node, or deno run where the Deno.jupyter getter throws) there is no display", () => {
    expect(inKernel()).toBe(false);
    expect(display()).toBeNull();
    g.Deno = Object.defineProperty({}, "jupyter", { get() { throw new Error("Deno.jupyter is only available in `deno jupyter` subcommand"); } });
    expect(inKernel()).toBe(false);
    expect(display()).toBeNull();
    expect(newDisplay()).toBeNull();
  });

  it("is detected, and each call sends one raw MIME bundle", () => {
    const calls = fakeDeno();
    expect(inKernel()).toBe(true);
    const out = display()!;
    out.html("<b>x</b>");
    out.markdown("**m**");
    out.svg("<svg/>");
    out.text("t");
    out.png(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(calls).toEqual([
      [{ "text/html": "<b>x</b>" }, { raw: true }],
      [{ "text/markdown": "**m**" }, { raw: true }],
      [{ "image/svg+xml": "<svg/>" }, { raw: true }],
      [{ "text/plain": "t" }, { raw: true }],
      [{ "image/png": "iVBORw==" }, { raw: true }], // base64 of the PNG signature
    ]);
  });

  it("newDisplay creates one output and then updates it in place; two displays have different ids", () => {
    const calls = fakeDeno();
    const a = newDisplay()!, b = newDisplay()!;
    a.html("1"); a.html("2"); b.html("3");
    expect(calls.map(([, o]) => o.update)).toEqual([false, true, false]);
    expect(calls[0][1].display_id).toBe(calls[1][1].display_id);
    expect(calls[2][1].display_id).not.toBe(calls[0][1].display_id);
  });

  it("tr.show and progress go through it; TIGHTROPE_DISPLAY=text forces the text fallback", () => {
    const calls = fakeDeno();
    show("**hello**");
    const p = progress(10, { label: "run", interval: 0 });
    p.update(5); p.finish();
    expect(calls[0][0]).toEqual({ "text/markdown": "**hello**" });
    expect(calls.slice(1).map(([b, o]) => [Object.keys(b)[0], o.update])).toEqual([["text/html", false], ["text/html", true]]);
    vi.stubEnv("TIGHTROPE_DISPLAY", "text");
    expect(inKernel()).toBe(false);
    expect(display()).toBeNull();
  });
});
