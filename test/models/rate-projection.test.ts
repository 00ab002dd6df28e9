import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link, record } from "../support/rate-net.js";
import { Network } from "../../src/network/network.js";
import { setWarningHandler } from "../../src/params/warn.js";
import { rateUnit } from "../../src/models/rate.js";
import { RateProjection } from "../../src/models/rate-projection.js";
import { rateHistory } from "../../src/models/rate-history.js";
import { pairsToCsr } from "../../src/network/connect.js";
import { Population } from "../../src/engine/population.js";
import { Rng } from "../../src/random/rng.js";
import type { Model } from "../../src/engine/model.js";

/**
 * Exact solution of τ x′ = −x + w x(t − D) + b with x(t) = x₀ for t ≤ 0, by the method of steps
 * (a closed form per interval, not the integrator): on [kD, (k+1)D], with s = t − kD,
 *   x(s) = A_k + e^{−s/τ} P_k(s),  A_k = w A_{k−1} + b,  P_k(s) = C_k + (w/τ) ∫₀ˢ P_{k−1},
 * A_{−1} = x₀, P_{−1} = 0, and C_k from continuity at s = 0.
 */
function methodOfSteps(tau: number, w: number, b: number, D: number, x0: number): (t: number) => number {
  const A: number[] = [], P: number[][] = [];
  const horner = (p: number[], s: number) => p.reduceRight((acc, c) => acc * s + c, 0);
  let Aprev = x0, Pprev: number[] = [];
  return (t: number) => {
    if (t <= 0) return x0;
    const k = Math.floor(t / D + 1e-12);
    while (A.length <= k) {
      const atEnd = Aprev + Math.exp(-D / tau) * horner(Pprev, D);
      const Ak = w * Aprev + b;
      const Pk = [atEnd - Ak, ...Pprev.map((c, m) => ((w / tau) * c) / (m + 1))];
      A.push(Ak); P.push(Pk); Aprev = Ak; Pprev = Pk;
    }
    const s = t - k * D;
    return A[k] + Math.exp(-s / tau) * horner(P[k], s);
  };
}

/** Largest error of a linear delayed self-loop against the method of steps, over 60 ms. */
function loopError(dt: number, w: number, kind: "excitatory" | "inhibitory", D = 4, tau = 10, b = 0.3): number {
  const net = new Network({ dt });
  net.population("L", 1, rateUnit({ transfer: "linear", tau, I_bias: b }), { kind, init: { r: 1 } });
  link(net, "L", "L", w, D);
  const { t, values } = record(net, "L", ["r"], 60);
  const exact = methodOfSteps(tau, w, b, D, 1);
  return Math.max(...Array.from(t, (tk, k) => Math.abs(values.r[0][k] - exact(tk))));
}

/** Warnings of the networks in these tests (dt larger than a tenth of τ in convergence runs, …). */
const warnings: string[] = [];
let previous: (m: string) => void;
beforeAll(() => { previous = setWarningHandler((m) => warnings.push(m)); });
afterAll(() => { setWarningHandler(previous); });

