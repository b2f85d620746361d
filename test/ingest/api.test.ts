/**
 * ingestArticle through the API and the ingestion functions, against the real Neo4j with the seed graph. Every
 * article written here is removed afterwards (DETACH DELETE by its origin), so other suites see the seed only.
 */
import type { Driver } from "neo4j-driver";
import { articleIdOf, buildArticlePlan, checkInput, ingestArticle, originOf, writeArticle } from "../../src/ingest/article";
import { normalizeText } from "../../src/ingest/extract";
import { fetchGraphNames } from "../../src/graph/names";
import { query, startTestApp, type GraphQLResponse, type TestApp } from "../support/app";
import { Graph } from "../../src/graph/graph";

const KEY = "test-key";
let app: TestApp;
let driver: Driver;
const written = new Set<string>();

async function post<T>(text: string, variables: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id title url publishedOn text publisher { name } }
    statements { id kind text speaker { id name } quotedSpans { excerpt start end } evidence { excerpt start end } relays { via { name } } }
    claims { id value unit qualifier asOf source { name } sourceDocument evidence { excerpt start end } }
  }
}`;
type Span = { excerpt: string; start: number; end: number };
type Result = {
  ingestArticle: {
    created: boolean;
    article: { id: string; title: string | null; url: string | null; publishedOn: string | null; text: string; publisher: { name: string } | null };
    statements: { id: string; kind: string; text: string; speaker: { id: string; name: string } | null; quotedSpans: Span[]; evidence: Span[]; relays: { via: { name: string } }[] }[];
    claims: { id: string; value: number; unit: string | null; qualifier: string | null; asOf: string | null; source: { name: string } | null; sourceDocument: string | null; evidence: Span[] }[];
  };
};

const BAKER = `Governor says state will not become a sanctuary

BOSTON — Gov. Charlie Baker said Tuesday that Massachusetts would not adopt the Trust Act while he is governor.

"We are not going to turn our state police into immigration agents, but we are not going to ignore federal law either," Baker told reporters at the State House. "That is the balance."

The state's jails held at least 120 people on ICE detainers in 2016, according to the Boston Globe.

