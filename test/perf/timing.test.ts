import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../src/perf/timing.js";

describe("collectGarbage", () => {
  it("runs a full collection: an object only a WeakRef points to is gone afterwards", async () => {
    const ref = (() => new WeakRef({ big: new Float64Array(1000) }))();
    await new Promise((r) => setTimeout(r, 0)); // WeakRef targets are kept until the current job ends
    expect(collectGarbage()).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(ref.deref()).toBeUndefined();
  });
});

describe("measureScaling's gc option", () => {
  it("is a boolean: another value is an error naming it", async () => {
    const { measureScaling } = await import("../../src/perf/scaling.js");
    expect(() => measureScaling([1], () => () => 0, { gc: "yes" as never })).toThrow(/invalid gc: "yes" \(expected true or false\)/);
  });
});
