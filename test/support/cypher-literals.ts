/**
 * The Cypher written in src/, for test/architecture.test.ts: every string or template literal that opens with a
 * Cypher clause, found with TypeScript's own parser, so comments and identifiers never count.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");
const CLAUSE = /^\s*(OPTIONAL MATCH|MATCH|MERGE|CREATE|UNWIND|CALL|WITH|RETURN|USE|SHOW|DROP|EXPLAIN|PROFILE)\b/;

/** The literals of `code` that open with a Cypher clause (a template by its text before the first `${`). */
export function cypherLiterals(code: string, fileName = "file.ts"): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      if (CLAUSE.test(node.text)) found.push(node.text.trim().split("\n")[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Each TypeScript file under `dir` (repository-relative, forward slashes) with the Cypher literals it holds. */
export function cypherBySource(dir = "src"): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const literals = cypherLiterals(fs.readFileSync(full, "utf8"), full);
        if (literals.length) out.set(path.relative(ROOT, full).split(path.sep).join("/"), literals);
      }
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}
