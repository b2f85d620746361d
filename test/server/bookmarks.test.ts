/**
 * Read-your-writes across API replicas (src/server/bookmarks.ts). Two servers on the same Neo4j, each with its
 * own driver and so its own bookmark manager, as two replicas behind a load balancer are: a write through one
 * answers with its bookmark, and a client that sends it to the other gets reads that carry it into every session
 * (the hand-written queries' and @neo4j/graphql's), which is what makes a cluster's reader wait for the write.
 * A single server has no lag of its own: the tests check where the bookmark goes and what Neo4j says of it, and a
 * bookmark written ahead of the graph stands in for a reader that has not caught up yet.
 */
import { Neo4jError, type Driver, type SessionConfig } from "neo4j-driver";
import { GraphQLError } from "graphql";
import { applySchema } from "../../src/graph/constraints";
import { ingestArticle, originOf } from "../../src/ingest/article";
import { loadSeed } from "../../src/seed/seed";
import { startHttpServer, type RunningServer } from "../../src/server/app";
import { requestBookmarks } from "../../src/server/bookmarks";
import { DEFAULT_LIMITS, type QueryLimits } from "../../src/server/limits";
import { errorFormatter } from "../../src/server/format-error";
import { testDriver, type GraphQLResponse } from "../support/app";
import { Graph } from "../../src/graph/graph";

const KEY = "bookmark-test-key";
const TEXT = "Selectwoman Ida Marsh said the town would not hold anyone for ICE. “Our jail is not a federal one,” Marsh said.";

interface Replica {
  driver: Driver;
  server: RunningServer;
  /** How each session the server opened was used, and with which bookmarks. */
  sessions: { use: string; bookmarks: string[] | undefined }[];
}

async function replica(apiKeys?: string, limits?: QueryLimits): Promise<Replica> {
  const driver = testDriver();
  const sessions: Replica["sessions"] = [];
  const session = driver.session.bind(driver);
  driver.session = ((config?: SessionConfig) => {
    const s = session(config);
    for (const use of ["run", "executeRead", "executeWrite"] as const) {
      const original = (s[use] as (...args: unknown[]) => unknown).bind(s);
      (s as unknown as Record<string, unknown>)[use] = (...args: unknown[]) => {
        sessions.push({ use, bookmarks: config?.bookmarks as string[] | undefined });
        return original(...args);
      };
    }
    return s;
  }) as typeof driver.session;
  return { driver, server: await startHttpServer({ driver, port: 0, apiKeys, limits }), sessions };
}

