/** A notebook's checks as an arquero table: quantity, value, reference, tolerance, source, kind, verdict, note. */
import * as aq from "arquero";
import type { Checks } from "../checks/checks.js";

/** The rows of `checks` as an arquero table (every column a display string). */
export function checksTable(checks: Checks): aq.ColumnTable {
  const r = checks.rows;
  return aq.table({
    quantity: r.map((x) => x.quantity),
    value: r.map((x) => x.value),
    reference: r.map((x) => x.reference),
    tolerance: r.map((x) => x.tolerance),
    source: r.map((x) => x.source),
    kind: r.map((x) => x.kind),
    verdict: r.map((x) => x.verdict),
    note: r.map((x) => x.note),
  });
}
