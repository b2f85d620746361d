/**
 * Plans for the plan bulk loader's test (test/import/bulk/plans.test.ts), made to hit its corners (said next to
 * each), and a small benchmark corpus (bench/synthetic/).
 */
import { corpusPlans, corpusWorld } from "../../bench/synthetic/plans";
import type { GraphPlan } from "../../src/graph/plan";

const CORNERS: GraphPlan[] = [
  {
    nodes: [
      // An empty list, which CSV cannot hold; a null, which is no property.
      { label: "Person", id: "p-ada", properties: { name: "Ada Quist", aliases: [], kind: null } },
      // Quotes and commas in a text, and a list.
      { label: "Organization", id: "o-desk", properties: { name: 'The "Ledger" Desk, Inc.', aliases: ["Ledger Desk", "the Desk"] } },
      // A text over two lines, and a boolean.
      { label: "Article", id: "a-1", properties: { url: "https://ledger.example/1", text: 'First line, "quoted",\nsecond line.', publishedOnInferred: true } },
      // Quotes ending a line and the text.
      { label: "Article", id: "a-2", properties: { url: "https://ledger.example/2", text: '"No," she said.\n"We will not."' } },
      // A statement gets its quotation key.
      { label: "Statement", id: "s-1", properties: { text: "We won't stop, ever.", kind: "DIRECT_QUOTE" } },
      // Numbers, whole and not; two claims with different properties go to different files.
      { label: "Claim", id: "c-1", properties: { text: "0.1 percent", value: 0.1, unit: "percent" } },
      { label: "Claim", id: "c-2", properties: { text: "about $12 million", value: 12_000_000, unit: "USD", qualifier: "about" } },
      // The same id in another family is another node.
      { label: "Event", id: "p-ada", properties: { name: "Ada's hearing", date: "2015-03-02" } },
      { label: "Law", id: "l-ada", properties: { name: "Ada's Law" } },
    ],
    relationships: [
      { type: "SAID_BY", from: { label: "Statement", id: "s-1" }, to: { label: "Person", id: "p-ada" } },
      { type: "CREDITED_TO", from: { label: "Claim", id: "c-1" }, to: { label: "Organization", id: "o-desk" } },
      { type: "PUBLISHED_BY", from: { label: "Article", id: "a-1" }, to: { label: "Organization", id: "o-desk" } },
    ],
    names: [
      { key: "ada quist", entity: { label: "Person", id: "p-ada" } },
      { key: "ada quist", entity: { label: "Law", id: "l-ada" } },
      // A name of an entity never planned: the online writer's MATCH finds nothing, so nothing is written.
      { key: "nobody", entity: { label: "Person", id: "p-nobody" } },
    ],
  },
  {
    // Met again with the same properties: written once.
    nodes: [{ label: "Person", id: "p-ada", properties: { name: "Ada Quist", aliases: [], kind: null } }],
    relationships: [
      { type: "SAID_BY", from: { label: "Statement", id: "s-1" }, to: { label: "Person", id: "p-ada" } },
      // Ends planned in an earlier plan; a relationship with properties.
      { type: "RATIO_OF", from: { label: "Claim", id: "c-1" }, to: { label: "Claim", id: "c-2" }, properties: { role: "part" } },
    ],
    names: [
      { key: "ada quist", entity: { label: "Person", id: "p-ada" } },
      { key: "quist", entity: { label: "Person", id: "p-ada" } },
    ],
  },
];

/** Texts that send the CSV through neo4j-admin's serial reader. */
const HAZARDS: GraphPlan = {
  nodes: [
    { label: "Article", id: "a-3", properties: { text: "Filed under C:\\cases\\\nthe last folder\\" } },
    { label: "Article", id: "a-4", properties: { text: "A bell \u0007 and a unit separator \u001f,\nover two lines" } },
  ],
  relationships: [],
  names: [],
};

/**
 * Over 4 MB of articles whose texts span lines, with quotes and commas where lines end: neo4j-admin reads such a
 * file in chunks, each found by reading backwards from a chunk's end, which the CSV format must survive.
 */
function* longTexts(): Generator<GraphPlan> {
  const paragraph = (i: number, j: number) => `Paragraph ${j} of report ${i}, filed late: "We will not comply," the sheriff said.\n"Not now, not later."\n`;
  for (let i = 0; i < 1_600; i++) {
    const text = Array.from({ length: 30 }, (_, j) => paragraph(i, j)).join("");
    yield { nodes: [{ label: "Article", id: `long-${i}`, properties: { text, title: `Report ${i}` } }], relationships: [], names: [] };
  }
}

export interface TestPlans {
  corners?: boolean;
  corpus?: boolean;
  hazards?: boolean;
  long?: boolean;
}

export function* testPlans(o: TestPlans): Generator<GraphPlan> {
  if (o.corners) yield* CORNERS;
  if (o.hazards) yield HAZARDS;
  if (o.long) yield* longTexts();
  if (o.corpus) {
    const corpus = { statements: 600, seed: "bulk-plans-test", articlesPerTx: 40 };
    for (const p of corpusPlans(corpusWorld(corpus.statements, corpus.seed), corpus)) yield p.plan;
  }
}
