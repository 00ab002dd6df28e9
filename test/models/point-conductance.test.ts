import { describe, expect, it } from "vitest";
import { pointConductance } from "../../src/models/point-conductance.js";
import { simulatePointConductance, type PointConductanceOptions } from "../../src/models/point-conductance-sim.js";
import { Population } from "../../src/engine/population.js";
import { modelFromSpec } from "../../src/engine/registry.js";
import { Network } from "../../src/network/network.js";
import type { SpikeMonitor } from "../../src/monitors/spike-monitor.js";
import type { StateMonitor } from "../../src/monitors/state-monitor.js";
import { Rng } from "../../src/random/rng.js";

const quiet = () => false;
const make = (model: ReturnType<typeof pointConductance>, n: number, seed = 1) => new Population("P", n, "excitatory", model, Rng.stream(seed, "population", "P"));
const mean = (a: ArrayLike<number>) => { let s = 0; for (let k = 0; k < a.length; k++) s += a[k]; return s / a.length; };
const sd = (a: ArrayLike<number>) => { const m = mean(a); let s = 0; for (let k = 0; k < a.length; k++) s += (a[k] - m) ** 2; return Math.sqrt(s / a.length); };

/**
 * The standalone simulator simulatePointConductance was before it ran the engine's model (commit 905b234,
 * src/neurons/point-conductance.ts; toSteps written as Math.round), kept as the regression reference: same options, same stream.
 */
function standalone(o: PointConductanceOptions) {
  const p = { g_e0: 12.1, g_i0: 57.3, sigma_e: 3.0, sigma_i: 6.6, tau_e: 2.728, tau_i: 10.49, E_e: 0, E_i: -75, g_L: 15.7, E_L: -80, C_m: 346,
    intensity: 1, V_th: Infinity, V_reset: -70, t_ref: 2, ...o } as unknown as Record<string, number>;
  const dt = (o.dt ?? 0.05) as number, steps = Math.round((o.duration as number) / dt), current = o.current;
  const ge0 = p.g_e0 * p.intensity, gi0 = p.g_i0 * p.intensity;
  const de = Math.exp(-dt / p.tau_e), di = Math.exp(-dt / p.tau_i);
  const ae = p.sigma_e * Math.sqrt(p.intensity) * Math.sqrt(1 - de * de), ai = p.sigma_i * Math.sqrt(p.intensity) * Math.sqrt(1 - di * di);
  const rng = Rng.stream(o.seed ?? 1, "point-conductance");
  const out = { t: new Float64Array(steps), v: new Float64Array(steps), ge: new Float64Array(steps), gi: new Float64Array(steps), spikes: [] as number[] };
  let ge = ge0, gi = gi0, v = o.v0 ?? (p.g_L * p.E_L + ge0 * p.E_e + gi0 * p.E_i) / (p.g_L + ge0 + gi0), ref = 0;
  for (let k = 0; k < steps; k++) {
    const t = k * dt, I = current ? current(t) : 0;
    const gE = ge > 0 ? ge : 0, gI = gi > 0 ? gi : 0;
    if (ref > 0) ref--;
    else {
      const gt = p.g_L + gE + gI, vinf = (p.g_L * p.E_L + gE * p.E_e + gI * p.E_i + I) / gt;
      v = vinf + (v - vinf) * Math.exp((-dt * gt) / p.C_m);
      if (v > p.V_th) { v = p.V_reset; ref = Math.round(p.t_ref / dt); out.spikes.push(t + dt); }
    }
    ge = ge0 + (ge - ge0) * de + ae * rng.normal();
    gi = gi0 + (gi - gi0) * di + ai * rng.normal();
    out.t[k] = t + dt; out.v[k] = v; out.ge[k] = gE; out.gi[k] = gI;
  }
  return out;
}

