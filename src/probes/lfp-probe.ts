/**
 * An LFP/EEG proxy probe: a component of the monitor phase that sums synaptic currents over the
 * cells of one or more populations (normally the excitatory, pyramidal ones) at every step and
 * records them at a chosen sampling interval. Two proxies:
 * - Mazzoni et al. 2015 (PLoS Comput Biol 11:e1004584), the "reference weighted sum" (RWS) of the
 *   SIGNED currents, LFP(t) ∝ Σ_i I_AMPA,i(t − τ) − α Σ_i I_GABA,i(t), τ = 6 ms, α = 1.65 — a fixed
 *   linear combination that explained most of the variance of the LFP computed from multicompartment
 *   pyramidal cells receiving the same synaptic input (their Fig. 4–5). AMPA currents (inward) and
 *   GABA_A currents (outward) have opposite signs, so the subtraction ADDS their magnitudes:
 *     LFP(t) = Σ_i |I_AMPA,i(t − τ)| + α Σ_i |I_GABA,i(t)|   (pA; sign convention: AMPA counted positive),
 *   as in the reference implementation of the proxy, the wslfp package (siplab-gt/wslfp: alpha = 1.65,
 *   tau_ampa = 6 ms, tau_gaba = 0, ws = I_ampa − alpha·I_gaba with I_gaba < 0). The overall sign only
 *   flips the trace; spectra do not depend on it. (The magnitudes equal the signed currents whenever
 *   E_I < V < E_E, as in the conductance models here.);
 * - Gao, Peterson & Voytek 2017 (NeuroImage 158:70): the summed synaptic current
 *     LFP(t) = Σ_i g_E,i (V_i − E_E) + g_I,i (V_i − E_I)   (pA; outward positive),
 *   i.e. −(I_E + I_I) with the models' observables I_E = g_E (E_E − V), I_I = g_I (E_I − V).
 * Currents come from the population model's observables I_E (AMPA) and I_I (GABA_A) (LIF, AdEx and
 * the HH models have them; for current-based synapses they are the synaptic currents themselves).
 * NMDA and GABA_B currents are not included.
 *
 * Anti-aliasing: each recorded sample is the mean of the per-step sums over the `interval`'s steps
 * (a boxcar filter before decimation: gain sinc(f/f_s), first null at the sampling rate f_s, −3.9 dB at
 * f_s/2; content above f_s/2 is attenuated, not removed). The AMPA delay τ is applied to the
 * decimated series, so it is rounded to a whole number of samples.
 * Units: ms, pA; sums over cells (not means).
 */
import type { Component } from "../engine/component.js";
import type { Population } from "../engine/population.js";
import type { PopulationState } from "../engine/model.js";
import type { Network } from "../network/network.js";
import { checkOptions } from "../params/options.js";

/** Options of {@link lfpProbe}. */
export interface LfpProbeOptions {
  /** Sampling interval of the recorded proxy (ms, default 1: 1 kHz); a whole number of steps. */
  interval?: number;
  /** Mazzoni's AMPA delay τ (ms, default 6). */
  delay?: number;
  /** Mazzoni's GABA weight α (default 1.65): LFP = Σ|I_AMPA(t − τ)| + α Σ|I_GABA(t)|. */
  alpha?: number;
}

/** A recorded proxy: times (ms, the end of each averaging window) and values (pA). */
export interface LfpTrace {
  t: Float64Array;
  v: Float64Array;
}

type Observable = { read(pop: PopulationState, i: number): number };

/** Records LFP proxies of populations (see the module comment); created by {@link lfpProbe}. */
export class LfpProbe implements Component {
  readonly phase = "monitor";
  readonly name: string;
  readonly everySteps: number;
  /** Sampling interval actually used (ms). */
  readonly interval: number;
  readonly delay: number;
  readonly alpha: number;
  private readonly reads: { pop: Population; iE: Observable; iI: Observable; cond: boolean }[];
  private sumA = 0; private sumG = 0; private sumC = 0; private sumGE = 0; private sumGI = 0; private count = 0;
  private readonly a: number[] = []; private readonly g: number[] = []; private readonly c: number[] = []; private readonly t: number[] = [];
  private readonly ge: number[] = []; private readonly gi: number[] = [];

