/**
 * From dataset records to rows, without a database: Quotebank's two versions, ClaimReview's shapes, the filters
 * and the command's arguments, each refusing bad input with a message that says what is wrong.
 */
import { claimEmbeddingText, factChecksOf, withoutTitles } from "../../src/import/claimreview";
import { parseImportArgs } from "../../src/import/command";
import { ImportRecordError } from "../../src/import/problems";
import { quotationsOf } from "../../src/import/quotebank";

const at = { file: "f.jsonl", line: 7 };
const line = {
  quoteID: "2016-01-10-000303",
  quotation: "  The detainer program costs the city more than it saves. ",
  speaker: "John Ashdown",
  qids: ["Q1", "Q2", "not-a-qid"],
  date: "2016-01-10 08:00:00",
  numOccurrences: 2,
  probas: [["None", "0.2000"], ["John Ashdown", "0.7000"], ["Ann Oduya", "0.1000"]],
  urls: ["https://a.example/1", "https://a.example/1", " https://b.example/2 "],
  phase: "E",
};

describe("Quotebank", () => {
  test("a quotation-centric line: the top candidate with its ids, the date's day, each URL once", () => {
    expect(quotationsOf(line, at)).toEqual([
      {
        recordId: "quotebank:2016-01-10-000303",
        quoteId: "2016-01-10-000303",
        text: "The detainer program costs the city more than it saves.",
        date: "2016-01-10",
        phase: "E",
        numOccurrences: 2,
        file: "f.jsonl",
        line: 7,
        speaker: { name: "John Ashdown", qids: ["Q1", "Q2"], probability: 0.7 },
        articles: [
          { url: "https://a.example/1", date: "2016-01-10" },
          { url: "https://b.example/2", date: "2016-01-10" },
        ],
      },
    ]);
  });

  test("'None' on top gives no speaker; ids belong only to the dataset's named speaker", () => {
    expect(quotationsOf({ ...line, probas: [["None", "0.9"], ["John Ashdown", "0.1"]] }, at)[0].speaker).toBeUndefined();
    expect(quotationsOf({ ...line, probas: [["Ann Oduya", "0.9"]] }, at)[0].speaker).toEqual({ name: "Ann Oduya", qids: [], probability: 0.9 });
  });

  test("an article-centric line: one row a quotation, with the span the dataset locates and its context", () => {
    const rows = quotationsOf(
      {
        articleID: "A1",
        date: "2014-06-01 10:00:00",
        title: "T",
        url: "https://c.example/a",
        quotations: [{ quoteID: "Q-1", quotation: "four words right here", quoteSpeaker: "X Y", globalProbas: [["X Y", "0.8"]], quotationOffset: 10, leftContext: "Before", rightContext: "after." }],
      },
      at,
    );
    expect(rows[0]).toMatchObject({
      recordId: "quotebank:Q-1@A1",
      speaker: { name: "X Y", qids: [], probability: 0.8 },
      articles: [{ url: "https://c.example/a", date: "2014-06-01", title: "T", span: { start: 10, end: 14, excerpt: "Before four words right here after." } }],
    });
  });

  test("filters: speaker ids, dates (inclusive, by prefix) and the least probability", () => {
    expect(quotationsOf(line, at, { speakerQids: ["Q2"] })).toHaveLength(1);
    expect(quotationsOf(line, at, { speakerQids: ["Q3"] })).toHaveLength(0);
    expect(quotationsOf(line, at, { from: "2016-01-10", to: "2016-01" })).toHaveLength(1);
    expect(quotationsOf(line, at, { to: "2015" })).toHaveLength(0);
    expect(quotationsOf(line, at, { minProbability: 0.71 })).toHaveLength(0);
  });

  test("a line without its id or text, or not an object, is refused saying what is missing", () => {
    expect(() => quotationsOf({ ...line, quoteID: undefined }, at)).toThrow(new ImportRecordError('"quoteID" is missing or not a text'));
    expect(() => quotationsOf({ ...line, quotation: 12 }, at)).toThrow('"quotation" is missing or not a text');
    expect(() => quotationsOf([line], at)).toThrow("a Quotebank line must be a JSON object");
  });
});

