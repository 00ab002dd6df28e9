/**
 * Specialised step kernels. A kernel loop that tests flags per neuron (is there delayed input? an
 * injected current? adaptation? per-neuron thresholds?) runs ~1.6× slower than one without them:
 * V8 does not hoist loop-invariant branches. So, as Brian2 generates code per model, the kernel of
 * each (synapse type, flags) combination is generated once from one template, compiled with
 * `new Function`, and cached; the arithmetic is the same in every variant (see step.ts for the maths
 * and the order of operations).
 */
import type { Kernel, PopulationState } from "../engine/model.js";
import type { StepConstants } from "./lif-step.js";
import type { LifModel, SynapseType } from "./lif.js";
import { slowReceptorCode, type SlowReceptor } from "./receptors.js";
import { compileKernel } from "../engine/compile.js";
import { exprelSource } from "../engine/exprel.js";

/** What a kernel variant must handle. */
export interface KernelFlags {
  synapse: SynapseType;
  /** Delayed input arrives through the ring buffers. */
  ringE: boolean;
  ringI: boolean;
  /** An injected current is present. */
  current: boolean;
  /** Spike-triggered adaptation is on. */
  adapt: boolean;
  /** E_L and I_bias are the same for every neuron. */
  sameDrive: boolean;
  /** V_th and V_reset are the same for every neuron. */
  sameThreshold: boolean;
  /** Slow receptors (NMDA, GABA_B) of conductance synapses. */
  slow: readonly SlowReceptor[];
}

/** The flags of a population as it is now. */
export function kernelFlags(pop: PopulationState): KernelFlags {
  const model = pop.model as LifModel;
  return {
    synapse: model.synapse,
    ringE: pop.receives.E,
    ringI: pop.receives.I,
    current: pop.Iext !== null,
    adapt: model.params.b > 0 || pop.flags.hasAdaptation === true,
    sameDrive: pop.flags.driveMask === 0,
    sameThreshold: pop.flags.thresholdMask === 0,
    slow: model.slow,
  };
}

// h = exprel(x), as engine/exprel.ts computes it
const EXPREL = `
      let h;${exprelSource("x", "h")}`;

/** The source of a kernel variant (exported for inspection and tests). */
export function kernelSource(f: KernelFlags): string {
  const drive = f.sameDrive ? "DRIVE" : "drive[i]";
  const vth = f.sameThreshold ? "VTH" : "V_th[i]";
  const vreset = f.sameThreshold ? "VRESET" : "V_reset[i]";
  const extra = `${f.current ? " + Iext[i]" : ""}${f.adapt ? " - w[i]" : ""}`;
  const spike = `if (vi > ${vth}) { vi = ${vreset}; refractory[i] = refSteps;${f.adapt ? " w[i] += b;" : ""} spikes[ns++] = i; }`;
  const decayW = f.adapt ? "w[i] *= dW;" : "";
  const slow = slowReceptorCode(f.slow ?? [], "v[i]");
  const head = `
    const { n, Iext, spikes } = pop;
    const { v, gE, gI, w, V_th, V_reset, drive } = pop.state;
    const refractory = pop.counters.refractory, bufE = pop.ring.E, bufI = pop.ring.I;
    const { C_m, g_L, E_E, E_I, b } = pop.model.params;${slow.head}
    const { dE, dI, dW, fE, fI, eM, pE, pI, refSteps } = c;
    const DRIVE = drive[0], VTH = V_th[0], VRESET = V_reset[0];
    const k = -dt / C_m, r = (1 - eM) / g_L;
    const off = (step % pop.ringLength) * n;
    let ns = 0;`;
  const ringE = f.ringE ? "s1 += bufE[off + i]; bufE[off + i] = 0;" : "";
  const ringI = f.ringI ? "s2 += bufI[off + i]; bufI[off + i] = 0;" : "";
  // the loop every variant shares: read synaptic input, hold V while refractory, integrate, threshold
  const loop = (init: string, integrate: string, decay: string) => `
    for (let i = 0; i < n; i++) {
      ${init}
      ${ringE} ${ringI}${slow.read}
      if (refractory[i] > 0) {
        refractory[i]--;
      } else {
        ${integrate}
        ${spike}
        v[i] = vi;
      }
      ${decayW}
      ${decay}${slow.decay}
    }`;
  const body = f.synapse === "conductance"
    ? loop("let s1 = gE[i], s2 = gI[i];", `const geM = s1 * fE, giM = s2 * fI;
        const x = k * (g_L + geM + giM${slow.read ? " + gs" : ""});
        ${EXPREL}
        const I = ${drive} + geM * E_E + giM * E_I${slow.read ? " + gsE" : ""}${extra};
        let vi = v[i] * (1 + x * h) - k * h * I;`, "gE[i] = s1 * dE; gI[i] = s2 * dI;")
    : f.synapse === "current"
      ? loop("let s1 = gE[i], s2 = gI[i];", `let vi = v[i] * eM + (${drive}${extra}) * r + s1 * pE + s2 * pI;`, "gE[i] = s1 * dE; gI[i] = s2 * dI;")
      : loop("let s1 = 0, s2 = 0;", `let vi = (v[i] + (s1 + s2)) * eM + (${drive}${extra}) * r;`, ""); // the reference's jump = (0 + E) + I
  return `${head}${body}
    pop.nSpikes = ns;
    return ns;`;
}

/** The compiled kernel for a population as it is now (cached per flag combination and dt). */
export function lifKernel(pop: PopulationState, dt: number): Kernel<StepConstants> {
  const f = kernelFlags(pop);
  return compileKernel<StepConstants>("lif", `${dt}|${JSON.stringify(f)}`, dt, () => kernelSource(f));
}
