import { describe, expect, it } from "vitest";
import { Network } from "../../../src/network/network.js";
import { lif } from "../../../src/models/lif.js";
import { coba } from "../../../src/networks/coba.js";
import { meanRate, timeWindow } from "../../../src/analysis/rates.js";
import { isiCV, nanMean } from "../../../src/analysis/isi.js";

const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const sd = (x: number[]) => Math.sqrt(x.reduce((a, b) => a + (b - mean(x)) ** 2, 0) / (x.length - 1));

describe("float32 kernels (f32x4)", () => {
  it("store state in single precision and fire a driven LIF neuron at the analytic rate (±1 spike in 1 s)", () => {
    // C dV/dt = −g_L (V − E_L) + I: V∞ = E_L + I/g_L = −40 mV; T = t_ref + τ ln((V∞ − V_reset)/(V∞ − V_th)) = 5 + 20 ln 2 ms
    const net = new Network({ precision: "float32" });
    net.population("P", 7, lif({ I_bias: 200 }));
    const m = net.monitorSpikes("P");
    net.run(1000);
    expect(net.get("P").state.v).toBeInstanceOf(Float32Array);
    const T = 5 + 20 * Math.log(20 / 10);
    const expected = 1000 / T; // the step rounds each interval up to whole steps: at most one spike fewer
    const s = m.spikes();
    for (let i = 0; i < 7; i++) {
      const count = Array.from(s.i).filter((j) => j === i).length;
      expect(Math.abs(count - expected)).toBeLessThanOrEqual(1.5);
    }
  });

  it("COBA: E rate and ISI CV over 4 seeds agree with float64 within the float64 seed-to-seed sd", () => {
    const stats = (precision: "float64" | "float32") => {
      const rate: number[] = [], cv: number[] = [];
      for (let seed = 1; seed <= 4; seed++) {
        const net = coba({ seed, precision });
        const m = net.monitorSpikes("E");
        net.run(400);
        const s = timeWindow(m.spikes(), 100, 400);
        rate.push(meanRate(s));
        cv.push(nanMean(isiCV(s)));
      }
      return { rate, cv };
    };
    const a = stats("float64"), b = stats("float32");
    expect(Math.min(...a.rate)).toBeGreaterThan(5); // sustained, not died out
    expect(Math.abs(mean(b.rate) - mean(a.rate))).toBeLessThanOrEqual(Math.max(sd(a.rate), 1e-9));
    expect(Math.abs(mean(b.cv) - mean(a.cv))).toBeLessThanOrEqual(Math.max(sd(a.cv), 1e-9));
  });
});
