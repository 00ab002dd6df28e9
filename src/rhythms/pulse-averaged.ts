/**
 * A transfer function averaged over a fast pulse train: a rate unit driven by rectangular pulses of
 * amplitude A for a fraction d (the duty cycle = width × frequency) of the time, if its rate barely
 * moves within one pulse period, feels on average
 *
 *   F̄(x) = d·F(x + A) + (1 − d)·F(x),   F̄′(x) = d·F′(x + A) + (1 − d)·F′(x)
 *
 * (averaging, e.g. Sanders, Verhulst & Murdock 2007, *Averaging Methods in Nonlinear Dynamical
 * Systems*). With a saturating F a strong pulse adds d·(M − F(x)) to the mean drive and removes the
 * slope during the pulse, so the averaged loop gain falls. The approximation needs the pulse period
 * well below the unit's time constant; at 130 Hz (7.7 ms) against τ_STN = 6 ms it is rough.
 */
import type { TransferFunction } from "../dynamics/rate-system.js";

/**
 * F averaged over pulses of `amplitude` (input units) with duty cycle `duty` ∈ [0, 1].
 * @throws RangeError for a duty outside [0, 1] or a non-finite amplitude.
 */
export function pulseAveragedTransfer(F: TransferFunction, { amplitude, duty }: { amplitude: number; duty: number }): TransferFunction {
  if (typeof F !== "function") throw new TypeError(`invalid pulseAveragedTransfer F: ${String(F)} (expected a transfer function)`);
  if (!Number.isFinite(amplitude)) throw new RangeError(`invalid pulseAveragedTransfer.amplitude: ${amplitude} (expected a finite input)`);
  if (!(duty >= 0 && duty <= 1)) throw new RangeError(`invalid pulseAveragedTransfer.duty: ${duty} (expected a fraction in [0, 1])`);
  return (x) => {
    const on = F(x + amplitude), off = F(x);
    return { F: duty * on.F + (1 - duty) * off.F, dF: duty * on.dF + (1 - duty) * off.dF };
  };
}
