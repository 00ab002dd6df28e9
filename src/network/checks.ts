/**
 * Checks that guard a simulation: Dale's law on weight signs, a time step small against the
 * model's time constants, and a watch for runaway activity. Suspicious input warns once.
 */
import { warnOnce } from "../params/warn.js";
import type { Kind, NeuronPopulation } from "./population.js";
import type { SynapseType } from "../neurons/lif.js";

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

/** Warns once when dt exceeds a tenth of the smallest time constant of the population's model. */
export function checkTimeStep(pop: NeuronPopulation, dt: number): void {
  const { C_m, g_L, tau_E, tau_I, tau_w, b } = pop.model.params;
  const taus: [string, number][] = [["tau_m", C_m / g_L]];
  if (pop.model.synapse !== "delta") taus.push(["tau_E", tau_E], ["tau_I", tau_I]);
  if (b > 0) taus.push(["tau_w", tau_w]);
  const [name, tau] = taus.reduce((a, b2) => (b2[1] < a[1] ? b2 : a));
  if (dt > tau / 10) {
    warnOnce(`dt:${pop.name}:${dt}:${tau}`, `dt = ${dt} ms is more than a tenth of ${name} = ${tau} ms in ${pop.name}: results may be inaccurate (use dt ≤ ${tau / 10} ms)`);
  }
}

/** Watches population rates over 20 ms windows and warns once per population when they run away. */
export class RunawayWatch {
  private counts = new Map<NeuronPopulation, number>();
  private windowStart = 0;
  observe(pops: readonly NeuronPopulation[], step: number, dt: number): void {
    for (const p of pops) this.counts.set(p, (this.counts.get(p) ?? 0) + p.nSpikes);
    const windowSteps = Math.max(1, Math.round(20 / dt));
    if (step + 1 - this.windowStart < windowSteps) return;
    const span = (step + 1 - this.windowStart) * dt;
    for (const p of pops) {
      const rate = (this.counts.get(p) ?? 0) / p.n / span * 1000;
      const max = 1000 / (p.model.params.t_ref + dt);
      if (rate > 0.8 * max || rate > 1000) {
        warnOnce(`runaway:${p.name}`, `runaway activity in ${p.name} at t = ${((step + 1) * dt).toFixed(1)} ms: mean rate ${rate.toFixed(0)} Hz ` +
          `(the refractory period allows at most ${max.toFixed(0)} Hz); check the balance of excitation and inhibition`);
      }
      this.counts.set(p, 0);
    }
    this.windowStart = step + 1;
  }
}
