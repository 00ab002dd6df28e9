/**
 * One time step of a LIF population. The order within a step is fixed and the same for every model:
 *
 *   1. deliver: input that arrives in this step (from the ring buffer slot of this step: recurrent
 *      spikes, Poisson input) is added to g_E/g_I (or I_E/I_I; or V for delta synapses);
 *   2. integrate: V over [t, t + dt] — not during the refractory period, when V stays at V_reset;
 *   3. threshold: V > V_th marks a spike at time t + dt;
 *   4. reset: V = V_reset, refractory for t_ref in whole steps (network/steps.ts: nearest, halves up), w += b;
 *   then the network scatters the spikes into the targets' ring buffers for step + 1 + delay.
 *
 * Integration: exact for current and delta synapses (the equations are linear). For conductance
 * synapses an exponential-Euler step in which the conductances are replaced by their exact mean over
 * the step, ḡ = g τ/dt (1 − e^{−dt/τ}); V relaxes towards V_∞ = Σ g E / Σ g with τ = C/Σ g.
 * It is exact for constant conductances and converges with error O(dt²) otherwise (see the tests).
 *
 * These functions are the readable reference. Simulations run the specialised kernels generated from
 * the same arithmetic in lif-kernel.ts; the tests check that both give identical results.
 */
import type { PopulationState } from "../engine/model.js";
import type { LifModel } from "./lif.js";
import { toSteps } from "../network/steps.js";
import { warnOnce, type Warn } from "../params/warn.js";
import { slowConstants, slowReceptorStep, type SlowConstants } from "./receptors.js";
import { EXPREL_F64, EXPREL_POLY_MIN, exprel } from "../engine/exprel.js";

/** Step-independent constants of a population for a given dt. */
export interface StepConstants {
  dE: number;
  dI: number;
  dW: number;
  /** Mean of a decaying conductance over a step, relative to its start value. */
  fE: number;
  fI: number;
  /** Membrane decay e^{−dt/τ_m} (current and delta synapses). */
  eM: number;
  /** Propagators of I_E and I_I onto V (mV per pA), current synapses. */
  pE: number;
  pI: number;
  refSteps: number;
  /** Constants of the slow receptors (NMDA, GABA_B), by name. */
  slow: Record<string, SlowConstants>;
}

function propagator(dt: number, tauM: number, tauS: number, C: number): number {
  if (Math.abs(tauS - tauM) < 1e-9 * tauM) return (dt / C) * Math.exp(-dt / tauM);
  return (tauM * tauS / (C * (tauS - tauM))) * (Math.exp(-dt / tauS) - Math.exp(-dt / tauM));
}

/** The constants a population's step needs at this dt (a t_ref that is not a multiple of dt warns through `warn`). */
export function stepConstants(pop: PopulationState, dt: number, warn: Warn = warnOnce): StepConstants {
  const model = pop.model as LifModel;
  const { C_m, g_L, tau_E, tau_I, tau_w, t_ref } = model.params;
  const dE = Math.exp(-dt / tau_E);
  const dI = Math.exp(-dt / tau_I);
  const tauM = C_m / g_L;
  return {
    dE, dI,
    dW: Math.exp(-dt / tau_w),
    fE: (tau_E / dt) * (1 - dE),
    fI: (tau_I / dt) * (1 - dI),
    eM: Math.exp(-dt / tauM),
    pE: propagator(dt, tauM, tau_E, C_m),
    pI: propagator(dt, tauM, tau_I, C_m),
    refSteps: toSteps(t_ref, dt, `${pop.name}.t_ref`, { warn }),
    slow: slowConstants(model.slow, model.params, dt),
  };
}

const [a0, a1, a2, a3, a4, a5, a6, a7, a8] = EXPREL_F64;

/** exprel(x) = (e^x − 1)/x (engine/exprel.ts: a Chebyshev polynomial for x > −0.6, Math.exp below). */
export { exprel };

/**
 * One step of conductance-based LIF neurons; returns the number of spikes (indices in pop.spikes).
 * V(t+dt) = V e^x + (dt/C)·exprel(x)·(g_L E_L + I + ḡ_E E_E + ḡ_I E_I), x = −dt (g_L + ḡ_E + ḡ_I)/C.
 */
