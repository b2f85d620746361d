/**
 * Quotebank and ClaimReview imports into the real test Neo4j, and what they answer through GraphQL: one statement
 * per real quotation, speakers by Wikidata id (several ids stay candidates), dataset records as evidence, spans
 * from the article-centric version, fact-checks found from a reworded claim, and re-runs that change nothing.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { Graph } from "../../src/graph/graph";
import { CLAIM_EMBEDDED_AS, embedMissingClaims } from "../../src/import/claimreview";
import { importFiles } from "../../src/import/run";
import { query, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
let graph: Graph;
let dir: string;
const logged: string[] = [];
const log = (m: string) => logged.push(m);

const write = (name: string, lines: unknown[]): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return file;
};

const QUOTES = [
  {
    quoteID: "2015-03-02-000101",
    quotation: "We will not turn our police officers into immigration agents in this county.",
    speaker: "Harriet Vosberg",
    qids: ["Q90000101"],
    date: "2015-03-02 09:00:00",
    numOccurrences: 3,
    probas: [["Harriet Vosberg", "0.8712"], ["None", "0.1288"]],
    urls: ["https://gazette.example/2015/03/02/vosberg", "https://ledger.example/vosberg-county"],
    phase: "E",
  },
  {
    quoteID: "2015-03-04-000202",
    // A misquote of the first: one word changed. Quotebank keeps it apart; here it is a variant.
    quotation: "We will never turn our police officers into immigration agents in this county.",
    speaker: "Harriet Vosberg",
    qids: ["Q90000101"],
    date: "2015-03-04 12:00:00",
    numOccurrences: 1,
    probas: [["Harriet Vosberg", "0.6100"], ["Tomas Reyl", "0.3900"]],
    urls: ["https://blog.example/misquote"],
    phase: "E",
  },
  {
    quoteID: "2016-01-10-000303",
    quotation: "The detainer program costs the city more than it saves.",
    speaker: "John Ashdown",
    qids: ["Q90000201", "Q90000202"],
    date: "2016-01-10 08:00:00",
    numOccurrences: 2,
    probas: [["John Ashdown", "0.7000"], ["None", "0.3000"]],
    urls: ["https://gazette.example/2016/01/10/detainers"],
    phase: "E",
  },
  {
    quoteID: "2016-02-11-000404",
    quotation: "Nobody could say who said this one.",
    speaker: "None",
    qids: [],
    date: "2016-02-11 08:00:00",
    numOccurrences: 1,
    probas: [["None", "0.9000"], ["Harriet Vosberg", "0.1000"]],
    urls: ["https://gazette.example/2016/02/11/unknown"],
    phase: "E",
  },
];

beforeAll(async () => {
  app = await startTestApp();
  graph = new Graph(app.driver);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-import-"));
}, 180_000);

afterAll(async () => {
  await graph.write((tx) => tx.run("MATCH (n) WHERE n.origin IN ['quotebank', 'claimreview'] DETACH DELETE n"));
  await graph.write((tx) => tx.run("MATCH (n:Name) WHERE NOT (n)--() DELETE n"));
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("Quotebank, quotation-centric", () => {
  let file: string;
  beforeAll(async () => {
    file = write("quotes-2015.json", [...QUOTES.slice(0, 2), "{not json", ...QUOTES.slice(2), { quotation: "no id" }]);
  });

  test("imports each quotation once, reports malformed lines with their line, and a re-run imports nothing", async () => {
    const first = await importFiles(graph, "quotebank", [file], { log });
    expect(first).toMatchObject({ imported: 4, present: 0, skipped: 2, brokenFiles: 0 });
    expect(logged.some((m) => m.startsWith(`${file}:3: not valid JSON`))).toBe(true);
    expect(logged.some((m) => m.startsWith(`${file}:6: "quoteID" is missing`))).toBe(true);
    const again = await importFiles(graph, "quotebank", [file], { log });
    expect(again).toMatchObject({ imported: 0, present: 4, skipped: 2 });
    const [{ statements, records }] = await graph.read<{ statements: number; records: number }>(
      "MATCH (r:DatasetRecord {dataset: 'Quotebank'}) WITH count(r) AS records MATCH (s:Statement) WHERE s.origin = 'quotebank' RETURN count(s) AS statements, records",
    );
    expect({ statements: Number(statements), records: Number(records) }).toEqual({ statements: 4, records: 4 });
  });

  test("the speaker is the person of the Wikidata id, with the dataset's probability; articles are appearances of the record", async () => {
    const data = await query<{ searchStatements: { statement: Record<string, any> }[] }>(
      app.url,
      `{ searchStatements(query: "not turn our police officers into immigration agents", limit: 2) {
           statement { text kind speakerProbability speaker { ... on Person { name wikidata } }
             records { dataset recordId phase probability articles { url publishedOn } }
             variants { similarity statement { text } } } } }`,
    );
    const original = data.searchStatements.map((h) => h.statement).find((s) => s.text.startsWith("We will not"))!;
    expect(original.kind).toBe("DIRECT_QUOTE");
    expect(original.speaker).toEqual({ name: "Harriet Vosberg", wikidata: "Q90000101" });
    expect(original.speakerProbability).toBeCloseTo(0.8712);
    expect(original.records).toHaveLength(1);
    expect(original.records[0]).toMatchObject({ dataset: "Quotebank", recordId: "2015-03-02-000101", phase: "E", probability: 0.8712 });
    expect(original.records[0].articles.map((a: { url: string }) => a.url).sort()).toEqual([
      "https://gazette.example/2015/03/02/vosberg",
      "https://ledger.example/vosberg-county",
    ]);
    expect(original.records[0].articles[0].publishedOn).toBe("2015-03-02");
    // The misquote is its own statement, linked as a variant.
    expect(original.variants.map((v: { statement: { text: string } }) => v.statement.text)).toContain(
      "We will never turn our police officers into immigration agents in this county.",
    );
  });

  test("a name with several Wikidata ids stays one unresolved speaker with candidates; 'None' gives no speaker", async () => {
    const rows = await graph.read<{ text: string; name: string | null; wikidata: string | null; candidates: string[] | null }>(
      `MATCH (s:Statement) WHERE s.origin = 'quotebank' AND s.text IN $texts
       OPTIONAL MATCH (s)-[:SAID_BY]->(p:Person)
       RETURN s.text AS text, p.name AS name, p.wikidata AS wikidata, p.wikidataCandidates AS candidates ORDER BY text`,
      { texts: [QUOTES[2].quotation, QUOTES[3].quotation] },
    );
    expect(rows).toEqual([
      { text: QUOTES[3].quotation, name: null, wikidata: null, candidates: null },
      { text: QUOTES[2].quotation, name: "John Ashdown", wikidata: null, candidates: ["Q90000201", "Q90000202"] },
    ]);
  });

  test("a quotation the graph already holds is that statement: it gains the record, not a twin", async () => {
    const [seed] = await graph.read<{ id: string; text: string }>(
      "MATCH (s:Statement {origin: 'seed', kind: 'DIRECT_QUOTE'}) RETURN s.id AS id, s.text AS text ORDER BY s.id LIMIT 1",
    );
    const reworded = seed.text.toUpperCase().replace(/[,.]/g, " ");
    const f = write("quotes-seed.jsonl", [{ ...QUOTES[0], quoteID: "2015-05-05-000505", quotation: reworded, urls: ["https://other.example/x"] }]);
    expect(await importFiles(graph, "quotebank", [f], { log })).toMatchObject({ imported: 1 });
    const [row] = await graph.read<{ statements: number; records: string[] }>(
      `MATCH (s:Statement) WHERE s.textKey = $key WITH collect(s) AS found
       UNWIND found AS s OPTIONAL MATCH (s)-[:RECORDED_IN]->(r:DatasetRecord)
       RETURN size(found) AS statements, collect(r.recordId) AS records`,
      { key: (await graph.read<{ key: string }>("MATCH (s:Statement {id: $id}) RETURN s.textKey AS key", { id: seed.id }))[0].key },
    );
    expect(Number(row.statements)).toBe(1);
    expect(row.records).toEqual(["2015-05-05-000505"]);
  });

  test("filters keep only what was asked for", async () => {
    const f = write("quotes-filter.jsonl", [
      { ...QUOTES[0], quoteID: "2017-01-01-000601", quotation: "Filtered one about budgets and roads.", date: "2017-01-01 00:00:00" },
      { ...QUOTES[0], quoteID: "2019-01-01-000602", quotation: "Kept one about budgets and bridges.", date: "2019-01-01 00:00:00" },
      { ...QUOTES[2], quoteID: "2019-02-01-000603", quotation: "Wrong speaker about budgets.", date: "2019-02-01 00:00:00" },
    ]);
    const summary = await importFiles(graph, "quotebank", [f], { log, filter: { from: "2018", speakerQids: ["Q90000101"], minProbability: 0.5 } });
    expect(summary).toMatchObject({ imported: 1, filtered: 2 });
  });
});

describe("Quotebank, article-centric", () => {
  test("each quotation of an article is a span of that article, with the dataset's offsets and context", async () => {
    const f = write("quotebank-2014.jsonl", [
      {
        articleID: "2014-06-01-007001",
        articleLength: 512,
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
            numOccurrences: 1,
            quotationOffset: 120,
            leftContext: "At the hearing, the county counsel warned:",
            rightContext: "she told the board on Tuesday.",
          },
        ],
      },
    ]);
    expect(await importFiles(graph, "quotebank", [f], { log })).toMatchObject({ imported: 1 });
    const data = await query<{ searchStatements: { statement: any }[] }>(
      app.url,
      `{ searchStatements(query: "Honoring every detainer request exposes the county to lawsuits", limit: 1) {
           statement { speaker { name } evidence { start end excerpt dataset recordId article { url title publishedOn } }
             appearances { excerpt article { url } } } } }`,
    );
    const s = data.searchStatements[0].statement;
    expect(s.speaker.name).toBe("Pilar Odegaard");
    expect(s.evidence).toEqual([
      {
        start: 120,
        end: 129,
        excerpt: "At the hearing, the county counsel warned: Honoring every detainer request exposes the county to lawsuits she told the board on Tuesday.",
        dataset: "Quotebank",
        recordId: "quotebank:2014-06-01-000701@2014-06-01-007001",
        article: { url: "https://courier.example/2014/06/01/detainers", title: "County weighs detainer policy", publishedOn: "2014-06-01" },
      },
    ]);
    expect(s.appearances).toHaveLength(1);
  });
});

const REVIEW = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checkers.example/2016/jail-release",
  name: "Did the county jail release 1,200 people wanted by immigration agents?",
  claimReviewed: "Says the county jail released 1,200 people wanted by immigration agents last year.",
  datePublished: "2016-04-20",
  author: { "@type": "Organization", name: "Checkers Desk", url: "https://checkers.example" },
  reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: "Mostly False" },
  itemReviewed: {
    "@type": "Claim",
    author: { "@type": "Person", name: "Harriet Vosberg" },
    datePublished: "2016-04-12",
    appearance: [{ "@type": "CreativeWork", url: "https://gazette.example/2016/04/12/jail" }],
  },
  inLanguage: "en",
};

describe("ClaimReview", () => {
  beforeAll(async () => {
    const jsonld = path.join(dir, "review.jsonld");
    fs.writeFileSync(
      jsonld,
      JSON.stringify({
        "@context": "https://schema.org",
        "@graph": [
          { ...REVIEW, "@context": undefined },
          { "@type": "WebPage", name: "not a review" },
        ],
      }),
    );
    const html = path.join(dir, "page.html");
    fs.writeFileSync(
      html,
      `<html><head><script type="application/ld+json">${JSON.stringify({
        ...REVIEW,
        url: "https://truthmeter.example/budget",
        claimReviewed: "The state spends two billion dollars a year on prisons.",
        author: { "@type": "Organization", name: "Truth Meter" },
        reviewRating: { "@type": "Rating", alternateName: "True" },
        itemReviewed: { "@type": "Claim", author: { "@type": "Organization", name: "Westmarch Taxpayers League" } },
      })}</script></head><body></body></html>`,
    );
    const api = write("api.json", []);
    fs.writeFileSync(
      api,
      JSON.stringify({
        claims: [
          {
            text: "Crime fell 30 percent after the city stopped honoring detainers.",
            claimant: "Mayor Ilse Brandvold",
            claimDate: "2018-02-01T00:00:00Z",
            claimReview: [
              { publisher: { name: "Checkers Desk", site: "checkers.example" }, url: "https://checkers.example/2018/crime-fell", title: "Crime did not fall 30%", reviewDate: "2018-02-09T00:00:00Z", textualRating: "False", languageCode: "en" },
            ],
          },
        ],
      }),
    );
    const summary = await importFiles(graph, "claimreview", [jsonld, html, api], { log });
    expect(summary).toMatchObject({ imported: 3, skipped: 0 });
  });

  test("factChecks finds a review from a reworded, misremembered claim, with its verdict, publisher and claimant", async () => {
    const data = await query<{ factChecks: { score: number; factCheck: any }[] }>(
      app.url,
      `{ factChecks(query: "the sheriff's jail let go about 1200 immigrants ICE wanted") {
           score factCheck { url claimReviewed textualRating ratingValue bestRating reviewDate claimDate
             publisher { name kind } claimant { name } claimAppearances { url } } } }`,
    );
    expect(data.factChecks[0].factCheck).toEqual({
      url: "https://checkers.example/2016/jail-release",
      claimReviewed: REVIEW.claimReviewed,
      textualRating: "Mostly False",
      ratingValue: 2,
      bestRating: 6,
      reviewDate: "2016-04-20",
      claimDate: "2016-04-12",
      publisher: { name: "Checkers Desk", kind: "FACT_CHECKER" },
      claimant: { name: "Harriet Vosberg" },
      claimAppearances: [{ url: "https://gazette.example/2016/04/12/jail" }],
    });
  });

  test("unrelated text finds no fact-check", async () => {
    const data = await query<{ factChecks: unknown[] }>(app.url, `{ factChecks(query: "the new library opens in the spring with a rooftop garden") { score } }`);
    expect(data.factChecks).toEqual([]);
  });

  test("a person's and an organization's fact-checks; a publisher's reviews", async () => {
    const data = await query<{ people: any[]; organizations: any[] }>(
      app.url,
      `{ people(where: { name: { eq: "Ilse Brandvold" } }) { factChecks { textualRating } }
         organizations(where: { name: { eq: "Checkers Desk" } }) { reviews { url } } }`,
    );
    // The API's claimant "Mayor Ilse Brandvold" is the person, without the title.
    expect(data.people).toEqual([{ factChecks: [{ textualRating: "False" }] }]);
    expect(data.organizations[0].reviews.map((r: { url: string }) => r.url).sort()).toEqual([
      "https://checkers.example/2016/jail-release",
      "https://checkers.example/2018/crime-fell",
    ]);
    const org = await query<{ organizations: any[] }>(app.url, `{ organizations(where: { name: { eq: "Westmarch Taxpayers League" } }) { factChecks { claimReviewed textualRating } } }`);
    expect(org.organizations[0].factChecks).toEqual([{ claimReviewed: "The state spends two billion dollars a year on prisons.", textualRating: "True" }]);
  });

  test("a statement's fact-checks: the review of a claim matching its words", async () => {
    const f = write("quotes-jail.jsonl", [
      { ...QUOTES[0], quoteID: "2016-04-12-000801", quotation: "The county jail released 1,200 people wanted by immigration agents last year.", urls: ["https://gazette.example/2016/04/12/jail"] },
    ]);
    await importFiles(graph, "quotebank", [f], { log });
    const data = await query<{ searchStatements: { statement: any }[] }>(
      app.url,
      `{ searchStatements(query: "county jail released 1,200 people wanted by immigration agents", limit: 1) {
           statement { text factChecks { score factCheck { url textualRating } } } } }`,
    );
    expect(data.searchStatements[0].statement.factChecks[0].factCheck).toEqual({ url: "https://checkers.example/2016/jail-release", textualRating: "Mostly False" });
  });

  const PRISONS_IN_OTHER_WORDS = `{ factChecks(query: "keeping people behind bars costs the state $2 billion each year") { score factCheck { url } } }`;

  test("a claim in other words than the review's is found by its meaning", async () => {
    const data = await query<{ factChecks: { factCheck: { url: string } }[] }>(app.url, PRISONS_IN_OTHER_WORDS);
    expect(data.factChecks.map((h) => h.factCheck.url)).toEqual(["https://truthmeter.example/budget"]);
  });

  test("fact-checks imported before embeddings get theirs, and are found by meaning again", async () => {
    const url = "https://truthmeter.example/budget";
    await graph.write((tx) => tx.run("MATCH (f:FactCheck {url: $url}) REMOVE f.claimEmbedding", { url }));
    expect((await query<{ factChecks: unknown[] }>(app.url, PRISONS_IN_OTHER_WORDS)).factChecks).toEqual([]);
    expect(await embedMissingClaims(graph)).toBe(1);
    expect(await embedMissingClaims(graph)).toBe(0);
    const data = await query<{ factChecks: { factCheck: { url: string } }[] }>(app.url, PRISONS_IN_OTHER_WORDS);
    expect(data.factChecks.map((h) => h.factCheck.url)).toEqual([url]);
  });

  test("a fact-check embedded by another model or recipe is embedded again; its claimant is kept as written", async () => {
    const url = "https://checkers.example/2018/crime-fell";
    const stored = () => graph.read<{ as: string; written: string }>("MATCH (f:FactCheck {url: $url}) RETURN f.claimEmbeddedAs AS as, f.claimantAsWritten AS written", { url });
    expect(await stored()).toEqual([{ as: CLAIM_EMBEDDED_AS, written: "Mayor Ilse Brandvold" }]);
    await graph.write((tx) => tx.run("MATCH (f:FactCheck {url: $url}) SET f.claimEmbeddedAs = 'another-model: claim'", { url }));
    expect(await embedMissingClaims(graph)).toBe(1);
    expect(await embedMissingClaims(graph)).toBe(0);
    expect(await stored()).toEqual([{ as: CLAIM_EMBEDDED_AS, written: "Mayor Ilse Brandvold" }]);
  });

  test("a re-run imports nothing", async () => {
    const again = await importFiles(graph, "claimreview", [path.join(dir, "review.jsonld"), path.join(dir, "page.html"), path.join(dir, "api.json")], { log });
    expect(again).toMatchObject({ imported: 0, present: 3 });
  });
});

describe("atomic batches", () => {
  test("a batch whose write fails leaves none of its records, and the next run imports them", async () => {
    const f = write("quotes-fail.jsonl", [
      { ...QUOTES[0], quoteID: "2020-01-01-000901", quotation: "First of a batch that fails midway.", urls: ["https://fail.example/1"] },
      { ...QUOTES[0], quoteID: "2020-01-01-000902", quotation: "Second of a batch that fails midway.", urls: ["https://fail.example/2"] },
    ]);
    // A graph whose write transactions break after their third query: the batch's statements are written by then.
    class Failing extends Graph {
      override write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ result: T; bookmark: string }> {
        return super.write(async (tx) => {
          let runs = 0;
          const breaking = new Proxy(tx, {
            get: (target, prop) =>
              prop === "run"
                ? (...args: Parameters<typeof tx.run>) => {
                    if (++runs > 3) throw new Error("Neo4j went away");
                    return target.run(...args);
                  }
                : Reflect.get(target, prop),
          });
          return work(breaking);
        });
      }
    }
    await expect(importFiles(new Failing(app.driver), "quotebank", [f], { log })).rejects.toThrow("Neo4j went away");
    const count = async () =>
      Number((await graph.read<{ n: number }>("MATCH (s:Statement) WHERE s.text STARTS WITH 'First of a batch' OR s.text STARTS WITH 'Second of a batch' RETURN count(s) AS n"))[0].n);
    expect(await count()).toBe(0);
    expect(await importFiles(graph, "quotebank", [f], { log })).toMatchObject({ imported: 2 });
    expect(await count()).toBe(2);
  });
});
