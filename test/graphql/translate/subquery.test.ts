/**
 * A `@cypher` field's statement rewritten to run inside a projection (src/graphql/translate/subquery.ts): its
 * variables renamed apart, `this` bound, its arguments as the projection's parameters. What Neo4j makes of the
 * result is checked against @neo4j/graphql's answers in test/graphql/translate/projection.test.ts; here, the rewriting.
 */
import { parseCypherStatement, renderSubquery } from "../../../src/graphql/translate/subquery";
import { typeDefs } from "../../../src/graphql/sdl";

const render = (text: string) => {
  const statement = parseCypherStatement(text);
  if (!statement) throw new Error(`not read: ${text}`);
  return renderSubquery(statement, "node", "x__", (name) => `$node_${name}`);
};

test("variables are renamed apart; properties, labels, types, map keys, functions and strings keep their names", () => {
  expect(render("OPTIONAL MATCH (this)<-[:SUBJECT]-(:Membership)-[:OBJECT]->(o:Organization {kind: 'PARTY'}) RETURN o.name AS party ORDER BY party LIMIT 1")).toBe(
    "OPTIONAL MATCH (node)<-[:SUBJECT]-(:Membership)-[:OBJECT]->(x__o:Organization {kind: 'PARTY'}) RETURN x__o.name AS x__party ORDER BY x__party LIMIT 1",
  );
  expect(render(`MATCH (this)-[q:QUOTES]->(ev:Evidence) WHERE ev.excerpt <> "this o" RETURN ev ORDER BY q.order`)).toBe(
    `MATCH (node)-[x__q:QUOTES]->(x__ev:Evidence) WHERE x__ev.excerpt <> "this o" RETURN x__ev ORDER BY x__q.order`,
  );
  // A variable that is also a map key, a property and a function's argument; a list comprehension's variable.
  expect(render("MATCH (s:Statement {s: this.id}) WHERE s.s = toLower(s.id) RETURN [s IN [s] | s.id] AS ids")).toBe(
    "MATCH (x__s:Statement {s: node.id}) WHERE x__s.s = toLower(x__s.id) RETURN [x__s IN [x__s] | x__s.id] AS x__ids",
  );
  // A variable named like a label and a type; a pattern comprehension.
  expect(render("MATCH (this)-[:A|Law]->(Law:Law) RETURN [(Law)-->(b) | b.id] AS ids")).toBe("MATCH (node)-[:A|Law]->(x__Law:Law) RETURN [(x__Law)-->(x__b) | x__b.id] AS x__ids");
});

test("arguments become the caller's parameters, each where it is read", () => {
  expect(render("MATCH (this)<-[:SAID_BY]-(s:Statement) WITH s ORDER BY s.saidOn DESC SKIP toInteger($offset) LIMIT toInteger($limit) RETURN s")).toBe(
    "MATCH (node)<-[:SAID_BY]-(x__s:Statement) WITH x__s ORDER BY x__s.saidOn DESC SKIP toInteger($node_offset) LIMIT toInteger($node_limit) RETURN x__s",
  );
  expect(parseCypherStatement("MATCH (n) WHERE n.id = $id OR n.name = $name RETURN n")?.parameters).toEqual(new Set(["id", "name"]));
});

test("the one column returned is found, after DISTINCT, under an alias, before ORDER BY, past inner RETURNs", () => {
  const column = (text: string) => parseCypherStatement(text)?.column;
  expect(column("MATCH (this)<-[:X]-(e:Entity) RETURN DISTINCT e ORDER BY e.name")).toBe("e");
  expect(column("MATCH (a) RETURN a.name AS name SKIP 1 LIMIT 2")).toBe("name");
  expect(column("MATCH (a) WHERE EXISTS { MATCH (a)--(b) RETURN b } RETURN a")).toBe("a");
  expect(column("MATCH (a) RETURN a, a.name AS name")).toBeUndefined();
  expect(column("MATCH (a) RETURN a.name")).toBeUndefined();
});

test("statements it cannot run inside a projection are left to @neo4j/graphql", () => {
  for (const text of [
    "MATCH (this)<-[:IN_ARTICLE]-(ev:Evidence)<-[:SUPPORTED_BY]-(s:Statement) WITH s, min(ev.start) AS at ORDER BY at RETURN s", // Neo4j refuses aggregation there
    "MATCH (a) RETURN count(a) AS n",
    "MATCH (`odd name`) RETURN `odd name`",
    "MATCH (a) // a comment\nRETURN a",
    "MERGE (a:Thing) RETURN a",
    "MATCH (a) SET a.seen = true RETURN a",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (a) RETURN a, a.id AS id",
  ]) {
    expect({ text, read: parseCypherStatement(text) }).toEqual({ text, read: undefined });
  }
  // COUNT { … } is a subquery, not the aggregating function.
  expect(parseCypherStatement("MATCH (e) RETURN e ORDER BY COUNT { (e)-->() } DESC")?.column).toBe("e");
});

test("every @cypher statement of the SDL is read or deliberately left (aggregation), none by accident", () => {
  const statements = typeDefs()
    .join("\n")
    .split(/@cypher\(/)
    .slice(1)
    .map((part) => JSON.parse(/statement:\s*("(?:[^"\\]|\\.)*")/.exec(part)![1]) as string);
  expect(statements.length).toBeGreaterThan(10);
  const unread = statements.filter((text) => !parseCypherStatement(text));
  expect(unread.every((text) => /\b(min|count|collect)\(/i.test(text))).toBe(true);
});
