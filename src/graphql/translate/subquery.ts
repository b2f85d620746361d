/**
 * A `@cypher` field's statement (from the SDL, never from a request) read as an expression of a projection:
 * `COLLECT { <statement> }` under the node it is a field of.
 *
 * Why rewrite it: every variable of the enclosing query is in scope inside a COLLECT subquery, and Neo4j refuses a
 * subquery variable with the name of one of them ("is shadowing a variable with the same name from the outer
 * scope and needs to be renamed"; a plain MATCH would even join on it). So the statement's own variables are
 * renamed apart with a prefix, `this` becomes the projected node, and `$argument`s become the projection's
 * parameters. @neo4j/graphql runs the same text as a CALL subquery importing `this`; the answer is the same.
 */

type Token = { kind: "space" | "string" | "word" | "parameter" | "symbol"; text: string };

/** A statement cut into tokens, with the variables it binds, the parameters it reads and the one column it returns. */
export interface CypherStatement {
  tokens: Token[];
  bound: Set<string>;
  parameters: Set<string>;
  column: string;
}

/** Clauses that write or call procedures: a field's statement holding one is left to @neo4j/graphql. */
const NOT_READ_HERE = new Set(["CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "CALL", "LOAD", "USE"]);

/**
 * Aggregating functions: Neo4j 5 refuses one inside a COLLECT subquery within a map projection ("Aggregation
 * column contains implicit grouping expressions", though the subquery stands alone), so such a statement is
 * left to @neo4j/graphql, which runs it as a CALL subquery.
 */
const AGGREGATES = new Set(["COUNT", "COLLECT", "MIN", "MAX", "SUM", "AVG", "STDEV", "STDEVP", "PERCENTILECONT", "PERCENTILEDISC"]);

/** The name of the single column the last RETURN gives (`RETURN s`, `RETURN DISTINCT e ORDER BY …`, `… AS party`). */
function returnedColumn(code: Token[]): string | undefined {
  const depths: number[] = [];
  let depth = 0;
  for (const t of code) {
    if ("([{".includes(t.text)) depth++;
    if (")]}".includes(t.text)) depth--;
    depths.push(depth);
  }
  let at = code.length - 1;
  while (at >= 0 && !(depths[at] === 0 && code[at].text.toUpperCase() === "RETURN")) at--;
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < code.length && !(depths[end] === 0 && ["ORDER", "SKIP", "LIMIT", "UNION"].includes(code[end].text.toUpperCase()))) end++;
  const items = code.slice(at + 1, end);
  if (items[0]?.text.toUpperCase() === "DISTINCT") items.shift();
  if (items.some((t, i) => t.text === "," && depths[at + 1 + i] === 0)) return undefined;
  const last = items[items.length - 1];
  const aliased = items.length >= 3 && items[items.length - 2].text.toUpperCase() === "AS";
  return last?.kind === "word" && (aliased || items.length === 1) ? last.text : undefined;
}

const TOKEN = /\s+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\$[A-Za-z_]\w*|[A-Za-z_]\w*|\/[/*]|[`$]|./gsy;

export function parseCypherStatement(text: string): CypherStatement | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    // Quoted names, comments and a bare `$` are not worth reading: such a statement stays @neo4j/graphql's.
    if (t === "`" || t === "$" || t === "//" || t === "/*") return undefined;
    const kind = /^\s/.test(t) ? "space" : /^['"]/.test(t) ? "string" : t[0] === "$" ? "parameter" : /^[A-Za-z_]/.test(t) ? "word" : "symbol";
    tokens.push({ kind, text: t });
  }
  const code = tokens.filter((t) => t.kind !== "space");
  if (code.some((t) => t.kind === "word" && NOT_READ_HERE.has(t.text.toUpperCase()))) return undefined;
  if (code.some((t, i) => t.kind === "word" && AGGREGATES.has(t.text.toUpperCase()) && code[i + 1]?.text === "(")) return undefined;
  const column = returnedColumn(code);
  if (!column) return undefined;
  const bound = new Set<string>();
  code.forEach((t, i) => {
    if (t.kind !== "word") return;
    const [before, after] = [code[i - 1]?.text ?? "", code[i + 1]?.text ?? ""];
    const binds =
      (before === "(" && [":", ")", "{"].includes(after)) || // a node: (x), (x:Label), (x {key: value})
      (before === "[" && ([":", "]"].includes(after) || after.toUpperCase() === "IN")) || // a relationship, or [x IN list | …]
      before.toUpperCase() === "AS" ||
      (before.toUpperCase() === "MATCH" && after === "="); // a path
    if (binds) bound.add(t.text);
  });
  bound.delete("this");
  return { tokens, bound, parameters: new Set(code.filter((t) => t.kind === "parameter").map((t) => t.text.slice(1))), column };
}

/**
 * The statement with `this` as `self`, each of its variables as `prefix + name`, each `$name` as `parameter(name)`.
 * Property keys (`.name`), labels and types (`:Label`, `:A|B`), map keys (`{kind: …}`) and functions keep their names.
 */
export function renderSubquery(statement: CypherStatement, self: string, prefix: string, parameter: (name: string) => string): string {
  const { tokens, bound } = statement;
  const code = tokens.filter((t) => t.kind !== "space");
  const text = (i: number) => code[i]?.text ?? "";
  const mapKey = (i: number) => (text(i - 1) === "{" || text(i - 1) === ",") && text(i + 1) === ":";
  // After `:` or `|`: a label or type, unless the `:` follows a map key (then a value) or the `|` ends a list
  // comprehension's or pattern comprehension's head (then an expression).
  const label = (i: number): boolean =>
    (text(i - 1) === ":" && !mapKey(i - 2)) || (text(i - 1) === "|" && code[i - 2]?.kind === "word" && label(i - 2));
  let at = -1;
  return tokens
    .map((t) => {
      if (t.kind === "space") return t.text;
      at++;
      if (t.kind === "parameter") return parameter(t.text.slice(1));
      if (t.kind !== "word" || (t.text !== "this" && !bound.has(t.text))) return t.text;
      if (text(at - 1) === "." || label(at) || text(at + 1) === "(" || mapKey(at)) return t.text;
      return t.text === "this" ? self : prefix + t.text;
    })
    .join("");
}
