/**
 * Displaying checks and run status in a notebook. `showChecks` renders the checks table with a
 * summary line inside `<div class="tightrope-checks" data-passed data-failed>`: the report runner
 * copies that block to the top of the HTML report and counts passes and failures from it.
 * `showStatus` puts a visible warning box in the notebook when a run is degenerate.
 */
import type { Checks } from "../checks/checks.js";
import type { RunStatus } from "../checks/status.js";
import { display } from "./kernel.js";
import { checkOptions } from "../params/options.js";

/** Escapes text for HTML. */
export function escapeHTML(s: string): string {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const KIND_TEXT = { paper: "paper", analytic: "analytic", peer: "peer simulator", identity: "identity check", criterion: "criterion" };

/** The checks block as HTML (what {@link showChecks} displays). */
export function checksHTML(checks: Checks, options: { title?: string } = {}): string {
  checkOptions("checksHTML", options, ["title"]);
  const { title = "Checks" } = options;
  const n = checks.rows.length;
  const head = ["quantity", "this run", "reference", "tolerance", "source", "kind", "verdict"];
  const rows = checks.rows.map((r) => {
    const verdict = r.verdict === "recorded" ? `<span style="color:#555;font-weight:bold">● recorded</span>`
      : r.pass ? `<span style="color:#1a7f37;font-weight:bold">✓ pass</span>` : `<span style="color:#c00;font-weight:bold">✗ fail</span>`;
    const note = r.note ? `<br><small style="color:#555">${escapeHTML(r.note)}</small>` : "";
    const td = (x: string, nowrap = false) => `<td style="text-align:left;vertical-align:top${nowrap ? ";white-space:nowrap" : ""}">${x}</td>`;
    return `<tr${r.pass ? "" : ' style="background:#fdecec"'}>${td(escapeHTML(r.quantity) + note)}${td(escapeHTML(r.value))}` +
      `${td(escapeHTML(r.reference))}${td(escapeHTML(r.tolerance), true)}${td(escapeHTML(r.source))}` +
      `${td(KIND_TEXT[r.kind], true)}${td(verdict, true)}</tr>`;
  }).join("\n");
  const tests = n - checks.recorded;
  const findings = checks.recorded ? `; ${checks.recorded} result(s) recorded without a pass/fail reference` : "";
  const summary = n === 0 ? "no checks were made" : (checks.failed === 0 ? `all ${tests} pass` : `${checks.failed} of ${tests} fail`) + findings;
  return `<div class="tightrope-checks" data-passed="${checks.passed}" data-failed="${checks.failed}">` +
    `<p><b>${escapeHTML(title)}: ${summary}</b></p>` +
    `<table><thead><tr>${head.map((h) => `<th style="text-align:left">${h}</th>`).join("")}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

/** The checks as plain text, one line per row (outside a kernel). */
export function checksText(checks: Checks): string {
  const lines = checks.rows.map((r) => `${r.verdict === "recorded" ? "●" : r.pass ? "✓" : "✗"} ${r.quantity}: ${r.value} vs ${r.reference} (${r.tolerance}; ${r.source}, ${r.kind})${r.note ? ` — ${r.note}` : ""}`);
  return [`checks: ${checks.passed} passed, ${checks.failed} failed${checks.recorded ? `, ${checks.recorded} recorded` : ""}`, ...lines].join("\n");
}

/** Displays the checks table (HTML in a kernel, text elsewhere). */
export function showChecks(checks: Checks, options: { title?: string } = {}): void {
  checkOptions("showChecks", options, ["title"]);
  const out = display();
  if (out) out.html(checksHTML(checks, options));
  else console.log(checksText(checks));
}

/** Shows a warning box when `status` is not ok (nothing otherwise); returns whether the run is ok. */
export function showStatus(status: RunStatus, label = ""): boolean {
  if (status.ok) return true;
  const text = `⚠ ${label ? `${label}: ` : ""}${status.message}. Statistics of this run are not meaningful and are flagged in the checks.`;
  const out = display();
  if (out) out.html(`<div class="tightrope-warning" style="border:2px solid #c00;background:#fdecec;padding:6px 10px;margin:4px 0"><b>${escapeHTML(text)}</b></div>`);
  else console.warn(text);
  return false;
}
