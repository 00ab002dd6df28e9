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

type Gc = () => void;
let gcFunction: Gc | null | undefined;

/**
 * Runs a full garbage collection now, if the runtime allows it, and says whether it did: `globalThis.gc`
 * (node --expose-gc), else V8's gc exposed at run time (node:v8 setFlagsFromString("--expose-gc") and a
 * fresh vm context — the approach of the expose-gc package). Benchmarks call it between building a
 * network and timing its run: otherwise the construction garbage (connectivity temporaries, the slab's
 * previous memories) is collected during the timed run, partly on V8's background threads, whose CPU
 * time counts.
 */
export function collectGarbage(): boolean {
  if (gcFunction === undefined) {
    gcFunction = null;
    const g = (globalThis as { gc?: Gc }).gc;
    if (typeof g === "function") gcFunction = g;
    else {
      try {
        const get = (process as unknown as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
        if (typeof get === "function") {
          (get("node:v8") as { setFlagsFromString(f: string): void }).setFlagsFromString("--expose-gc");
          const found = (get("node:vm") as { runInNewContext(code: string): unknown }).runInNewContext("gc");
          if (typeof found === "function") gcFunction = found as Gc;
        }
      } catch {
        gcFunction = null;
      }
    }
  }
  if (gcFunction === null) return false;
  gcFunction();
  return true;
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
