/**
 * One-time warnings for suspicious input (dt too large for a time constant, runaway rates):
 * each distinct key is reported once per process, through `console.warn` unless a handler is set.
 */
const seen = new Set<string>();
let handler: (message: string) => void = (m) => console.warn(`tightrope: ${m}`);

/** Warns `message` the first time `key` is seen; returns whether it warned. */
export function warnOnce(key: string, message: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  handler(message);
  return true;
}

/** Replaces the warning handler (tests collect warnings this way); returns the previous one. */
export function setWarningHandler(h: (message: string) => void): (message: string) => void {
  const prev = handler;
  handler = h;
  return prev;
}

/** Forgets which warnings were given, so they can be given again. */
export function resetWarnings(): void {
  seen.clear();
}