One county paid $85,000 to settle a lawsuit over such a hold, according to court filings.`;

const count = async (cypher: string, params: Record<string, unknown> = {}) => Number((await driver.executeQuery(cypher, params)).records[0].get(0));
const nodesOf = (articleId: string) => count("MATCH (n) WHERE n.origin = $origin RETURN count(n)", { origin: originOf(articleId) });
const articles = () => count("MATCH (a:Article) RETURN count(a)");

beforeAll(async () => {
  app = await startTestApp({ apiKeys: KEY });
  driver = app.driver;
});
afterAll(async () => {
  for (const id of written) await driver.executeQuery("MATCH (n) WHERE n.origin = $origin DETACH DELETE n", { origin: originOf(id) });
  await driver.executeQuery("MATCH (n:Name) WHERE NOT (n)--() DELETE n");
  await app.close();
});

describe("ingestArticle through the API", () => {
  let first: Result["ingestArticle"];

  beforeAll(async () => {
    const response = await post<Result>(INGEST, { input: { text: BAKER, title: "Baker on sanctuary", url: "https://example.org/baker-sanctuary", publisher: "The Boston Globe", publishedOn: "2017-03-14" } }, KEY);
    expect(response.errors).toBeUndefined();
    first = response.data!.ingestArticle;
    written.add(first.article.id);
  });

  test("creates the article with its statements and claims, each with exact evidence", () => {
    expect(first.created).toBe(true);
    expect(first.article).toMatchObject({ id: articleIdOf(normalizeText(BAKER)), title: "Baker on sanctuary", publishedOn: "2017-03-14", publisher: { name: "The Boston Globe" } });
    const text = first.article.text;
    const spans = [...first.statements.flatMap((s) => [...s.quotedSpans, ...s.evidence]), ...first.claims.flatMap((c) => c.evidence)];
    expect(spans.length).toBeGreaterThan(4);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.excerpt);
    expect(first.claims).toEqual([
      expect.objectContaining({ value: 120, unit: "people", qualifier: "at least", asOf: "2016", source: { name: "The Boston Globe" }, sourceDocument: null }),
      // A record no one is named as making is credited as itself.
      expect.objectContaining({ value: 85_000, unit: "dollars", source: null, sourceDocument: "court filings" }),
    ]);
  });

  test("links what it quotes to the people the graph knows: Gov. Charlie Baker is person:charlie-baker", () => {
    const quote = first.statements.find((s) => s.kind === "DIRECT_QUOTE")!;
    expect(quote.text).toBe("We are not going to turn our state police into immigration agents, but we are not going to ignore federal law either, … That is the balance.");
    expect(quote.quotedSpans).toHaveLength(2);
    expect(quote.speaker).toEqual({ id: "person:charlie-baker", name: "Charlie Baker" });
    expect(first.statements.find((s) => s.kind === "PARAPHRASE")?.speaker?.id).toBe("person:charlie-baker");
  });

  test("the new statements are found by searchStatements", async () => {
    const data = await query<{ searchStatements: { statement: { id: string; speaker: { id: string } | null } }[] }>(
      app.url,
      `{ searchStatements(query: "turn our state police into immigration agents", limit: 3) { statement { id speaker { id } } } }`,
    );
    expect(data.searchStatements[0].statement).toEqual({ id: first.statements.find((s) => s.kind === "DIRECT_QUOTE")!.id, speaker: { id: "person:charlie-baker" } });
  });

  test("does not rewrite the nodes it links to", async () => {
    expect(await count("MATCH (p:Person {id: 'person:charlie-baker'}) RETURN count(p)")).toBe(1);
    expect(await count("MATCH (p:Person {id: 'person:charlie-baker', origin: 'seed'}) RETURN count(p)")).toBe(1);
    expect(await count("MATCH ()-[r]->() WHERE r.origin = $origin AND startNode(r).origin = 'seed' AND endNode(r).origin = 'seed' RETURN count(r)", { origin: originOf(first.article.id) })).toBe(0);
  });

  test("ingesting the same text again, or the same URL, changes nothing and says so", async () => {
    const before = await nodesOf(first.article.id);
    const total = await count("MATCH (n) RETURN count(n)");
    const again = await post<Result>(INGEST, { input: { text: `${BAKER}\n\n` } }, KEY);
    expect(again.data!.ingestArticle.created).toBe(false);
    expect(again.data!.ingestArticle.article.id).toBe(first.article.id);
    expect(again.data!.ingestArticle.statements.map((s) => s.id)).toEqual(first.statements.map((s) => s.id));
    const sameUrl = await post<Result>(INGEST, { input: { text: "Another text entirely, published at the same address as before.", url: "https://example.org/baker-sanctuary" } }, KEY);
    expect(sameUrl.data!.ingestArticle).toMatchObject({ created: false, article: { id: first.article.id } });
    expect(await nodesOf(first.article.id)).toBe(before);
    expect(await count("MATCH (n) RETURN count(n)")).toBe(total);
  });
});

test("of eight concurrent ingests of one new text, only the one that wrote it says created; all answer with the same ids", async () => {
  const text = `County jail to stop holding people for ICE

Sheriff Amos Fenwick said Monday that the county jail would stop holding people on ICE detainers.

“We will follow the court's ruling,” Fenwick told reporters. “That is the law now.”

The jail held 64 people on detainers last year, according to the sheriff's office.`;
  const responses = await Promise.all(Array.from({ length: 8 }, () => post<Result>(INGEST, { input: { text } }, KEY)));
  const answers = responses.map((response) => {
    expect(response.errors).toBeUndefined();
    return response.data!.ingestArticle;
  });
  written.add(answers[0].article.id);
  expect(answers.filter((a) => a.created).length).toBe(1);
  const ids = answers.map((a) => ({ article: a.article.id, statements: a.statements.map((s) => s.id), claims: a.claims.map((c) => c.id) }));
  expect(ids[0].statements).not.toEqual([]);
  expect(ids[0].claims).not.toEqual([]);
  for (const other of ids) expect(other).toEqual(ids[0]);
  expect(await count("MATCH (a:Article {id: $id}) RETURN count(a)", { id: answers[0].article.id })).toBe(1);
});

