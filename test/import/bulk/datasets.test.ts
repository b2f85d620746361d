/**
 * The bulk loader (src/import/bulk/datasets.ts) builds the graph an online import of the same files builds: every node with
 * its labels and properties (their types too), every relationship with its properties, on files made to hit the
 * writer's corners (a statement met again with an earlier date in a later batch, repeated records, a speaker name
 * both resolved and unresolved, candidate ids gathered over records, spans, a text over two lines, a claimant
 * who is a Quotebank speaker) and on generated ones (bench/import-data.ts). The online import goes into an empty
 * throwaway Neo4j; the bulk one into a folder of its own.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { generateImportData } from "../../../bench/import-data";
import { applySchema } from "../../../src/graph/constraints";
import { Graph } from "../../../src/graph/graph";
import { bulkImport, type BulkRun } from "../../../src/import/bulk/datasets";
import { importFiles } from "../../../src/import/run";
import { startThrowawayServer, type ThrowawayServer } from "../../support/neo4j";
import { captureBuilt, onlyIn, snapshot } from "../../support/snapshot";

let dir: string;
let online: ThrowawayServer;
let driver: Driver;

const write = (name: string, lines: unknown[]): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return file;
};

const quote = (id: string, quotation: string, speaker: string, qids: string[], more: Record<string, unknown> = {}) => ({
  quoteID: id,
  quotation,
  speaker,
  qids,
  date: `${id.slice(0, 10)} 09:00:00`,
  numOccurrences: 2,
  probas: [[speaker, "0.8100"], ["None", "0.1900"]],
  urls: [`https://gazette.example/${id}`, "https://ledger.example/shared"],
  phase: "E",
  ...more,
});

/** Quotebank lines for batches of 3: what they exercise is said next to each. */
const QUOTES = [
  quote("2015-03-02-000101", "We will not turn our police officers into immigration agents in this county.", "Harriet Vosberg", ["Q90000101"]),
  // A misquote: its own statement.
  quote("2015-03-04-000202", "We will never turn our police officers into immigration agents in this county.", "Harriet Vosberg", ["Q90000101"]),
  // Several ids: an unresolved speaker with candidates.
  quote("2016-01-10-000303", "The detainer program costs the city more than it saves.", "John Ashdown", ["Q90000201", "Q90000202"]),
  // "None" on top: no speaker.
  quote("2016-02-11-000404", "Nobody could say who said this one.", "None", [], { probas: [["None", "0.9000"], ["Harriet Vosberg", "0.1000"]] }),
  // The first quotation's words again, earlier, in a later batch: the same statement, its date moved back; its
  // speaker stays the one the first batch gave.
  quote("2014-12-30-000505", "we will NOT turn our police officers into immigration agents, in this county", "Pilar Odegaard", ["Q90000301"], {
    probas: [["Pilar Odegaard", "0.9900"], ["None", "0.0100"]],
  }),
  // The same record again: present.
  quote("2016-01-10-000303", "The detainer program costs the city more than it saves.", "John Ashdown", ["Q90000201", "Q90000202"]),
  // The top name is not the dataset's speaker: its ids are not this name's, so an unresolved person with the
  // resolved one's name, linked to it as a candidate.
  quote("2017-05-05-000606", "Our shelters are full every single night.", "Someone Else", ["Q90000999"], { probas: [["Harriet Vosberg", "0.7000"], ["Someone Else", "0.3000"]] }),
  // Quotes and a line break in the text; accents in the name.
  quote("2017-06-06-000707", 'He said "no" to the plan.\nThen he left the room.', "José Ñúñez", ["Q90000401"]),
  // No URL, no date.
  { quoteID: "2017-07-07-000808", quotation: "A quotation from nowhere in particular.", speaker: "José Ñúñez", qids: ["Q90000401"], probas: [["José Ñúñez", "0.5000"]], urls: [] },
  // The ambiguous name again with other ids: its candidates gather.
  quote("2018-01-01-000909", "The county cannot afford this program any longer.", "John Ashdown", ["Q90000202", "Q90000203"]),
  "{not json",
];

const ARTICLE = {
  articleID: "2014-06-01-007001",
  date: "2014-06-01 10:00:00",
  phase: "D",
  title: "County weighs detainer policy",
  url: "https://courier.example/2014/06/01/detainers",
  quotations: [
    {
      quoteID: "2014-06-01-000701",
      quotation: "Honoring every detainer request exposes the county to lawsuits",
      quoteSpeaker: "Pilar Odegaard",
      globalProbas: [["Pilar Odegaard", "0.9300"], ["None", "0.0700"]],
      quoteSpeakerQIDs: ["Q90000301"],
      quotationOffset: 120,
      leftContext: "At the hearing, the county counsel warned:",
      rightContext: "she told the board.",
    },
    {
      quoteID: "2014-06-01-000702",
      quotation: "We will follow the law",
      quoteSpeaker: "John Ashdown",
      globalProbas: [["John Ashdown", "0.6000"], ["None", "0.4000"]],
      quoteSpeakerQIDs: ["Q90000201", "Q90000202"],
      quotationOffset: 300,
    },
  ],
};

