/**
 * A notebook's checks table: each row compares a value computed in this run with a reference from
 * somewhere else — a paper (figure or table), an analytic formula, a peer simulator run here — under
 * a stated tolerance, and gives a verdict. A reference computed by the same code as the value is an
 * "identity" check and is labelled so. Values may be a {@link Spread} over seeds (compared by its
 * mean); a NaN value, or a degenerate run ({@link Checks.healthy}), fails. A result that has no
 * reference to pass or fail against — a direction observed where no paper states one, a hypothesis
 * the run contradicts — is {@link Checks.record}ed: verdict "recorded", counted apart, never a pass.
 *
 * ```ts
 * const checks = new Checks();
 * checks.near("COBA E rate (Hz)", spread(rates), 19.75, { rel: 0.1, source: "Brian2 2.5 run here", kind: "peer" });
 * checks.below("|net| / I_E", 0.1, 0.3, { source: "balanced state: currents cancel on average" });
 * ```
 */
import { closest } from "../params/quantity.js";
import { fmt, fmtSpread } from "./format.js";
import { isSpread, type Spread } from "./spread.js";
import type { RunStatus } from "./status.js";

/** Where a reference comes from. */
export type CheckKind = "paper" | "analytic" | "peer" | "identity" | "criterion";

const KINDS: readonly CheckKind[] = ["paper", "analytic", "peer", "identity", "criterion"];

/** One row of a checks table, every field a display string except `pass`. */
export interface CheckRow {
  quantity: string;
  value: string;
  reference: string;
  tolerance: string;
  source: string;
  kind: CheckKind;
  /** False only for a failed row (a recorded row is not a failure, nor a pass: see `verdict`). */
  pass: boolean;
  verdict: "pass" | "fail" | "recorded";
  note: string;
}

/** What a value may be: a number, a mean ± sd over seeds, or a label. */
export type CheckValue = number | Spread | string | boolean;

/** Options shared by every check. */
export interface CheckOptions {
  /** Where the reference comes from: "Brunel 2000 Fig. 8", "analytic: τ = C/g", "Brian2 2.5 run here (bench/results/crosscheck.md)". Required. */
  source: string;
  /** Kind of reference (default: "paper" if the source names a year, "peer" if it names Brian2 or NEST, else "criterion"). */
  kind?: CheckKind;
  /** A short remark shown with the row (e.g. why the tolerance is what it is). */
  note?: string;
  /** Significant digits of numbers in the row (default 3). */
  digits?: number;
}

/** Options of {@link Checks.near}: pass iff |value − reference| ≤ max(abs, rel·|reference|). */
export interface NearOptions extends CheckOptions {
  rel?: number;
  abs?: number;
}

/** Options of {@link Checks.that}: the value and reference as they should read. */
export interface ThatOptions extends CheckOptions {
  value: string;
  reference: string;
}

const BASE_KEYS = ["source", "kind", "note", "digits"];

function checkOptions(method: string, options: object, extra: readonly string[]): void {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`invalid options of checks.${method}: ${String(options)} (expected an object with at least a source)`);
  }
  const allowed = [...BASE_KEYS, ...extra];
  for (const k of Object.keys(options)) {
    if (!allowed.includes(k)) {
      const guess = /tol/i.test(k) && extra.includes("rel") ? "rel (a fraction of the reference) or abs" : closest(k, allowed);
      throw new TypeError(`unknown option ${k} of checks.${method}${guess ? `; did you mean ${guess}?` : ` (expected one of ${allowed.join(", ")})`}`);
    }
  }
  const o = options as CheckOptions;
  if (typeof o.source !== "string" || !o.source.trim()) {
    throw new TypeError(`invalid source of checks.${method}: ${String(o.source)} (expected a string naming where the reference comes from, e.g. "Brunel 2000 Fig. 8")`);
  }
  if (o.kind !== undefined && !KINDS.includes(o.kind)) {
    throw new TypeError(`invalid kind: ${String(o.kind)} (expected one of ${KINDS.join(", ")})`);
  }
}

function inferKind(source: string): CheckKind {
  if (/\bbrian|\bnest\b/i.test(source)) return "peer";
  if (/\b(18|19|20)\d\d\b/.test(source)) return "paper";
  if (/^analytic/i.test(source)) return "analytic";
  return "criterion";
}

function numeric(quantity: string, value: CheckValue): number {
  if (typeof value === "number") return value;
  if (isSpread(value)) return value.mean;
  throw new TypeError(`invalid value of check "${quantity}": ${String(value)} (expected a number or a spread over seeds)`);
}

function show(value: CheckValue, digits: number): string {
  if (typeof value === "number") return fmt(value, digits);
  if (isSpread(value)) return fmtSpread(value, digits) + (value.nan ? `, ${value.nan} NaN left out` : "");
  return String(value);
}

/** A notebook's checks: add rows with the methods, then display them with `showChecks`. */
export class Checks {
  readonly rows: CheckRow[] = [];

  /** Number of rows that pass. */
  get passed(): number { return this.rows.filter((r) => r.verdict === "pass").length; }
  /** Number of rows that fail. */
  get failed(): number { return this.rows.filter((r) => r.verdict === "fail").length; }
  /** Number of recorded findings (rows with no pass/fail verdict: {@link record}). */
  get recorded(): number { return this.rows.filter((r) => r.verdict === "recorded").length; }
  /** Whether at least one row passes and none fails. */
  get allPassed(): boolean { return this.passed > 0 && this.failed === 0; }