  constructor(pops: Population[], dt: number, options: LfpProbeOptions = {}) {
    checkOptions("lfpProbe", options, ["interval", "delay", "alpha"]);
    const { interval = 1, delay = 6, alpha = 1.65 } = options;
    if (!(interval > 0)) throw new RangeError(`invalid interval: ${interval} ms (expected > 0)`);
    const steps = Math.round(interval / dt);
    if (steps < 1 || Math.abs(steps * dt - interval) > 1e-9 * interval) throw new RangeError(`invalid interval: ${interval} ms (expected a whole number of steps of dt = ${dt} ms)`);
    if (!(delay >= 0)) throw new RangeError(`invalid delay: ${delay} ms (expected ≥ 0)`);
    if (!Number.isFinite(alpha)) throw new RangeError(`invalid alpha: ${alpha} (expected a finite number)`);
    this.everySteps = steps;
    this.interval = steps * dt;
    this.delay = delay;
    this.alpha = alpha;
    this.reads = pops.map((pop) => {
      const obs = pop.model.observables?.() ?? {};
      if (!obs.I_E || !obs.I_I) throw new TypeError(`invalid population: ${pop.name} (${pop.model.describe()}) has no synaptic current observables I_E and I_I (expected a spiking model with synapses, e.g. lif())`);
      const cond = pop.model.receptors?.E?.variable === "gE" && pop.model.receptors?.I?.variable === "gI" && pop.model.receptors.E.unit === "nS";
      return { pop, iE: obs.I_E, iI: obs.I_I, cond };
    });
    this.name = `LfpProbe(${pops.map((p) => p.name).join(", ")})`;
  }

  /** Adds this step's sums; records their window mean every `everySteps` steps. */
  step(step: number, dt: number): void {
    let A = 0, G = 0, C = 0, GE = 0, GI = 0;
    for (const { pop, iE, iI, cond } of this.reads) {
      for (let i = 0; i < pop.n; i++) {
        const e = iE.read(pop, i), g = iI.read(pop, i);
        A += Math.abs(e); G += Math.abs(g); C -= e + g;
      }
      if (cond) {
        const gE = pop.state.gE, gI = pop.state.gI;
        for (let i = 0; i < pop.n; i++) { GE += gE[i]; GI += gI[i]; }
      } else { GE = NaN; GI = NaN; }
    }
    this.sumA += A; this.sumG += G; this.sumC += C; this.sumGE += GE; this.sumGI += GI;
    if (++this.count === this.everySteps) {
      const k = this.count;
      this.a.push(this.sumA / k); this.g.push(this.sumG / k); this.c.push(this.sumC / k);
      this.ge.push(this.sumGE / k); this.gi.push(this.sumGI / k);
      this.t.push((step + 1) * dt);
      this.sumA = this.sumG = this.sumC = this.sumGE = this.sumGI = 0; this.count = 0;
    }
  }

  /** Σ|I_AMPA| and Σ|I_GABA| over the cells (pA), window means, at the recorded times. */
  currents(): { t: Float64Array; ampa: Float64Array; gaba: Float64Array } {
    return { t: Float64Array.from(this.t), ampa: Float64Array.from(this.a), gaba: Float64Array.from(this.g) };
  }

  /** Σ g_E and Σ g_I over the cells (nS), window means (NaN unless every population has conductance synapses gE, gI). */
  conductances(): { t: Float64Array; gE: Float64Array; gI: Float64Array } {
    return { t: Float64Array.from(this.t), gE: Float64Array.from(this.ge), gI: Float64Array.from(this.gi) };
  }

  /**
   * Mazzoni et al. 2015's reference weighted sum Σ|I_AMPA(t − τ)| + α Σ|I_GABA(t)| (pA; the signed
   * Σ I_AMPA(t − τ) − α Σ I_GABA(t) with inward AMPA and outward GABA — magnitudes add, see the module
   * comment), from the first sample with a delayed AMPA value on.
   */
  mazzoni(): LfpTrace {
    const d = Math.round(this.delay / this.interval);
    const n = Math.max(0, this.t.length - d);
    const t = new Float64Array(n), v = new Float64Array(n);
    for (let j = 0; j < n; j++) { t[j] = this.t[j + d]; v[j] = this.a[j] + this.alpha * this.g[j + d]; }
    return { t, v };
  }

  /** Gao's proxy Σ g_E (V − E_E) + g_I (V − E_I) (pA) at the recorded times. */
  gao(): LfpTrace {
    return { t: Float64Array.from(this.t), v: Float64Array.from(this.c) };
  }

  /** Sampling rate of the recorded proxies (Hz). */
  get rate(): number {
    return 1000 / this.interval;
  }

  toString(): string {
    return `${this.name}: every ${this.interval} ms, ${this.t.length} samples`;
  }
}

/**
 * Adds an LFP proxy probe over `populations` (default "E") to `net` (with `net.add`: a network
 * carrying it has no spec) and returns it.
 * @example const lfp = lfpProbe(net, "E", { interval: 1 }); net.run(2000); welch(lfp.gao().v, { fs: lfp.rate })
 */
export function lfpProbe(net: Network, populations: string | string[] = "E", options: LfpProbeOptions = {}): LfpProbe {
  const names = Array.isArray(populations) ? populations : [populations];
  if (!names.length) throw new RangeError(`invalid populations: [] (expected at least one population name)`);
  return net.add(new LfpProbe(names.map((n) => net.get(n)), net.dt, options));
}
