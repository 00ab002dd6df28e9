import { describe, expect, it } from "vitest";
import { Network } from "../../src/network/network.js";
import { lif, type SynapseType } from "../../src/models/lif.js";
import { stepConductance, stepConstants, stepCurrent, stepDelta } from "../../src/models/lif-step.js";
import { kernelFlags, lifKernel as kernelFor, kernelSource } from "../../src/models/lif-kernel.js";
import type { NeuronPopulation } from "../../src/network/population.js";
import type { LifModel } from "../../src/models/lif.js";

const REFERENCE = { conductance: stepConductance, current: stepCurrent, delta: stepDelta };

/** Two identical populations with delayed input, currents, adaptation and per-neuron thresholds as asked. */
function twin(synapse: SynapseType, opts: { ring: boolean; current: boolean; adapt: boolean; hetero: boolean }) {
  const make = () => {
    const net = new Network({ dt: 0.1, seed: 5 });
    const model = lif({ synapse, E_L: -52, b: opts.adapt ? 20 : 0, V_th: opts.hetero ? { dist: "uniform", low: -52, high: -48 } : -50 });
    const pop = net.population("P", 50, model, { init: { v: { dist: "uniform", low: -60, high: -50 } } });
    if (opts.ring) pop.ensureDelay(3, 0), (pop.receives.E = true), (pop.receives.I = true);
    if (opts.current) pop.useCurrent().set(Float64Array.from({ length: 50 }, (_, i) => 10 * Math.sin(i)));
    return pop;
  };
  return [make(), make()];
}

function drive(pop: NeuronPopulation, step: number): void {
  // deterministic input in the ring buffers (when used) and in the synaptic variables
  const n = pop.n;
  const off = (step % pop.ringLength) * n;
  const scale = (pop.model as LifModel).synapse === "current" ? 150 : 1; // pA vs nS or mV
  for (let i = 0; i < n; i++) {
    const a = scale * ((i * 7 + step * 3) % 11) / 10, bI = scale * ((i * 5 + step) % 13) / 10;
    if (pop.receives.E) { pop.ring.E[off + i] += a; pop.ring.I[off + i] -= (pop.model as LifModel).synapse === "conductance" ? -bI : bI; }
    else if ((pop.model as LifModel).synapse !== "delta") { pop.state.gE[i] += a; pop.state.gI[i] += (pop.model as LifModel).synapse === "conductance" ? bI : -bI; }
  }
}

describe("generated kernels", () => {
  for (const synapse of ["conductance", "current", "delta"] as const) {
    for (const ring of [false, true]) for (const current of [false, true]) for (const adapt of [false, true]) for (const hetero of [false, true]) {
      if (synapse === "delta" && !ring) continue; // delta input always goes through the ring buffer
      it(`${synapse} kernel (ring ${ring}, current ${current}, adaptation ${adapt}, per-neuron thresholds ${hetero}) equals the reference step bit for bit`, () => {
        const [a, b] = twin(synapse, { ring, current, adapt, hetero });
        const c = stepConstants(a, 0.1);
        const k = kernelFor(b, 0.1);
        let spikes = 0;
        for (let step = 0; step < 400; step++) {
          drive(a, step); drive(b, step);
          const na = REFERENCE[synapse](a, 0.1, step, c);
          const nb = k(b, step, c);
          expect(nb).toBe(na);
          spikes += na;
        }
        expect(spikes).toBeGreaterThan(0);
        for (let i = 0; i < a.n; i++) {
          expect(b.v[i]).toBe(a.v[i]);
          if (synapse !== "delta") expect(b.state.gE[i]).toBe(a.state.gE[i]);
          expect(b.state.w[i]).toBe(a.state.w[i]);
          expect(b.counters.refractory[i]).toBe(a.counters.refractory[i]);
        }
      });
    }
  }
  it("kernelFlags reflects the population and kernelSource drops unused work", () => {
    const net = new Network();
    const pop = net.population("P", 3, lif());
    const f = kernelFlags(pop);
    expect(f).toEqual({ synapse: "conductance", ringE: false, ringI: false, current: false, adapt: false, sameDrive: true, sameThreshold: true, slow: [] });
    const src = kernelSource(f);
    expect(src).not.toContain("bufE[off");
    expect(src).not.toContain("Iext[i]");
    expect(src).not.toContain("w[i]");
    expect(src).toContain("VTH");
  });
});
