/**
 * A population's response against input strength on a log axis: {@link feedbackNetwork} at input
 * rates x₀·r^k (k = 0, 1, …), stopping after the first level whose E rate exceeds `stopAbove` (so a
 * curve is followed up to a chosen response, and no run is pushed into the refractory ceiling) or
 * after `levels` levels. One seed per call.
 */
import { feedbackNetwork, type FeedbackNetworkOptions, type FeedbackResponse } from "./feedback-network.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link inputResponse}. */
export interface InputResponseOptions {
  /** First input rate (Hz per source, > 0), the factor between levels (> 1) and the most levels. */
  start: number;
  factor: number;
  levels: number;
  /** Stop after the first level with an E rate above this (Hz; default Infinity). */
  stopAbove?: number;
  /** The network (everything but `input`). */
  network?: Omit<FeedbackNetworkOptions, "input">;
}

const OPTIONS = optionNames<InputResponseOptions>({ start: true, factor: true, levels: true, stopAbove: true, network: true });

/**
 * Runs the sweep of the file comment and returns one {@link FeedbackResponse} per level run, in order
 * of increasing input.
 * @throws RangeError for start ≤ 0, factor ≤ 1 or levels < 1 (and whatever feedbackNetwork rejects).
 */
export function inputResponse(options: InputResponseOptions): FeedbackResponse[] {
  checkOptions("inputResponse", options, OPTIONS);
  const { start, factor, levels, stopAbove = Infinity, network = {} } = options;
  if (!(start > 0 && Number.isFinite(start))) throw new RangeError(`invalid start: ${start} Hz (expected a finite rate > 0)`);
  if (!(factor > 1 && Number.isFinite(factor))) throw new RangeError(`invalid factor: ${factor} (expected a finite factor > 1)`);
  if (!(Number.isInteger(levels) && levels >= 1)) throw new RangeError(`invalid levels: ${levels} (expected a whole number ≥ 1)`);
  const out: FeedbackResponse[] = [];
  for (let k = 0; k < levels; k++) {
    const r = feedbackNetwork({ ...network, input: start * factor ** k });
    out.push(r);
    if (r.rE > stopAbove) break;
  }
  return out;
}
