/**
 * The library's warnings, collected and summarised for a notebook: a long sweep can warn many times
 * about the same thing (one warning per network that runs away, say), and the summary prints one
 * line per kind of warning — the text before the first colon — with a count and the first message.
 * (Generic; it lives here because the ISN notebook is its first user.)
 */
import { setWarningHandler } from "../params/warn.js";

/**
 * One line per kind of message (text before the first colon), in order of first appearance:
 * "(warning) m" for a single message, "(warning ×n, first) m" for n of a kind; "— why" appended
 * when `why` is given (e.g. why the warnings were expected).
 * @example summarizeWarnings(["runaway activity in E: 388 Hz", "runaway activity in E: 400 Hz"])  // ["(warning ×2, first) runaway activity in E: 388 Hz"]
 */
export function summarizeWarnings(messages: readonly string[], why = ""): string[] {
  const kinds = new Map<string, string[]>();
  for (const m of messages) {
    const k = m.split(":")[0];
    kinds.set(k, [...(kinds.get(k) ?? []), m]);
  }
  return [...kinds.values()].map((ms) => `(warning${ms.length > 1 ? ` ×${ms.length}, first` : ""}) ${ms[0]}${why ? ` — ${why}` : ""}`);
}

/** What {@link collectWarnings} returns. */
export interface WarningLog {
  /** Messages collected since the last flush. */
  readonly pending: readonly string[];
  /** Prints (console.log) and returns the summary of the messages since the last flush, and forgets them. */
  flush(why?: string): string[];
  /** Restores the handler that was in place before. */
  stop(): void;
}

/**
 * Routes the library's warnings into a log from now on (`setWarningHandler`) instead of printing
 * each; `flush` prints the summary ({@link summarizeWarnings}) where the notebook wants it.
 * @example const warnings = tr.collectWarnings(); net.run(1000); warnings.flush("expected: the runaway runs")
 */
export function collectWarnings(): WarningLog {
  const pending: string[] = [];
  const previous = setWarningHandler((m) => pending.push(m));
  return {
    pending,
    flush(why = "") {
      const lines = summarizeWarnings(pending.splice(0), why);
      for (const line of lines) console.log(line);
      return lines;
    },
    stop() {
      setWarningHandler(previous);
    },
  };
}