async function post<T>(r: Replica, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, signal?: AbortSignal) {
  const response = await fetch(`${r.server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T> };
}

/** One committed write through replica a; its bookmark. */
async function write(cypher: string, id: string): Promise<string> {
  const session = a.driver.session();
  try {
    await session.executeWrite((tx) => tx.run(cypher, { id }));
    return session.lastBookmarks()[0];
  } finally {
    await session.close();
  }
}

/** Long enough for Neo4j to release a read whose bookmark has been reached (tens of ms here). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 500));

let a: Replica;
let b: Replica;
const written = new Set<string>();

beforeAll(async () => {
  const setup = testDriver();
  await applySchema(new Graph(setup));
  await loadSeed(new Graph(setup));
  await setup.close();
  [a, b] = await Promise.all([replica(KEY), replica()]);
});
afterAll(async () => {
  for (const id of written) await a.driver.executeQuery("MATCH (n) WHERE n.origin = $origin DETACH DELETE n", { origin: originOf(id) });
  for (const r of [a, b]) {
    await r.server.close();
    await r.driver.close();
  }
});

/** A hand-written resolver (quote search, through src/graph/graph.ts) and one @neo4j/graphql answers. */
const READ = `query ($id: ID!) {
  searchStatements(query: "our jail is not a federal one", limit: 1) { statement { text } }
  articlesConnection(where: { id: { eq: $id } }) { aggregate { count { nodes } } }
}`;
type Read = { searchStatements: { statement: { text: string } }[]; articlesConnection: { aggregate: { count: { nodes: number } } } };

test("a write's bookmark, sent to another replica, goes into every session its reads open", async () => {
  const ingested = await post<{ ingestArticle: { created: boolean; bookmark: string; article: { id: string } } }>(
    a,
    `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created bookmark article { id } } }`,
    { input: { text: TEXT } },
    { authorization: `Bearer ${KEY}` },
  );
  expect(ingested.body.errors).toBeUndefined();
  const { created, bookmark, article } = ingested.body.data!.ingestArticle;
  written.add(article.id);
  expect(created).toBe(true);
  expect(requestBookmarks(bookmark)).toEqual(bookmark.split(","));

  b.sessions.length = 0;
  const read = await post<Read>(b, READ, { id: article.id }, { "factgraph-bookmark": bookmark });
  expect(read.body.errors).toBeUndefined();
  expect(read.body.data!.searchStatements[0].statement.text).toMatch(/not a federal one/);
  expect(read.body.data!.articlesConnection.aggregate.count.nodes).toBe(1);
  // Both paths were taken (auto-commit reads of ours, @neo4j/graphql's managed read transactions), each with the bookmark.
  expect(new Set(b.sessions.map((s) => s.use))).toEqual(new Set(["run", "executeRead"]));
  for (const s of b.sessions) expect(s.bookmarks).toEqual(expect.arrayContaining(bookmark.split(",")));

  // Re-ingesting finds the article and still answers with a bookmark that covers it.
  const again = await post<{ ingestArticle: { created: boolean; bookmark: string } }>(
    a,
    `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created bookmark } }`,
    { input: { text: TEXT } },
    { authorization: `Bearer ${KEY}`, "factgraph-bookmark": bookmark },
  );
  expect(again.body.data!.ingestArticle).toEqual({ created: false, bookmark: expect.stringMatching(/\S/) });
});

test("without the header, a replica's reads carry no bookmarks but its own manager's", async () => {
  b.sessions.length = 0;
  const read = await post<Read>(b, READ, { id: "article:none" });
  expect(read.body.errors).toBeUndefined();
  expect(b.sessions.length).toBeGreaterThan(0);
  expect(b.sessions.filter((s) => s.bookmarks !== undefined)).toEqual([]);
});

/**
 * Neo4j 5's bookmark for one database, `ahead` transactions later. Its format (not a public API; this test reads it
 * to stand in for a lagging reader): "FB:" and base64 of PackStream, a list holding the database's UUID (16 bytes)
 * and its last transaction id, then an empty list.
 */
function bookmarkAhead(bookmark: string, ahead: number): string {
  const raw = Buffer.from(bookmark.slice(3), "base64");
  const id = raw.subarray(19, raw.length - 1);
  const lengths: Record<number, number> = { 0xc8: 2, 0xc9: 3, 0xca: 5, 0xcb: 9 };
  const tiny = id.length === 1 && (id[0] < 0x80 || id[0] >= 0xf0);
  if (!bookmark.startsWith("FB:") || raw[0] !== 0x91 || raw[1] !== 0xcc || raw[2] !== 0x10 || raw[raw.length - 1] !== 0x90 || !(tiny || lengths[id[0]] === id.length)) {
    throw new Error(`${bookmark} is not a Neo4j 5 bookmark of one database as this test reads them: has the format changed?`);
  }
  const last = tiny ? id.readInt8(0) : id.length === 9 ? Number(id.readBigInt64BE(1)) : id.readIntBE(1, id.length - 1);
  const later = Buffer.alloc(9);
  later[0] = 0xcb;
  later.writeBigInt64BE(BigInt(last + ahead), 1);
  return `FB:${Buffer.concat([raw.subarray(0, 19), later, raw.subarray(raw.length - 1)]).toString("base64")}`;
}

test("a read whose bookmark the graph has not reached waits for it, then sees the writes that reached it", async () => {
  const ids = { article: "article:bookmark-wait", statement: "statement:bookmark-wait" };
  const READ_BOTH = `query ($statement: ID!, $article: ID!) {
    statement(id: $statement) { text }
    articlesConnection(where: { id: { eq: $article } }) { aggregate { count { nodes } } }
  }`;
  type ReadBoth = { statement: { text: string } | null; articlesConnection: { aggregate: { count: { nodes: number } } } };
  try {
    // Once without a bookmark: a cold query's first planning, not the wait, would otherwise hold the answer.
    expect((await post<ReadBoth>(b, READ_BOTH, ids)).body.data?.statement).toBeNull();
    const now = await write("MATCH (x:Article {id: $id}) DETACH DELETE x", ids.article);
    // Two transactions ahead: what a client holds after two writes through a replica this reader has not caught up with.
    const ahead = bookmarkAhead(now, 2);
    let answered = false;
    const read = post<ReadBoth>(b, READ_BOTH, ids, { "factgraph-bookmark": ahead }).finally(() => (answered = true));

    await settled();
    expect(answered).toBe(false);
    await write("CREATE (:Article {id: $id})", ids.article);
    await settled();
    expect(answered).toBe(false); // one transaction short
    await write("CREATE (:Statement {id: $id, text: 'written while a reader waited'})", ids.statement);

    const { status, body } = await read;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    // Both kinds of read waited (ours, auto-commit; @neo4j/graphql's, a managed transaction) and saw both writes.
    expect(body.data).toEqual({ statement: { text: "written while a reader waited" }, articlesConnection: { aggregate: { count: { nodes: 1 } } } });
  } finally {
    await a.driver.executeQuery("MATCH (x) WHERE x.id IN $ids DETACH DELETE x", { ids: Object.values(ids) });
  }
});

test("requests waiting for the graph to catch up with their bookmarks hold one connection each, at most so many per process", async () => {
  const c = await replica(undefined, { ...DEFAULT_LIMITS, maxBookmarked: 2 });
  const id = "statement:bookmark-turns";
  // Three hand-written reads, each its own Neo4j session once the request runs.
  const READ_THREE = `query ($id: ID!) { one: statement(id: $id) { text } two: statement(id: $id) { text } three: statement(id: $id) { text } }`;
  type Three = Record<"one" | "two" | "three", { text: string } | null>;
  const leaving = new AbortController();
  try {
    expect((await post(c, READ_THREE, { id })).status).toBe(200); // planned before anything waits
    const ahead = { "factgraph-bookmark": bookmarkAhead(await write("MATCH (x:Statement {id: $id}) DETACH DELETE x", id), 1) };
    c.sessions.length = 0;
    const waiting = [post<Three>(c, READ_THREE, { id }, ahead), post<Three>(c, READ_THREE, { id }, ahead, leaving.signal).catch(() => "left")];
    await settled();
    expect(c.sessions.length).toBe(2); // one wait each, not three reads each

    const refused = await post(c, READ_THREE, { id }, ahead);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.body).toEqual({
      errors: [
        {
          message: "this server is already waiting on the graph for its limit of 2 requests with a Factgraph-Bookmark header; try again shortly",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ],
    });
    // A request without bookmarks does not queue behind them.
    expect(await post(c, READ_THREE, { id })).toMatchObject({ status: 200, body: { data: { one: null } } });
    // A client that leaves does not end its wait: Neo4j holds the connection until the graph catches up.
    leaving.abort();
    await settled();
    expect((await post(c, READ_THREE, { id }, ahead)).status).toBe(503);

    await write("CREATE (:Statement {id: $id, text: 'the write they waited for'})", id);
    const seen = { text: "the write they waited for" };
    expect(await waiting[0]).toMatchObject({ status: 200, body: { data: { one: seen, two: seen, three: seen } } });
    expect(await waiting[1]).toBe("left");
    await settled();
    expect(await post(c, READ_THREE, { id }, ahead)).toMatchObject({ status: 200, body: { data: { one: seen } } });
  } finally {
    await a.driver.executeQuery("MATCH (x:Statement {id: $id}) DETACH DELETE x", { id });
    await c.server.close();
    await c.driver.close();
  }
});

test("a malformed header is refused with a 400 that says what is wrong, before anything is read", async () => {
  b.sessions.length = 0;
  for (const [header, reason] of [
    ["not a bookmark", /"not a bookmark" is not a bookmark/],
    [Array.from({ length: 17 }, (_, i) => `FB:${i}`).join(","), /17 bookmarks, at most 16/],
    ["FB:" + "x".repeat(600), /is not a bookmark/],
  ] as const) {
    const read = await post<Read>(b, READ, { id: "article:none" }, { "factgraph-bookmark": header });
    expect(read.status).toBe(400);
    expect(read.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^the Factgraph-Bookmark header must hold/), extensions: { code: "BAD_REQUEST" } });
    expect(read.body.errors?.[0].message).toMatch(reason);
  }
  expect(b.sessions).toEqual([]);
});

test("a well-formed bookmark Neo4j cannot read is a user error that names the header", async () => {
  const read = await post<Read>(b, READ, { id: "article:none" }, { "factgraph-bookmark": "FB:garbage" });
  expect(read.body.data ?? null).toBeNull();
  expect(read.body.errors?.length).toBeGreaterThan(0);
  for (const error of read.body.errors!) {
    expect(error).toMatchObject({ message: expect.stringMatching(/Factgraph-Bookmark header holds a bookmark this graph cannot read/), extensions: { code: "BAD_USER_INPUT" } });
  }
});

test("an ingest follows the client's bookmarks too: Neo4j reads them before anything is written", async () => {
  const articles = async () => Number((await a.driver.executeQuery("MATCH (x:Article) RETURN count(x) AS n")).records[0].get("n"));
  const before = await articles();
  await expect(ingestArticle(new Graph(a.driver, undefined, ["FB:garbage"]), { text: `${TEXT} (again)` })).rejects.toMatchObject({ code: "Neo.ClientError.Transaction.InvalidBookmark" });
  expect(await articles()).toBe(before);
});

test("the header's values: comma-separated or repeated, blanks ignored, duplicates once", () => {
  expect(requestBookmarks(undefined)).toBeUndefined();
  expect(requestBookmarks(" , ")).toBeUndefined();
  expect(requestBookmarks("FB:a=, FB:b/+")).toEqual(["FB:a=", "FB:b/+"]);
  expect(requestBookmarks(["FB:a", "FB:b,FB:a"])).toEqual(["FB:a", "FB:b"]);
  expect(() => requestBookmarks("FB:a;FB:b")).toThrow(GraphQLError);
});

test("a bookmark the graph has not reached in Neo4j's wait is SERVICE_UNAVAILABLE, in production too", () => {
  const timeout = new Neo4jError("Database 'neo4j' not up to the requested version: 90. Latest database version is 42", "Neo.TransientError.Transaction.BookmarkTimeout" as never, "08N13", "");
  for (const production of [false, true]) {
    const format = errorFormatter({ production, introspection: true, playground: true }, () => undefined);
    expect(format({ message: timeout.message, path: ["statements"] }, timeout)).toMatchObject({
      message: expect.stringMatching(/not yet caught up with the write named in the Factgraph-Bookmark header/),
      path: ["statements"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }
});