const review = (url: string, claim: string, claimant: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed: claim,
  datePublished: "2016-04-20",
  author: { "@type": "Organization", name: "Checkers Desk" },
  reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: "Mostly False" },
  itemReviewed: { "@type": "Claim", author: claimant, datePublished: "2016-04-12", appearance: [{ "@type": "CreativeWork", url: "https://ledger.example/shared" }] },
  inLanguage: "en",
  ...more,
});

const REVIEWS = [
  // Two people are called Harriet Vosberg by now: a new claimant with both as candidates.
  review("https://checkers.example/1", "Says the county jail released 1,200 people.", { "@type": "Person", name: "Harriet Vosberg" }),
  // The one person of that name, whatever title the reviewer gives him.
  review("https://checkers.example/2", "Says crime fell by a third.", { "@type": "Person", name: "Sen. José Ñúñez" }, { reviewRating: { "@type": "Rating", alternateName: "False" } }),
  review("https://truthmeter.example/3", "The state spends two billion dollars on prisons.", { "@type": "Organization", name: "Westmarch Taxpayers League" }, {
    author: { "@type": "Organization", name: "Truth Meter" },
  }),
  // A publisher named as a claimant in the same batch: an organization, a fact-checker.
  review("https://truthmeter.example/4", "Says Checkers Desk never corrects itself.", { "@type": "Organization", name: "Checkers Desk" }, { author: { "@type": "Organization", name: "Truth Meter" } }),
  // The same review again: present.
  review("https://checkers.example/1", "Says the county jail released 1,200 people.", { "@type": "Person", name: "Harriet Vosberg" }),
  {
    text: "Crime fell 30 percent after the city stopped honoring detainers.",
    claimant: "Mayor Ilse Brandvold",
    claimDate: "2018-02-01T00:00:00Z",
    claimReview: [{ publisher: { name: "Checkers Desk", site: "checkers.example" }, url: "https://checkers.example/5", title: "Crime did not fall 30%", reviewDate: "2018-02-09T00:00:00Z", textualRating: "False", languageCode: "en" }],
  },
];

let runs: BulkRun[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-bulk-test-"));
  const generated = await generateImportData({ quotations: 3000, reviews: 300, out: path.join(dir, "generated"), gzip: true, seed: "bulk-test" });
  runs = [
    { kind: "quotebank", files: [write("quotes-2015.json", QUOTES), write("quotebank-2014.jsonl", [ARTICLE])], batchSize: 3 },
    { kind: "claimreview", files: [write("reviews.jsonl", REVIEWS)], batchSize: 3 },
    { kind: "quotebank", files: [generated.quotesFile] },
    { kind: "claimreview", files: [generated.reviewsFile] },
  ];
  online = await startThrowawayServer();
  driver = neo4j.driver(online.server.uri, neo4j.auth.basic(online.server.username, online.server.password));
}, 180_000);

afterAll(async () => {
  await driver?.close();
  await online?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a bulk-built database holds the graph the online import writes", async () => {
  const graph = new Graph(driver);
  await applySchema(graph);
  for (const run of runs) await importFiles(graph, run.kind, run.files, { batchSize: run.batchSize });
  const expected = await snapshot(graph);

  const capture = captureBuilt();
  const summary = await bulkImport(runs, { dir: path.join(dir, "bulk"), ...capture.options });
  const { snapshot: actual, indexes } = capture.built;
  expect(summary).toMatchObject({ quotations: 3011, factChecks: 305, present: 2, skipped: 1, brokenFiles: 0, datesCorrected: 1 });
  expect(expected.nodes.length).toBeGreaterThan(10_000);
  expect(summary.nodes.Evidence).toBe(2);
  expect(summary.relationships.CANDIDATE_SAME_AS).toBeGreaterThan(0);
  expect(onlyIn(actual!, expected)).toEqual({ nodes: [], relationships: [] });
  expect(onlyIn(expected, actual!)).toEqual({ nodes: [], relationships: [] });
  expect([actual!.nodes.length, actual!.relationships.length]).toEqual([expected.nodes.length, expected.relationships.length]);
  // The constraints and indexes are in place, as on the online graph.
  expect(indexes).toEqual(expect.arrayContaining(["statement_id", "article_url", "statement_text", "person_wikidata"]));
  // The CSV is gone; the folder is a stopped instance with its password.
  expect(fs.existsSync(path.join(dir, "bulk", "import", "bulk"))).toBe(false);
  expect(fs.readFileSync(path.join(dir, "bulk", "password"), "utf8").trim()).not.toBe("");
}, 300_000);
