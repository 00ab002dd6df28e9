// Activity of a benchmark run, the same way for tightrope and Brian2 (bench/brian/standalone.mjs): mean rate
// of each population over the whole run, over its last `window` ms, and in bins of `bin` ms; and the criterion
// a timed run must meet (`sustained`).

/** Rates (Hz) from rate monitors (counts per step) of populations { name: monitor } after a run of `duration` ms. */
export function activity(monitors, dt, duration, window, bin = 100) {
  const rates = {}, late = {}, bins = {};
  const from = Math.round((duration - window) / dt), per = Math.round(bin / dt);
  for (const [pop, m] of Object.entries(monitors)) {
    const r = m.result(dt);
    let all = 0, end = 0;
    const counts = new Array(Math.ceil(r.counts.length / per)).fill(0);
    for (let s = 0; s < r.counts.length; s++) {
      all += r.counts[s];
      if (s >= from) end += r.counts[s];
      counts[Math.floor(s / per)] += r.counts[s];
    }
    rates[pop] = all / r.n / (duration / 1000);
    late[pop] = end / r.n / (window / 1000);
    bins[pop] = counts.map((c) => c / r.n / (bin / 1000));
  }
  return { rates, late, bins };
}

/**
 * Whether a run did its network's benchmark work: the mean E rate over the last `window` ms at least `min` Hz
 * (COBA and Brunel: 2 Hz, a tenth of the sustained state), or within [lo, hi] Hz (CUBA's ≈ 5.6 Hz).
 */
export function sustained(check, late) {
  const e = late.E;
  return check.min !== undefined ? e >= check.min : e >= check.lo && e <= check.hi;
}
