/** Input checks shared by the ISN helpers. */
import type { RateSystem } from "../dynamics/rate-system.js";

/** Checks that `v` is an array of sys.dim finite numbers. */
export function checkVector(label: string, v: readonly number[], sys: RateSystem): void {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) throw new TypeError(`invalid ${label}: ${String(v)} (expected an array of ${sys.dim} numbers: ${sys.names.join(", ")})`);
  if (v.length !== sys.dim) throw new RangeError(`invalid ${label}: ${v.length} values (expected ${sys.dim}: ${sys.names.join(", ")})`);
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) throw new RangeError(`invalid ${label}[${i}] (${sys.names[i]}): ${v[i]} (expected a finite number)`);
}

/** The index of a unit given by name or index. */
export function unitIndex(label: string, sys: RateSystem, unit: string | number): number {
  const k = typeof unit === "number" ? unit : sys.names.indexOf(unit);
  if (!(Number.isInteger(k) && k >= 0 && k < sys.dim)) throw new RangeError(`invalid ${label}: ${JSON.stringify(unit)} (expected a unit name — ${sys.names.join(", ")} — or an index below ${sys.dim})`);
  return k;
}
