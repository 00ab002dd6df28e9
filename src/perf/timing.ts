/**
 * Wall-clock and CPU time of a piece of work. CPU time (user + system, of the whole process: every
 * thread, workers and garbage-collector helpers included) is what the work cost; wall time is what
 * the user waited. On a machine shared with other processes wall time grows while CPU time barely
 * does, so a ratio CPU/wall well below the number of busy threads says the run waited for a core.
 */

/** Seconds of wall-clock and CPU time. */
export interface Timing {
  /** Wall-clock seconds (performance.now). */
  wall: number;
  /** CPU seconds of the whole process, user + system (process.cpuUsage). */
  cpu: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Runs `work` once and returns its value with its wall and CPU time in seconds. */
export function timed<T>(work: () => T): Timing & { value: T } {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const value = work();
  const wall = (performance.now() - t0) / 1000;
  return { value, wall, cpu: cpuSeconds() - c0 };
}

/** As {@link timed}, for asynchronous work (e.g. a sweep on worker threads). */
export async function timedAsync<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const value = await work();
  const wall = (performance.now() - t0) / 1000;
  return { value, wall, cpu: cpuSeconds() - c0 };
}
