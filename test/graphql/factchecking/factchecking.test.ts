/** The fact-checker operations through the public API, against the real Neo4j with the seed graph. */
import { projecting } from "../../../src/graphql/translate/projection";
import { hydration } from "../../../src/graphql/translate/hydrate";
import { graphql, query, startTestApp, type TestApp } from "../../support/app";
import { watchQueries } from "../../support/queries";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Hit = { score: number; statement: { id: string; speaker: { name: string } | null } };

describe("searchStatements", () => {
  const search = async (q: string, limit = 5) =>
    (await query<{ searchStatements: Hit[] }>(app.url, `query ($q: String!, $limit: Int) { searchStatements(query: $q, limit: $limit) { score statement { id speaker { name } } } }`, { q, limit })).searchStatements;

  test.each([
    ["clearly an attempt to undermine the federal laws", "statement:campbell-undermine-federal-law"],
    ["“this kind of law sends the wrong message”", "statement:hill-wrong-message"],
    ["if any city or town breaks federal law there should be penalties", "statement:hill-wrong-message"],
    ["it would set a dangerous precedant", "statement:campbell-undermine-federal-law"],
    ["sanctuaries improve relations between police and immigrants", "statement:millona-sanctuaries-improve-trust"],
    ["cops lose the trust of the communities they serve", "statement:police-lose-community-trust"],
  ])("%j finds %s first", async (q, expected) => {
    const hits = await search(q);
    expect(hits[0]?.statement.id).toBe(expected);
  });

  test("an exact phrase scores highest and the speaker comes with it", async () => {
    const [hit] = await search("To me this is clearly an attempt to undermine federal law");
    expect(hit.statement.speaker?.name).toBe("Linda Campbell");
    expect(hit.score).toBeGreaterThanOrEqual(0.9);
  });

  test("unrelated text finds nothing, and bad input is a clear error", async () => {
    expect(await search("recipe for banana bread with walnuts")).toEqual([]);
    const empty = await graphql(app.url, `{ searchStatements(query: "   ") { score } }`);
    expect(empty.errors?.[0]).toMatchObject({ message: "query must not be empty", extensions: { code: "BAD_USER_INPUT" } });
    const tooMany = await graphql(app.url, `{ searchStatements(query: "law", limit: 1000) { score } }`);
    expect(tooMany.errors?.[0].message).toMatch(/limit must be between 1 and 100/);
  });
});

test("tracing a statement: appearances, first appearance, relay, schema.org Claim", async () => {
  const data = await query<{ person: { statements: { id: string; saidOn: string | null; about: { name: string }[]; firstAppearance: { article: { id: string; publishedOn: string }; relayedBy: { name: string } | null; start: number; end: number; excerpt: string }; appearances: { article: { id: string } }[]; schemaOrg: Record<string, any> }[] } }>(
    app.url,
    `{ person(name: "Linda Campbell") { statements(where: { kind: { eq: DIRECT_QUOTE } }) {
        id saidOn about { name }
        firstAppearance { article { id publishedOn } relayedBy { name } start end excerpt }
        appearances { article { id } }
        schemaOrg } } }`,
  );
  const [statement] = data.person.statements;
  expect(statement.about).toEqual([{ name: "Massachusetts Trust Act" }]);
  expect(statement.firstAppearance).toMatchObject({ article: { id: "sanctuary-2015", publishedOn: "2015" }, relayedBy: { name: "The Eagle-Tribune" } });
  expect(statement.firstAppearance.excerpt).toHaveLength(statement.firstAppearance.end - statement.firstAppearance.start);
  expect(statement.appearances.map((a) => a.article.id)).toEqual(["sanctuary-2015"]);
  expect(statement.schemaOrg).toMatchObject({
    "@context": "https://schema.org",
    "@type": "Claim",
    author: { "@type": "Person", name: "Linda Campbell" },
    datePublished: "2015",
    firstAppearance: { "@type": "CreativeWork", identifier: "sanctuary-2015", isBasedOn: { publisher: { name: "The Eagle-Tribune" } } },
  });
  expect(statement.schemaOrg.appearance).toHaveLength(1);
});

