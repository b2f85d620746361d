/**
 * `factChecks` keeps finding reviews of reworded claims as well as it was measured to (README, "Importing Quotebank
 * and fact-checks"): the eval set's 1,040 reviews go through the ClaimReview importer into the test Neo4j, and the
 * scores of both query sets must stay at or above floors set just under the measured figures.
 */
import { applySchema } from "../../src/graph/constraints";
import { Graph } from "../../src/graph/graph";
import { importEvalReviews, loadQueries, loadReviews, scoreFactChecks, type EvalReview } from "../../src/import/factcheck-eval";
import { testDriver } from "../support/app";

const driver = testDriver();
const graph = new Graph(driver);
let reviews: EvalReview[];

const FLOORS = {
  dev: { map5: 0.96, hit1: 0.96, falseHitRate: 0.29 },
  heldout: { map5: 0.84, hit1: 0.81, falseHitRate: 0.22 },
  heldout2: { map5: 0.93, hit1: 0.93, falseHitRate: 0.7 },
  heldout3: { map5: 0.93, hit1: 0.93, falseHitRate: 0.7 },
  heldout4: { map5: 0.93, hit1: 0.93, falseHitRate: 0.9 },
};
const SPLITS = ["dev", "heldout", "heldout2", "heldout3", "heldout4"] as const;

beforeAll(async () => {
  await applySchema(graph);
  reviews = loadReviews();
  await importEvalReviews(graph, reviews);
}, 300_000);

afterAll(async () => {
  await graph.write((tx) => tx.run("MATCH (n) WHERE n.origin = 'claimreview' DETACH DELETE n"));
  await graph.write((tx) => tx.run("MATCH (n:Name) WHERE NOT (n)--() DELETE n"));
  await driver.close();
});

test("the set is what its README says: 1,040 reviews; 240 development queries, four held-out sets of 60", () => {
  expect(reviews).toHaveLength(1040);
  expect(new Set(reviews.map((r) => r.id)).size).toBe(1040);
  const sizes = { dev: [240, 110], heldout: [60, 30], heldout2: [60, 30], heldout3: [60, 30], heldout4: [60, 30] };
  for (const split of SPLITS) {
    const set = loadQueries(split);
    expect([set.queries.length, set.negatives.length]).toEqual(sizes[split]);
    for (const q of set.queries) expect(reviews.some((r) => r.id === q.expect)).toBe(true);
  }
});

for (const split of SPLITS) {
  test(`${split}: MAP@5 ≥ ${FLOORS[split].map5}, hit@1 ≥ ${FLOORS[split].hit1}, false hits ≤ ${FLOORS[split].falseHitRate}`, async () => {
    const scores = await scoreFactChecks(graph, loadQueries(split), reviews);
    expect(scores.map5).toBeGreaterThanOrEqual(FLOORS[split].map5);
    expect(scores.hit1).toBeGreaterThanOrEqual(FLOORS[split].hit1);
    expect(scores.falseHitRate).toBeLessThanOrEqual(FLOORS[split].falseHitRate);
  }, 120_000);
}