  private add(quantity: string, value: string, reference: string, tolerance: string, pass: boolean, o: CheckOptions, note = ""): CheckRow {
    if (typeof quantity !== "string" || !quantity.trim()) throw new TypeError(`invalid quantity: ${String(quantity)} (expected a name for the row)`);
    const row: CheckRow = {
      quantity, value, reference, tolerance, source: o.source, kind: o.kind ?? inferKind(o.source), pass,
      verdict: pass ? "pass" : "fail", note: [note, o.note ?? ""].filter(Boolean).join("; "),
    };
    this.rows.push(row);
    return row;
  }

  private nanNote(value: CheckValue): string {
    if (isSpread(value) && value.nan) return `${value.nan} repeat(s) gave NaN`;
    return typeof value === "number" && Number.isNaN(value) ? "value is NaN (degenerate run?)" : "";
  }

  /** Passes iff |value − reference| ≤ max(abs, rel·|reference|) (at least one of rel, abs required). */
  near(quantity: string, value: CheckValue, reference: number, options: NearOptions): CheckRow {
    checkOptions("near", options, ["rel", "abs"]);
    const { rel, abs, digits = 3 } = options;
    if (rel === undefined && abs === undefined) throw new TypeError(`checks.near("${quantity}") needs a tolerance: rel (fraction of the reference) or abs (in the value's unit)`);
    for (const [name, t] of [["rel", rel], ["abs", abs]] as const) {
      if (t !== undefined && !(t >= 0 && Number.isFinite(t))) throw new RangeError(`invalid ${name}: ${t} (expected a finite tolerance ≥ 0)`);
    }
    if (!Number.isFinite(reference)) throw new RangeError(`invalid reference of check "${quantity}": ${reference} (expected a finite number)`);
    const v = numeric(quantity, value);
    const tol = Math.max(abs ?? 0, (rel ?? 0) * Math.abs(reference));
    // a tolerance is a rough bound: two significant digits say all it means
    const text = [rel !== undefined ? `±${fmt(rel * 100, 2)} %` : "", abs !== undefined ? `±${fmt(abs, 2)}` : ""].filter(Boolean).join(" or ");
    const pass = Number.isFinite(v) && Math.abs(v - reference) <= tol * (1 + 1e-12) && !(isSpread(value) && value.nan);
    return this.add(quantity, show(value, digits), fmt(reference, digits), text, pass, options, this.nanNote(value));
  }

  /** Passes iff lo ≤ value ≤ hi. */
  between(quantity: string, value: CheckValue, [lo, hi]: readonly [number, number], options: CheckOptions): CheckRow {
    checkOptions("between", options, []);
    if (!(lo <= hi)) throw new RangeError(`invalid range of check "${quantity}": [${lo}, ${hi}] (expected lo ≤ hi)`);
    const v = numeric(quantity, value);
    const d = options.digits ?? 3;
    const pass = v >= lo && v <= hi && !(isSpread(value) && value.nan);
    return this.add(quantity, show(value, d), `${fmt(lo, d)} to ${fmt(hi, d)}`, "in range", pass, options, this.nanNote(value));
  }

  /** Passes iff value < limit. */
  below(quantity: string, value: CheckValue, limit: number, options: CheckOptions): CheckRow {
    checkOptions("below", options, []);
    const v = numeric(quantity, value);
    const d = options.digits ?? 3;
    return this.add(quantity, show(value, d), `< ${fmt(limit, d)}`, "bound", v < limit && !(isSpread(value) && value.nan), options, this.nanNote(value));
  }

  /** Passes iff value > limit. */
  above(quantity: string, value: CheckValue, limit: number, options: CheckOptions): CheckRow {
    checkOptions("above", options, []);
    const v = numeric(quantity, value);
    const d = options.digits ?? 3;
    return this.add(quantity, show(value, d), `> ${fmt(limit, d)}`, "bound", v > limit && !(isSpread(value) && value.nan), options, this.nanNote(value));
  }

  /** Passes iff value === expected (labels, counts, booleans). */
  equal(quantity: string, value: string | number | boolean, expected: string | number | boolean, options: CheckOptions): CheckRow {
    checkOptions("equal", options, []);
    const d = options.digits ?? 3;
    return this.add(quantity, show(value, d), show(expected, d), "exact", value === expected, options);
  }

  /** A free-form check: `ok` decided by the caller, value and reference given as text. */
  that(quantity: string, ok: boolean, options: ThatOptions): CheckRow {
    checkOptions("that", options, ["value", "reference"]);
    if (typeof ok !== "boolean") throw new TypeError(`invalid ok of check "${quantity}": ${String(ok)} (expected true or false)`);
    return this.add(quantity, options.value, options.reference, "as stated", ok, options);
  }

  /**
   * Records a result that has no reference to pass or fail against: the observed direction where no
   * paper states one, or a hypothesis this run does not bear out. Its verdict is "recorded" — shown
   * and counted apart from passes, so a table never dresses a finding as a passed test.
   * @example checks.record("healthy E rate under the blocker", "4.53 → 6.38 Hz: raised", { reference: "hypothesis: lowered", source: "issue's expectation" })
   */
  record(quantity: string, value: CheckValue, options: CheckOptions & { reference?: string }): CheckRow {
    checkOptions("record", options, ["reference"]);
    const row = this.add(quantity, show(value, options.digits ?? 3), options.reference ?? "—", "—", true, options, this.nanNote(value));
    row.verdict = "recorded";
    return row;
  }

  /** Fails when a run is degenerate (died out, runaway, NaN): such a run is flagged, not summarised. */
  healthy(label: string, status: RunStatus): CheckRow {
    return this.add(`${label}: run usable`, status.ok ? `${fmt(status.rate)} Hz` : status.status, "neither silent nor runaway",
      "status", status.ok, { source: "run health (tightrope runStatus)", kind: "criterion" }, status.ok ? "" : status.message);
  }
}