describe("ClaimReview", () => {
  const review = {
    "@type": "ClaimReview",
    url: "https://check.example/r1",
    claimReviewed: "Crime doubled.",
    datePublished: "2019-03-02T10:00:00Z",
    author: { "@type": "Organization", name: "Check Desk" },
    reviewRating: { "@type": "Rating", ratingValue: "2", bestRating: 5, worstRating: 1, alternateName: "Mostly False" },
    itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Former state Sen. Ray Oduya" }, appearance: [{ url: "https://x.example/p" }, "not a url"] },
    inLanguage: { "@type": "Language", alternateName: "en" },
  };

  test("a JSON-LD review: verdict and scale, claimant without titles, appearances, language", () => {
    expect(factChecksOf(review, at)).toEqual([
      expect.objectContaining({
        url: "https://check.example/r1",
        claimReviewed: "Crime doubled.",
        reviewDate: "2019-03-02",
        textualRating: "Mostly False",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        claimant: { name: "Ray Oduya", kind: "Person" },
        claimantAsWritten: "Former state Sen. Ray Oduya",
        publisher: { name: "Check Desk", kind: "Organization" },
        appearances: ["https://x.example/p"],
        language: "en",
      }),
    ]);
  });

  test("containers hold their reviews; other markup holds none; an API claim gives one row a review", () => {
    expect(factChecksOf({ "@graph": [review, { "@type": "WebPage" }] }, at)).toHaveLength(1);
    expect(factChecksOf([review, review], at)).toHaveLength(2);
    expect(factChecksOf({ "@type": "BreadcrumbList" }, at)).toEqual([]);
    const api = { claims: [{ text: "Taxes fell.", claimant: "Gov. Ada Lin", claimReview: [{ url: "https://a.example/1", textualRating: "False" }, { url: "https://b.example/2" }] }] };
    expect(factChecksOf(api, at).map((r) => [r.url, r.claimant?.name])).toEqual([
      ["https://a.example/1", "Ada Lin"],
      ["https://b.example/2", "Ada Lin"],
    ]);
  });

  test("a claim is embedded as its claimant, titles and all, saying it", () => {
    const [api] = factChecksOf({ claims: [{ text: "Says taxes fell.", claimant: "Gov. Ada Lin", claimReview: [{ url: "https://a.example/1" }] }] }, at);
    expect(claimEmbeddingText(api.claimReviewed, api.claimantAsWritten)).toBe("Gov. Ada Lin says taxes fell.");
    expect(claimEmbeddingText("Crime doubled.", "Check Desk")).toBe("Check Desk says Crime doubled.");
    expect(claimEmbeddingText("Crime doubled.", undefined)).toBe("Crime doubled.");
  });

  test("a review without a URL or a claim is refused saying which", () => {
    expect(() => factChecksOf({ ...review, url: undefined }, at)).toThrow("the review has no url");
    expect(() => factChecksOf({ ...review, url: "ftp://x" }, at)).toThrow("is not an http(s) URL");
    expect(() => factChecksOf({ ...review, claimReviewed: " " }, at)).toThrow("names no claim");
  });

  test("titles come off names, not off words that only look like them", () => {
    expect(withoutTitles("Mayor Ilse Brandvold")).toBe("Ilse Brandvold");
    expect(withoutTitles("Gov. Ada Lin")).toBe("Ada Lin");
    expect(withoutTitles("Mayor")).toBe("Mayor");
  });
});

describe("the command's arguments", () => {
  const file = "examples/quotebank-sample.jsonl";
  test("are read into the run's options", () => {
    expect(parseImportArgs(["quotebank", file, "--strict", "--batch", "100", "--speaker-qid", "Q1,Q22", "--from", "2015-06", "--min-probability", "0.5"])).toMatchObject({
      kind: "quotebank",
      files: [file],
      strict: true,
      batchSize: 100,
      filter: { speakerQids: ["Q1", "Q22"], from: "2015-06", minProbability: 0.5 },
    });
  });

  test("refuse what they cannot mean, saying why", () => {
    expect(() => parseImportArgs(["quotes", file])).toThrow("quotebank or claimreview");
    expect(() => parseImportArgs(["quotebank"])).toThrow("give one or more files");
    expect(() => parseImportArgs(["quotebank", "missing.jsonl"])).toThrow("missing.jsonl: no such file");
    expect(() => parseImportArgs(["quotebank", file, "--from", "2015-13-01"])).toThrow("--from takes a date");
    expect(() => parseImportArgs(["quotebank", file, "--speaker-qid", "Obama"])).toThrow("Wikidata ids");
    expect(() => parseImportArgs(["quotebank", file, "--min-probability", "2"])).toThrow("from 0 to 1");
    expect(() => parseImportArgs(["quotebank", file, "--batch"])).toThrow("--batch needs a value");
    expect(() => parseImportArgs(["claimreview", file, "--from", "2015"])).toThrow("Quotebank imports only");
    expect(() => parseImportArgs(["quotebank", file, "--frm", "2015"])).toThrow("unknown option --frm");
  });
});