describe("rate projections: delay-differential equations", () => {
  it("the method of steps solves its equation (identity check of the reference: residual of τx′ + x − w x(t−D) − b)", () => {
    const x = methodOfSteps(10, -1.5, 0.3, 4, 1), e = 1e-4;
    for (const t of [0.5, 3.9, 4.1, 9, 17.3, 33, 55]) {
      const dx = (x(t + e) - x(t - e)) / (2 * e);
      expect(Math.abs(10 * dx + x(t) + 1.5 * x(t - 4) - 0.3)).toBeLessThan(1e-6); // central-difference error ~ e²
    }
  });

  it("a delayed loop τ r′ = −r + w r(t−D) + b matches the method of steps to 1e-6 at dt = 0.1 ms (inhibitory and excitatory)", () => {
    // requirement of issue 12: 1e-6; the scheme is fourth order (measured below)
    expect(loopError(0.1, -1.5, "inhibitory")).toBeLessThan(1e-6);
    expect(loopError(0.1, 0.8, "excitatory")).toBeLessThan(1e-6);
    // a stiffer loop (τ = 2 ms, D = 4 ms: oscillation with period ≈ 2D) is still within 1e-6
    expect(loopError(0.1, -1.5, "inhibitory", 4, 2)).toBeLessThan(1e-6);
  });

  it("the error of a delayed loop falls as dt⁴ (order 3.5–4.5 from dt = 0.4, 0.2, 0.1 ms)", () => {
    const errors = [0.4, 0.2, 0.1].map((dt) => loopError(dt, -1.5, "inhibitory", 4, 2));
    expect(errors[2]).toBeGreaterThan(1e-12); // well above round-off, so the ratios measure the scheme
    for (let k = 1; k < errors.length; k++) {
      const order = Math.log2(errors[k - 1] / errors[k]);
      expect(order).toBeGreaterThan(3.5);
      expect(order).toBeLessThan(4.5);
    }
  });

  it("per-synapse delays: two loops with 4 and 6 ms in one projection each match their own method of steps", () => {
    const net = new Network({ dt: 0.1 });
    net.population("L", 2, rateUnit({ transfer: "linear", tau: 10, I_bias: 0.3 }), { kind: "inhibitory", init: { r: [1, 2] } });
    link(net, "L", "L", [-1.5, -0.5], [4, 6], { pairs: { pre: [0, 1], post: [0, 1] } });
    const { t, values } = record(net, "L", ["r"], 60);
    const exact = [methodOfSteps(10, -1.5, 0.3, 4, 1), methodOfSteps(10, -0.5, 0.3, 6, 2)];
    for (const i of [0, 1]) expect(Math.max(...Array.from(t, (tk, k) => Math.abs(values.r[i][k] - exact[i](tk))))).toBeLessThan(1e-6);
  });

  it("equal per-synapse delays give the same numbers as one delay for the projection (identity)", () => {
    const run = (perSynapse: boolean) => {
      const net = new Network({ dt: 0.1 });
      const p = net.population("L", 3, rateUnit({ transfer: "linear", tau: 5 }), { init: { r: [1, 0.5, 0.2] } });
      link(net, "L", "L", perSynapse ? Array(9).fill(0.2) : 0.2, perSynapse ? Array(9).fill(2.5) : 2.5);
      net.run(30);
      return Array.from(p.state.r);
    };
    expect(run(true)).toEqual(run(false));
  });

  /**
   * Largest error of a sigmoid E–I pair with delays E→I 3 ms, I→E 2 ms and self-loops of delay `self`
   * (ms) against an independent integration of the DDE: RK4 with step 0.005 ms, delayed states from
   * cubic Hermite interpolation of its own grid (its error, O(0.005⁴), is far below the tolerances).
   */
  function eiLoopError(self: number, dts: number[]): number[] {
    const P = { tauE: 5, tauI: 3, aE: 1.2, thE: 2.8, aI: 1, thI: 4, wEE: 9, wEI: -6, wIE: 13, wII: -2, bE: 1, dEI: 2, dIE: 3 };
    const F = (x: number, a: number, th: number) => 1 / (1 + Math.exp(-a * (x - th))) - 1 / (1 + Math.exp(a * th));
    const h = 0.005, T = 60, N = Math.round(T / h);
    const xs = [[0.3], [0.1]], ds: number[][] = [[0], [0]];
    const at = (v: number, t: number) => {
      if (t <= 0) return xs[v][0];
      const k = Math.min(Math.floor(t / h), xs[v].length - 2), x = t / h - k;
      const [a, b, sa, sb] = [xs[v][k], xs[v][k + 1], ds[v][k], ds[v][k + 1]];
      return (2 * x ** 3 - 3 * x ** 2 + 1) * a + (x ** 3 - 2 * x ** 2 + x) * h * sa + (-2 * x ** 3 + 3 * x ** 2) * b + (x ** 3 - x ** 2) * h * sb;
    };
    const f = (t: number, e: number, i: number) => {
      const eSelf = self === 0 ? e : at(0, t - self), iSelf = self === 0 ? i : at(1, t - self);
      return [
        (-e + F(P.wEE * eSelf + P.wEI * at(1, t - P.dEI) + P.bE, P.aE, P.thE)) / P.tauE,
        (-i + F(P.wIE * at(0, t - P.dIE) + P.wII * iSelf, P.aI, P.thI)) / P.tauI,
      ];
    };
    for (let k = 0; k < N; k++) {
      const t = k * h, e = xs[0][k], i = xs[1][k];
      const k1 = f(t, e, i);
      if (k === 0) { ds[0][0] = k1[0]; ds[1][0] = k1[1]; }
      const k2 = f(t + h / 2, e + (h / 2) * k1[0], i + (h / 2) * k1[1]);
      const k3 = f(t + h / 2, e + (h / 2) * k2[0], i + (h / 2) * k2[1]);
      const k4 = f(t + h, e + h * k3[0], i + h * k3[1]);
      xs[0].push(e + (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]));
      xs[1].push(i + (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]));
      const d = f(t + h, xs[0][k + 1], xs[1][k + 1]);
      ds[0].push(d[0]); ds[1].push(d[1]);
    }
    return dts.map((dt) => {
      const net = new Network({ dt });
      net.population("E", 1, rateUnit({ tau: P.tauE, gain: P.aE, theta: P.thE, I_bias: P.bE }), { init: { r: 0.3 } });
      net.population("I", 1, rateUnit({ tau: P.tauI, gain: P.aI, theta: P.thI }), { kind: "inhibitory", init: { r: 0.1 } });
      link(net, "E", "E", P.wEE, self); link(net, "I", "E", P.wEI, P.dEI);
      link(net, "E", "I", P.wIE, P.dIE); link(net, "I", "I", P.wII, self);
      const mI = net.monitorState("I", ["r"]);
      const { t, values } = record(net, "E", ["r"], T);
      const rI = mI.traces().values.r![0];
      return Math.max(...Array.from(t, (tk, k) => {
        const j = Math.round(tk / h);
        return Math.max(Math.abs(values.r[0][k] - xs[0][j]), Math.abs(rI[k] - xs[1][j]));
      }));
    });
  }

  it("a sigmoid E–I loop with delays (1, 2, 3 ms) matches an independent RK4 integration of the DDE to 1e-6, fourth order", () => {
    const [e1, e2] = eiLoopError(1, [0.1, 0.05]);
    expect(e1).toBeLessThan(1e-6);
    const order = Math.log2(e1 / e2);
    expect(order).toBeGreaterThan(3.5);
    expect(order).toBeLessThan(4.5);
  });

  it("with zero-delay self-loops the same loop converges at third order (r″ jumps at the delays' breakpoints)", () => {
    // documented in rate-step.ts: extrapolating a zero-delay input across a breakpoint, where the
    // source's second derivative jumps, has a local error O(h³)
    const [e1, e2] = eiLoopError(0, [0.1, 0.05]);
    expect(e2).toBeLessThan(1e-6);
    const order = Math.log2(e1 / e2);
    expect(order).toBeGreaterThan(2.5);
    expect(order).toBeLessThan(3.5);
  });
});

