/**
 * Rates for inputs: a constant (Hz, or a string such as "5 Hz") or a function of time
 * t (ms) → rate (Hz), evaluated once per step.
 */
import { quantity, type Quantity } from "../params/quantity.js";

/** A firing rate: constant or time-varying. */
export type Rate = Quantity | ((t: number) => number);

/** A checked rate as a function of time (constant rates are checked once). */
export function rateFunction(name: string, rate: Rate): (t: number) => number {
  if (typeof rate === "function") {
    return (t: number) => {
      const r = rate(t);
      if (!(r >= 0) || !Number.isFinite(r)) throw new RangeError(`invalid ${name}: ${r} Hz at t = ${t} ms (expected a finite rate ≥ 0 Hz)`);
      return r;
    };
  }
  const r = quantity(name, rate, "Hz", { min: 0 });
  return () => r;
}
