import { afterEach, describe, expect, it, vi } from "vitest";
import { collectWarnings, summarizeWarnings } from "../../src/isn/warnings.js";
import { Warnings, setWarningHandler } from "../../src/params/warn.js";

describe("summarizeWarnings", () => {
  it("gives one line per kind (text before the first colon), with a count and the first message", () => {
    const lines = summarizeWarnings(["runaway in E at 60 ms: 388 Hz", "dt too large: τ = 1 ms", "runaway in E at 60 ms: 400 Hz"], "expected");
    expect(lines).toEqual(["(warning ×2, first) runaway in E at 60 ms: 388 Hz — expected", "(warning) dt too large: τ = 1 ms — expected"]);
    expect(summarizeWarnings([])).toEqual([]);
  });
});

describe("collectWarnings", () => {
  afterEach(() => vi.restoreAllMocks());
  it("collects the library's warnings until flushed, prints the summary, and restores the handler on stop", () => {
    const outer: string[] = [];
    const before = setWarningHandler((m) => outer.push(m));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const w = collectWarnings();
    new Warnings().once("a", "kind A: first");
    new Warnings().once("a", "kind A: second");
    expect(w.pending).toHaveLength(2);
    expect(w.flush()).toEqual(["(warning ×2, first) kind A: first"]);
    expect(log).toHaveBeenCalledWith("(warning ×2, first) kind A: first");
    expect(w.pending).toHaveLength(0);
    w.stop();
    new Warnings().once("b", "kind B: after stop");
    expect(outer).toEqual(["kind B: after stop"]);
    setWarningHandler(before);
  });
});
