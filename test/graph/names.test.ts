/** Name folding: the keys written (nameKey) and the keys looked up in Cypher (nameKeyCypher) are the same. */
import type { Driver } from "neo4j-driver";
import { Graph } from "../../src/graph/graph";
import { nameKey, nameKeyCypher } from "../../src/graph/model";
import { byNameCypher } from "../../src/graph/names";
import { testDriver } from "../support/app";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const NAMES = [
  "Linda Campbell",
  "  LINDA   CAMPBELL ",
  "Dan O’Connor",
  "Dan O‘Connor",
  "the “Trust Act”",
  "Tab\tand\nnewline",
  "No\u00a0break\u2003em space",
  "Ame\u0301lie Durand", // a combining accent, which NFC composes
  "ÉMILE ZOLA",
];

test.each(NAMES)("%j folds the same in TypeScript and in Cypher", async (name) => {
  const [row] = await new Graph(driver).read<{ key: string }>(`RETURN ${nameKeyCypher("$name")} AS key`, { name });
  expect(row.key).toBe(nameKey(name));
});

test("a lookup by name finds the entity whatever quotes and spacing the name is typed with", async () => {
  const graph = new Graph(driver);
  const id = `person:names-test-${process.pid}`;
  await graph.write((tx) =>
    tx.run("MERGE (p:Entity:Person {id: $id}) SET p.name = $name MERGE (n:Name {key: $key}) MERGE (n)-[:NAMES]->(p)", { id, name: "Dan O’Connor", key: nameKey("Dan O’Connor") }),
  );
  try {
    for (const typed of ["Dan O'Connor", "dan  o‘connor", " DAN O’CONNOR"]) {
      const found = await graph.read<{ id: string }>(`CALL { ${byNameCypher("Person", 1)} } RETURN e.id AS id`, { name: typed });
      expect({ typed, found: found.map((r) => r.id) }).toEqual({ typed, found: [id] });
    }
  } finally {
    await graph.write((tx) => tx.run("MATCH (p:Person {id: $id}) OPTIONAL MATCH (n:Name)-[:NAMES]->(p) DETACH DELETE p, n", { id }));
  }
});
