/**
 * One-time warnings for suspicious input (dt too large for a time constant, runaway rates, times
 * that are not multiples of dt, weights that look like SI units). Every warning goes through one
 * handler — `console.warn` unless {@link setWarningHandler} replaced it — so tests and notebooks
 * can collect them. {@link warnOnce} reports a key once per process; a {@link Warnings} set (one
 * per network) reports a key once per owner, so a new network warns again.
 */
const seen = new Set<string>();
let handler: (message: string) => void = (m) => console.warn(`tightrope: ${m}`);

/** A function that warns `message` unless `key` was already reported; returns whether it warned. */
export type Warn = (key: string, message: string) => boolean;

/** Warns `message` the first time `key` is seen in this process; returns whether it warned. */
export function warnOnce(key: string, message: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  handler(message);
  return true;
}

/** One-time warnings owned by one object (e.g. a network): each key warns once per owner. */
export class Warnings {
  private readonly seen = new Set<string>();
  /** Warns `message` the first time `key` is seen by this owner; returns whether it warned. */
  readonly once: Warn = (key, message) => {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    handler(message);
    return true;
  };
}

/** Replaces the warning handler (tests collect warnings this way); returns the previous one. */
export function setWarningHandler(h: (message: string) => void): (message: string) => void {
  const prev = handler;
  handler = h;
  return prev;
}

/** Forgets which process-wide warnings were given, so they can be given again. */
export function resetWarnings(): void {
  seen.clear();
}

/** A number for a message: 6 significant digits, float noise dropped (0.30000000000000004 → "0.3"). */
export function shortNumber(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}