test("a list of statements is traced without one query per statement", async () => {
  // The server runs in this process, so its driver can be watched (test/support/queries.ts).
  await query(app.url, "{ statementsConnection(first: 1) { totalCount } }"); // @neo4j/graphql asks Neo4j for its version on its first request
  const watch = watchQueries(app.driver);
  const all = await query<{ statements: { id: string; appearances: { article: { id: string }; relayedBy: { name: string } | null }[] }[] }>(
    app.url,
    `{ statements { id appearances { article { id } relayedBy { name } } } }`,
  );
  expect(all.statements.length).toBeGreaterThanOrEqual(9);
  expect(all.statements.every((s) => s.appearances.length > 0)).toBe(true);
  watch.restore();
  expect(watch.ours).toHaveLength(1); // one appearances query for every statement, articles and outlets projected in it
  expect(watch.generated).toBe(1); // the request (its articles and outlets were 2 more before projection)
});

test("a speaker's record: offices, party, stances with evidence, also for organizations", async () => {
  const data = await query<{ person: { party: string; offices: { title: string; of: { name: string } }[]; stances: { position: string; law: { name: string }; evidence: { excerpt: string }[] }[] }; organization: { claims: { value: number }[] } }>(
    app.url,
    `{ person(name: "Charlie Baker") { party offices { title of { name } } stances { position law { name } evidence { excerpt } } }
       organization(name: "Pew Research Center") { claims(sort: [{ value: ASC }]) { value } } }`,
  );
  expect(data.person.party).toBe("Republican Party");
  expect(data.person.offices).toEqual([{ title: "Governor", of: { name: "Massachusetts" } }]);
  expect(data.person.stances[0]).toMatchObject({ position: "THREATENED_VETO", law: { name: "Massachusetts Trust Act" } });
  expect(data.person.stances[0].evidence[0].excerpt).toContain("threatened to veto");
  expect(data.organization.claims.map((c) => c.value)).toEqual([2.3, 150000, 6700000]);
});

describe("claims", () => {
  test("searchClaims finds the Boston Globe figure, which corroborates Millona's, with the reasoning", async () => {
    const data = await query<{ searchClaims: { claim: { id: string; source: { name: string }; asOf: string; corroboratesConnection: { edges: { properties: { reasoning: string }; node: { source: { name: string } } }[] } } }[] }>(
      app.url,
      `{ searchClaims(query: "only 46 percent of deportees had criminal records") { claim { id source { name } asOf
          corroboratesConnection { edges { properties { reasoning } node { source { name } } } } } } }`,
    );
    const [top] = data.searchClaims;
    expect(top.claim).toMatchObject({ id: "claim:ma-secure-communities-criminal-records", source: { name: "The Boston Globe" }, asOf: "2012-12" });
    const [link] = top.claim.corroboratesConnection.edges;
    expect(link.node.source.name).toBe("Eva Millona");
    expect(link.properties.reasoning).toMatch(/54 percent/);
  });

  test("a share is recomputed from its stated part and whole", async () => {
    const data = await query<{ claims: { arithmetic: { expression: string; computed: number; stated: number; consistent: boolean }[] }[] }>(
      app.url,
      `{ claims(where: { id: { eq: "claim:ma-undocumented-share" } }) { arithmetic { expression computed stated consistent } } }`,
    );
    expect(data.claims[0].arithmetic).toEqual([{ expression: "150000 / 6700000 * 100", computed: 2.2388, stated: 2.3, consistent: true }]);
  });
});

test("connections: every hop between Campbell and Baker says why it is true", async () => {
  const data = await query<{ connections: { steps: { from: { name: string }; to: { name: string }; relation: string; evidence: { excerpt: string }[] }[] }[] }>(
    app.url,
    `{ connections(from: "Campbell", to: "Gov. Charlie Baker") { steps { from { name } to { name } relation evidence { excerpt } } } }`,
  );
  expect(data.connections.length).toBeGreaterThan(0);
  for (const path of data.connections) {
    expect(path.steps[0].from.name).toBe("Linda Campbell");
    expect(path.steps[path.steps.length - 1].to.name).toBe("Charlie Baker");
    for (const step of path.steps) expect(step.evidence.length).toBeGreaterThan(0);
  }
  const relations = data.connections.map((p) => p.steps.map((s) => s.relation).join(" / "));
  expect(relations).toContain("OFFICE: state Representative / OFFICE: Governor");
  const none = await query<{ connections: unknown[] }>(app.url, `{ connections(from: "Campbell", to: "Nobody At All") { steps { relation } } }`);
  expect(none.connections).toEqual([]);
});

