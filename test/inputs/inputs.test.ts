import { describe, expect, it } from "vitest";
import "../../src/units/parse.js";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { isiCV, nanMean } from "../../src/analysis/isi.js";
import { meanRate } from "../../src/analysis/rates.js";
import { Rng } from "../../src/random/rng.js";
import { CurrentInput } from "../../src/inputs/currents.js";
import { volleys } from "../../src/inputs/sources.js";

describe("spike sources", () => {
  it("PoissonSource fires at its rate with CV ≈ 1", () => {
    const net = new Network({ dt: 0.1, seed: 3 });
    net.poissonSource("S", 200, { rate: "20 Hz" });
    const m = net.monitorSpikes("S");
    net.run(5000);
    const s = m.spikes(0.1);
    // 200 × 20 Hz × 5 s = 20000 spikes: 4 sd of a Poisson count ≈ 2.8 %
    expect(Math.abs(meanRate(s) - 20) / 20).toBeLessThan(0.03);
    expect(Math.abs(nanMean(isiCV(s)) - 1)).toBeLessThan(0.03);
  });
  it("PoissonSource follows a time-varying rate", () => {
    const net = new Network({ dt: 0.1, seed: 4 });
    net.poissonSource("S", 500, { rate: (t) => (t < 500 ? 5 : 40) });
    const m = net.monitorSpikes("S");
    net.run(1000);
    const s = m.spikes(0.1);
    const early = s.t.filter((t) => t <= 500).length / 500 / 0.5;
    const late = s.t.filter((t) => t > 500).length / 500 / 0.5;
    expect(Math.abs(early - 5)).toBeLessThan(4 * Math.sqrt(5 * 250) / 250);
    expect(Math.abs(late - 40)).toBeLessThan(4 * Math.sqrt(40 * 250) / 250);
  });
  it("spikeTimes emits exactly the given spikes, stamped on the dt grid", () => {
    const net = new Network({ dt: 0.1 });
    net.spikeTimes("G", 3, { indices: [2, 0, 1, 0], times: [5, 1, 5, 7.3] });
    const m = net.monitorSpikes("G");
    net.run(10);
    const s = m.spikes(0.1);
    expect([...s.i]).toEqual([0, 2, 1, 0]);
    expect([...s.t].map((t) => +t.toFixed(6))).toEqual([1, 5, 5, 7.3]);
  });
  it("MIP children fire at ν with pairwise spike-count correlation c", () => {
    const net = new Network({ dt: 0.1, seed: 5 });
    net.mip("M", 40, { rate: 10, c: 0.3 });
    const m = net.monitorSpikes("M");
    net.run(20000);
    const s = m.spikes(0.1);
    expect(Math.abs(meanRate(s) - 10) / 10).toBeLessThan(0.05);
    // correlation of counts in 5 ms bins between neurons 0 and 1 (bins ≪ 1/ν: ≈ c)
    const bins = 4000;
    const a = new Float64Array(bins), b = new Float64Array(bins);
    for (let k = 0; k < s.i.length; k++) {
      const bin = Math.min(bins - 1, Math.floor(s.t[k] / 5));
      if (s.i[k] === 0) a[bin]++;
      if (s.i[k] === 1) b[bin]++;
    }
    const mean = (x: Float64Array) => x.reduce((p, q) => p + q, 0) / x.length;
    const ma = mean(a), mb = mean(b);
    let cov = 0, va = 0, vb = 0;
    for (let k = 0; k < bins; k++) { cov += (a[k] - ma) * (b[k] - mb); va += (a[k] - ma) ** 2; vb += (b[k] - mb) ** 2; }
    expect(cov / Math.sqrt(va * vb)).toBeGreaterThan(0.22);
    expect(cov / Math.sqrt(va * vb)).toBeLessThan(0.38);
  });
  it("volleys put one spike per neuron per volley with the given jitter", () => {
    const net = new Network({ dt: 0.1, seed: 6 });
    net.volleys("V", 500, { times: [50, 150], jitter: "3 ms" });
    const m = net.monitorSpikes("V");
    net.run(200);
    const s = m.spikes(0.1);
    expect(s.i.length).toBe(1000);
    const first = [...s.t].filter((t) => t < 100);
    const mu = first.reduce((a, b) => a + b, 0) / first.length;
    const sd = Math.sqrt(first.reduce((a, b) => a + (b - mu) ** 2, 0) / (first.length - 1));
    expect(Math.abs(mu - 50)).toBeLessThan(0.5);
    expect(Math.abs(sd - 3)).toBeLessThan(0.3);
  });
});

