/**
 * The warm-up `npm start` runs once serving (src/server/warm-up.ts): it holds the queries the README and the
 * playground show and every operation of the explorer, every one answers on the seed graph without an error (a
 * schema change that breaks one fails here rather than in a log line), and a server shutting down ends it quietly.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE_QUERY } from "../../src/server/example-query";
import { explorerQueries, warmUp, warmUpQueries } from "../../src/server/warm-up";
import { startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const words = (query: string) => query.split(/\s+/).join(" ").trim();

test("it warms the playground's opening query and every README example on the seed graph, as written there", () => {
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  // The import section's examples answer only once its sample files are imported, which `npm start` does not do.
  const importing = /^## Importing Quotebank and fact-checks\n[\s\S]*?(?=^## )/m;
  expect(readme).toMatch(importing);
  const examples = [...readme.replace(importing, "").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(examples.length).toBeGreaterThanOrEqual(4);
  const warmed = warmUpQueries().map((q) => words(q.query));
  for (const query of [EXAMPLE_QUERY, ...examples]) expect(warmed).toContain(words(query));
});

test("every warm-up query answers on the seed graph, with data", async () => {
  const queries = warmUpQueries();
  const report = await warmUp(`${app.url}/graphql`);
  expect(report).toMatchObject({ queries: queries.length, problems: [] });
  // Each asks for something the seed graph holds: a query that finds nothing plans less than a user's will.
  for (const asked of queries) {
    const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(asked) });
    const { data } = (await response.json()) as { data?: Record<string, unknown> };
    const [answer] = Object.values(data ?? {});
    expect([asked.operationName ?? asked.query.slice(0, 40), Array.isArray(answer) ? answer.length > 0 : Boolean(answer)]).toEqual([expect.anything(), true]);
  }
});

test("it warms every operation of the explorer, each document as the explorer's page sends it", () => {
  const names = explorerQueries().map((q) => q.operationName);
  expect(names).toEqual(expect.arrayContaining(["Search", "PersonNeighborhood", "EntityDetails", "Evidence", "Connections", "Timeline"]));
  expect(names).toHaveLength(16);
});

test("a problem is reported by query, and a stop ends the warm-up without one", async () => {
  const refused = await warmUp("http://127.0.0.1:9/graphql");
  expect(refused.problems).toHaveLength(warmUpQueries().length);
  expect(refused.problems[0]).toMatch(/^query TraceCampbell \{ person.*…: fetch failed$/);

  let asked = 0;
  const stopped = await warmUp("http://127.0.0.1:9/graphql", () => asked++ > 0);
  expect(stopped).toMatchObject({ queries: 0, problems: [] });
});
