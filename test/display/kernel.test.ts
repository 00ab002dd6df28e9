/**
 * Kernel detection: inside Deno's Jupyter kernel (Deno.jupyter present) the display helpers send
 * MIME bundles through Deno.jupyter.display(bundle, { raw: true }); outside any kernel they fall back.
 * Deno's namespace is simulated here with a recording stub. Sends are asynchronous and paced, so each
 * test awaits flushDisplays() before reading what was sent.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { denoPace, display, flushDisplays, inKernel, newDisplay } from "../../src/display/kernel.js";
import { show } from "../../src/display/show.js";
import { progress } from "../../src/display/progress.js";

type Call = [Record<string, string>, { raw?: boolean; update?: boolean; display_id?: string }];
const g = globalThis as { Deno?: unknown };

/** A recording Deno.jupyter; `delays` (ms per call, cycled) makes some sends slower than others. */
function fakeDeno(delays: number[] = [0]) {
  const calls: Call[] = [];
  let n = 0;
  g.Deno = {
    jupyter: {
      display: (bundle: Record<string, string>, options: Call[1]) =>
        new Promise<void>((resolve) => setTimeout(() => { calls.push([bundle, options]); resolve(); }, delays[n++ % delays.length])),
    },
  };
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

  it("is detected, and each call sends one raw MIME bundle", async () => {
    const calls = fakeDeno();
    expect(inKernel()).toBe(true);
    const out = display()!;
    out.html("<b>x</b>");
    out.markdown("**m**");
    out.svg("<svg/>");
    out.text("t");
    out.png(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(calls).toEqual([]); // nothing is sent while the cell's code runs
    await flushDisplays();
    expect(calls).toEqual([
      [{ "text/html": "<b>x</b>" }, { raw: true }],
      [{ "text/markdown": "**m**" }, { raw: true }],
      [{ "image/svg+xml": "<svg/>" }, { raw: true }],
      [{ "text/plain": "t" }, { raw: true }],
      [{ "image/png": "iVBORw==" }, { raw: true }], // base64 of the PNG signature
    ]);
  });

  it("newDisplay creates one output and then updates it in place; two displays have different ids", async () => {
    const calls = fakeDeno();
    const a = newDisplay()!, b = newDisplay()!;
    a.html("1"); await flushDisplays(); a.html("2"); b.html("3");
    await flushDisplays();
    expect(calls.map(([, o]) => o.update)).toEqual([false, true, false]);
    expect(calls[0][1].display_id).toBe(calls[1][1].display_id);
    expect(calls[2][1].display_id).not.toBe(calls[0][1].display_id);
  });

  it("tr.show and progress go through it; TIGHTROPE_DISPLAY=text forces the text fallback", async () => {
    const calls = fakeDeno();
    show("**hello**");
    const p = progress(10, { label: "run", interval: 0 });
    p.update(5); await flushDisplays(); p.finish();
    await flushDisplays();
    expect(calls[0][0]).toEqual({ "text/markdown": "**hello**" });
    expect(calls.slice(1).map(([b, o]) => [Object.keys(b)[0], o.update])).toEqual([["text/html", false], ["text/html", true]]);
    vi.stubEnv("TIGHTROPE_DISPLAY", "text");
    expect(inKernel()).toBe(false);
    expect(display()).toBeNull();
  });

  it("sends arrive in call order even when the kernel answers some calls slower than others", async () => {
    const calls = fakeDeno([15, 0, 7, 1]);
    const out = display()!;
    for (let i = 0; i < 8; i++) out.text(String(i));
    await flushDisplays();
    expect(calls.map(([b]) => b["text/plain"])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
  });

  it("a display still waiting to be sent takes the newer content (a progress bar sends only its latest state)", async () => {
    const calls = fakeDeno();
    const d = newDisplay()!;
    for (let i = 0; i <= 100; i++) d.text(`${i} %`); // all while the cell runs: one output, created with the last state
    await flushDisplays();
    d.text("done"); d.text("done!"); // after it was shown: one update
    await flushDisplays();
    expect(calls.map(([b, o]) => [b["text/plain"], o.update])).toEqual([["100 %", false], ["done!", true]]);
  });

  it("pauses 2 ms plus 1 ms per 25 kB between sends", () => {
    expect(denoPace(0)).toBe(2);
    expect(denoPace(200_000)).toBeCloseTo(10, 12);
  });

  it("holds the kernel's end-of-cell hook (broadcastResult) until the cell's displays are sent, wrapping it once", async () => {
    const calls = fakeDeno([20]);
    const internal = Symbol("Deno.internal");
    const seen: number[] = [];
    const jupyter = { broadcastResult: async (count: number) => { seen.push(calls.length, count); } };
    Object.assign(g.Deno as object, { internal, [internal]: { jupyter } });
    const out = display()!;
    out.text("a"); out.text("b");
    const wrapped = jupyter.broadcastResult;
    display()!.text("c");
    expect(jupyter.broadcastResult).toBe(wrapped); // not wrapped twice
    await jupyter.broadcastResult(7);
    expect(seen).toEqual([3, 7]); // the kernel's own hook ran after all three were sent, with its argument
  });
});
