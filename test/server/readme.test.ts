/**
 * The README's example queries run against the real server, and where the README shows an output, the
 * server gives exactly that output: the documentation cannot drift from the product.
 */
import * as fs from "fs";
import * as path from "path";
import { query, startTestApp, type TestApp } from "../support/app";

const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
const examples = blocks.flatMap((block, i) =>
  block.lang === "graphql" ? [{ query: block.body, expected: blocks[i + 1]?.lang === "json" ? JSON.parse(blocks[i + 1].body) : undefined }] : [],
);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test("the README has examples with outputs", () => {
  expect(examples.length).toBeGreaterThanOrEqual(4);
  expect(examples.filter((e) => e.expected).length).toBeGreaterThanOrEqual(3);
});

test.each(examples.map((e, i) => [i + 1, e] as const))("README example %i runs and gives the output shown", async (_n, example) => {
  const data = await query(app.url, example.query);
  if (example.expected) expect(data).toEqual(example.expected);
});
