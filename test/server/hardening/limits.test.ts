/**
 * Hostile queries are refused with a clear error before anything reaches Neo4j (the server runs in this
 * process, so its driver is watched), the server stays healthy, and every query the project itself shows
 * (README, playground, test operations, GraphiQL's introspection) fits the default limits.
 */
import * as fs from "fs";
import * as path from "path";
import { getIntrospectionQuery } from "graphql";
import { EXAMPLE_QUERY } from "../../../src/server/example-query";
import { DEFAULT_LIMITS, queryLimits } from "../../../src/server/limits";
import { errorsOf, healthStatus, malformation, postJson, send, startApp, type HardenedApp } from "./helpers";

describe("queryLimits", () => {
  test("defaults, and each limit from its variable", () => {
    expect(queryLimits({})).toEqual(DEFAULT_LIMITS);
    expect(queryLimits({ FACTGRAPH_MAX_DEPTH: "4", FACTGRAPH_MAX_PAGE_SIZE: " 20 ", FACTGRAPH_MAX_BODY_BYTES: "65536", FACTGRAPH_MAX_BOOKMARKED: "8" })).toEqual({
      ...DEFAULT_LIMITS,
      maxDepth: 4,
      maxPageSize: 20,
      maxBodyBytes: 65536,
      maxBookmarked: 8,
    });
  });

  test.each(["0", "-3", "1.5", "10k", "1e400"])("refuses %j", (value) => {
    expect(() => queryLimits({ FACTGRAPH_MAX_COST: value })).toThrow(`FACTGRAPH_MAX_COST must be a whole number of at least 1, not "${value}"`);
  });
});

/** Person → statements → speaker → statements …: each hop one level deeper. */
function nested(levels: number): string {
  let selection = "name";
  for (let i = 0; i < levels; i++) selection = `statements { speaker { ... on Person { ${selection} } } }`;
  return `{ people(limit: 1) { ${selection} } }`;
}

const HOSTILE: [string, { query: string; variables?: Record<string, unknown> }, RegExp][] = [
  ["a query too deep", { query: nested(5) }, /^Query depth limit of 10 exceeded, found 1[0-9]\.$/],
  [
    "too many aliases",
    { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: person(name: "Campbell") { name }`).join(" ")} }` },
    /^Aliases limit of 15 exceeded, found 16\.$/,
  ],
  ["too many tokens", { query: `{ people { ${"name ".repeat(2000)}} }` }, /^Syntax Error: Document contains more tha[nt] 2000 tokens\. Parsing aborted\.$/],
  ["too many directives", { query: `{ people { ${"name @include(if: true) ".repeat(21)}} }` }, /^Directives limit of 20 exceeded, found 21\.$/],
  [
    "a query too costly",
    { query: "{ peopleConnection(first: 100) { edges { node { id name aliases description party statements { id text kind evidence { excerpt } } } } } }" },
    /^Query Cost limit of 5000 exceeded, found [\d.]+\.$/,
  ],
  ["a page over the maximum", { query: "{ people(limit: 101) { name } }" }, /^people\(limit: 101\) is over the maximum page size of 100: ask for at most 100 and page on with offset$/],
  [
    "a connection page over the maximum, as a variable",
    { query: "query ($n: Int) { peopleConnection(first: $n) { edges { node { name } } } }", variables: { n: 500 } },
    /^peopleConnection\(first: 500\) is over the maximum page size of 100: ask for at most 100 and page on with after$/,
  ],
  [
    "a nested page over the maximum, as a variable's default",
    { query: 'query ($n: Int = 1000) { person(name: "Campbell") { statements(limit: $n) { id } } }' },
    /^statements\(limit: 1000\) is over the maximum page size of 100/,
  ],
  [
    "a @cypher list's page over its type's @limit default, which @neo4j/graphql would cut it to",
    { query: '{ person(name: "Campbell") { recentStatements(limit: 60) { id } } }' },
    /^recentStatements\(limit: 60\) is over the maximum page size of 50: ask for at most 50 and page on with offset$/,
  ],
  ["a negative offset", { query: "{ people(offset: -8) { name } }" }, /^people\(offset: -8\): offset must not be negative$/],
  [
    "a negative first, as a variable",
    { query: "query ($n: Int) { articlesConnection(first: $n) { totalCount } }", variables: { n: -1 } },
    /^articlesConnection\(first: -1\): first must not be negative$/,
  ],
  ["a null filter", { query: "{ events(where: { name: null }) { id } }" }, /^events: where\.name must not be null: leave the filter out instead$/],
  ["a union's member filter set to null", { query: "{ reporteds(where: { Stance: null }) { __typename } }" }, /^reporteds: where\.Stance must not be null: leave the filter out instead$/],
  [
    "a null filter inside a connection filter, as a variable",
    { query: "query ($w: PersonStatementsConnectionWhere) { people(limit: 1) { statementsConnection(where: $w) { totalCount } } }", variables: { w: { AND: [{ node: null }] } } },
    /^statementsConnection: where\.AND\[0\]\.node must not be null/,
  ],
  [
    "an edge count over a relationship to an interface",
    { query: "{ laws(limit: 1) { concernsConnection { aggregate { count { nodes edges } } } } }" },
    /^concernsConnection: aggregate \{ count \{ edges \} \} is not available on a relationship to an interface: select count \{ nodes \} instead$/,
  ],
  [
    "one field under two names inside a relationship's connection",
    { query: "{ laws { claimsAbout { arithmetic { stated } } jurisdictionConnection { edges { a: cursor cursor node { name } } } } }" },
    /^jurisdictionConnection: select cursor under one name only/,
  ],
  [
    "one field under two names inside a relationship connection's pageInfo",
    { query: "{ organizations(limit: 1) { evidenceConnection(first: 1) { pageInfo { more: hasNextPage hasNextPage } } } }" },
    /^evidenceConnection: select hasNextPage under one name only/,
  ],
  [
    "the same, through a fragment",
    { query: "{ people(limit: 1) { statementsConnection { ...Page } } } fragment Page on PersonStatementsConnection { totalCount total: totalCount }" },
    /^statementsConnection: select totalCount under one name only/,
  ],
  [
    "one field under two names inside an aggregate",
    { query: "{ articlesConnection { aggregate { count { a: nodes nodes } } } }" },
    /^articlesConnection: select nodes under one name only/,
  ],
  ["a connection's node asked only for its __typename", { query: "{ peopleConnection { edges { node { __typename } } } }" }, /^peopleConnection: node \{ __typename \} alone cannot be answered/],
  ["an aggregate's node asked only for its __typename", { query: "{ peopleConnection { aggregate { node { __typename } } } }" }, /^peopleConnection: node \{ __typename \} alone cannot be answered/],
  ["a null page on recentStatements", { query: '{ person(name: "Campbell") { recentStatements(offset: null) { id } } }' }, /Expected value of type "Int!", found null/],
  [
    "an aggregate over an interface filtered on its relationship",
    { query: '{ entitiesConnection(where: { evidence: { some: { excerpt: { contains: "a" } } } }) { aggregate { count { nodes } } } }' },
    /^entitiesConnection: aggregate is not available with a filter on Entity's relationship \(evidence\): count with totalCount instead/,
  ],
  [
    "the same under NOT, as a connection filter",
    { query: '{ entitiesConnection(where: { NOT: { evidenceConnection: { some: { node: { excerpt: { contains: "a" } } } } } }) { totalCount aggregate { count { nodes } } } }' },
    /^entitiesConnection: aggregate is not available with a filter on Entity's relationship \(evidenceConnection\)/,
  ],
  [
    "the same on a relationship's node, as a variable",
    {
      query: "query ($w: EvidenceEntitiesConnectionWhere) { evidences(limit: 1) { entitiesConnection(where: $w) { aggregate { count { nodes } } } } }",
      variables: { w: { OR: [{ node: { name: { eq: "x" } } }, { node: { evidence_SOME: { start: { gt: 0 } } } }] } },
    },
    /^entitiesConnection: aggregate is not available with a filter on Entity's relationship \(evidence_SOME\)/,
  ],
];

