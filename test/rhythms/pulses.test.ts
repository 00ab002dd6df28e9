import { describe, expect, it } from "vitest";
import { pulseTrain } from "../../src/rhythms/pulse-train.js";
import { pulseAveragedTransfer } from "../../src/rhythms/pulse-averaged.js";
import { Network } from "../../src/network/network.js";
import { rateUnit } from "../../src/models/rate.js";
import { transferFunction } from "../../src/dynamics/rate-system.js";
import { setWarningHandler } from "../../src/params/warn.js";
import "../../src/units/parse.js";

describe("pulseTrain(net, population, options)", () => {
  it("puts 130 pulses on the step grid in a second at 130 Hz, without warnings", () => {
    const warned: string[] = [];
    const prev = setWarningHandler((m) => { warned.push(m); });
    try {
      const net = new Network({ dt: 0.1 });
      net.population("L", 1, rateUnit({ transfer: "linear", tau: 6 }));
      const on = pulseTrain(net, "L", { amplitude: 100, frequency: 130, width: 0.5, stop: 1000 });
      expect(on.length).toBe(130);
      for (const t of on) expect(Math.abs(t / 0.1 - Math.round(t / 0.1))).toBeLessThan(1e-9);
      for (let k = 1; k < on.length; k++) expect(Math.abs(on[k] - on[0] - (k * 1000) / 130)).toBeLessThanOrEqual(0.05 + 1e-9);
      net.run(10);
      expect(warned).toEqual([]);
    } finally { setWarningHandler(prev); }
  });
  it("drives a linear rate unit to the pulses' mean A·width·f (analytic, 0.5 %)", () => {
    // τ dr/dt = −r + I(t): the mean of r over whole periods equals the mean of I once transients have decayed
    const net = new Network({ dt: 0.1 });
    net.population("L", 1, rateUnit({ transfer: "linear", tau: 6 }));
    pulseTrain(net, "L", { amplitude: 100, frequency: 125, width: 0.5, stop: 2000 }); // period 8 ms = 80 steps exactly
    const m = net.monitorState("L", ["r"]);
    net.run(2000);
    const r = m.traces().values.r!.at(0)!.subarray(10000, 18000); // 100 whole periods
    const mean = r.reduce((a, b) => a + b, 0) / r.length;
    expect(Math.abs(mean / (100 * 0.5 * 0.125) - 1)).toBeLessThan(0.005);
  });
  it("rejects bad frequencies, widths, windows and unknown options", () => {
    const net = new Network();
    net.population("L", 1, rateUnit());
    expect(() => pulseTrain(net, "L", { amplitude: 1, frequency: 0, width: 1, stop: 10 })).toThrow(/frequency: 0 Hz/);
    expect(() => pulseTrain(net, "L", { amplitude: 1, frequency: 100, width: -1, stop: 10 })).toThrow(/width: -1 ms/);
    expect(() => pulseTrain(net, "L", { amplitude: 1, frequency: 100, width: 1, start: 10, stop: 10 })).toThrow(/start\/stop/);
    expect(() => pulseTrain(net, "L", { amplitude: 1, frequency: 100, width: 1, stop: 10, widht: 2 } as never)).toThrow(/did you mean width/);
  });
});

describe("pulseAveragedTransfer(F, { amplitude, duty })", () => {
  const F = transferFunction("logistic", { gain: 4 / 300, theta: 200, max: 300 });
  it("is F at duty 0 and F(x + A) at duty 1", () => {
    expect(pulseAveragedTransfer(F, { amplitude: 50, duty: 0 })(10).F).toBe(F(10).F);
    expect(pulseAveragedTransfer(F, { amplitude: 50, duty: 1 })(10).F).toBe(F(60).F);
  });
  it("adds d·a·A to a linear transfer a x (exact) and has the slope of its own values (1e-7)", () => {
    const lin = transferFunction("linear", { gain: 2 });
    expect(pulseAveragedTransfer(lin, { amplitude: 30, duty: 0.1 })(5).F).toBeCloseTo(2 * 5 + 0.1 * 2 * 30, 12);
    const Fb = pulseAveragedTransfer(F, { amplitude: 400, duty: 0.065 }), h = 1e-4;
    expect(Fb(20).dF).toBeCloseTo((Fb(20 + h).F - Fb(20 - h).F) / (2 * h), 7);
  });
  it("rejects a duty outside [0, 1]", () => {
    expect(() => pulseAveragedTransfer(F, { amplitude: 1, duty: 1.5 })).toThrow(/duty: 1.5/);
  });
});
