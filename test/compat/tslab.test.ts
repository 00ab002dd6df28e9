/**
 * Everything under src/ must compile with tslab's own compiler (TypeScript 5.0.4, lib ES2022,
 * Node10 resolution, not strict): notebooks import the library through it.
 */
import { expect, it } from "vitest";
import { createRequire } from "node:module";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..", "..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

it("src/ compiles under tslab's TypeScript 5.0.4 with tslab's settings", () => {
  const req = createRequire(join(root, "node_modules", "tslab", "dist", "converter.js"));
  const ts = req("@tslab/typescript-for-tslab") as typeof import("typescript");
  expect(ts.version).toBe("5.0.4");
  const program = ts.createProgram(tsFiles(join(root, "src")), {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules", "@types")],
  });
  const messages = ts.getPreEmitDiagnostics(program).map((d) =>
    `${d.file ? d.file.fileName.slice(root.length + 1) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  expect(messages).toEqual([]);
}, 120_000); // a whole-program type check: ~3 s alone, much longer on a loaded machine

it("src/ uses no import.meta and imports relative modules with .js", () => {
  const problems: string[] = [];
  for (const f of tsFiles(join(root, "src"))) {
    const text = readFileSync(f, "utf8");
    if (/import\.meta/.test(text)) problems.push(`${f}: import.meta`);
    for (const m of text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)) {
      if (!m[1].endsWith(".js")) problems.push(`${f}: ${m[1]}`);
    }
  }
  expect(problems).toEqual([]);
});
