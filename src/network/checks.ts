/**
 * Checks that guard a simulation: Dale's law on weight signs, weights that look like SI units, a
 * time step small against the model's time constants, and a watch for runaway activity.
 * Suspicious input warns once — per network when the network passes its own `warn`.
 */
import { shortNumber as num, warnOnce, type Warn } from "../params/warn.js";
import type { Kind, PopulationState } from "../engine/model.js";
type SynapseType = "conductance" | "current" | "delta";
import type { Varying } from "./values.js";
import { roundSteps } from "./steps.js";

/**
 * Dale's law: conductance weights are ≥ 0 for both kinds (the reversal potential sets the sign);
 * current and delta weights are ≥ 0 from excitatory and ≤ 0 from inhibitory populations.
 * @throws RangeError naming the projection, the offending weight and the expected sign.
 */
export function checkSign(name: string, kind: Kind, synapse: SynapseType, lo: number, hi: number, unit: string): void {
  if (synapse === "conductance") {
    if (lo < 0) throw new RangeError(`invalid ${name}.weight: ${lo} ${unit} (expected ≥ 0 ${unit}: conductances are never negative; inhibition comes from E_I)`);
    return;
  }
  if (kind === "excitatory" && lo < 0) {
    throw new RangeError(`invalid ${name}.weight: ${lo} ${unit} from an excitatory population (expected ≥ 0 ${unit} by Dale's law; make the source inhibitory if it should inhibit)`);
  }
  if (kind === "inhibitory" && hi > 0) {
    throw new RangeError(`invalid ${name}.weight: ${hi} ${unit} from an inhibitory population (expected ≤ 0 ${unit} by Dale's law, e.g. ${-hi} ${unit})`);
  }
}

/** Weights in SI units, per synapse type: the internal unit, the SI unit and internal units per SI unit. */
const SI = {
  conductance: { unit: "nS", si: "S", factor: 1e9, what: "siemens" },
  current: { unit: "pA", si: "A", factor: 1e12, what: "amperes" },
  delta: { unit: "mV", si: "V", factor: 1e3, what: "volts" },
} as const;

/** Below this magnitude (in nS, pA or mV) a weight is too small to mean anything: 1 pS, 1 fA, 1 µV. */
export const SI_SUSPECT_BELOW = 1e-3;

/** Whether a weight was written with units (a string such as "6 nS", or a distribution of them). */
export function hasUnits(v: Varying): boolean {
  const withUnit = (x: unknown) => typeof x === "string" && !Number.isFinite(Number(x.trim()));
  if (typeof v === "object" && v !== null && "dist" in v) return Object.entries(v).some(([k, x]) => k !== "dist" && withUnit(x));
  return withUnit(v);
}

/**
 * Warns when `largest`, the weight of largest magnitude of a projection or input (in nS, pA or mV),
 * is non-zero but smaller in magnitude than {@link SI_SUSPECT_BELOW}: such a weight was almost
 * certainly written in SI units (6e-9 for 6 nS, 1e-12 for 1 pA, 1e-4 for 0.1 mV). `constant` says
 * whether all synapses share it. Callers skip weights written with units ({@link hasUnits}).
 */
export function checkWeightScale(name: string, synapse: SynapseType, largest: number, constant: boolean, warn: Warn = warnOnce): void {
  if (!(largest !== 0 && Math.abs(largest) < SI_SUSPECT_BELOW)) return;
  const { unit, si, factor, what } = SI[synapse];
  const meant = num(largest * factor);
  warn(`si-weight:${name}`, `${name}.weight ${constant ? "=" : "up to"} ${num(largest)} ${unit} looks like a value in ${what}: ` +
    `did you mean ${meant} ${unit}? Weights are in ${unit} for ${synapse} synapses (${num(largest)} ${si} = ${meant} ${unit}); ` +
    `use a string with units, e.g. weight: "${meant} ${unit}"`);
}

/** Warns once when dt exceeds a tenth of the smallest time constant of the population's model. */
export function checkTimeStep(pop: PopulationState, dt: number, warn: Warn = warnOnce): void {
  const taus = Object.entries(pop.model.timeConstants());
  if (taus.length === 0) return;
  const [name, tau] = taus.reduce((a, b2) => (b2[1] < a[1] ? b2 : a));
  if (dt > tau / 10) {
    warn(`dt:${pop.name}:${dt}:${tau}`, `dt = ${dt} ms is more than a tenth of ${name} = ${tau} ms in ${pop.name}: results may be inaccurate (use dt ≤ ${tau / 10} ms)`);
  }
}

/** Watches population rates over 20 ms windows and warns once per population (of its network) when they run away. */
export class RunawayWatch {
  constructor(private readonly warn: Warn = warnOnce) {}
  /** Spike counts of the current window, per population of the list given to the last `begin` (`pops` below). */
  private counts = new Float64Array(0);
  private pops: readonly PopulationState[] = [];
  private windowStart = 0;
  private dt = NaN;
  private windowSteps = 1;
  /**
   * Prepares a run over `pops` at `dt` (the run loop calls it before its first step): the list's counts, carried over
   * for populations the previous list shared. `observe` would do this itself at its first call with a new list, but
   * inside the run loop's optimised code that branch has no type feedback (it ran once, before V8 collected any) and
   * taking it in the next network's run threw the loop's code away: a deoptimisation and ~25 ms of recompiling.
   */
  begin(pops: readonly PopulationState[], dt: number): void {
    if (pops !== this.pops) this.rebind(pops);
    if (dt !== this.dt) { this.dt = dt; this.windowSteps = Math.max(1, roundSteps(20, dt).steps); }
  }

  /** Counts this step's spikes; every 20 ms, compares each population's rate with what its refractory period allows. */
  observe(pops: readonly PopulationState[], step: number, dt: number): void {
    // one slot per population, kept in an array while the run's list of populations is the same (a Map per step cost
    // ~15 % of the run loop's own time); a new list carries the counts of populations it shares with the old
    if (pops !== this.pops || dt !== this.dt) this.begin(pops, dt);
    const counts = this.counts;
    for (let k = 0; k < pops.length; k++) counts[k] += pops[k].nSpikes;
    const windowSteps = this.windowSteps;
    if (step + 1 - this.windowStart < windowSteps) return;
    const span = (step + 1 - this.windowStart) * dt;
    for (let k = 0; k < pops.length; k++) {
      const p = pops[k];
      const rate = counts[k] / p.n / span * 1000;
      counts[k] = 0;
      const max = p.model.maxRate(dt);
      if (!(max > 0 && max < Infinity)) continue;
      if (rate > 0.8 * max || rate > 1000) {
        this.warn(`runaway:${p.name}`, `runaway activity in ${p.name} at t = ${((step + 1) * dt).toFixed(1)} ms: mean rate ${rate.toFixed(0)} Hz ` +
          `(the refractory period allows at most ${max.toFixed(0)} Hz); check the balance of excitation and inhibition`);
      }
    }
    this.windowStart = step + 1;
  }

  private rebind(pops: readonly PopulationState[]): void {
    const counts = new Float64Array(pops.length);
    pops.forEach((p, k) => {
      const j = this.pops.indexOf(p);
      if (j >= 0) counts[k] = this.counts[j];
    });
    this.pops = pops;
    this.counts = counts;
  }
}