describe("rate projections: history and runs", () => {
  it("a run split in two gives the same numbers as one run (begin at the second run delivers nothing twice)", () => {
    const make = () => {
      const net = new Network({ dt: 0.1 });
      const p = net.population("L", 2, rateUnit({ tau: 4 }), { init: { r: [0.5, 0.1] } });
      link(net, "L", "L", 2, 1.7);
      link(net, "L", "L", 1.5, 0, { name: "L→L fast" });
      return { net, p };
    };
    const a = make(), b = make();
    a.net.run(40);
    b.net.run(15);
    b.net.run(25);
    expect(Array.from(b.p.state.r)).toEqual(Array.from(a.p.state.r));
  });

  it("describes itself in one line (delays in ms when it knows dt)", () => {
    const net = new Network({ dt: 0.1 });
    net.population("L", 2, rateUnit(), { kind: "inhibitory" });
    const p = link(net, "L", "L", [-1, -0.5], [0, 2], { pairs: { pre: [0, 1], post: [1, 0] } });
    expect(p.toString()).toBe("RateProjection L→L: 2 → 2 units, 2 synapses, inhibitory, weight -1–-0.5, delay 0–20 steps");
    expect(p.maxDelaySteps()).toBe(20);
  });

  it("lengthening a history keeps the recorded steps", () => {
    const net = new Network({ dt: 0.1 });
    const p = net.population("L", 2, rateUnit({ tau: 4 }), { init: { r: [0.5, 0.1] } });
    link(net, "L", "L", 2, 0.3);
    net.run(2);
    const h = rateHistory(p, 4), before = [...Array(4)].map((_, k) => h.end[h.slot(19 - k)]);
    rateHistory(p, 50);
    expect([...Array(4)].map((_, k) => h.end[h.slot(19 - k)])).toEqual(before);
    expect(h.end[h.slot(19 - 30)]).toBe(h.end[h.slot(16)]); // older than kept: constant at the oldest value known
  });

  it("zero-delay coupling too strong for dt warns, with the dt that would do", () => {
    const net = new Network({ dt: 0.5 });
    net.population("L", 1, rateUnit({ tau: 1, transfer: "linear" }), { kind: "inhibitory", init: { r: 1 } });
    link(net, "L", "L", -5, 0);
    net.run(0.5);
    expect(warnings.join("\n")).toMatch(/L→L: zero-delay coupling .* = 2\.50 exceeds 0\.5.*dt ≤ 0\.10 ms/);
  });
});

