import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { link, record } from "../support/rate-net.js";
import { Network } from "../../src/network/network.js";
import { setWarningHandler } from "../../src/params/warn.js";
import { nevadoHolgado, rateUnit, RateModel } from "../../src/models/rate.js";
import { expMoments, rateConstants, rateKernel, rateStep, type Transfer } from "../../src/models/rate-step.js";
import { Population } from "../../src/engine/population.js";
import { modelFromSpec } from "../../src/engine/registry.js";
import { Rng } from "../../src/random/rng.js";

/**
 * Peer reference: Neuromatch Academy W2D4 "Dynamic Networks", Tutorial 2 (Wilson–Cowan model) and
 * its bonus tutorial — the tutorial's equations, parameter sets and initial guesses, solved with
 * SciPy 1.10 (optimize.root for fixed points, DOP853 at rtol 1e-12 for trajectories and the period)
 * by bench/wilson-cowan/nma.py, stored in bench/results/wilson-cowan-nma.json.
 */
const NMA = JSON.parse(readFileSync(new URL("../../bench/results/wilson-cowan-nma.json", import.meta.url), "utf8"));
type Pars = { tau_E: number; a_E: number; theta_E: number; tau_I: number; a_I: number; theta_I: number; wEE: number; wEI: number; wIE: number; wII: number; I_ext_E: number; I_ext_I: number };

/** NMA's E–I pair as two one-unit populations (weights from I carry their sign: −w_EI, −w_II). */
function wilsonCowan(dt: number, p: Pars, init: [number, number]) {
  const net = new Network({ dt });
  const E = net.population("E", 1, rateUnit({ tau: p.tau_E, gain: p.a_E, theta: p.theta_E, I_bias: p.I_ext_E }), { init: { r: init[0] } });
  const I = net.population("I", 1, rateUnit({ tau: p.tau_I, gain: p.a_I, theta: p.theta_I, I_bias: p.I_ext_I }), { kind: "inhibitory", init: { r: init[1] } });
  link(net, "E", "E", p.wEE); link(net, "I", "E", -p.wEI); link(net, "E", "I", p.wIE); link(net, "I", "I", -p.wII);
  return { net, E, I };
}

/** The right-hand side and Jacobian of the pair, from the model's own transfer function. */
function field(p: Pars) {
  const { E, I } = wilsonCowan(0.1, p, [0, 0]);
  const mE = E.model as RateModel, mI = I.model as RateModel;
  return (rE: number, rI: number) => {
    const e = mE.F(E, 0, p.wEE * rE - p.wEI * rI + p.I_ext_E), i = mI.F(I, 0, p.wIE * rE - p.wII * rI + p.I_ext_I);
    return {
      G: [(-rE + e.F) / p.tau_E, (-rI + i.F) / p.tau_I],
      J: [[(-1 + p.wEE * e.dF) / p.tau_E, (-p.wEI * e.dF) / p.tau_E], [(p.wIE * i.dF) / p.tau_I, (-1 - p.wII * i.dF) / p.tau_I]],
    };
  };
}

/** Newton's method on the fixed-point equations from an initial guess. */
function newton(p: Pars, guess: [number, number]): [number, number] {
  const f = field(p);
  let [x, y] = guess;
  for (let k = 0; k < 100; k++) {
    const { G, J } = f(x, y);
    const det = J[0][0] * J[1][1] - J[0][1] * J[1][0];
    const dx = (G[0] * J[1][1] - G[1] * J[0][1]) / det, dy = (J[0][0] * G[1] - J[1][0] * G[0]) / det;
    x -= dx; y -= dy;
    if (Math.abs(dx) + Math.abs(dy) < 1e-15) break;
  }
  return [x, y];
}