test("timeline: a law's events in date order, each with evidence", async () => {
  const data = await query<{ timeline: { date: string | null; name: string; evidence: { excerpt: string }[] }[] }>(
    app.url,
    `{ timeline(name: "Massachusetts Trust Act") { date name evidence { excerpt } } }`,
  );
  expect(data.timeline.map((e) => e.date)).toEqual(["2013", "2015", "2015"]);
  for (const event of data.timeline) expect(event.evidence.length).toBeGreaterThan(0);
  const ca = await query<{ timeline: { date: string; name: string }[] }>(app.url, `{ timeline(name: "California") { date name } }`);
  expect(ca.timeline).toEqual([{ date: "2013-10", name: "California passes the Trust Act" }]);
});

test("timeline pages: limit and offset walk the same order, and a bad page is refused", async () => {
  const text = "query ($limit: Int, $offset: Int!) { timeline(name: \"Massachusetts Trust Act\", limit: $limit, offset: $offset) { id date } }";
  const all = (await query<{ timeline: { id: string }[] }>(app.url, text, { offset: 0 })).timeline;
  expect(all.length).toBe(3);
  const pages = [];
  for (let offset = 0; offset <= all.length; offset += 2) pages.push(...(await query<{ timeline: { id: string }[] }>(app.url, text, { limit: 2, offset })).timeline);
  expect(pages).toEqual(all);
  const refused = async (variables: Record<string, unknown>) => (await graphql(app.url, text, variables)).errors?.map((e) => [e.extensions?.code, e.message]);
  expect(await refused({ offset: -1 })).toEqual([["BAD_USER_INPUT", "timeline(offset: -1): offset must not be negative"]]);
  expect(await refused({ limit: 1000, offset: 0 })).toEqual([["BAD_USER_INPUT", expect.stringMatching(/^timeline\(limit: 1000\) is over the maximum page size/)]]);
});

