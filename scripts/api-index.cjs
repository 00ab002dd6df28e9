#!/usr/bin/env node
// Regenerates the explicit export list of src/index.ts from the folders' index.ts files (run after
// adding an export to a folder's index; test/api.test.ts fails until the two agree).
//   node scripts/api-index.cjs
const ts = require("typescript");
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..", "src");
const mods = ["params", "random", "balance", "engine", "models", "network", "inputs", "monitors", "analysis", "dynamics", "gain", "isn", "rhythms", "perturbations", "epilepsy", "pharmacology", "spectral", "probes", "readouts", "dale", "export", "networks", "sweep", "plasticity", "motifs", "criticality", "checks", "perf", "units", "symbolic", "tables", "io", "figures", "display"];
const prog = ts.createProgram(mods.map((m) => path.join(root, m, "index.ts")), { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true });
const checker = prog.getTypeChecker();
const seen = new Set();
const out = [];
for (const m of mods) {
  const sf = prog.getSourceFile(path.join(root, m, "index.ts"));
  const values = [], types = [];
  for (const e of checker.getExportsOfModule(checker.getSymbolAtLocation(sf))) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
    ((target.flags & ts.SymbolFlags.Value) !== 0 ? values : types).push(e.name);
  }
  values.sort(); types.sort();
  const wrap = (kw, names) => {
    if (!names.length) return "";
    const lines = []; let line = `${kw} {`;
    for (const n of names) { if ((line + " " + n + ",").length > 116) { lines.push(line); line = " "; } line += ` ${n},`; }
    lines.push(line.replace(/,$/, "") + ` } from "./${m}/index.js";`);
    return lines.join("\n") + "\n";
  };
  out.push(`// ${m}\n` + wrap("export", values) + wrap("export type", types));
}
const file = path.join(root, "index.ts");
const text = fs.readFileSync(file, "utf8");
const start = text.indexOf("// params\n");
const end = text.indexOf('export { VERSION }');
fs.writeFileSync(file, text.slice(0, start) + out.join("") + text.slice(end));
