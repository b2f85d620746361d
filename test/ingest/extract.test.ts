/** The extractor on small passages, one phenomenon each; input checks; HTML; the plan's spans. No database. */
import * as fs from "fs";
import * as path from "path";
import { checkInput, IngestInputError, MAX_TEXT_LENGTH, planArticle } from "../../src/ingest/article";
import { extractArticle, normalizeText, type Extraction } from "../../src/ingest/extract";
import { htmlToArticle } from "../../src/ingest/extract/html";
import { EVAL_DIR } from "../../src/ingest/eval";
import { resolveEntities, type GraphNames } from "../../src/ingest/resolve";

const extract = (text: string) => extractArticle(normalizeText(text));
const quotes = (x: Extraction) => x.statements.filter((s) => s.kind === "DIRECT_QUOTE").map((s) => ({ text: s.text, speaker: s.speaker === undefined ? undefined : x.entities[s.speaker].name }));

describe("direct quotes", () => {
  test("a quote split by its attribution is one statement with two parts, in straight or curly marks", () => {
    for (const [open, close] of [['"', '"'], ["“", "”"]]) {
      const x = extract(`${open}We will not comply,${close} said Sheriff Dale Whitcomb of Calder County. ${open}Not now, not ever.${close}`);
      expect(quotes(x)).toEqual([{ text: "We will not comply, Not now, not ever.", speaker: "Dale Whitcomb" }]);
      expect(x.statements[0].parts).toHaveLength(2);
    }
  });

  test("a quote over two paragraphs (no closing mark, the next opens with one) is one statement", () => {
    const x = extract("“We will follow the law,” Sheriff Elena Ruiz told CBS Austin. “But I worry.\n\n“That call may never come.”");
    expect(quotes(x)).toEqual([{ text: "We will follow the law, But I worry. That call may never come.", speaker: "Elena Ruiz" }]);
    expect(x.statements[0].relays.map((r) => x.entities[r.via].name)).toEqual(["CBS Austin"]);
  });

  test("a nested quote stays inside its quote; a missing closing mark ends at the attribution", () => {
    const nested = extract("Commissioner Angela Torres voted no. “Mothers tell me, ‘I would rather get robbed than call the sheriff,’ ” Torres said.");
    expect(quotes(nested)).toEqual([{ text: "Mothers tell me, ‘I would rather get robbed than call the sheriff,’", speaker: "Angela Torres" }]);
    const missing = extract("Police Chief Marcus Bell saw fewer calls. “People are scared to open the door, he said.\n\nThe council voted.");
    expect(quotes(missing)).toEqual([{ text: "People are scared to open the door,", speaker: "Marcus Bell" }]);
  });

  test("a partial quote is a statement; scare quotes, titles and signs are not", () => {
    const x = extract(
      "Council member Jorge Salinas called it “a show-me-your-papers law dressed up as public safety.” The so-called “Trust Act” would make the state a “sanctuary state.” Protesters carried signs reading “ICE out of Pike County.” The “Safe Communities Act” passed.",
    );
    expect(quotes(x)).toEqual([{ text: "a show-me-your-papers law dressed up as public safety.", speaker: "Jorge Salinas" }]);
    expect(x.rejectedQuotes.map((r) => r.reason)).toHaveLength(4);
  });
});

