import { describe, expect, it } from "vitest";
import { Checks, fmt, fmtSpread, runStatus, spread } from "../../src/core.js";
import type { Spikes } from "../../src/core.js";

describe("fmt(x, digits)", () => {
  it("rounds to significant digits without padding", () => {
    expect(fmt(12.6667)).toBe("12.7");
    expect(fmt(12.6667, 6)).toBe("12.6667");
    expect(fmt(12.5, 6)).toBe("12.5");
    expect(fmt(0.1 + 0.2)).toBe("0.3");
  });
  it("prints integers as integers, float noise as 0, NaN as —, negatives with a minus sign", () => {
    expect(fmt(3)).toBe("3");
    expect(fmt(1234567)).toBe("1234567");
    expect(fmt(1e-37)).toBe("0");
    expect(fmt(NaN)).toBe("—");
    expect(fmt(-Infinity)).toBe("−∞");
    expect(fmt(-2.5)).toBe("−2.5");
  });
  it("uses exponents for very small and very large non-integers", () => {
    expect(fmt(2.5e-7)).toBe("2.5e-7");
    expect(fmt(1234567.8)).toBe("1.23e6");
  });
  it("rejects a bad digits count", () => {
    expect(() => fmt(1, 0)).toThrow(/invalid digits: 0/);
  });
});

describe("spread(values)", () => {
  it("gives mean ± sample sd, leaving NaN out and counting it", () => {
    const s = spread([1, 2, 3, NaN]);
    expect(s.mean).toBe(2);
    expect(s.sd).toBe(1);
    expect(s.n).toBe(3);
    expect(s.nan).toBe(1);
    expect(fmtSpread(s)).toBe("2 ± 1 (n = 3)");
  });
  it("handles hundreds of thousands of values (no argument spreading)", () => {
    const s = spread(Float64Array.from({ length: 300_000 }, (_, k) => k));
    expect(s.min).toBe(0);
    expect(s.max).toBe(299_999);
  });
  it("of nothing is NaN with n = 0", () => {
    expect(spread([]).n).toBe(0);
    expect(Number.isNaN(spread([]).mean)).toBe(true);
  });
});

describe("Checks", () => {
  it("near passes within max(abs, rel·|ref|) and fails outside", () => {
    const c = new Checks();
    expect(c.near("a", 10.9, 10, { rel: 0.1, source: "analytic: x" }).pass).toBe(true);
    expect(c.near("b", 11.1, 10, { rel: 0.1, source: "analytic: x" }).pass).toBe(false);
    expect(c.near("c", 11.1, 10, { rel: 0.1, abs: 1.5, source: "analytic: x" }).pass).toBe(true);
    expect(c.passed).toBe(2);
    expect(c.failed).toBe(1);
    expect(c.allPassed).toBe(false);
  });
  it("fails a NaN value and a spread with NaN repeats", () => {
    const c = new Checks();
    expect(c.near("a", NaN, 1, { abs: 1e9, source: "s" }).pass).toBe(false);
    expect(c.below("b", spread([0.1, NaN]), 1, { source: "s" }).pass).toBe(false);
    expect(c.rows[1].note).toMatch(/1 repeat\(s\) gave NaN/);
  });
  it("compares a spread by its mean and shows n", () => {
    const c = new Checks();
    const r = c.between("rate", spread([19, 21]), [18, 22], { source: "Brian2 2.5 run here" });
    expect(r.pass).toBe(true);
    expect(r.value).toBe("20 ± 1.4 (n = 2)");
    expect(r.kind).toBe("peer");
  });
  it("infers the kind from the source and keeps an explicit one", () => {
    const c = new Checks();
    expect(c.equal("x", "AI", "AI", { source: "Brunel 2000 Fig. 8" }).kind).toBe("paper");
    expect(c.above("y", 2, 1, { source: "analytic: 1/τ" }).kind).toBe("analytic");
    expect(c.above("z", 2, 1, { source: "same formula", kind: "identity" }).kind).toBe("identity");
    expect(c.that("w", false, { value: "3/8", reference: "8/8", source: "irregular means CV > 1" }).verdict).toBe("fail");
  });
  it("rejects a missing source, a missing tolerance and unknown options with a guess", () => {
    const c = new Checks();
    expect(() => c.near("a", 1, 1, { rel: 0.1 } as never)).toThrow(/invalid source of checks.near/);
    expect(() => c.near("a", 1, 1, { source: "s" })).toThrow(/needs a tolerance/);
    expect(() => c.near("a", 1, 1, { source: "s", rel: 0.1, tolerence: 1 } as never)).toThrow(/unknown option tolerence.*did you mean rel/);
    expect(() => c.below("a", 1, 2, { sorce: "s" } as never)).toThrow(/unknown option sorce.*did you mean source\?/);
    expect(() => c.near("a", 1, 1, { source: "s", rel: -1 })).toThrow(/invalid rel: -1/);
    expect(() => c.between("a", 1, [2, 1], { source: "s" })).toThrow(/expected lo ≤ hi/);
  });
});

describe("runStatus(spikes)", () => {
  const spikes = (rate: number, n = 10, T = 1000): Spikes => {
    const count = Math.round((rate * n * T) / 1000);
    const t = Float64Array.from({ length: count }, (_, k) => (k * T) / count);
    return { population: "E", n, i: Int32Array.from(t, (_, k) => k % n), t, start: 0, stop: T };
  };
  it("is ok for a moderate rate, measured over the last quarter", () => {
    const s = runStatus(spikes(20));
    expect(s.ok).toBe(true);
    expect(s.from).toBe(750);
    expect(s.rate).toBeCloseTo(20, 6);
  });
  it("flags a silent run, a runaway run and an empty window", () => {
    expect(runStatus(spikes(0)).status).toBe("died out");
    expect(runStatus(spikes(500)).status).toBe("runaway");
    expect(runStatus(spikes(20), { from: 100, to: 100 }).status).toBe("nan");
  });
  it("makes a checks row that fails for a degenerate run", () => {
    const c = new Checks();
    expect(c.healthy("COBA", runStatus(spikes(0))).pass).toBe(false);
    expect(c.rows[0].note).toMatch(/died out/);
  });
});

describe("Checks.record", () => {
  it("records a finding apart from passes and failures", () => {
    const c = new Checks();
    c.near("x", 1, 1, { rel: 0.1, source: "analytic" });
    const r = c.record("healthy E rate under the blocker", "4.53 → 6.38 Hz: raised", { reference: "hypothesis: lowered", source: "issue's expectation" });
    expect(r.verdict).toBe("recorded");
    expect([c.passed, c.failed, c.recorded]).toEqual([1, 0, 1]);
    expect(c.allPassed).toBe(true);
  });
  it("a table of recorded rows only has passed nothing", () => {
    const c = new Checks();
    c.record("direction", "raised", { source: "observed" });
    expect(c.allPassed).toBe(false);
    expect(c.rows[0].reference).toBe("—");
  });
  it("refuses an unknown option with a guess", () => {
    const c = new Checks();
    expect(() => c.record("x", 1, { source: "s", refrence: "y" } as never)).toThrow(/unknown option refrence of checks.record; did you mean reference\?/);
  });
});
