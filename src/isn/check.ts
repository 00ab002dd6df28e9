/** Input checks shared by the ISN helpers. */
import type { RateSystem } from "../dynamics/rate-system.js";

/** The index of a unit given by name or index. */
export function unitIndex(label: string, sys: RateSystem, unit: string | number): number {
  const k = typeof unit === "number" ? unit : sys.names.indexOf(unit);
  if (!(Number.isInteger(k) && k >= 0 && k < sys.dim)) throw new RangeError(`invalid ${label}: ${JSON.stringify(unit)} (expected a unit name — ${sys.names.join(", ")} — or an index below ${sys.dim})`);
  return k;
}