describe("with the default limits", () => {
  let app: HardenedApp;
  beforeAll(async () => {
    app = await startApp();
    await postJson(app.url, { query: "{ peopleConnection(first: 1) { totalCount } }" }); // @neo4j/graphql asks Neo4j for its version on its first request
  });
  afterAll(() => app?.close());
  afterEach(() => jest.restoreAllMocks());

  test.each(HOSTILE)("%s: refused before it reaches Neo4j, and the server stays healthy", async (_what, payload, message) => {
    const sessions = jest.spyOn(app.driver, "session");
    const cypher = jest.spyOn(app.driver, "executeQuery");
    const response = await postJson(app.url, payload, { accept: "application/graphql-response+json" });
    expect(response.status).toBe(400);
    expect(malformation(response.json)).toBeUndefined();
    const errors = errorsOf(response.json);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(response.json).not.toHaveProperty("data");
    expect(sessions).not.toHaveBeenCalled();
    expect(cypher).not.toHaveBeenCalled();
    jest.restoreAllMocks();
    expect(await postJson(app.url, { query: '{ person(name: "Campbell") { name } }' })).toMatchObject({ status: 200, json: { data: { person: { name: "Linda Campbell" } } } });
    expect(await healthStatus(app.url)).toBe(200);
  });

  test("an edge's node may be selected under several names, and inside it a field as anywhere", async () => {
    const response = await postJson(app.url, {
      query: "{ people(limit: 1) { statementsConnection { edges { n: node { id t: text text } node { text } } } } }",
    });
    expect(errorsOf(response.json)).toEqual([]);
    const edges = (response.json as { data: { people: { statementsConnection: { edges: { n: { t: string; text: string }; node: { text: string } }[] } }[] } }).data.people[0].statementsConnection.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect([edge.n.t, edge.n.text]).toEqual([edge.node.text, edge.node.text]);
  });

  test("one document sent again with other variables is judged by its variables each time", async () => {
    // The guards walk a document once and keep what they found; the argument checks must still see each request's values.
    const query = "query ($n: Int, $w: EntityWhere) { people(limit: $n) { id } entitiesConnection(where: $w) { aggregate { count { nodes } } } }";
    const send = (variables: Record<string, unknown>) => postJson(app.url, { query, variables }, { accept: "application/graphql-response+json" });
    const answers: [number, string][] = [];
    for (const variables of [{ n: 1 }, { n: 1000 }, { n: 2 }, { n: 1, w: { evidence: { some: { start: { gt: 0 } } } } }, { n: 1, w: { name: { contains: "a" } } }]) {
      const response = await send(variables);
      answers.push([response.status, errorsOf(response.json)[0]?.message.split(":")[0] ?? "ok"]);
    }
    expect(answers).toEqual([
      [200, "ok"],
      [400, "people(limit"],
      [200, "ok"],
      [400, "entitiesConnection"],
      [200, "ok"],
    ]);
  });

  test("an interface's connection filtered on its relationship still counts with totalCount, and aggregates on its own fields", async () => {
    const filter = '{ evidence: { some: { excerpt: { contains: "Trust Act" } } } }';
    const response = await postJson(app.url, {
      query: `{ byEvidence: entitiesConnection(where: ${filter}) { totalCount } listed: entities(where: ${filter}) { id }
                byName: entitiesConnection(where: { name: { contains: "a" } }) { aggregate { count { nodes } } } }`,
    });
    expect(errorsOf(response.json)).toEqual([]);
    const data = (response.json as { data: { byEvidence: { totalCount: number }; listed: unknown[]; byName: { aggregate: { count: { nodes: number } } } } }).data;
    expect(data.listed.length).toBeGreaterThan(0);
    expect(data.byEvidence.totalCount).toBe(data.listed.length);
    expect(data.byName.aggregate.count.nodes).toBeGreaterThan(0);
  });

  test("edge counts stay allowed where they work: relationships to a concrete type", async () => {
    const response = await postJson(app.url, { query: '{ people(where: { name: { eq: "Linda Campbell" } }) { statementsConnection { aggregate { count { edges nodes } } } } }' });
    expect(errorsOf(response.json)).toEqual([]);
    expect(response.json).toMatchObject({ data: { people: [{ statementsConnection: { aggregate: { count: { edges: expect.any(Number) } } } }] } });
  });

  test("a null that means something is still allowed: statements without a speaker", async () => {
    const response = await postJson(app.url, { query: "{ statements(where: { speaker: null }) { id } }" });
    expect(errorsOf(response.json)).toEqual([]);
  });

  test("a page of exactly the maximum is served (and the watch on the driver sees it)", async () => {
    const sessions = jest.spyOn(app.driver, "session");
    const response = await postJson(app.url, { query: "query ($n: Int) { people(limit: 100) { id } peopleConnection(first: $n) { edges { node { id } } } }", variables: { n: 100 } });
    expect(errorsOf(response.json)).toEqual([]);
    expect(sessions).toHaveBeenCalled();
  });

  test("a body over the size limit is refused with 413 and a GraphQL-shaped error", async () => {
    const sessions = jest.spyOn(app.driver, "session");
    const response = await postJson(app.url, { query: "{ people { name } }", variables: { padding: "x".repeat(DEFAULT_LIMITS.maxBodyBytes) } });
    expect(response.status).toBe(413);
    expect(response.json).toEqual({ errors: [{ message: "the request body is larger than the limit of 1048576 bytes", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    expect(sessions).not.toHaveBeenCalled();
    expect(await healthStatus(app.url)).toBe(200);
  });

  test("the playground's query, the README's, the test operations and GraphiQL's introspection all fit", async () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../../README.md"), "utf8");
    const queriesDir = path.join(__dirname, "../../queries");
    const documents = [
      EXAMPLE_QUERY,
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true }),
      ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]),
      ...fs.readdirSync(queriesDir).map((f) => fs.readFileSync(path.join(queriesDir, f), "utf8")),
    ];
    expect(documents.length).toBeGreaterThanOrEqual(7);
    for (const query of documents) {
      const response = await postJson(app.url, { query, variables: { name: "Campbell" } });
      expect({ query, errors: errorsOf(response.json) }).toEqual({ query, errors: [] });
    }
  });
});

test("the limits are configurable", async () => {
  const app = await startApp({ limits: { ...DEFAULT_LIMITS, maxDepth: 3, maxPageSize: 5, maxBodyBytes: 2000 } });
  try {
    const depth4 = "{ people(limit: 1) { statements { speaker { name } } } }";
    expect(errorsOf((await postJson(app.url, { query: depth4 })).json)[0].message).toBe("Query depth limit of 3 exceeded, found 4.");
    expect(errorsOf((await postJson(app.url, { query: "{ people(limit: 6) { name } }" })).json)[0].message).toMatch(/maximum page size of 5/);
    const big = await send(app.url, { body: JSON.stringify({ query: `{ people(limit: 5) { name } } #${"x".repeat(2000)}` }), headers: { "content-type": "application/json" } });
    expect(big.status).toBe(413);
    expect(errorsOf((await postJson(app.url, { query: "{ people(limit: 5) { statements { id } } }" })).json)).toEqual([]);
  } finally {
    await app.close();
  }
});