describe("how many Neo4j transactions each operation makes", () => {
  // The server runs in this process, so its driver can be watched (test/support/queries.ts): our reads, and
  // @neo4j/graphql's transactions (the request and each hydration).
  afterEach(() => jest.restoreAllMocks());
  const count = async (text: string, variables?: Record<string, unknown>) => {
    await query(app.url, "{ statementsConnection(first: 1) { totalCount } }"); // @neo4j/graphql asks Neo4j for its version on its first request
    const watch = watchQueries(app.driver);
    const data = await query<Record<string, unknown>>(app.url, text, variables);
    watch.restore();
    return { data, counts: { ours: watch.ours.length, generated: watch.generated } };
  };
  const hasAnswer = (data: Record<string, unknown>) => {
    const answer = Object.values(data)[0];
    expect(Array.isArray(answer) ? answer.length : answer ? 1 : 0).toBeGreaterThan(0);
  };

  test.each([
    // [what, request, our reads, generated transactions]; before projection: searches 1 + 1, trace 1 + 3, connections 3 + 3;
    // before traces by id had their own query: trace 1 + 1
    ["searchStatements", `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 5) { score statement { id text kind saidOn speaker { id name } } } }`, 1, 0],
    ["searchClaims", `{ searchClaims(query: "46 percent of deportees had criminal records", limit: 5) { score claim { id text value unit source { id name } } } }`, 1, 0],
    [
      "statement trace",
      `{ statements(where: { id: { eq: "statement:campbell-undermine-federal-law" } }) { id text speaker { id name }
          appearances { excerpt start end article { id publishedOn } relayedBy { id name } } } }`,
      1,
      0,
    ],
    ["claim trace", `{ claims(where: { id: { in: ["claim:ma-undocumented-share", "claim:no-such-claim"] } }) { id text source { name } firstAppearance { article { id } } } }`, 1, 0],
    [
      "statement(id:) trace",
      `{ statement(id: "statement:campbell-undermine-federal-law") { id text speaker { id name }
          appearances { excerpt start end article { id publishedOn } relayedBy { id name } } } }`,
      1,
      0,
    ],
    ["claim(id:) trace", `{ claim(id: "claim:ma-undocumented-share") { id text source { name } firstAppearance { article { id } } } }`, 1, 0],
    // Two appearance selections, more than the trace's query serves: the generated lookup, each selection's appearances loaded beside it.
    ["statement(id:), two appearance selections", `{ statement(id: "statement:campbell-undermine-federal-law") { id appearances { article { id } } firstAppearance { start } } }`, 2, 1],
    ["statement trace, list relationships", `{ statements(where: { id: { eq: "statement:campbell-undermine-federal-law" } }) { id about { name } evidence { excerpt article { id } } appearances { article { id } } } }`, 1, 0],
    // A selection the trace's own query cannot answer takes the generated path, its appearances alongside.
    ["statement trace, a connection to an interface", `{ statements(where: { id: { eq: "statement:campbell-undermine-federal-law" } }) { id aboutConnection { totalCount } appearances { article { id } } } }`, 1, 1],
    // A @cypher field (without aggregation) is read inside the projection as a subquery.
    ["statement trace, an ordered @cypher list", `{ statements(where: { id: { eq: "statement:campbell-undermine-federal-law" } }) { id quotedSpans { excerpt } appearances { article { id } } } }`, 1, 0],
    // Before: @neo4j/graphql's translation of the lookup's @cypher root, its party and recent statements.
    [
      "a person by name, her party and latest statements",
      `{ person(name: "Linda Campbell") { id party offices { title of { name } } stances { position law { name } } recentStatements(limit: 3) { id text } } }`,
      1,
      0,
    ],
    ["connections", `{ connections(from: "Campbell", to: "Gov. Charlie Baker", maxHops: 4) { steps { from { id name } to { id name } relation forward evidence { id excerpt } } } }`, 1, 0],
    // Before: the name, then the events, then the events hydrated, in sequence.
    ["timeline", `{ timeline(name: "Massachusetts Trust Act") { id kind name date dateInferred lawStatus } }`, 1, 0],
    ["timeline, a list relationship", `{ timeline(name: "Massachusetts Trust Act") { id name involves { id name } } }`, 1, 0],
    // A list relationship is projected for the hits kept, not for every search candidate: a second query.
    ["searchStatements, list relationships", `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 5) { statement { id about { name } relays { via { name } } } } }`, 2, 0],
    ["connections, a single-hop @cypher field under evidence", `{ connections(from: "Campbell", to: "Gov. Charlie Baker") { steps { from { name } to { name } evidence { article { id } } } } }`, 1, 0],
    // Selections projection cannot answer are still hydrated: one more request through the generated schema.
    ["timeline, a connection", `{ timeline(name: "Massachusetts Trust Act") { id name involvesConnection { totalCount } } }`, 1, 1],
    ["searchStatements, a connection to an interface", `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 5) { statement { id aboutConnection { totalCount } } } }`, 1, 1],
    ["searchStatements, an ordered @cypher list (projected for the hits kept)", `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 5) { statement { id quotedSpans { start } } } }`, 2, 0],
    // A list with arguments the path query does not project is hydrated, and hydration projects it: by a query of ours.
    ["connections, a field argument under evidence", `{ connections(from: "Campbell", to: "Gov. Charlie Baker") { steps { from { name } to { name } evidence { statements(limit: 1) { id } } } } }`, 2, 0],
  ])("%s", async (_what, text, ours, generated) => {
    const { data, counts } = await count(text);
    hasAnswer(data);
    expect(counts).toEqual({ ours, generated });
  });
});

test("a trace by id the generated query answers loads its appearances in parallel with it, not after it", async () => {
  // Two appearance selections: more than the trace's own query serves (src/graphql/factchecking/trace.ts).
  await query(app.url, "{ statementsConnection(first: 1) { totalCount } }"); // @neo4j/graphql asks Neo4j for its version on its first request
  const watch = watchQueries(app.driver);
  const data = await query<{ statements: { appearances: { article: { id: string } }[]; firstAppearance: { start: number } }[] }>(
    app.url,
    `{ statements(where: { id: { eq: "statement:campbell-undermine-federal-law" } }) { id appearances { article { id } } firstAppearance { start } } }`,
  );
  watch.restore();
  expect(data.statements[0].appearances.map((a) => a.article.id)).toEqual(["sanctuary-2015"]);
  // One generated query; the appearances (one per selection) started before it finished.
  expect(watch.generated).toBe(1);
  expect(watch.ours).toHaveLength(2);
  expect(watch.events.lastIndexOf("ours")).toBeLessThan(watch.events.indexOf("generated done"));
});