/** Eigenvalues [re, im] of the 2×2 Jacobian, sorted by real then imaginary part. */
function eigen(J: number[][]): [number, number][] {
  const tr = J[0][0] + J[1][1], det = J[0][0] * J[1][1] - J[0][1] * J[1][0], disc = (tr * tr) / 4 - det;
  const ev: [number, number][] = disc >= 0 ? [[tr / 2 - Math.sqrt(disc), 0], [tr / 2 + Math.sqrt(disc), 0]] : [[tr / 2, -Math.sqrt(-disc)], [tr / 2, Math.sqrt(-disc)]];
  return ev.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Period of the limit cycle: mean interval between upward crossings of r_E through `level` for t > T/2. */
function period(dt: number, p: Pars, level: number, T = 400) {
  const { net } = wilsonCowan(dt, p, [0.25, 0.25]);
  const { t, values } = record(net, "E", ["r", "drdt0", "drdt"], T);
  const [r, s0, s1] = [values.r[0], values.drdt0[0], values.drdt[0]];
  const times: number[] = [];
  let lo = Infinity, hi = -Infinity, curvature = 0;
  for (let k = 1; k < t.length; k++) {
    if (t[k - 1] <= T / 2) continue;
    lo = Math.min(lo, r[k]); hi = Math.max(hi, r[k]);
    curvature = Math.max(curvature, Math.abs(s1[k] - s0[k]) / dt); // ≈ |r″| over the step
    if (r[k - 1] < level && r[k] >= level) {
      // the crossing inside the step, on the step's cubic (values and one-sided slopes at both ends)
      const q = (x: number) => (2 * x ** 3 - 3 * x ** 2 + 1) * r[k - 1] + (x ** 3 - 2 * x ** 2 + x) * dt * s0[k] + (-2 * x ** 3 + 3 * x ** 2) * r[k] + (x ** 3 - x ** 2) * dt * s1[k] - level;
      let a = 0, b = 1;
      for (let j = 0; j < 60; j++) { const m = (a + b) / 2; if (q(m) < 0) a = m; else b = m; }
      times.push(t[k - 1] + dt * a);
    }
  }
  const intervals = times.slice(1).map((x, k) => x - times[k]);
  return { T: (times[times.length - 1] - times[0]) / intervals.length, spread: Math.max(...intervals) - Math.min(...intervals), lo, hi, curvature };
}

describe("rate units: the step", () => {
  it("g_j(ρ) by series and by recursion agree with quadrature, on both sides of the switch at ρ = 1/2", () => {
    for (const rho of [1e-6, 0.01, 0.3, 0.4999, 0.5, 0.7, 3, 40]) {
      const g = expMoments(rho);
      for (let j = 0; j <= 3; j++) {
        // composite Simpson with 2000 panels: error ≤ (1/180) h⁴ max|f⁗| ≈ 1e-15 for ρ ≤ 3; 1e-9 at ρ = 40
        const n = 4000, h = 1 / n;
        let sum = 0;
        for (let k = 0; k <= n; k++) sum += (k === 0 || k === n ? 1 : k % 2 ? 4 : 2) * Math.exp(-rho * (1 - k * h)) * (k * h) ** j;
        expect(Math.abs(g[j] - (sum * h) / 3)).toBeLessThan(rho > 10 ? 1e-9 : 1e-13);
      }
    }
  });

  it("a constant input is integrated exactly at any dt: r(t) = u + (r₀ − u) e^{−t/τ}", () => {
    const warned: string[] = [];
    const previous = setWarningHandler((m) => warned.push(m));
    for (const dt of [0.1, 3, 50]) {
      const net = new Network({ dt });
      const p = net.population("P", 1, rateUnit({ transfer: "threshold-linear", tau: 10, gain: 2, theta: 1, I_bias: 6 }), { init: { r: 3 } });
      net.run(4 * dt);
      const u = 2 * (6 - 1);
      expect(Math.abs(p.state.r[0] - (u + (3 - u) * Math.exp((-4 * dt) / 10)))).toBeLessThan(1e-13);
    }
    setWarningHandler(previous);
    expect(warned.length).toBe(2); // the network's dt check still warns at dt > τ/10 (inputs are not constant in general)
  });

  it("the transfer functions: NMA's sigmoid with F(0) = 0, threshold-linear, linear", () => {
    const pop = (o: object) => new Population("P", 1, "excitatory", rateUnit(o), new Rng(1));
    const sig = pop({ gain: 1.2, theta: 2.8 }), m = sig.model as RateModel;
    expect(m.F(sig, 0, 0).F).toBe(0);
    expect(Math.abs(m.F(sig, 0, 5).F - (1 / (1 + Math.exp(-1.2 * 2.2)) - 1 / (1 + Math.exp(1.2 * 2.8))))).toBeLessThan(1e-16);
    const tl = pop({ transfer: "threshold-linear", gain: 3, theta: 2 });
    expect([(tl.model as RateModel).F(tl, 0, 1).F, (tl.model as RateModel).F(tl, 0, 5).F]).toEqual([0, 9]);
    const lin = pop({ transfer: "linear", gain: 3, theta: 2 });
    expect((lin.model as RateModel).F(lin, 0, 1).F).toBe(-3);
  });

  it("the logistic transfer of Nevado-Holgado et al. 2010: F(0) = B, F → M, slope 1 at F = M/2 (1e-12)", () => {
    const o = nevadoHolgado({ M: 300, B: 17 });
    const p = new Population("P", 1, "excitatory", rateUnit({ transfer: "logistic", ...o }), new Rng(1)), m = p.model as RateModel;
    const F = (x: number) => 300 / (1 + ((300 - 17) / 17) * Math.exp((-4 * x) / 300)); // their eq. 3, written out
    for (const x of [-50, 0, 13, 80, 400]) expect(m.F(p, 0, x).F).toBeCloseTo(F(x), 11);
    expect(m.F(p, 0, 0).F).toBeCloseTo(17, 12);
    expect(m.F(p, 0, o.theta).dF).toBeCloseTo(1, 12);
    expect(m.maxSlope()).toBeCloseTo(1, 12);
    expect(() => nevadoHolgado({ M: 300, B: 300 })).toThrow(/invalid nevadoHolgado.B: 300 \(expected a baseline rate between 0 and M = 300\)/);
  });

  for (const kind of ["sigmoid", "logistic", "threshold-linear", "linear"] as Transfer[]) {
    for (const withCurrent of [false, true]) {
      it(`the generated kernel equals the reference step (${kind}${withCurrent ? ", external current" : ""}; identical numbers)`, () => {
        const make = () => {
          const p = new Population("P", 20, "excitatory", rateUnit({ transfer: kind, tau: 3, gain: 1.5, theta: { dist: "uniform", low: -1, high: 2 }, I_bias: 0.5, ...(kind === "logistic" ? { max: 40 } : {}) }), Rng.stream(3, "p"), { r: { dist: "uniform", low: 0, high: 1 } });
          if (withCurrent) p.Iext = Float64Array.from({ length: 20 }, (_, i) => Math.sin(i));
          return p;
        };
        const [a, b] = [make(), make()];
        const c = rateConstants(3, 0.1, 1.5, kind === "logistic" ? 40 : 1), k = rateKernel(kind, withCurrent);
        for (let s = 0; s < 50; s++) {
          for (const p of [a, b]) for (let i = 0; i < 20; i++) {
            p.state.s0[i] = Math.sin(i + s); p.state.ds0[i] = Math.cos(i * s); p.state.s1[i] = Math.sin(i + s + 1); p.state.ds1[i] = 0.3 * i - s / 10;
          }
          k(a, s, c);
          rateStep(b, kind, c);
        }
        for (const v of ["r", "drdt", "drdt0"]) expect(Array.from(a.state[v])).toEqual(Array.from(b.state[v]));
      });
    }
  }
});

describe("rate units: the Wilson–Cowan pair of Neuromatch Academy (W2D4, tutorial 2 and bonus)", () => {
  const def = NMA.default, osc = NMA.oscillatory;

  it("default set: three fixed points, from the tutorial's initial guesses, as SciPy finds them (tol 1e-7: SciPy root's xtol 1.49e-8)", () => {
    def.fixed_points.forEach((fp: { guess: [number, number]; r: [number, number] }) => {
      const x = newton(def.params, fp.guess);
      expect(Math.abs(x[0] - fp.r[0]) + Math.abs(x[1] - fp.r[1])).toBeLessThan(1e-7);
      expect(Math.hypot(...field(def.params)(x[0], x[1]).G)).toBeLessThan(1e-14);
    });
  });

  it("default set: stable, saddle, stable — Jacobian eigenvalues as SciPy's (tol 1e-6)", () => {
    const kinds = def.fixed_points.map((fp: { guess: [number, number]; eig: [number, number][] }) => {
      const x = newton(def.params, fp.guess), ev = eigen(field(def.params)(x[0], x[1]).J);
      ev.forEach((z, k) => expect(Math.abs(z[0] - fp.eig[k][0]) + Math.abs(z[1] - fp.eig[k][1])).toBeLessThan(1e-6));
      return ev.every((z) => z[0] < 0) ? "stable" : ev.some((z) => z[0] > 0) && ev.some((z) => z[0] < 0) ? "saddle" : "unstable";
    });
    expect(kinds).toEqual(["stable", "saddle", "stable"]); // the tutorial prints "Stable point", "Unstable point", "Stable point"
  });

  it("default set: from (0.32, 0.15) activity dies out, from (0.33, 0.15) it settles on the high fixed point (tutorial §1.2)", () => {
    const high = newton(def.params, [0.8, 0.6]);
    for (const [init, end, fp] of [[[0.32, 0.15], def["end_from_0.32_0.15"], [0, 0]], [[0.33, 0.15], def["end_from_0.33_0.15"], high]] as [[number, number], number[], number[]][]) {
      const { net, E, I } = wilsonCowan(0.1, def.params, init);
      net.run(50);
      // after 50 ms the slowest mode (Re λ ≈ −0.62/ms) has decayed by e^{−31}: the state is the fixed point
      expect(Math.abs(E.state.r[0] - fp[0]) + Math.abs(I.state.r[0] - fp[1])).toBeLessThan(1e-9);
      expect(Math.abs(E.state.r[0] - end[0]) + Math.abs(I.state.r[0] - end[1])).toBeLessThan(1e-9);
    }
  });

  it("oscillatory set: one fixed point, an unstable focus (complex eigenvalues with positive real part) as SciPy's", () => {
    const fp = osc.fixed_points[0], x = newton(osc.params, fp.guess);
    expect(Math.abs(x[0] - fp.r[0]) + Math.abs(x[1] - fp.r[1])).toBeLessThan(1e-7);
    const ev = eigen(field(osc.params)(x[0], x[1]).J);
    ev.forEach((z, k) => expect(Math.abs(z[0] - fp.eig[k][0]) + Math.abs(z[1] - fp.eig[k][1])).toBeLessThan(1e-6));
    expect(ev[0][0]).toBeGreaterThan(0);
    expect(ev[1][1]).toBeGreaterThan(0);
  });

  it("oscillatory set: a limit cycle whose period (21.52 ms) matches SciPy's within the step's own error estimate, fourth order", () => {
    const ref = osc["limit_cycle_from_0.25_0.25"], level = osc.fixed_points[0].r[0];
    const runs = [0.1, 0.05, 0.025].map((dt) => period(dt, osc.params, level));
    const [b, c, d] = runs.map((x) => x.T);
    // the period is the same cycle after cycle (a limit cycle, not a decaying or growing spiral)
    for (const r of runs.slice(1)) expect(r.spread).toBeLessThan(1e-6 * r.T);
    // error of T(0.1) estimated by Richardson for a fourth-order scheme: |T(0.1) − T(0.05)| · 16/15
    const est = (Math.abs(b - c) * 16) / 15;
    expect(Math.abs(b - ref.period)).toBeLessThan(2 * est);
    expect(Math.abs(b - ref.period)).toBeLessThan(1e-5);
    for (const [x, y] of [[b, c], [c, d]]) {
      const order = Math.log2(Math.abs(x - ref.period) / Math.abs(y - ref.period));
      expect(order).toBeGreaterThan(3.5);
      expect(order).toBeLessThan(4.5);
    }
    // the cycle's range of r_E, sampled every step: off by at most dt²·max|r″|/8 (r″ measured on the run, +10 %)
    const tol = (0.05 ** 2 * 1.1 * runs[1].curvature) / 8;
    expect(Math.abs(runs[1].lo - ref.rE_min)).toBeLessThan(tol);
    expect(Math.abs(runs[1].hi - ref.rE_max)).toBeLessThan(tol);
  });
});

describe("rate units: options", () => {
  it("unknown options and bad values throw, naming the option and what is expected", () => {
    expect(() => rateUnit({ tua: 5 } as object)).toThrow(/unknown option tua for rate; did you mean tau\?/);
    expect(() => rateUnit({ thresh: 1 } as object)).toThrow(/unknown option thresh for rate; did you mean theta\?/);
    expect(() => rateUnit({ transfer: "relu" as Transfer })).toThrow(/invalid rate.transfer: "relu" \(expected "sigmoid", "logistic", "threshold-linear" or "linear"\)/);
    expect(() => rateUnit({ transfer: "sigmoid", max: 300 })).toThrow(/invalid rate.max for transfer "sigmoid".*use transfer: "logistic"/);
    expect(() => rateUnit({ tau: -1 })).toThrow(/invalid tau: -1 ms \(expected > 0 ms\)/);
    expect(() => rateUnit({ gain: 0 })).toThrow(/invalid gain: 0 \(expected > 0\)/);
    expect(() => rateUnit({ tau: "5 mV" })).toThrow(/invalid tau/);
    expect(() => new Population("P", 2, "excitatory", rateUnit({ theta: [1, 2, 3] }), new Rng(1))).toThrow(/invalid P.theta: an array of length 3 \(expected one value per element, 2\)/);
    expect(() => new Population("P", 2, "excitatory", rateUnit(), new Rng(1), { rr: 1 })).toThrow(/no state variable rr; did you mean r\?/);
  });

  it("with() is a validated copy; the registry rebuilds a model from its spec; units follow the transfer", () => {
    const m = rateUnit({ transfer: "threshold-linear", tau: 4 });
    expect(m.with({ gain: 2 }).params).toEqual({ tau: 4, gain: 2, max: 1 });
    expect(() => m.with({ gian: 2 })).toThrow(/did you mean gain\?/);
    expect(m.params.gain).toBe(1);
    const copy = modelFromSpec({ type: "rate", options: { ...m.options } }) as RateModel;
    expect([copy.transfer, copy.params.tau, copy.unit, rateUnit().unit]).toEqual(["threshold-linear", 4, "Hz", ""]);
    expect(() => modelFromSpec({ type: "rat", options: {} })).toThrow(/did you mean rate\?/);
  });
});