export function stepConductance(pop: PopulationState, dt: number, step: number, c: StepConstants): number {
  const { n, Iext, spikes } = pop;
  const { v, gE, gI, w, V_th, V_reset, drive } = pop.state;
  const refractory = pop.counters.refractory, bufE = pop.ring.E, bufI = pop.ring.I;
  const receivesE = pop.receives.E, receivesI = pop.receives.I;
  const driveMask = pop.flags.driveMask as number, thresholdMask = pop.flags.thresholdMask as number;
  const model = pop.model as LifModel;
  const { C_m, g_L, E_E, E_I, b } = model.params;
  const { slow, params } = model;
  const { dE, dI, dW, fE, fI, refSteps } = c;
  const k = -dt / C_m;
  const off = (step % pop.ringLength) * n;
  const hasI = Iext !== null;
  const adapt = b > 0 || pop.flags.hasAdaptation === true;
  let ns = 0;
  for (let i = 0; i < n; i++) {
    let ge = gE[i];
    let gi = gI[i];
    if (receivesE) { ge += bufE[off + i]; bufE[off + i] = 0; }
    if (receivesI) { gi += bufI[off + i]; bufI[off + i] = 0; }
    // slow receptors (NMDA with its Mg block at the voltage at the start of the step, GABA_B)
    const sl = slow.length === 0 ? null : slowReceptorStep(slow, pop.state, pop.ring, off, i, v[i], params.Mg, c.slow);
    if (refractory[i] > 0) {
      refractory[i]--;
    } else {
      const geM = ge * fE;
      const giM = gi * fI;
      const x = k * (g_L + geM + giM + (sl === null ? 0 : sl.g));
      let h: number; // exprel(x) of engine/exprel.ts, inlined
      if (x > EXPREL_POLY_MIN) {
        const x2 = x * x, x4 = x2 * x2;
        h = (((a0 + a1 * x) + x2 * (a2 + a3 * x)) + x4 * ((a4 + a5 * x) + x2 * (a6 + a7 * x))) + (x4 * x4) * a8;
      } else {
        h = (Math.exp(x) - 1) / x;
      }
      let I = drive[i & driveMask] + geM * E_E + giM * E_I;
      if (sl !== null) I += sl.gE;
      if (hasI) I += Iext[i];
      if (adapt) I -= w[i];
      let vi = v[i] * (1 + x * h) - k * h * I;
      if (vi > V_th[i & thresholdMask]) {
        vi = V_reset[i & thresholdMask];
        refractory[i] = refSteps;
        if (adapt) w[i] += b;
        spikes[ns++] = i;
      }
      v[i] = vi;
    }
    if (adapt) w[i] *= dW;
    gE[i] = ge * dE;
    gI[i] = gi * dI;
  }
  pop.nSpikes = ns;
  return ns;
}

/** One step of current-based LIF neurons (exact integration). */
export function stepCurrent(pop: PopulationState, dt: number, step: number, c: StepConstants): number {
  const { n, Iext, spikes } = pop;
  const { v, gE, gI, w, V_th, V_reset, drive } = pop.state;
  const refractory = pop.counters.refractory, bufE = pop.ring.E, bufI = pop.ring.I;
  const receivesE = pop.receives.E, receivesI = pop.receives.I;
  const driveMask = pop.flags.driveMask as number, thresholdMask = pop.flags.thresholdMask as number;
  const { g_L, b } = (pop.model as LifModel).params;
  const { dE, dI, dW, eM, pE, pI, refSteps } = c;
  const r = (1 - eM) / g_L;
  const hasI = Iext !== null;
  const adapt = b > 0 || pop.flags.hasAdaptation === true;
  const off = (step % pop.ringLength) * n;
  let ns = 0;
  for (let i = 0; i < n; i++) {
    let ie = gE[i];
    let ii = gI[i];
    if (receivesE) { ie += bufE[off + i]; bufE[off + i] = 0; }
    if (receivesI) { ii += bufI[off + i]; bufI[off + i] = 0; }
    if (refractory[i] > 0) {
      refractory[i]--;
    } else {
      // E_L + (V − E_L) e^{−dt/τ} + (I_bias + I_ext − w)(1 − e^{−dt/τ})/g_L, with drive = g_L E_L + I_bias
      let I = drive[i & driveMask];
      if (hasI) I += Iext[i];
      if (adapt) I -= w[i];
      let vi = v[i] * eM + I * r + ie * pE + ii * pI;
      if (vi > V_th[i & thresholdMask]) {
        vi = V_reset[i & thresholdMask];
        refractory[i] = refSteps;
        if (adapt) w[i] += b;
        spikes[ns++] = i;
      }
      v[i] = vi;
    }
    if (adapt) w[i] *= dW;
    gE[i] = ie * dE;
    gI[i] = ii * dI;
  }
  pop.nSpikes = ns;
  return ns;
}

/**
 * One step of LIF neurons with delta synapses (exact integration): arriving input makes V jump by
 * the summed weights (mV). Input that arrives during the refractory period is discarded, as in
 * NEST's iaf_psc_delta and Brunel (2000).
 */
export function stepDelta(pop: PopulationState, dt: number, step: number, c: StepConstants): number {
  const { n, Iext, spikes } = pop;
  const { v, w, V_th, V_reset, drive } = pop.state;
  const refractory = pop.counters.refractory, bufE = pop.ring.E, bufI = pop.ring.I;
  const receivesE = pop.receives.E, receivesI = pop.receives.I;
  const driveMask = pop.flags.driveMask as number, thresholdMask = pop.flags.thresholdMask as number;
  const { g_L, b } = (pop.model as LifModel).params;
  const { dW, eM, refSteps } = c;
  const r = (1 - eM) / g_L;
  const hasI = Iext !== null;
  const adapt = b > 0 || pop.flags.hasAdaptation === true;
  const off = (step % pop.ringLength) * n;
  let ns = 0;
  for (let i = 0; i < n; i++) {
    let jump = 0;
    if (receivesE) { jump += bufE[off + i]; bufE[off + i] = 0; }
    if (receivesI) { jump += bufI[off + i]; bufI[off + i] = 0; }
    if (refractory[i] > 0) {
      refractory[i]--;
    } else {
      let I = drive[i & driveMask];
      if (hasI) I += Iext[i];
      if (adapt) I -= w[i];
      let vi = (v[i] + jump) * eM + I * r;
      if (vi > V_th[i & thresholdMask]) {
        vi = V_reset[i & thresholdMask];
        refractory[i] = refSteps;
        if (adapt) w[i] += b;
        spikes[ns++] = i;
      }
      v[i] = vi;
    }
    if (adapt) w[i] *= dW;
  }
  pop.nSpikes = ns;
  return ns;
}
