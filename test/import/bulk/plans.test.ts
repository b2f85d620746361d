/**
 * The plan bulk loader (src/import/bulk/plans.ts) builds the graph `writePlan` writes into an empty database, plan
 * after plan: every node with its labels and properties (their types too), every relationship with its
 * properties, on the plans of test/support/bulk-plans.ts. The online writes go into the emptied test database; the
 * bulk build into a folder of its own. The database is emptied again afterwards: the suites after this one load the
 * seed into it and count on finding nothing else.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../../src/graph/constraints";
import { Graph } from "../../../src/graph/graph";
import { writePlan } from "../../../src/graph/write";
import { bulkLoadPlans } from "../../../src/import/bulk/plans";
import { clearDatabase, openTestDriver } from "../../support/neo4j";
import { testPlans, type TestPlans } from "../../support/bulk-plans";
import { captureBuilt, onlyIn, snapshot, type Snapshot } from "../../support/snapshot";

const ORIGIN = "bulk-test";

let dir: string;
let driver: Driver;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-bulk-plans-test-"));
  driver = openTestDriver();
});

afterAll(async () => {
  if (driver) await clearDatabase(driver);
  await driver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The plans written online into the emptied test database and bulk-built into `folder`: both graphs. */
async function bothWays(args: TestPlans, folder: string): Promise<{ expected: Snapshot; actual: Snapshot; indexes: string[]; summary: Awaited<ReturnType<typeof bulkLoadPlans>> }> {
  await clearDatabase(driver);
  const graph = new Graph(driver);
  await applySchema(graph);
  for (const plan of testPlans(args)) await graph.write((tx) => writePlan(tx, plan, ORIGIN));
  const expected = await snapshot(graph);

  const capture = captureBuilt();
  const summary = await bulkLoadPlans(testPlans(args), { dir: path.join(dir, folder), origin: ORIGIN, ...capture.options });
  const { snapshot: actual, indexes } = capture.built;
  return { expected, actual: actual!, indexes, summary };
}

test("a bulk-built database holds the graph writePlan writes, plan after plan", async () => {
  const { expected, actual, indexes, summary } = await bothWays({ corners: true, long: true, corpus: true }, "bulk");
  expect(expected.nodes.length).toBeGreaterThan(2_000);
  expect(summary.emptyLists).toBeGreaterThan(0);
  expect(onlyIn(actual, expected)).toEqual({ nodes: [], relationships: [] });
  expect(onlyIn(expected, actual)).toEqual({ nodes: [], relationships: [] });
  expect([actual.nodes.length, actual.relationships.length]).toEqual([expected.nodes.length, expected.relationships.length]);
  expect(indexes).toEqual(expect.arrayContaining(["statement_id", "statement_text", "entity_name"]));
  expect(fs.existsSync(path.join(dir, "bulk", "import", "bulk"))).toBe(false);
}, 300_000);

test("texts that send the CSV through neo4j-admin's serial reader give the same graph", async () => {
  const { expected, actual } = await bothWays({ corners: true, hazards: true }, "serial");
  expect(actual).toEqual(expected);
  expect(expected.nodes.some((n) => n.includes("the last folder"))).toBe(true);
}, 300_000);
