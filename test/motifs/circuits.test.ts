/** The motif builders reproduce the qualitative effects the notebook shows (small, quick runs). */
import { describe, expect, it } from "vitest";
import { feedforwardChain, feedforwardCircuit, recurrentEI, dsiCircuit } from "../../src/motifs/circuits.js";
import { setWarningHandler } from "../../src/params/warn.js";
import { populationRate } from "../../src/analysis/rates.js";
import { powerSpectrum, spectralPeak } from "../../src/analysis/spectrum.js";

describe("motif builders", () => {
  it("feedforwardCircuit: feedforward inhibition cuts principal-cell spikes per volley to about one", () => {
    const count = (wIE: number) => {
      const net = feedforwardCircuit({ wInE: 3, pInE: 0.2, wInI: 0.6, wIE, times: [50, 150, 250, 350, 450], jitter: 0.5 });
      const m = net.monitorSpikes("E");
      net.run(500);
      return m.count / 5 / 100;
    };
    expect(count(0)).toBeGreaterThan(2);
    expect(count(3)).toBeLessThan(1.3);
  });
  it("feedforwardChain: without FFI activity grows along the layers, with FFI it stays ~1 spike per cell", () => {
    const prev = setWarningHandler(() => {});
    try {
      const last = (wIE: number) => {
        const net = feedforwardChain({ wEE: 3, pEE: 0.2, wEI: 0.6, pEI: 0.5, layers: 4, wIE });
        const m = net.monitorSpikes("E4");
        net.run(100);
        return m.count / 100;
      };
      expect(last(0)).toBeGreaterThan(5);
      expect(last(3)).toBeLessThan(1.5);
    } finally {
      setWarningHandler(prev);
    }
  });
  it("recurrentEI: the PING frequency falls as inhibition decays more slowly", () => {
    const freq = (tauI: number) => {
      const net = recurrentEI({ wEE: 0, wIE: 4, wEI: 1, pEI: 0.2, tauI, driveN: 100, driveRate: 50, driveW: 1 });
      const rm = net.monitorRate("E");
      net.run(1200);
      const r = populationRate(rm.result(net.dt), { bin: 0.5 });
      return spectralPeak(powerSpectrum(r.rate.subarray(400), 0.5, { segment: 1024 }), { minFrequency: 10 }).frequency;
    };
    expect(freq(3)).toBeGreaterThan(freq(20) + 15);
  }, 20_000);
  it("dsiCircuit names the CB1⁺ feedback projection FB→E and the feedforward one FF→E", () => {
    const net = dsiCircuit({ nE: 5, nFB: 3, nFF: 3, fbDrive: 5 });
    expect(net.projections.map((p) => p.name)).toEqual(["in→E", "in→FF", "E→FB", "FB→E", "FF→E"]);
    expect(net.retrogradeSuppression("FB→E").suppression.length).toBe(5);
    const withVolleys = dsiCircuit({ nE: 5, nFB: 3, nFF: 3, volleyTimes: [10, 20] });
    expect(withVolleys.projections.map((p) => p.name)).toEqual(["in→E", "in→FF", "onset→E", "onset→FF", "E→FB", "FB→E", "FF→E"]);
  });
  it("dsiCircuit: the CCK-like feedback cells adapt, so strongly driven principal cells do not push them to the refractory limit", () => {
    const net = dsiCircuit({ nE: 40, nFB: 20, nFF: 20, wInFF: 0.9, wFBE: 3, wInE: 1.2, wEFB: 1, fbDrive: 8 });
    net.current("E", { type: "step", amplitude: 1500, start: 0, stop: 1000 });
    const fb = net.monitorSpikes("FB"), e = net.monitorSpikes("E");
    net.run(1000);
    const fbRate = fb.count / 20, eRates = new Float64Array(40);
    const s = e.spikes(net.dt);
    for (const i of s.i) eRates[i]++;
    // with non-adapting INTERNEURON() feedback cells (t_ref = 1 ms) this run gave ~160 Hz and some principal cells
    // were silenced (1–3 spikes in 1 s); with CCK_INTERNEURON() ~85 Hz and every principal cell fired > 150 spikes
    expect(fbRate).toBeLessThan(120);
    expect(Math.min(...eRates)).toBeGreaterThan(30); // Hz: every principal cell fires hard enough to release endocannabinoids
  });
});

describe("motif options", () => {
  it("an unknown option name of a motif builder throws with a guess", () => {
    expect(() => feedforwardCircuit({ wIe: 6 } as never)).toThrow(new TypeError("unknown option wIe for feedforwardCircuit; did you mean wIE?"));
    expect(() => feedforwardChain({ layer: 3 } as never)).toThrow(/unknown option layer for feedforwardChain; did you mean layers\?/);
    expect(() => recurrentEI({ tau_I: 5 } as never)).toThrow(/unknown option tau_I for recurrentEI; did you mean tauI\?/);
    expect(() => dsiCircuit({ volleyTime: [10] } as never)).toThrow(/unknown option volleyTime for dsiCircuit; did you mean volleyTimes\?/);
  });
});
