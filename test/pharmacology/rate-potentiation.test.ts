import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { RatePotentiation, ratePotentiation } from "../../src/pharmacology/rate-potentiation.js";

/** Q: 5 neurons each made to fire once by every spike of a regular source (delta synapses, 20 mV jumps), every `period` ms. */
function regular(period: number, T: number) {
  const net = new Network({ dt: 0.1, seed: 1 });
  const times: number[] = [], indices: number[] = [];
  for (let t = period; t < T; t += period) for (let i = 0; i < 5; i++) { times.push(t); indices.push(i); }
  net.spikeTimes("src", 5, { indices, times });
  net.population("Q", 5, lif({ synapse: "delta", t_ref: 1 }));
  net.connect("src", "Q", { rule: { rule: "one-to-one" }, weight: 20, delay: 0.1 });
  return net;
}

describe("ratePotentiation", () => {
  it("does not grow while the population rate is at or below θ", () => {
    const net = regular(50, 1000); // 20 Hz
    const rule = ratePotentiation(net, "src→Q", { eta: 1e-3, theta: 30, r_init: 20 });
    expect(rule).toBeInstanceOf(RatePotentiation);
    net.run(1000);
    expect(rule.rate).toBeGreaterThan(10); // the neurons did fire
    expect(rule.scale).toBe(1);
  });
  it("follows the analytic growth s = 1 + η (R − θ) t for a regular 100-Hz train, and stops at s_max", () => {
    const T = 2000, eta = 1e-5, theta = 40, tau_r = 100;
    const net = regular(10, T);
    const rule = ratePotentiation(net, "src→Q", { eta, theta, tau_r, r_init: 100, s_max: 100 });
    net.run(T);
    // a regular 100-Hz train low-passed with τ_r = 100 ms ripples by ±5 % around 100 Hz (mean exact):
    // s(T) = 1 + η (100 − θ) T = 2.2 up to the ripple's phase at the ends; tolerance 0.01
    expect(Math.abs(rule.rate - 100)).toBeLessThan(6);
    expect(Math.abs(rule.scale - (1 + eta * (100 - theta) * T))).toBeLessThan(0.01);
    expect(Array.from(net.projection("src→Q").gains[0])).toEqual(new Array(5).fill(rule.scale));
    const capped = regular(10, T);
    const c = ratePotentiation(capped, "src→Q", { eta, theta, tau_r, r_init: 100, s_max: 1.5 });
    capped.run(T);
    expect(c.scale).toBe(1.5);
  });
  it("rejects bad input naming it", () => {
    const net = new Network({ dt: 0.1 });
    net.population("E", 2, lif());
    net.population("I", 2, lif(), { kind: "inhibitory" });
    net.connect("E", "I", { rule: { rule: "all" }, weight: 1 });
    net.connect("I", "E", { rule: { rule: "all" }, weight: 1 });
    expect(() => ratePotentiation(net, "I→E", { eta: 1, theta: 1 })).toThrow(/inhibitory/);
    expect(() => ratePotentiation(net, "E→I", { eta: 0, theta: 1 })).toThrow(/invalid eta/);
    expect(() => ratePotentiation(net, "E→I", { eta: 1, theta: -1 })).toThrow(/invalid theta/);
    expect(() => ratePotentiation(net, "E→I", { eta: 1, theta: 1, s_max: 0.5 })).toThrow(/invalid s_max/);
    expect(() => ratePotentiation(net, "E→I", { eta: "x" as unknown as number, theta: 1 })).toThrow(TypeError);
  });
});
