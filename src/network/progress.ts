/**
 * How long runs report progress without core code knowing about notebooks: the display edge
 * registers a factory (a tslab progress bar in a kernel); without one, runs are silent.
 */

/** A progress reporter. */
export interface ProgressReporter {
  /** Reports `done` units of work so far. */
  update(done: number): void;
  /** Reports the end of the work. */
  finish(): void;
}

/**
 * Makes a reporter for `total` units of work that began at `startedAt` (ms since the epoch), or null.
 * `long` marks work long enough to report even outside a notebook (runs of ≥ LONG_RUN_STEPS steps).
 */
export type ProgressFactory = (total: number, label: string, startedAt: number, long: boolean) => ProgressReporter | null;

let factory: ProgressFactory | null = null;

/** Registers the factory used by runs that last long enough to need a progress bar. */
export function setProgressFactory(f: ProgressFactory | null): void {
  factory = f;
}

/** The registered factory's reporter, or null. */
export function makeProgress(total: number, label: string, startedAt = Date.now(), long = false): ProgressReporter | null {
  return factory ? factory(total, label, startedAt, long) : null;
}
