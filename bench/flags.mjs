// Command-line flags of the bench scripts: every flag must be known (a typo is an error with a guess),
// every value is checked, and a bad one exits 2 saying what is expected.
//   const f = flags({ "--seeds": { type: "int", min: 1, default: 5 }, "--out": { type: "path", default: "x.md" }, "--no-brian": { type: "bool" } }, "usage: …");
import { resolve } from "node:path";

/** Edit distance, for guesses. */
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** Parses process.argv (after the script) by `spec`; exits 2 with `usage` on an unknown flag or a bad value. */
export function flags(spec, usage, argv = process.argv.slice(2)) {
  const fail = (msg) => { console.error(`${msg}\n${usage}`); process.exit(2); };
  const out = {};
  for (const [name, s] of Object.entries(spec)) out[name] = s.type === "bool" ? false : s.default;
  for (let k = 0; k < argv.length; k++) {
    const name = argv[k];
    const s = spec[name];
    if (!s) {
      const guess = Object.keys(spec).sort((x, y) => distance(name, x) - distance(name, y))[0];
      fail(`unknown flag ${name}${guess && distance(name, guess) <= 3 ? `; did you mean ${guess}?` : ""}`);
    }
    if (s.type === "bool") { out[name] = true; continue; }
    const raw = argv[++k];
    if (raw === undefined || raw.startsWith("--")) fail(`missing value for ${name}`);
    if (s.type === "int" || s.type === "number") {
      const x = Number(raw);
      const ok = Number.isFinite(x) && (s.type === "number" || Number.isInteger(x)) && !(s.min !== undefined && x < s.min) && !(s.positive && x <= 0);
      if (!ok) fail(`invalid ${name}: ${raw} (expected ${s.type === "int" ? "a whole number" : "a number"}${s.positive ? " > 0" : s.min !== undefined ? ` ≥ ${s.min}` : ""})`);
      out[name] = x;
    } else if (s.type === "choice") {
      if (!s.values.includes(raw)) fail(`invalid ${name}: ${raw} (expected one of ${s.values.join(", ")})`);
      out[name] = raw;
    } else {
      out[name] = s.type === "path" ? resolve(raw) : raw;
    }
  }
  return out;
}
