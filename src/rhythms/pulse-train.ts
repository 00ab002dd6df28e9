/**
 * A train of rectangular current pulses into a population — the stimulus of deep-brain stimulation
 * (DBS; clinically ~130 Hz into the subthalamic nucleus, Benabid et al. 1991 Lancet 337:403) — as
 * one step current per pulse (`net.current`, inputs/currents.ts). Pulse k starts at
 * start + k/frequency, rounded to the nearest step of the network's dt, and lasts `width` (rounded to
 * whole steps, at least one), so no time warns for not being a multiple of dt. Into rate units the
 * amplitude is an input in the rate's unit (it passes through the transfer function with the other
 * inputs); into neurons it is a current (pA).
 */
import type { Network } from "../network/network.js";
import { checkOptions } from "../params/options.js";

/** Options of {@link pulseTrain}: amplitude in the target's input unit, frequency in Hz, times in ms. */
export interface PulseTrainOptions {
  amplitude: number;
  /** Pulses per second (Hz). */
  frequency: number;
  /** Pulse duration (ms); rounded to whole steps, at least one. */
  width: number;
  /** First pulse (ms, default 0). */
  start?: number;
  /** No pulse starts at or after this time (ms). */
  stop: number;
  /** Target units (default all). */
  neurons?: ArrayLike<number>;
}

/**
 * Adds the pulses to `net` on `population` and returns their onset times (ms, on the step grid).
 * @throws RangeError for a non-positive frequency or width, or stop ≤ start; TypeError for unknown options.
 * @example tr.pulseTrain(net, "STN", { amplitude: 800, frequency: 130, width: 0.5, start: 1000, stop: 3000 })
 */
export function pulseTrain(net: Network, population: string, options: PulseTrainOptions): number[] {
  checkOptions("pulseTrain", options, ["amplitude", "frequency", "width", "start", "stop", "neurons"]);
  const { amplitude, frequency, width, start = 0, stop, neurons } = options;
  if (!Number.isFinite(amplitude)) throw new RangeError(`invalid pulseTrain.amplitude: ${amplitude} (expected a finite input)`);
  if (!(frequency > 0 && Number.isFinite(frequency))) throw new RangeError(`invalid pulseTrain.frequency: ${frequency} Hz (expected > 0 Hz)`);
  if (!(width > 0 && Number.isFinite(width))) throw new RangeError(`invalid pulseTrain.width: ${width} ms (expected > 0 ms)`);
  if (!(Number.isFinite(start) && start >= 0 && stop > start)) throw new RangeError(`invalid pulseTrain start/stop: ${start}, ${stop} ms (expected 0 ≤ start < stop)`);
  const dt = net.dt;
  const w = Math.max(1, Math.round(width / dt));
  const onsets: number[] = [];
  for (let k = 0; ; k++) {
    const s = Math.round((start + (k * 1000) / frequency) / dt);
    if (s * dt >= stop) break;
    onsets.push(s * dt);
    net.current(population, { type: "step", amplitude, start: s * dt, stop: (s + w) * dt, ...(neurons ? { neurons } : {}) });
  }
  return onsets;
}