describe("rate projections: bad input", () => {
  const net = new Network({ dt: 0.1 });
  const E = net.population("E", 2, rateUnit());
  const I = net.population("I", 2, rateUnit(), { kind: "inhibitory" });
  const all = pairsToCsr(2, Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 0, 1]));
  it("Dale's law: signs by the source's kind, receptors by kind", () => {
    expect(() => new RateProjection("I→E", I, E, all, 4)).toThrow(/invalid I→E.weight: 4 .*≤ 0 from the inhibitory.*Dale/);
    expect(() => new RateProjection("E→I", E, I, all, -1)).toThrow(/invalid E→I.weight: -1 .*≥ 0 from the excitatory/);
    expect(() => new RateProjection("E→I", E, I, all, [1, 2, -3, 4])).toThrow(/-3 at synapse 2/);
    expect(() => new RateProjection("I→E", I, E, all, -1, 0, "E")).toThrow(/receptor: E takes excitatory sources, and I is inhibitory/);
    expect(() => new RateProjection("E→I", E, I, all, 1, 0, "AMPA")).toThrow(/invalid E→I.receptor: "AMPA" \(expected one of E, I\)/);
  });
  it("weights and delays: finite, whole steps, one per synapse", () => {
    expect(() => new RateProjection("E→I", E, I, all, NaN)).toThrow(/weight: NaN/);
    expect(() => new RateProjection("E→I", E, I, all, [1, 2])).toThrow(/2 values for 4 synapses/);
    expect(() => new RateProjection("E→I", E, I, all, 1, 2.5)).toThrow(/delay: 2.5 steps \(expected a whole number/);
    expect(() => new RateProjection("E→I", E, I, all, 1, 70000)).toThrow(/delay: 70000 steps.*65535/);
    expect(() => new RateProjection("E→I", E, I, all, 1, [1, 2, -1, 0])).toThrow(/-1 steps at synapse 2/);
    expect(() => new RateProjection("E→I", E, I, pairsToCsr(2, Int32Array.from([0]), Int32Array.from([5])), 1)).toThrow(/targets unit 5 of I/);
  });
  it("both ends must be rate populations", () => {
    const rate = rateUnit();
    const spiking = Object.assign(Object.create(Object.getPrototypeOf(rate)), rate, { output: "spikes" }) as Model;
    const S = new Population("S", 2, "excitatory", spiking, new Rng(1));
    expect(() => new RateProjection("S→E", S, E, all, 1)).toThrow(/source S is not a rate population.*"spikes"/);
    expect(() => new RateProjection("E→S", E, S, all, 1)).toThrow(/target S is not a rate population/);
  });
});