describe("per-target Poisson input", () => {
  it("poissonInput delivers n·ν·w of charge per unit time on average", () => {
    // current synapses with no leak of the input: mean I_E = n ν w τ_E
    const net = new Network({ dt: 0.1, seed: 7 });
    net.population("P", 100, lif({ synapse: "current", V_th: 1e6 }));
    net.poissonInput("P", { n: 1000, rate: 10, weight: 2 });
    const st = net.monitorState("P", ["gE"], { neurons: Array.from({ length: 100 }, (_, i) => i), interval: 1 });
    net.run(1000);
    const tr = st.traces();
    let sum = 0, count = 0;
    for (const series of tr.values.gE!) for (let k = 100; k < series.length; k++) { sum += series[k]; count++; }
    const expected = 1000 * 10e-3 * 2 * 5; // n ν[1/ms] w τ_E = 100 pA
    expect(Math.abs(sum / count - expected) / expected).toBeLessThan(0.02);
  });
});

describe("injected currents", () => {
  it("step and ramp currents have the given time course", () => {
    const I = new Float64Array(2);
    const step = new CurrentInput("s", 2, { type: "step", amplitude: "0.1 nA", start: 10, stop: 20, neurons: [1] }, new Rng(1));
    const ramp = new CurrentInput("r", 2, { type: "ramp", from: 0, to: 100, start: 0, stop: 100 }, new Rng(1));
    step.add(I, 15, 0.1);
    ramp.add(I, 25, 0.1);
    expect([...I]).toEqual([25, 125]);
    I.fill(0);
    step.add(I, 20, 0.1);
    expect([...I]).toEqual([0, 0]);
  });
  it("noise current has the given mean and standard deviation", () => {
    const I = new Float64Array(1);
    const noise = new CurrentInput("n", 1, { type: "noise", mean: 50, sd: 20, tau: 2 }, new Rng(2));
    const xs: number[] = [];
    for (let k = 0; k < 200000; k++) { I[0] = 0; noise.add(I, k * 0.1, 0.1); xs.push(I[0]); }
    const mu = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mu) ** 2, 0) / xs.length);
    expect(Math.abs(mu - 50)).toBeLessThan(1.5);
    expect(Math.abs(sd - 20)).toBeLessThan(1);
  });
  it("a step current drives a neuron at the f–I rate", () => {
    const net = new Network({ dt: 0.1 });
    net.population("P", 1, lif({ E_L: -70 }));
    net.current("P", { type: "step", amplitude: "0.4 nA", start: 0 });
    const m = net.monitorSpikes("P");
    net.run(1000);
    expect(m.count).toBeGreaterThan(20);
  });
});

describe("unknown option names of inputs throw with a guess", () => {
  const net = () => {
    const n = new Network({ dt: 0.1 });
    n.population("E", 4, { synapse: "delta" });
    return n;
  };
  it("currents: each type checks its own names (amp would otherwise inject nothing)", () => {
    expect(() => net().current("E", { type: "step", amp: 100 } as never)).toThrow(new TypeError("unknown option amp for current E:step#1; did you mean amplitude?"));
    expect(() => net().current("E", { type: "step", amplitude: 100, end: 50 } as never)).toThrow(/unknown option end for current E:step#1 \(expected one of type, amplitude, start, stop, neurons\)/);
    expect(() => net().current("E", { type: "ramp", to: 100, stop: 50, form: 0 } as never)).toThrow(/unknown option form for current E:ramp#1; did you mean from\?/);
    expect(() => net().current("E", { type: "noise", mean: 0, sigma: 5 } as never)).toThrow(/unknown option sigma for current E:noise#1; did you mean sd\?/);
    expect(() => net().current("E", { type: "noise", sd: 10, taus: 5 } as never)).toThrow(/unknown option taus .*did you mean tau\?/);
    expect(() => net().current("E", { type: "ramp", to: 100, stop: 50, amplitude: 3 } as never)).toThrow(/unknown option amplitude for current E:ramp#1/);
    // and correct names still work
    const n = net();
    const m = n.monitorSpikes("E");
    n.current("E", { type: "step", amplitude: 1000, start: 0 });
    n.run(5);
    expect(m.count).toBeGreaterThan(0);
  });
  it("Poisson input and volleys", () => {
    expect(() => net().poissonInput("E", { n: 10, rate: 5, weight: 0.1, knd: "inhibitory" } as never))
      .toThrow(new TypeError("unknown option knd for poissonInput E:poisson#1; did you mean kind?"));
    expect(() => net().poissonInput("E", { N: 10, rate: 5, weight: 0.1 } as never)).toThrow(/unknown option N .*did you mean n\?/);
    expect(() => net().volleys("V", 10, { times: [5], jiter: 1 } as never)).toThrow(/unknown option jiter for volleys V; did you mean jitter\?/);
    expect(() => volleys("V", 10, { times: [5], prob: 0.5 } as never, new Rng(1))).toThrow(/unknown option prob for volleys V; did you mean p\?/);
  });
});
