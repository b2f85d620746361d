/**
 * Injection strings (Cypher, Lucene, unicode, very long) through every text argument of the schema: the
 * lookups, the fact-checking queries, cursors, and every string and ID filter of every generated query's
 * `where`. Every answer is well-formed GraphQL with no internal error, and the graph is exactly as before.
 */
import { createHash } from "crypto";
import { getNullableType, isInputObjectType, isListType, isNonNullType, type GraphQLField, type GraphQLInputObjectType } from "graphql";
import type { Driver } from "neo4j-driver";
import { buildSchema } from "../../../src/graphql/schema";
import { errorsOf, malformation, postJson, startApp, type HardenedApp } from "./helpers";

const PAYLOADS = [
  "') MATCH (n) DETACH DELETE n //",
  '"}) RETURN 1 //',
  "'}) MATCH (n) SET n.pwned = true RETURN n //",
  "' OR 1=1 //",
  "\\u0027",
  "'",
  "`) CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN value //",
  "$name } RETURN 1 UNION MATCH (n) RETURN n //",
  "*:* OR a~ AND (",
  'text:[* TO *] OR name:"Campbell"^10 && ||',
  "\\\\ \\\" \u0000 \n\r\t /* */ ; //",
  ".*(?i).* % _",
  "Ωmega 中文 🧨 \u202e\u0301 ﷽",
  "\ud83d lone surrogate",
  "",
  "   ",
  "a".repeat(10_000),
  "' ".repeat(5_000),
];

/**
 * One place a string goes. `query` takes the payloads' variable names ($x0, $x1, …, all of GraphQL type
 * `type`) and sends each of them there: one aliased field per payload, or one clause of a where's OR.
 */
interface Probe {
  /** Where the payloads go, for failure messages. */
  target: string;
  type: string;
  query(variables: string[]): string;
}