describe("point-conductance model (Destexhe et al. 2001) as a model of the engine", () => {
  it("simulatePointConductance, now one neuron of the model, gives the numbers of the standalone simulator it replaced", () => {
    const cases: PointConductanceOptions[] = [
      { duration: 200, seed: 3 },
      { duration: 200, seed: 4, dt: 0.1, current: (t: number) => (t > 50 ? -30 : 10) },
      { duration: 300, seed: 5, V_th: -62, V_reset: -70, t_ref: 2, intensity: 1.3, v0: -60 },
      { duration: 100, seed: 6, E_e: 5, E_i: -70, tau_e: 3, tau_i: 8, g_L: 20 },
    ];
    for (const o of cases) {
      const a = standalone(o), b = simulatePointConductance(o);
      for (const key of ["t", "v", "ge", "gi"] as const) expect(Array.from(b[key]), key).toEqual(Array.from(a[key]));
      expect(b.spikes).toEqual(a.spikes);
    }
    expect(simulatePointConductance(cases[2]).spikes.length).toBeGreaterThan(3); // the threshold case did spike
  });

  it("the generated kernel and the reference step are identical (200 neurons, threshold, receptor input, current)", () => {
    const n = 200, dt = 0.05, model = pointConductance({ V_th: -62, V_reset: -70, E_L: { dist: "uniform", low: -82, high: -78 } });
    const a = make(model, n), b = make(model, n);
    for (const p of [a, b]) { p.ensureDelay(2, 0); p.Iext = new Float64Array(n); p.receives.E = p.receives.I = true; }
    const ca = model.prepare(a, dt, quiet), cb = model.prepare(b, dt, quiet), k = model.kernel(b, dt);
    const rng = new Rng(11);
    let spikes = 0;
    for (let s = 0; s < 2000; s++) {
      const off = (s % a.ringLength) * n;
      for (let i = 0; i < n; i++) {
        a.Iext![i] = b.Iext![i] = 100 * rng.normal();
        const e = rng.uniform() < 0.02 ? 5 : 0, inh = rng.uniform() < 0.02 ? 10 : 0;
        a.ring.E[off + i] += e; b.ring.E[off + i] += e; a.ring.I[off + i] += inh; b.ring.I[off + i] += inh;
      }
      const na = model.reference(a, dt, s, ca), nb = k(b, s, cb);
      expect(nb).toBe(na);
      spikes += na;
    }
    for (const key of ["v", "g_e", "g_i"]) expect(Array.from(b.state[key]), key).toEqual(Array.from(a.state[key]));
    expect(Array.from(b.counters.refractory)).toEqual(Array.from(a.counters.refractory));
    expect(spikes).toBeGreaterThan(50);
  });

  it("a population's conductances have the OU means and sds; neurons are independent (200 neurons × 2 s)", () => {
    // tolerances: 200 × 2000 ms / (2τ) ≈ 7e4 independent samples of g_e (τ_E = 2.7 ms): the standard error of the mean
    // is 3/√7e4 ≈ 0.011 nS (0.1 %), of the sd ≈ 0.3 %; g_i (τ_I = 10.5 ms) ≈ 2e4: 0.047 nS (0.1 %) and 0.5 %; 5 s.e.
    const n = 200, dt = 0.1, model = pointConductance();
    const pop = make(model, n, 2);
    const c = model.prepare(pop, dt, quiet), k = model.kernel(pop, dt);
    let se = 0, se2 = 0, si = 0, si2 = 0, cross = 0, count = 0;
    for (let s = 0; s < 20000; s++) {
      k(pop, s, c);
      if (s < 200) continue; // the start at the means is a stationary mean, not a stationary draw
      for (let i = 0; i < n; i++) {
        const ge = pop.state.g_e[i], gi = pop.state.g_i[i];
        se += ge; se2 += ge * ge; si += gi; si2 += gi * gi;
        if (i > 0) cross += (ge - 12.1) * (pop.state.g_e[i - 1] - 12.1);
      }
      count += n;
    }
    const me = se / count, mi = si / count, sde = Math.sqrt(se2 / count - me * me), sdi = Math.sqrt(si2 / count - mi * mi);
    expect(Math.abs(me - 12.1) / 12.1).toBeLessThan(0.005);
    expect(Math.abs(mi - 57.3) / 57.3).toBeLessThan(0.005);
    expect(Math.abs(sde - 3.0) / 3.0).toBeLessThan(0.015);
    expect(Math.abs(sdi - 6.6) / 6.6).toBeLessThan(0.025);
    expect(Math.abs(cross / (count - count / n) / 9)).toBeLessThan(0.02); // neighbours uncorrelated (5 s.e.)
  });

  it("same seed, same numbers; the noise does not depend on the current or on receptor input", () => {
    const model = pointConductance();
    const a = make(model, 3), b = make(model, 3);
    b.Iext = new Float64Array(3).fill(-50);
    const ca = model.prepare(a, 0.1, quiet), cb = model.prepare(b, 0.1, quiet);
    const ka = model.kernel(a, 0.1), kb = model.kernel(b, 0.1);
    for (let s = 0; s < 500; s++) { ka(a, s, ca); kb(b, s, cb); }
    expect(Array.from(b.state.g_e)).toEqual(Array.from(a.state.g_e));
    expect(b.state.v[0]).toBeLessThan(a.state.v[0]);
  });

  it("receptor E adds to g_e, which decays back to the OU mean with τ_E (no noise: σ = 0)", () => {
    const model = pointConductance({ sigma_e: 0, sigma_i: 0 });
    const pop = make(model, 1);
    const c = model.prepare(pop, 0.1, quiet);
    pop.state.g_e[0] += 10; // direct input, read at the start of the next step
    model.reference(pop, 0.1, 0, c);
    for (let s = 1; s <= 27; s++) model.reference(pop, 0.1, s, c);
    // after 28 steps = 2.8 ms the 10 nS excess is 10 e^{−2.8/2.728}; exact OU decay: only rounding separates them
    expect(pop.state.g_e[0] - 12.1).toBeCloseTo(10 * Math.exp(-2.8 / 2.728), 10);
    expect(model.defaultReceptor("inhibitory")).toBe("I");
    expect(model.receptors.E.variable).toBe("g_e");
  });

  it("runs as a population in a Network: a projection adds its Campbell mean to g_e; the spec rebuilds identical spikes", () => {
    // 20 Poisson inputs per neuron at 20 Hz, 1 nS, decaying with τ_E = 2.728 ms add 20 × 20 Hz × 1 nS × 2.728 ms = 1.09 nS
    // to the OU mean 12.1 nS (Campbell). Tolerance 0.2 nS: 50 neurons × 950 ms / (2 τ_E) ≈ 8700 samples of sd ≈ 3.1 nS
    // give a standard error of 0.033 nS; inputs shared between neurons correlate them, so 6 s.e.
    const build = () => {
      const net = new Network({ dt: 0.1, seed: 3 });
      net.population("pc", 50, pointConductance({ V_th: -61, V_reset: -70 }));
      net.poissonSource("X", 100, { rate: 20 });
      net.connect("X", "pc", { rule: { rule: "indegree", k: 20 }, weight: 1 });
      net.monitorSpikes("pc");
      net.monitorState("pc", ["g_e", "I_e"], { neurons: Array.from({ length: 50 }, (_, i) => i) });
      return net;
    };
    const a = build(), b = Network.fromSpec(JSON.parse(JSON.stringify(a.toSpec())));
    a.run(1000); b.run(1000);
    const sa = (a.monitors[0] as SpikeMonitor).spikes(), sb = (b.monitors[0] as SpikeMonitor).spikes();
    expect(sa.t.length).toBeGreaterThan(10);
    expect(Array.from(sb.t)).toEqual(Array.from(sa.t));
    const ge = (a.monitors[1] as StateMonitor).traces().values.g_e!.flatMap((x) => Array.from(x.subarray(500)));
    expect(Math.abs(mean(ge) - (12.1 + 20 * 0.02 * 1 * 2.728))).toBeLessThan(0.2);
  });

  it("bad options throw with a guess (the model in the shared vocabulary, simulatePointConductance in the paper's); the model round-trips through the registry", () => {
    expect(() => pointConductance({ gE0: 3 } as never)).toThrow(/unknown parameter gE0 for pointConductance; did you mean g_e0\?/);
    expect(() => pointConductance({ tau_e: 3 } as never)).toThrow(/did you mean tau_E\?/);
    expect(() => pointConductance({ V_th: -60, V_reset: -50 })).toThrow(/invalid V_reset: -50 mV \(expected below V_th = -60 mV\)/);
    expect(() => pointConductance({ sigma_e: -1 })).toThrow(/invalid sigma_e/);
    expect(() => simulatePointConductance({ duration: 10, tau_E: 3 } as never)).toThrow(/unknown parameter tau_E for simulatePointConductance; did you mean tau_e\?/);
    expect(() => simulatePointConductance({ duration: 0 })).toThrow(/invalid duration/);
    const m = modelFromSpec({ type: "point-conductance", options: { intensity: 0.5 } });
    expect(m.params.intensity).toBe(0.5);
    expect(m.timeConstants().tau_eff).toBeCloseTo(346 / (15.7 + 0.5 * (12.1 + 57.3)), 12);
  });
});