test("without a valid key the mutation is refused as UNAUTHENTICATED and writes nothing", async () => {
  const text = "Sheriff Amos Fenwick said Friday that his deputies will keep honoring every detainer they receive from ICE.";
  const before = await articles();
  for (const key of [undefined, "wrong-key"]) {
    const response = await post<Result>(INGEST, { input: { text } }, key);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.data ?? null).toBeNull();
  }
  expect(await articles()).toBe(before);
  expect(await nodesOf(articleIdOf(text))).toBe(0);
});

test.each([
  ["empty text", { text: "" }, /text is empty/],
  ["whitespace", { text: "   \n  " }, /text is empty/],
  ["binary data", { text: "PK\u0003\u0004\u0000\u0000binary" }, /binary data/],
  ["text over the size limit", { text: "word ".repeat(40_001) }, /at most 200000 are accepted/],
  ["an invalid date", { text: "A short but real article text about the sheriff.", publishedOn: "2017-02-29" }, /publishedOn "2017-02-29" is not a date/],
])("%s is a clear BAD_USER_INPUT error and writes nothing", async (_, input, message) => {
  const before = await articles();
  const response = await post<Result>(INGEST, { input }, KEY);
  expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: "BAD_USER_INPUT" } });
  expect(await articles()).toBe(before);
});

test("a failure in the middle of the write leaves nothing of the article", async () => {
  const source = checkInput({ text: "Mayor Ann Toller said the city will not share records with ICE. “We protect our neighbors,” she said." });
  const built = buildArticlePlan(source, await fetchGraphNames(new Graph(driver)));
  written.add(built.articleId);
  // A relationship to a node that exists nowhere: writePlan fails after the nodes are written.
  built.plan.relationships.push({ type: "ABOUT", from: { label: "Statement", id: built.statementIds[0] }, to: { label: "Law", id: "law:does-not-exist" } });
  await expect(writeArticle(new Graph(driver), built, undefined)).rejects.toThrow(/missing Statement or Law/);
  expect(await nodesOf(built.articleId)).toBe(0);
  expect(await count("MATCH (a:Article {id: $id}) RETURN count(a)", { id: built.articleId })).toBe(0);
});

test("an ingest hands its write's bookmark to the reads that follow (read-your-writes on a cluster)", async () => {
  const manager = driver.executeQueryBookmarkManager;
  await driver.executeQuery("RETURN 1"); // the manager now holds the graph's current bookmark
  const before = new Set(await manager.getBookmarks());
  const result = await ingestArticle(new Graph(driver), { text: "Mayor Ann Toller said the city would keep its trust policy. “Our police are not ICE,” she said." });
  written.add(result.articleId);
  expect(result.created).toBe(true);
  expect([...(await manager.getBookmarks())].filter((b) => !before.has(b))).not.toEqual([]);
});

test("a bare surname whose context does not fit stays its own node with a candidate link, never merged", async () => {
  const text = `“We will hold anyone ICE asks us to hold,” said Sheriff Hill, who runs the county jail in Tolland.\n\nGov. Baker said the state would not interfere with county jails.`;
  const result = await ingestArticle(new Graph(driver), { text });
  written.add(result.articleId);
  const { records } = await driver.executeQuery(
    `MATCH (s:Statement)-[:SAID_BY]->(p:Person) WHERE s.origin = $origin
     OPTIONAL MATCH (p)-[c:CANDIDATE_SAME_AS]->(other)
     RETURN s.kind AS kind, p.id AS speaker, other.id AS candidate, c.reason AS reason ORDER BY kind`,
    { origin: originOf(result.articleId) },
  );
  const rows = records.map((r) => r.toObject());
  // "Sheriff Hill" is not state Rep. Brad Hill: a new node, with a candidate link to him.
  expect(rows).toContainEqual({ kind: "DIRECT_QUOTE", speaker: expect.stringMatching(/^person:hill-/), candidate: "person:brad-hill", reason: expect.stringContaining("different office") });
  // "Gov. Baker" fits Gov. Charlie Baker: joined.
  expect(rows).toContainEqual(expect.objectContaining({ kind: "PARAPHRASE", speaker: "person:charlie-baker" }));
  expect(await count("MATCH (p:Person {id: 'person:brad-hill'}) WHERE p.origin = 'seed' RETURN count(p)")).toBe(1);
});
