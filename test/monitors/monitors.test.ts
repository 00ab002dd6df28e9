import { expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif } from "../../src/models/lif.js";
import { populationRate } from "../../src/analysis/rates.js";
import { StateMonitor } from "../../src/monitors/state-monitor.js";

it("monitorState samples every interval and computes I_E = g_E (E_E − V)", () => {
  const net = new Network({ dt: 0.1 });
  net.population("P", 3, lif({ V_th: 100 }), { init: { gE: 10, v: -60 } });
  const m = net.monitorState("P", ["v", "gE", "I_E"], { neurons: [2], interval: 0.5 });
  net.run(5);
  const tr = m.traces();
  expect([...tr.t].map((t) => +t.toFixed(6))).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  const k = 3;
  expect(tr.values.I_E![0][k]).toBeCloseTo(tr.values.gE![0][k] * (0 - tr.values.v![0][k]), 10);
  expect(tr.values.gE![0][0]).toBeCloseTo(10 * Math.exp(-0.5 / 5), 10);
});

it("monitorRate counts spikes per step and populationRate bins them to Hz", () => {
  const net = new Network({ dt: 0.1 });
  net.spikeTimes("G", 10, { indices: [0, 1, 2, 3], times: [0.5, 0.5, 1.5, 2.5] });
  const m = net.monitorRate("G");
  net.run(3);
  const r = populationRate(m.result(0.1), { bin: 1 });
  expect([...r.rate]).toEqual([200, 100, 100]); // 2 spikes / 10 neurons / 1 ms
  expect([...r.t]).toEqual([0, 1, 2]);
});

it("monitorSpikes can record a subset of neurons", () => {
  const net = new Network({ dt: 0.1 });
  net.spikeTimes("G", 4, { indices: [0, 1, 2, 3], times: [1, 1, 1, 1] });
  const m = net.monitorSpikes("G", { neurons: [1, 3] });
  net.run(2);
  expect([...m.spikes(0.1).i]).toEqual([1, 3]);
  expect(() => net.monitorSpikes("G", { neurons: [4] })).toThrow("invalid neurons[0]: 4 for G (expected an index in [0, 4))");
});

it("a state monitor samples every interval rounded to whole steps, and warns through the given function", () => {
  const net = new Network({ dt: 0.1 });
  const pop = net.population("P", 2, lif());
  const got: string[] = [];
  const m = new StateMonitor(pop, ["v"], [0], 0.15, 0.1, (_k, msg) => { got.push(msg); return true; });
  expect(m.everySteps).toBe(2); // 0.15/0.1 = 1.4999999999999998 in floating point: a half, rounded up
  expect(m.interval).toBeCloseTo(0.2, 12);
  expect(got).toEqual(["interval of the P state monitor = 0.15 ms is not a multiple of dt = 0.1 ms: rounded to 2 steps = 0.2 ms (times are rounded to the nearest step, halves up)"]);
  expect(String(m)).toBe("StateMonitor P: v of 1 neuron every 0.2 ms, 0 samples");
});

it("rates of a monitor of some neurons divide by the neurons recorded, not the population size", async () => {
  const { Network } = await import("../../src/network/network.js");
  const { meanRate } = await import("../../src/analysis/rates.js");
  const { runStatus } = await import("../../src/checks/status.js");
  const net = new Network({ dt: 0.1 });
  net.population("E", 10, { synapse: "delta", I_bias: 1000, t_ref: 0 });
  const all = net.monitorSpikes("E");
  const some = net.monitorSpikes("E", { neurons: [0, 1, 2] });
  net.run(50);
  const a = all.spikes(net.dt), s = some.spikes(net.dt);
  expect(s.recorded).toBe(3);
  expect(meanRate(s)).toBeCloseTo(meanRate(a), 10);  // identical neurons: the same rate
  expect(runStatus(s).rate).toBeCloseTo(runStatus(a).rate, 10);
});

it("a spike monitor refuses an unknown option name with a guess", async () => {
  const { SpikeMonitor } = await import("../../src/monitors/spike-monitor.js");
  const net = new Network({ dt: 0.1 });
  const pop = net.population("P", 3, lif());
  expect(() => new SpikeMonitor(pop, undefined, { maxSpike: 10 } as never)).toThrow(new TypeError("unknown option maxSpike for spike monitor of P; did you mean maxSpikes?"));
  expect(new SpikeMonitor(pop, undefined, { maxSpikes: 10 }).recorded).toBe(3);
});
