/**
 * How much a response adapts to a constant stimulus: the adaptation index
 *   A = 1 − r_steady / r_onset,
 * 0 for no adaptation, 1 when the response vanishes, negative when it grows. r_onset is the rate in
 * a window just after stimulus onset, r_steady the rate in a window late in the stimulus (Hz).
 */
import { recordedNeurons } from "../monitors/spike-monitor.js";
import type { Spikes } from "../monitors/spike-monitor.js";

/**
 * The adaptation index 1 − steady/onset (dimensionless). NaN when there is no onset response
 * (onset ≤ 0): an index of a population that never responded is undefined, not 0 or 1.
 * @example adaptationIndex(80, 20) // 0.75
 * @throws RangeError for negative or non-finite rates.
 */
export function adaptationIndex(onset: number, steady: number): number {
  for (const [name, r] of [["onset", onset], ["steady", steady]] as const) {
    if (!(Number.isFinite(r) && r >= 0)) throw new RangeError(`invalid ${name}: ${r} Hz (expected a rate ≥ 0)`);
  }
  return onset > 0 ? 1 - steady / onset : NaN;
}

/** Onset and steady rates (Hz) of a population and its adaptation index. */
export interface Adaptation {
  onset: number;
  steady: number;
  index: number;
}

/**
 * Onset and steady-state mean rates of a population (spikes per neuron per second in the windows
 * [onset[0], onset[1]) and [steady[0], steady[1]), ms) and the adaptation index.
 * @example adaptation(spikes, { onset: [200, 300], steady: [1200, 1700] })
 */
export function adaptation(spikes: Spikes, windows: { onset: readonly [number, number]; steady: readonly [number, number] }): Adaptation {
  const rate = ([a, b]: readonly [number, number], name: string): number => {
    if (!(Number.isFinite(a) && Number.isFinite(b) && b > a)) throw new RangeError(`invalid ${name} window: [${a}, ${b}) ms (expected finite start < end)`);
    if (a < spikes.start || b > spikes.stop) throw new RangeError(`invalid ${name} window: [${a}, ${b}) ms lies outside the recording [${spikes.start}, ${spikes.stop}) ms`);
    let c = 0;
    for (let k = 0; k < spikes.t.length; k++) if (spikes.t[k] >= a && spikes.t[k] < b) c++;
    return c / recordedNeurons(spikes) / ((b - a) / 1000);
  };
  const onset = rate(windows.onset, "onset");
  const steady = rate(windows.steady, "steady");
  return { onset, steady, index: adaptationIndex(onset, steady) };
}
