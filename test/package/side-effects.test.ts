/**
 * package.json's `sideEffects` is honest: it lists exactly the compiled modules that do something
 * when imported — a top-level call (registerModel, setProgressFactory, enableUnits …) or an import
 * kept only for its effect — so a bundler may drop every other module whose exports go unused.
 */
import { expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(__dirname, "..", "..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

/** Whether a top-level statement runs code with an effect beyond defining names. */
function effectful(s: ts.Statement): boolean {
  if (ts.isExpressionStatement(s)) return true;
  if (ts.isImportDeclaration(s)) return s.importClause === undefined; // import "./x.js"
  if (ts.isClassDeclaration(s)) return s.members.some((m) => ts.isClassStaticBlockDeclaration(m));
  return false;
}

it("sideEffects lists exactly the modules with top-level effects", () => {
  const found = tsFiles(join(root, "src")).filter((f) => {
    const sf = ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.ES2022, false);
    return sf.statements.some(effectful);
  }).map((f) => `./dist/${relative(join(root, "src"), f).replace(/\\/g, "/").replace(/\.ts$/, ".js")}`).sort();
  const declared = [...JSON.parse(readFileSync(join(root, "package.json"), "utf8")).sideEffects].sort();
  expect(found.length).toBeGreaterThan(0); // the scan finds the model registrations at least
  expect(declared).toEqual(found);
});
