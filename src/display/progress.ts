/**
 * A progress bar for long runs. In a tslab kernel it is one output updated in place
 * (tslab.newDisplay); elsewhere it writes a line to stderr at most every 10 %.
 */
import { inKernel, newDisplay } from "./kernel.js";
import { setProgressFactory } from "../network/progress.js";
import { escapeHTML } from "./checks.js";
import { checkOptions } from "../params/options.js";

/** A progress reporter: call `update(done)` as work proceeds and `finish()` at the end. */
export interface Progress {
  /** Reports `done` units of work so far. */
  update(done: number): void;
  /** Shows the final state. */
  finish(): void;
}

/**
 * Creates a progress bar for `total` units of work (e.g. ms of simulated time).
 * Updates are throttled to at most one per `interval` ms of wall time (default 200); `startedAt`
 * (ms since the epoch, default now) is when the work began, for elapsed and remaining time.
 */
export function progress(total: number, options: { label?: string; interval?: number; startedAt?: number } = {}): Progress {
  checkOptions("progress", options, ["label", "interval", "startedAt"]);
  const { label = "progress", interval = 200, startedAt = Date.now() } = options;
  if (!(total > 0) || !Number.isFinite(total)) throw new RangeError(`invalid total: ${total} (expected a finite number > 0)`);
  const out = newDisplay();
  const start = startedAt;
  let last = -Infinity;
  let lastTenth = -1;
  const render = (done: number) => {
    const f = Math.min(1, Math.max(0, done / total));
    const elapsed = (Date.now() - start) / 1000;
    const eta = f > 0 ? elapsed * (1 - f) / f : NaN;
    const info = `${label}: ${(100 * f).toFixed(0)} % · ${elapsed.toFixed(1)} s` + (f < 1 && Number.isFinite(eta) ? ` · ${eta.toFixed(1)} s left` : "");
    if (out) {
      out.html(`<div style="font:12px sans-serif"><progress value="${f}" max="1" style="width:240px"></progress> ${escapeHTML(info)}</div>`);
    } else if (Math.floor(f * 10) > lastTenth) {
      lastTenth = Math.floor(f * 10);
      process.stderr.write(`${info}\n`);
    }
  };
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last < interval && done < total) return;
      last = now;
      render(done);
    },
    finish() {
      render(total);
    },
  };
}

/**
 * Long simulation runs (Network.run) show this progress bar inside a kernel, and runs of at least
 * LONG_RUN_STEPS steps also outside one (lines on stderr): registered here, at the edge, so the core
 * never imports the display.
 */
setProgressFactory((total, label, startedAt, long) => (inKernel() || long ? progress(total, { label, startedAt }) : null));