describe("speakers", () => {
  test("pronouns and titles resolve to the nearest fitting person", () => {
    const x = extract(
      "Mayor Lisa Chen spoke first, and Sheriff Ronald Beck answered. “We are not going to apologize,” she said. “This program costs nothing,” the sheriff said. “It works,” he added.",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Lisa Chen", "Ronald Beck", "Ronald Beck"]);
  });

  test("a descriptor gives office, party and home town", () => {
    const x = extract('"This is wrong," said state Rep. Linda Campbell, a Democrat from Methuen, Massachusetts, according to the Eagle Tribune report.');
    const facts = x.facts.map((f) => `${f.label} ${f.title ?? f.relation ?? ""} ${x.entities[f.subject].name} -> ${x.entities[f.object].name}`.replace(/\s+/g, " "));
    expect(facts).toEqual(
      expect.arrayContaining(["Office state Representative Linda Campbell -> Massachusetts", "Membership Linda Campbell -> Democratic Party", "Relation FROM Linda Campbell -> Methuen"]),
    );
    expect(x.statements[0].relays.map((r) => x.entities[r.via].name)).toEqual(["Eagle Tribune"]);
  });

  test("paraphrases are kept as PARAPHRASE with their speaker", () => {
    const x = extract("Eva Millona directs the coalition. She said sanctuaries improve the relationship between police and immigrants.");
    expect(x.statements.map((s) => [s.kind, s.text, s.speaker === undefined ? undefined : x.entities[s.speaker].name])).toEqual([
      ["PARAPHRASE", "sanctuaries improve the relationship between police and immigrants.", "Eva Millona"],
    ]);
  });
});

describe("numeric claims", () => {
  test("value, unit, qualifier, as-of date and source", () => {
    const x = extract("As of December 2012, only 46 percent of the 768 Massachusetts immigrants deported through the program had criminal records, according to the Boston Globe. At least two dozen state lawmakers backed it.");
    expect(x.claims.map((c) => [c.qualifier, c.value, c.unit, c.asOf, c.source === undefined ? undefined : x.entities[c.source].name])).toEqual([
      ["only", 46, "percent", "2012-12", "Boston Globe"],
      [undefined, 768, "immigrants", "2012-12", "Boston Globe"],
      ["at least", 24, "state lawmakers", undefined, undefined],
    ]);
  });

  test("years, dates, vote tallies, bill numbers and 287(g) are not claims", () => {
    const x = extract("On Nov. 20, 2017, commissioners voted 4-1 to renew the 287(g) agreement under Senate Bill 4, a 28-page law passed in 2016 by a vote of 88 to 59.");
    expect(x.claims).toEqual([]);
  });
});

describe("input", () => {
  const bad: [string, Parameters<typeof checkInput>[0], RegExp][] = [
    ["empty text", { text: "" }, /text is empty/],
    ["whitespace", { text: " \n\t " }, /text is empty/],
    ["NUL bytes", { text: "An article\u0000with binary" }, /binary data/],
    ["control characters", { text: "\u0001\u0002\u0003 some words here and there to be long enough \u0004\u0005" }, /binary data/],
    ["broken encoding", { text: "Caf\uFFFD is a word in a sentence that is long enough." }, /not valid Unicode/],
    ["too long", { text: "a".repeat(MAX_TEXT_LENGTH + 1) }, /at most 200000/],
    ["an impossible date", { text: "A long enough article text here.", publishedOn: "2015-02-30" }, /not a date/],
    ["a month 13", { text: "A long enough article text here.", publishedOn: "2015-13" }, /not a date/],
    ["a date in another format", { text: "A long enough article text here.", publishedOn: "02/03/2015" }, /not a date/],
    ["a URL that is not http", { text: "A long enough article text here.", url: "javascript:alert(1)" }, /not an http/],
  ];
  test.each(bad)("%s is refused with a clear error", (_, input, message) => {
    expect(() => checkInput(input)).toThrow(IngestInputError);
    expect(() => checkInput(input)).toThrow(message);
  });

  test("text is normalized, and good dates pass", () => {
    const source = checkInput({ text: "\uFEFFLine one  \r\nLine two\r\n\r\n\r\n\r\nLine three\n", publishedOn: "2016-02-29" });
    expect(source.text).toBe("Line one\nLine two\n\nLine three");
  });
});

test("HTML: the story's paragraphs and metadata, without navigation, captions or appeals", () => {
  const page = htmlToArticle(
    `<html><head><title>Sheriff defies law</title><meta property="og:site_name" content="Millbrook Gazette"><meta property="article:published_time" content="2018-03-02T10:00:00Z"></head>
     <body><nav><a href="/">Home</a></nav><a class="skip-link" href="#main">Skip to main content</a>
     <article><h1>Sheriff defies law</h1><figure><img src="x.jpg"><figcaption>The sheriff, in 2017. Photo: staff</figcaption></figure>
     <p>“We will keep honoring detainers,” Sheriff Dale Whitcomb said.</p><div class="social-share">Share on Facebook</div>
     <p>Your tax deductible gift can help stop human rights violations.</p></article><footer>© Gazette</footer></body></html>`,
  );
  expect(page).toEqual({ text: "Sheriff defies law\n\n“We will keep honoring detainers,” Sheriff Dale Whitcomb said.", title: "Sheriff defies law", url: undefined, publisher: "Millbrook Gazette", publishedOn: "2018-03-02" });
});

test("every span the plan of each evaluation article cites is exactly its excerpt", () => {
  const empty: GraphNames = { entities: new Map(), byKey: new Map() };
  for (const file of fs.readdirSync(EVAL_DIR).filter((f) => f.endsWith(".txt"))) {
    const source = checkInput({ text: fs.readFileSync(path.join(EVAL_DIR, file), "utf8") });
    const extraction = extractArticle(source.text);
    const { plan } = planArticle(source, extraction, resolveEntities(extraction, empty, "article-test"), empty);
    const evidence = plan.nodes.filter((n) => n.label === "Evidence");
    expect(evidence.length).toBeGreaterThan(10);
    for (const ev of evidence) expect(source.text.slice(Number(ev.properties.start), Number(ev.properties.end))).toBe(ev.properties.excerpt);
    // Every fact node is supported by evidence.
    const supported = new Set(plan.relationships.filter((r) => r.type === "SUPPORTED_BY").map((r) => r.from.id));
    for (const n of plan.nodes.filter((n) => !["Article", "Evidence"].includes(n.label))) expect({ id: n.id, supported: supported.has(n.id) }).toEqual({ id: n.id, supported: true });
  }
});
