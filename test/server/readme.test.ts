/**
 * The README's example queries run against the real server, and where the README shows an output, the
 * server gives exactly that output: the documentation cannot drift from the product. Every fenced block of the
 * README is accounted for, so an example this test cannot read (a mistyped language tag, an output block whose
 * query it cannot pair) fails here instead of being skipped.
 */
import * as fs from "fs";
import * as path from "path";
import { Graph } from "../../src/graph/graph";
import { importFiles } from "../../src/import/run";
import { query, startTestApp, type TestApp } from "../support/app";

interface Block {
  /** The fence's language tag, lower case ("" when none). */
  lang: string;
  body: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

/** The fenced code blocks of a Markdown text, read line by line (``` or ~~~ fences, CRLF or LF). */
function fencedBlocks(markdown: string): { blocks: Block[]; unclosed?: number } {
  const blocks: Block[] = [];
  let open: { fence: string; lang: string; line: number; body: string[] } | undefined;
  markdown.split(/\r?\n/).forEach((text, i) => {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(text);
    if (!open) {
      if (fence) open = { fence: fence[1], lang: fence[2].toLowerCase(), line: i + 1, body: [] };
    } else if (fence && fence[1][0] === open.fence[0] && fence[1].length >= open.fence.length && fence[2] === "") {
      blocks.push({ lang: open.lang, body: open.body.join("\n") + "\n", line: open.line });
      open = undefined;
    } else {
      open.body.push(text);
    }
  });
  return { blocks, unclosed: open?.line };
}

/** The kinds of block the README holds: GraphQL examples, their JSON outputs, shell commands, and a plain file tree. */
const KNOWN_LANGS = ["graphql", "json", "sh", ""];

const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const { blocks, unclosed } = fencedBlocks(readme);
const examples = blocks.flatMap((block, i) => {
  if (block.lang !== "graphql") return [];
  const next = blocks[i + 1];
  return [{ line: block.line, query: block.body, expected: next?.lang === "json" ? (JSON.parse(next.body) as unknown) : undefined }];
});

/** Paths in `data` holding null or an empty list, down to `depth` levels of objects and lists. */
function emptyPaths(data: unknown, depth: number, at = "data"): string[] {
  if (data === null || data === undefined) return [at];
  if (Array.isArray(data)) {
    if (data.length === 0) return [at];
    return depth > 0 ? data.flatMap((item, i) => emptyPaths(item, depth - 1, `${at}[${i}]`)) : [];
  }
  if (typeof data === "object") {
    const entries = Object.entries(data);
    if (entries.length === 0) return [at];
    return depth > 0 ? entries.flatMap(([key, value]) => emptyPaths(value, depth - 1, `${at}.${key}`)) : [];
  }
  return [];
}

/** The sample files the README imports ("Importing Quotebank and fact-checks"), imported as it says. */
const EXAMPLES = path.join(__dirname, "../../examples");

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const graph = new Graph(app.driver);
  await importFiles(graph, "quotebank", ["quotebank-sample.jsonl", "quotebank-articles-sample.jsonl"].map((f) => path.join(EXAMPLES, f)));
  await importFiles(graph, "claimreview", [path.join(EXAMPLES, "claimreview-sample.jsonld")]);
});
afterAll(async () => {
  // Later suites expect the seed graph alone.
  const graph = new Graph(app.driver);
  await graph.write((tx) => tx.run("MATCH (n) WHERE n.origin IN ['quotebank', 'claimreview'] DETACH DELETE n"));
  await graph.write((tx) => tx.run("MATCH (n:Name) WHERE NOT (n)--() DELETE n"));
  await app?.close();
});

describe("the README's code blocks", () => {
  test("are all closed and all of a kind this test knows", () => {
    expect(unclosed).toBeUndefined();
    expect(blocks.filter((b) => !KNOWN_LANGS.includes(b.lang)).map((b) => `line ${b.line}: \`\`\`${b.lang}`)).toEqual([]);
  });

  test("include every GraphQL example and every output the README shows", () => {
    // Counted on the raw text, independently of the parser above: each opening fence of a GraphQL or JSON block,
    // however spelled (```GraphQL, ``` graphql, ```gql, ```jsonc), is an example or an output this test must hold.
    const graphqlFences = readme.match(/^ {0,3}(`{3,}|~{3,})[ \t]*(graphql|gql)\b/gim) ?? [];
    const jsonFences = readme.match(/^ {0,3}(`{3,}|~{3,})[ \t]*json\w*/gim) ?? [];
    expect(examples.length).toBe(graphqlFences.length);
    expect(examples.filter((e) => e.expected !== undefined).length).toBe(jsonFences.length);
    // Only a block right after an example is compared as its output: none may stand anywhere else.
    const stray = blocks.filter((b, i) => b.lang === "json" && blocks[i - 1]?.lang !== "graphql").map((b) => `line ${b.line}`);
    expect(stray).toEqual([]);
    // What the README held when this test was written: 9 examples, 8 with their output.
    expect(examples.length).toBeGreaterThanOrEqual(9);
    expect(examples.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(8);
  });
});

/**
 * `actual` with each relevance `score` that is within 0.001 of the README's replaced by the README's: a full-text
 * score depends on the index's statistics, which count deleted documents until Lucene merges its segments, so
 * another suite's deletes move it in the fifth decimal.
 */
function scoresAsShown(actual: unknown, shown: unknown): unknown {
  if (Array.isArray(actual) && Array.isArray(shown)) return actual.map((item, i) => scoresAsShown(item, shown[i]));
  if (actual && shown && typeof actual === "object" && typeof shown === "object") {
    return Object.fromEntries(
      Object.entries(actual).map(([key, value]) => {
        const expected = (shown as Record<string, unknown>)[key];
        if (key === "score" && typeof value === "number" && typeof expected === "number" && Math.abs(value - expected) < 0.001) return [key, expected];
        return [key, scoresAsShown(value, expected)];
      }),
    );
  }
  return actual;
}

test("a score within 0.001 of the README's counts as shown, one further off does not", () => {
  const shown = { hits: [{ score: 0.881343, name: "a" }] };
  expect(scoresAsShown({ hits: [{ score: 0.881354, name: "a" }] }, shown)).toEqual(shown);
  expect(scoresAsShown({ hits: [{ score: 0.8831, name: "a" }] }, shown)).not.toEqual(shown);
  expect(scoresAsShown({ hits: [{ score: 0.881354, name: "b" }] }, shown)).not.toEqual(shown);
});

test.each(examples.map((e) => [e.line, e] as const))("README example at line %i runs and gives the output shown", async (_line, example) => {
  // `query` fails on any GraphQL error.
  const data = await query(app.url, example.query);
  if (example.expected !== undefined) {
    expect(scoresAsShown(data, example.expected)).toEqual(example.expected);
  } else {
    // No output shown: the seed graph must still answer it. Each root field is neither null nor empty, and
    // neither is any field right under it (deeper down, an empty list can be the right answer).
    expect(emptyPaths(data, 2)).toEqual([]);
  }
});
