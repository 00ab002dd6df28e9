import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { rateUnit } from "../../src/models/rate.js";
import { RateProjection } from "../../src/models/rate-projection.js";
import { link } from "../support/rate-net.js";
import "../../src/units/parse.js";

/** Neuromatch Academy's oscillatory Wilson–Cowan pair, with delays, built by `wire`. */
function wilsonCowan(wire: (net: Network, pre: string, post: string, w: number, d: number) => void): Network {
  const net = new Network({ dt: 0.1, seed: 1 });
  net.population("E", 1, rateUnit({ transfer: "sigmoid", tau: 1, gain: 1.2, theta: 2.8, I_bias: 0.8 }), { init: { r: 0.32 } });
  net.population("I", 1, rateUnit({ transfer: "sigmoid", tau: 2, gain: 1, theta: 4 }), { kind: "inhibitory", init: { r: 0.15 } });
  wire(net, "E", "E", 6.4, 1); wire(net, "I", "E", -4.8, 2); wire(net, "E", "I", 6, 2); wire(net, "I", "I", -1.2, 1);
  return net;
}

describe("connect between rate populations", () => {
  it("makes a rate projection identical to one added by hand, and the network's spec rebuilds it", () => {
    const a = wilsonCowan((net, pre, post, w, d) => { expect(net.connect(pre, post, { rule: { rule: "all" }, weight: w, delay: d })).toBeInstanceOf(RateProjection); });
    const b = wilsonCowan((net, pre, post, w, d) => { link(net, pre, post, w, d); });
    const c = Network.fromSpec(JSON.parse(JSON.stringify(a.toSpec())));
    const ms = [a, b, c].map((n) => n.monitorState("E", ["r"]));
    for (const n of [a, b, c]) n.run(100);
    const [ra, rb, rc] = ms.map((m) => m.traces().values.r![0]);
    expect(Math.max(...ra) - Math.min(...ra)).toBeGreaterThan(0.1); // it oscillates
    expect(Array.from(ra)).toEqual(Array.from(rb));
    expect(Array.from(rc)).toEqual(Array.from(ra));
  });
  it("keeps Dale's law: an inhibitory rate population couples with weights ≤ 0", () => {
    const net = new Network();
    net.population("E", 1, rateUnit());
    net.population("I", 1, rateUnit(), { kind: "inhibitory" });
    expect(() => net.connect("I", "E", { rule: { rule: "all" }, weight: 4 })).toThrow(/Dale's law/);
  });
  it("a current into rate units is an input in the rate's unit, not pA", () => {
    const net = new Network({ dt: 0.1 });
    net.population("L", 1, rateUnit({ transfer: "threshold-linear", tau: 10 }));
    net.current("L", { type: "step", amplitude: "5 Hz" });
    expect(() => net.current("L", { type: "step", amplitude: "5 pA" })).toThrow(/amplitude/);
    const m = net.monitorState("L", ["r"]);
    net.run(200);
    const r = m.traces().values.r![0];
    expect(r[r.length - 1]).toBeCloseTo(5 * (1 - Math.exp(-20)), 6); // τ dr/dt = −r + [I]₊ with I = 5 Hz
  });
});
