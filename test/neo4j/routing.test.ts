/**
 * factgraph behind `neo4j://` routing, as it runs against a cluster (Enterprise, Aura): the driver asks the
 * server for a routing table, sends read transactions to readers (secondaries) and writes to the leader. A
 * single Community server answers the routing procedure too, with itself in every role, so this is tested here:
 * a read and a write through a `neo4j://` URI, and the claim that every query a GraphQL request makes runs in a
 * READ transaction, which is what lets a cluster spread the API's load across its secondaries.
 */
import neo4j, { type Driver, type QueryConfig, type SessionConfig } from "neo4j-driver";
import { applySchema } from "../../src/graph/constraints";
import { loadSeed } from "../../src/seed/seed";
import { startHttpServer, type RunningServer } from "../../src/server/app";
import { query } from "../support/app";
import { testNeo4j } from "../support/neo4j";
import { Graph } from "../../src/graph/graph";

const t = testNeo4j();

/** The same server addressed with routing: bolt://h:p -> neo4j://h:p (bolt+s -> neo4j+s). */
function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, (_, tls: string | undefined) => `neo4j${tls ?? ""}://`);
}

function routingDriver(): Driver {
  return neo4j.driver(routingUri(t.uri), neo4j.auth.basic(t.username, t.password));
}

const ORIGIN = "test-routing";

test("routingUri keeps host, port and encryption", () => {
  expect(routingUri("bolt://127.0.0.1:7687")).toBe("neo4j://127.0.0.1:7687");
  expect(routingUri("bolt+s://db.example:7687")).toBe("neo4j+s://db.example:7687");
  expect(routingUri("neo4j+s://x.databases.neo4j.io")).toBe("neo4j+s://x.databases.neo4j.io");
});

describe("a neo4j:// driver on a single server", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = routingDriver();
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n:Organization {origin: $origin}) DETACH DELETE n", { origin: ORIGIN }, { database: t.database, routing: neo4j.routing.WRITE });
    await driver.close();
  });

  test("gets a routing table, writes through the writer and reads through a reader", async () => {
    await driver.verifyConnectivity({ database: t.database });
    const id = `organization:routing-test-${process.pid}`;
    const written = await driver.executeQuery(
      "MERGE (o:Entity:Organization {id: $id}) SET o.name = $name, o.origin = $origin RETURN o.id AS id",
      { id, name: "Routing Test Outlet", origin: ORIGIN },
      { database: t.database, routing: neo4j.routing.WRITE },
    );
    expect(written.records[0].get("id")).toBe(id);
    expect(written.summary.counters.updates().nodesCreated + written.summary.counters.updates().propertiesSet).toBeGreaterThan(0);

    const read = await driver.executeQuery("MATCH (o:Organization {id: $id}) RETURN o.name AS name", { id }, { database: t.database, routing: neo4j.routing.READ });
    expect(read.records.map((r) => r.get("name"))).toEqual(["Routing Test Outlet"]);
    // The address comes from the routing table the server advertised (server.bolt.advertised_address).
    expect(read.summary.server.address).toMatch(/:\d+$/);
  });

  test("refuses a write inside a read transaction, as a secondary would", async () => {
    const session = driver.session({ database: t.database });
    try {
      await expect(session.executeRead((tx) => tx.run("CREATE (:Organization {id: $id, origin: $origin})", { id: `organization:routing-ro-${process.pid}`, origin: ORIGIN }))).rejects.toThrow(/write|read/i);
    } finally {
      await session.close();
    }
  });
});

describe("the GraphQL API through neo4j:// routing", () => {
  let driver: Driver;
  let server: RunningServer;
  /** The access mode of every transaction the server opened while answering. */
  const modes: string[] = [];

  beforeAll(async () => {
    driver = routingDriver();
    await applySchema(new Graph(driver, t.database));
    await loadSeed(new Graph(driver, t.database));
    // Record how each query is routed: executeQuery's `routing` (what still uses it), the access mode of sessions' auto-commit
    // queries (the hand-written reads and /health, src/graph/graph.ts) and of their managed transactions (@neo4j/graphql).
    const executeQuery = driver.executeQuery.bind(driver);
    driver.executeQuery = ((cypher: string, params?: Record<string, unknown>, config?: QueryConfig) => {
      modes.push(config?.routing ?? "WRITE");
      return executeQuery(cypher, params, config);
    }) as typeof driver.executeQuery;
    const session = driver.session.bind(driver);
    driver.session = ((config?: SessionConfig) => {
      const s = session(config);
      const executeRead = s.executeRead.bind(s);
      const executeWrite = s.executeWrite.bind(s);
      s.executeRead = ((work, txConfig) => (modes.push("READ"), executeRead(work, txConfig))) as typeof s.executeRead;
      s.executeWrite = ((work, txConfig) => (modes.push("WRITE"), executeWrite(work, txConfig))) as typeof s.executeWrite;
      for (const unmanaged of ["run", "beginTransaction"] as const) {
        const original = (s[unmanaged] as (...args: unknown[]) => unknown).bind(s);
        (s as unknown as Record<string, unknown>)[unmanaged] = (...args: unknown[]) => (modes.push(config?.defaultAccessMode ?? "WRITE"), original(...args));
      }
      return s;
    }) as typeof driver.session;
    server = await startHttpServer({ driver, database: t.database, port: 0 });
    modes.length = 0;
  });

  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  test("answers the fact-checking operations, every query in a READ transaction", async () => {
    const data = await query<{
      person: { name: string; offices: { title: string }[] };
      searchStatements: { statement: { speaker: { name: string }; appearances: unknown[]; variants: unknown[]; schemaOrg: unknown } }[];
      connections: { steps: unknown[] }[];
      timeline: unknown[];
      claims: { arithmetic: unknown[] }[];
      statementsConnection: { totalCount: number };
    }>(
      server.url,
      `{
        person(name: "Campbell") { name offices { title } stances { position law { name } } }
        searchStatements(query: "clearly an attempt to undermine federal law", limit: 1) {
          statement { speaker { name } appearances { article { id } relayedBy { name } } firstAppearance { start } variants { similarity } schemaOrg }
        }
        connections(from: "Linda Campbell", to: "Massachusetts Trust Act") { steps { relation from { name } to { name } evidence { excerpt } } }
        timeline(name: "Massachusetts Trust Act") { name date }
        claims(where: { about: { some: { name: { eq: "Secure Communities" } } } }) { text arithmetic { consistent } }
        statementsConnection(first: 2, where: { kind: { eq: DIRECT_QUOTE } }) { totalCount edges { node { id } } }
      }`,
    );
    expect(data.person.name).toBe("Linda Campbell");
    expect(data.searchStatements[0].statement.speaker.name).toBe("Linda Campbell");
    expect(data.searchStatements[0].statement.appearances.length).toBeGreaterThan(0);
    expect(data.connections.length).toBeGreaterThan(0);
    expect(data.timeline.length).toBeGreaterThan(0);
    expect(data.statementsConnection.totalCount).toBeGreaterThan(0);

    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);

    expect(modes.length).toBeGreaterThan(5);
    expect(modes.filter((m) => m !== "READ")).toEqual([]);
  });
});