/** Every Query field argument of type String or ID (lookups, searches, connections, timeline, cursors). */
function argumentProbes(fields: GraphQLField<unknown, unknown>[]): Probe[] {
  return fields.flatMap((field) =>
    field.args
      .filter((arg) => ["String", "ID"].includes(String(getNullableType(arg.type))))
      .map((arg) => {
        // The other arguments a request must give (non-null, no default): all text ones today.
        const others = field.args.filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: "Campbell"`);
        return {
          target: `${field.name}(${arg.name})`,
          type: `${getNullableType(arg.type)}!`,
          query: (vars: string[]) => `{ ${vars.map((v, i) => `p${i}: ${field.name}(${[`${arg.name}: ${v}`, ...others].join(", ")}) { __typename }`).join(" ")} }`,
        };
      }),
  );
}

/**
 * Every string and ID filter of every generated list query's `where`. The operators take turns (payload i
 * goes through operator i mod 5), so each operator meets several payloads while each request stays small.
 */
function whereProbes(fields: GraphQLField<unknown, unknown>[]): Probe[] {
  return fields.flatMap((field) => {
    const where = field.args.find((a) => a.name === "where")?.type;
    if (!where || !isListType(getNullableType(field.type)) || !isInputObjectType(where)) return [];
    return Object.values((where as GraphQLInputObjectType).getFields())
      .filter((f) => !f.deprecationReason && isInputObjectType(f.type))
      .flatMap((f) => {
        const filters = (f.type as GraphQLInputObjectType).name;
        const scalar = { StringScalarFilters: "String", IDScalarFilters: "ID", StringListFilters: "String" }[filters];
        if (!scalar) return [];
        const ops =
          filters === "StringListFilters"
            ? [(x: string) => `{ ${f.name}: { includes: ${x} } }`, (x: string) => `{ ${f.name}: { eq: [${x}] } }`]
            : [...["eq", "contains", "startsWith", "endsWith"].map((op) => (x: string) => `{ ${f.name}: { ${op}: ${x} } }`), (x: string) => `{ ${f.name}: { in: [${x}] } }`];
        return [
          {
            target: `${field.name}(where: { ${f.name} })`,
            type: `${scalar}!`,
            query: (vars: string[]) => `{ ${field.name}(limit: 5, where: { OR: [${vars.map((v, i) => ops[i % ops.length](v)).join(", ")}] }) { __typename } }`,
          },
        ];
      });
  });
}

/** Nodes and relationships with their labels, types and every property, hashed: any write changes it. */
async function graphFingerprint(driver: Driver): Promise<{ nodes: number; relationships: number; hash: string }> {
  const canonical = (value: unknown): string => JSON.stringify(value, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : typeof v === "bigint" ? String(v) : v));
  const lines: string[] = [];
  const nodes = await driver.executeQuery("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props");
  for (const r of nodes.records) lines.push(canonical([r.get("id"), [...r.get("labels")].sort(), r.get("props")]));
  const rels = await driver.executeQuery("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props");
  for (const r of rels.records) lines.push(canonical([r.get("a"), r.get("type"), r.get("b"), r.get("props")]));
  lines.sort();
  return { nodes: nodes.records.length, relationships: rels.records.length, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
}

let app: HardenedApp;
let probes: Probe[];
beforeAll(async () => {
  app = await startApp();
  const query = (await buildSchema()).getQueryType()!;
  const fields = Object.values(query.getFields());
  probes = [...argumentProbes(fields), ...whereProbes(fields)];
  // Nested filters and filters inside a connection's where go through the same translation; one of each.
  const anyOf = (clause: (x: string) => string) => (vars: string[]) => `OR: [${vars.map(clause).join(", ")}]`;
  const nested = anyOf((x) => `{ statements: { some: { text: { contains: ${x} } } } }`);
  const inConnection = anyOf((x) => `{ name: { startsWith: ${x} } }`);
  probes.push(
    { target: "people(where: { statements: { some: { text } } })", type: "String!", query: (vars) => `{ people(where: { ${nested(vars)} }) { name } }` },
    { target: "lawsConnection(where: { name })", type: "String!", query: (vars) => `{ lawsConnection(first: 5, where: { ${inConnection(vars)} }) { totalCount } }` },
  );
});
afterAll(() => app?.close());

test("the probes cover every text argument and filter", () => {
  const targets = probes.map((p) => p.target);
  for (const expected of [
    "person(name)", "organization(name)", "jurisdiction(name)", "law(name)", "program(name)", "lookup(name)", "article(id)",
    "searchStatements(query)", "searchClaims(query)", "connections(from)", "connections(to)", "timeline(name)",
    "peopleConnection(after)", "people(where: { name })", "people(where: { aliases })", "statements(where: { text })", "articles(where: { id })",
  ]) {
    expect(targets).toContain(expected);
  }
  expect(probes.length).toBeGreaterThan(60);
});

// About 200 requests, some with large filters: allow for a busy machine.
test("injection strings through every text argument: well-formed answers, no internal error, graph unchanged", async () => {
  const before = await graphFingerprint(app.driver);
  expect(before.nodes).toBeGreaterThan(50);
  const problems: string[] = [];
  let sent = 0;
  for (const probe of probes) {
    // Lookups take one payload per aliased field: two requests keep each under the alias limit.
    for (const payloads of [PAYLOADS.slice(0, 9), PAYLOADS.slice(9)]) {
      const names = payloads.map((_, i) => `x${i}`);
      const query = `query (${names.map((n) => `$${n}: ${probe.type}`).join(", ")}) ${probe.query(names.map((n) => `$${n}`))}`;
      const response = await postJson(app.url, { query, variables: Object.fromEntries(names.map((n, i) => [n, payloads[i]])) });
      sent += payloads.length;
      const malformed = malformation(response.json);
      if (malformed) problems.push(`${probe.target}: ${malformed} (HTTP ${response.status}): ${response.text.slice(0, 200)}`);
      else if (response.status !== 200) problems.push(`${probe.target}: HTTP ${response.status}: ${response.text.slice(0, 200)}`);
      for (const e of errorsOf(response.json)) {
        if (e.extensions?.code === "INTERNAL_SERVER_ERROR") problems.push(`${probe.target}: internal error ${e.message.slice(0, 200)}`);
        // A probe that does not validate never reaches a resolver, and would prove nothing.
        if (String(e.extensions?.code).startsWith("GRAPHQL_")) problems.push(`${probe.target}: probe refused: ${e.message.slice(0, 200)}`);
      }
    }
  }
  expect(sent).toBe(probes.length * PAYLOADS.length);
  expect(problems).toEqual([]);
  expect(await graphFingerprint(app.driver)).toEqual(before);
}, 240_000);

test("the same strings written into the document itself, as GraphQL string literals", async () => {
  const before = await graphFingerprint(app.driver);
  const fields = ["person(name: %s) { name }", "searchStatements(query: %s) { score }", "people(where: { name: { contains: %s } }) { name }", "connections(from: %s, to: %s) { steps { relation } }"];
  for (const payload of PAYLOADS) {
    const query = `{ ${fields.map((f) => f.replaceAll("%s", JSON.stringify(payload))).join(" ")} }`;
    const response = await postJson(app.url, { query });
    expect({ payload: payload.slice(0, 40), malformed: malformation(response.json) }).toEqual({ payload: payload.slice(0, 40), malformed: undefined });
    expect(errorsOf(response.json).filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")).toEqual([]);
  }
  expect(await graphFingerprint(app.driver)).toEqual(before);
});

test("the fingerprint notices a write (so the tests above can fail)", async () => {
  const before = await graphFingerprint(app.driver);
  // A node of this test's own, removed again: the shared graph is left as it was.
  const id = "hardening:fingerprint-probe";
  await app.driver.executeQuery("CREATE (:HardeningProbe {id: $id})", { id });
  try {
    await app.driver.executeQuery("MATCH (n:HardeningProbe {id: $id}) SET n.note = 'changed'", { id });
    const changed = await graphFingerprint(app.driver);
    expect(changed.nodes).toBe(before.nodes + 1);
    expect(changed.hash).not.toBe(before.hash);
  } finally {
    await app.driver.executeQuery("MATCH (n:HardeningProbe {id: $id}) DELETE n", { id });
  }
  expect(await graphFingerprint(app.driver)).toEqual(before);
});
