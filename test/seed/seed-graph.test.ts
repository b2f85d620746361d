/** The seed graph in the real Neo4j: complete, evidenced, idempotent and transactional. */
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/graph/constraints";
import { writePlan } from "../../src/graph/write";
import { loadSeed, readSeed } from "../../src/seed/seed";
import { testDriver } from "../support/app";
import { Graph } from "../../src/graph/graph";

let driver: Driver;
const seed = readSeed();

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await driver.executeQuery(cypher, params);
  return result.records.map((r) => r.toObject() as T);
}
const count = async (cypher: string, params: Record<string, unknown> = {}) => Number((await rows<{ n: unknown }>(cypher, params))[0].n);

beforeAll(async () => {
  driver = testDriver();
  await applySchema(new Graph(driver));
  await loadSeed(new Graph(driver), { force: true });
});
afterAll(() => driver.close());

test("constraints and full-text indexes are in place", async () => {
  const constraints = (await rows<{ name: string }>("SHOW CONSTRAINTS YIELD name")).map((r) => r.name);
  expect(constraints).toEqual(expect.arrayContaining(["person_id", "evidence_id", "statement_id", "entity_id", "fact_id", "name_key"]));
  const fulltext = (await rows<{ name: string }>("SHOW FULLTEXT INDEXES YIELD name")).map((r) => r.name);
  expect(fulltext).toEqual(expect.arrayContaining(["statement_text", "claim_text", "entity_names"]));
});

test("holds every planned node, once", async () => {
  for (const label of ["Person", "Organization", "Jurisdiction", "Law", "Program", "Statement", "Claim", "Event", "Stance", "Office", "Evidence", "Article"]) {
    const planned = seed.plan.nodes.filter((n) => n.label === label).length;
    expect({ label, n: await count(`MATCH (n:${label}) WHERE n.origin = 'seed' RETURN count(n) AS n`) }).toEqual({ label, n: planned });
  }
});

test("every stored excerpt is exactly its span of the stored article text", async () => {
  const mismatches = await count(
    "MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article) WHERE substring(a.text, ev.start, ev.end - ev.start) <> ev.excerpt RETURN count(ev) AS n",
  );
  expect(mismatches).toBe(0);
  expect(await count("MATCH (ev:Evidence) RETURN count(ev) AS n")).toBeGreaterThan(50);
});

test("every fact has evidence", async () => {
  const bare = await rows<{ id: string }>(
    "MATCH (n) WHERE (n:Entity OR n:Fact OR n:Statement OR n:Claim OR n:Event) AND NOT (n)-[:SUPPORTED_BY]->(:Evidence) RETURN n.id AS id",
  );
  expect(bare).toEqual([]);
});

test("links a person to office, party, home town, stance, statements and relay", async () => {
  const [campbell] = await rows(
    `MATCH (p:Person {id: 'person:linda-campbell'})
     RETURN [(p)<-[:SUBJECT]-(o:Office)-[:OBJECT]->(j) | o.title + ' of ' + j.name] AS offices,
            [(p)<-[:SUBJECT]-(:Membership)-[:OBJECT]->(party) | party.name] AS parties,
            [(p)<-[:SUBJECT]-(r:Relation {relation: 'FROM'})-[:OBJECT]->(town) | town.name] AS from,
            [(p)<-[:SUBJECT]-(s:Stance)-[:OBJECT]->(law) | s.position + ' ' + law.name] AS stances,
            [(p)<-[:SAID_BY]-(s:Statement {kind: 'DIRECT_QUOTE'})<-[:SUBJECT]-(:Relay)-[:OBJECT]->(o) | o.name] AS relayedBy`,
  );
  expect(campbell).toEqual({
    offices: ["state Representative of Massachusetts"],
    parties: ["Democratic Party"],
    from: ["Methuen"],
    stances: ["OPPOSES Massachusetts Trust Act"],
    relayedBy: ["The Eagle-Tribune"],
  });
});

test("one node per real thing: the Massachusetts Trust Act has evidence from both articles; shared names stay apart", async () => {
  const articles = await rows<{ id: string }>(
    "MATCH (:Law {id: 'law:ma-trust-act'})-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(a) RETURN DISTINCT a.id AS id ORDER BY id",
  );
  expect(articles.map((a) => a.id)).toEqual(["sanctuary-2015", "trust-act-2013"]);
  const trustActs = await rows<{ name: string; jurisdiction: string }>(
    "MATCH (:Name {key: 'trust act'})-[:NAMES]->(l:Law)-[:IN_JURISDICTION]->(j) RETURN l.name AS name, j.name AS jurisdiction ORDER BY name",
  );
  expect(trustActs).toEqual([
    { name: "California Trust Act", jurisdiction: "California" },
    { name: "Massachusetts Trust Act", jurisdiction: "Massachusetts" },
  ]);
});

test("loading twice changes nothing", async () => {
  const snapshot = () =>
    rows("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships");
  const before = await snapshot();
  const again = await loadSeed(new Graph(driver), { force: true });
  expect(again.loaded).toBe(true);
  expect(await snapshot()).toEqual(before);
  expect(await loadSeed(new Graph(driver))).toMatchObject({ loaded: false });
  expect(await count("MATCH (n:Evidence) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n")).toBe(0);
});

test("a write that fails part-way writes nothing", async () => {
  const before = await count("MATCH (n) RETURN count(n) AS n");
  const plan = {
    nodes: [{ label: "Person" as const, id: "person:test-half-written", properties: { name: "Half Written" } }],
    relationships: [{ type: "PART_OF" as const, from: { label: "Person" as const, id: "person:test-half-written" }, to: { label: "Jurisdiction" as const, id: "jurisdiction:nowhere" } }],
    names: [],
  };
  const session = driver.session();
  await expect(session.executeWrite((tx) => writePlan(tx, plan, "test"))).rejects.toThrow(/missing Person or Jurisdiction/);
  await session.close();
  expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(before);
});