test("hydration asks for no more ids in one generated query than the type's @limit max lets through", async () => {
  // A timeline of more events than one chunk, hydrated (projection off) in chunks of 2: every event comes back.
  const text = `{ timeline(name: "Massachusetts Trust Act") { id name } }`;
  const whole = await query<{ timeline: { id: string }[] }>(app.url, text);
  expect(whole.timeline.length).toBeGreaterThan(2);
  projecting.enabled = false;
  hydration.chunk = 2;
  const watch = watchQueries(app.driver);
  try {
    expect(await query(app.url, text)).toEqual(whole);
    expect(watch.generated).toBe(Math.ceil(whole.timeline.length / 2));
  } finally {
    projecting.enabled = true;
    hydration.chunk = 500;
    watch.restore();
  }
});

describe("projected answers are the hydrated answers", () => {
  // Resolvers answer from their own Cypher when the selection allows (src/graphql/translate/projection.ts);
  // with projection off they hydrate every object through the generated schema. Both must give the same data.
  afterEach(() => {
    projecting.enabled = true;
  });
  const both = async (text: string) => {
    const watch = watchQueries(app.driver);
    const projected = await query<Record<string, unknown[]>>(app.url, text);
    const projectedTransactions = watch.generated;
    projecting.enabled = false;
    const hydrated = await query<Record<string, unknown[]>>(app.url, text);
    projecting.enabled = true;
    // Projection did answer: the hydrated run needed more requests through the generated schema.
    expect(watch.generated - projectedTransactions).toBeGreaterThan(projectedTransactions);
    watch.restore();
    return { projected, hydrated };
  };

  test.each([
    [
      "searchStatements",
      `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 10) { score statement { __typename id text kind saidOn saidOnInferred speakerLabel
          speaker { __typename id name aliases description } } } }`,
    ],
    [
      "searchClaims, aliases and fragments",
      `query { searchClaims(query: "46 percent of deportees had criminal records") { score c: claim { ...C words: text amount: value } claim { id unit source { ... on Entity { name } } } } }
       fragment C on Claim { id text value unit qualifier asOf asOfInferred asOfBasis source { __typename id name } }`,
    ],
    [
      "statement trace",
      `{ statements { id appearances { excerpt start end article { id title publishedOn url summary file publishedOnInferred } relayedBy { __typename id name kind } }
          firstAppearance { start a: article { id } relayedBy { name } } } }`,
    ],
    ["claim trace", `{ claims { id appearances { start end article { id publishedOn title } relayedBy { id name } } } }`],
    [
      "statement trace by id, aliases and a speaker of either kind",
      `{ statements(where: { id: { eq: "statement:millona-deportees-no-criminal-background" } }) { __typename i: id text kind saidOn
          speaker { __typename id name ... on Entity { description } } a: appearances { excerpt s: start end article { id title publishedOn } relayedBy { id name } } } }`,
    ],
    [
      "statement trace by ids, one missing, articles with their evidence",
      `{ s: statements(where: { id: { in: ["statement:hill-wrong-message", "statement:no-such-statement", "statement:hill-wrong-message"] } }) { id text
          firstAppearance { excerpt article { id publisher { name } evidence { start } } } } }`,
    ],
    [
      "claim trace by id",
      `{ claims(where: { id: { eq: "claim:ma-undocumented-share" } }) { id text value unit source { id name } appearances { start end excerpt article { id } relayedBy { name } } } }`,
    ],
    ["timeline", `{ timeline(name: "trust act") { __typename id kind n: name name date dateInferred dateBasis lawStatus } }`],
    [
      "timeline, list relationships",
      `{ timeline(name: "trust act") { id involves { __typename id name aliases ... on Entity { description } } evidence { id excerpt article { id publisher { name } } } } }`,
    ],
    [
      "searchStatements, list relationships, nested",
      `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 10) { statement { id about { __typename id name } a: about { id }
          evidence { id start end excerpt article { id title publisher { id name } evidence { id } } } relays { id via { id name } evidence { excerpt } } } } }`,
    ],
    [
      "statement trace by id, list relationships",
      `{ statements(where: { id: { eq: "statement:millona-deportees-no-criminal-background" } }) { id about { id name } relays { via { name } }
          evidence { excerpt article { id } } appearances { start article { id } } } }`,
    ],
    [
      "connections",
      `{ connections(from: "Campbell", to: "Gov. Charlie Baker") { steps { from { __typename id name aliases } to { id n: name ... on Entity { description } }
          relation forward evidence { id start end excerpt } } } }`,
    ],
  ])("%s", async (_what, text) => {
    const { projected, hydrated } = await both(text);
    expect(Object.values(projected)[0].length).toBeGreaterThan(0);
    expect(JSON.stringify(projected)).toBe(JSON.stringify(hydrated));
  });
});
