/**
 * Is a run usable? A network whose activity died out, that ran into the runaway cap, or whose
 * statistics are NaN must be flagged rather than averaged or summarised as if it were a result.
 */
import { recordedNeurons } from "../monitors/spike-monitor.js";
import type { Spikes } from "../monitors/spike-monitor.js";
import { checkOptions, optionNames } from "../params/options.js";

/** The verdict on one run. */
export interface RunStatus {
  ok: boolean;
  status: "ok" | "died out" | "runaway" | "nan";
  /** Mean rate (Hz) over the window checked. */
  rate: number;
  /** Population and window, for messages. */
  population: string;
  from: number;
  to: number;
  /** One sentence for a warning or a checks row. */
  message: string;
}

/** Options of {@link runStatus}. */
export interface RunStatusOptions {
  /** Window checked (ms; default: the last quarter of the recording, at least the last 50 ms). */
  from?: number;
  to?: number;
  /** Rates above this (Hz) count as runaway (default 400: beyond sustained cortical firing, near a 2 ms refractory cap). */
  maxRate?: number;
  /** Rates below this (Hz) in the window count as died out (default 0.1). */
  minRate?: number;
}

const RUN_STATUS_OPTIONS = optionNames<RunStatusOptions>({ from: true, to: true, maxRate: true, minRate: true });

/**
 * Classifies a run from its spikes: "died out" when the mean rate in the window (default the last
 * quarter of the recording) is below `minRate`, "runaway" above `maxRate`, "nan" when the rate cannot
 * be computed, otherwise "ok".
 */
export function runStatus(spikes: Spikes, options: RunStatusOptions = {}): RunStatus {
  checkOptions("runStatus", options, RUN_STATUS_OPTIONS);
  const { from, to, maxRate = 400, minRate = 0.1 } = options;
  const stop = to ?? spikes.stop;
  const start = from ?? Math.max(spikes.start, Math.min(stop - 50, stop - (stop - spikes.start) / 4));
  if (!(minRate >= 0)) throw new RangeError(`invalid minRate: ${minRate} Hz (expected ≥ 0)`);
  if (!(maxRate > minRate)) throw new RangeError(`invalid maxRate: ${maxRate} Hz (expected > minRate = ${minRate} Hz)`);
  let count = 0;
  for (let k = 0; k < spikes.t.length; k++) if (spikes.t[k] >= start && spikes.t[k] < stop) count++;
  const n = recordedNeurons(spikes);
  const rate = stop > start && n > 0 ? count / n / ((stop - start) / 1000) : NaN;
  const where = `${spikes.population} in [${start}, ${stop}) ms`;
  const base = { rate, population: spikes.population, from: start, to: stop };
  if (!Number.isFinite(rate)) return { ...base, ok: false, status: "nan", message: `${where}: the rate is undefined (empty recording window or population)` };
  if (rate < minRate) return { ...base, ok: false, status: "died out", message: `${where}: activity died out (${rate.toPrecision(2)} Hz < ${minRate} Hz)` };
  if (rate > maxRate) return { ...base, ok: false, status: "runaway", message: `${where}: runaway activity (${rate.toPrecision(3)} Hz > ${maxRate} Hz)` };
  return { ...base, ok: true, status: "ok", message: `${where}: ${rate.toPrecision(3)} Hz` };
}
