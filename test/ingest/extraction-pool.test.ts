/**
 * Extraction off the request thread: the server builds an ingested article's plan on a worker thread
 * (src/ingest/extract-pool.ts), so reads are answered while a big article is being extracted. Against the real
 * server and Neo4j with the seed graph; the articles written here are removed afterwards.
 */
import { buildArticlePlan, checkInput, MAX_TEXT_LENGTH, originOf, type ArticleSource } from "../../src/ingest/article";
import { ExtractionPool } from "../../src/ingest/extract-pool";
import * as names from "../../src/graph/names";
import { Graph } from "../../src/graph/graph";
import { articleText } from "../support/articles";
import { query, startTestApp, type TestApp } from "../support/app";

const KEY = "test-key";
let app: TestApp;
const written = new Set<string>();

beforeAll(async () => {
  app = await startTestApp({ apiKeys: KEY });
});
afterAll(async () => {
  for (const id of written) await app.driver.executeQuery("MATCH (n) WHERE n.origin = $origin DETACH DELETE n", { origin: originOf(id) });
  await app.driver.executeQuery("MATCH (n:Name) WHERE NOT (n)--() DELETE n");
  await app.close();
});

afterEach(() => jest.restoreAllMocks());

test("a read sent while a maximum-size article is being extracted is answered before its extraction ends", async () => {
  const text = articleText(MAX_TEXT_LENGTH, "The longest article the API accepts");
  const events: string[] = [];
  // The ingest fetches the graph's names, then extracts, then opens its write session.
  let extracting!: () => void;
  const extractionStarted = new Promise<void>((resolved) => (extracting = resolved));
  const fetchGraphNames = names.fetchGraphNames;
  jest.spyOn(names, "fetchGraphNames").mockImplementation(async (graph) => {
    const names = await fetchGraphNames(graph);
    extracting();
    return names;
  });
  const session = app.driver.session.bind(app.driver);
  jest.spyOn(app.driver, "session").mockImplementation((config) => {
    if (config?.defaultAccessMode === "WRITE") events.push("extracted");
    return session(config);
  });

  const response = fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query: "mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }", variables: { input: { text } } }),
  });
  const ingested = response.then(async (r) => {
    events.push("ingested");
    return (await r.json()) as { data: { ingestArticle: { created: boolean; article: { id: string } } } };
  });
  await extractionStarted;
  const read = await query<{ person: { id: string } | null }>(app.url, `{ person(name: "Linda Campbell") { id } }`);
  events.push("read");

  const { data } = await ingested;
  written.add(data.ingestArticle.article.id);
  expect(read.person).toEqual({ id: "person:linda-campbell" });
  expect(data.ingestArticle.created).toBe(true);
  expect(events).toEqual(["read", "extracted", "ingested"]);
}, 120_000);

describe("ExtractionPool", () => {
  const pool = new ExtractionPool();
  afterAll(() => pool.close());
  const source = checkInput({ text: articleText(5_000, "Five thousand characters") });

  test("builds the plan buildArticlePlan builds, several at once", async () => {
    const graph = await names.fetchGraphNames(new Graph(app.driver));
    const plans = await Promise.all([1, 2, 3].map(() => pool.buildArticlePlan(source, graph)));
    for (const plan of plans) expect(plan).toEqual(buildArticlePlan(source, graph));
  });

  test("an error in a worker is a rejection with the error's message", async () => {
    const broken = { ...source, text: undefined } as unknown as ArticleSource;
    const graph = { entities: new Map(), byKey: new Map() };
    const message = (() => {
      try {
        buildArticlePlan(broken, graph);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toBeDefined();
    await expect(pool.buildArticlePlan(broken, graph)).rejects.toThrow(message);
  });

  test("once closed, refuses work", async () => {
    const closed = new ExtractionPool();
    await closed.close();
    await expect(closed.buildArticlePlan(source, { entities: new Map(), byKey: new Map() })).rejects.toThrow("the extraction pool is closed");
  });
});
