/**
 * The curated seed knowledge, checked without a database: spans, coverage, and the refusals that keep bad
 * knowledge out of the graph.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { planKnowledge } from "../../src/seed/curated";
import { parseKnowledge, type Knowledge } from "../../src/seed/knowledge";
import { readSeed, SEEDS_DIR } from "../../src/seed/seed";

const seed = readSeed();
const raw = parse(fs.readFileSync(path.join(SEEDS_DIR, "knowledge.yaml"), "utf8")) as Knowledge;
const texts = seed.articleTexts;

/** Every `{ in, at, text }` excerpt anywhere in the document. */
function excerpts(node: unknown, found: { in: string; at: [number, number]; text: string }[] = []) {
  if (Array.isArray(node)) node.forEach((n) => excerpts(n, found));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.in === "string" && typeof o.text === "string") found.push(o as never);
    Object.values(o).forEach((v) => excerpts(v, found));
  }
  return found;
}

describe("seed knowledge", () => {
  test("ships both source articles unchanged", () => {
    const shared = path.resolve(SEEDS_DIR, "../../shared/seeds");
    for (const article of seed.knowledge.articles) {
      const file = path.join(SEEDS_DIR, article.file);
      expect(fs.existsSync(file)).toBe(true);
      const original = path.join(shared, path.basename(file));
      if (fs.existsSync(original)) expect(fs.readFileSync(file, "utf8")).toBe(fs.readFileSync(original, "utf8"));
    }
  });

  test("every excerpt equals text.slice(start, end) of its article", () => {
    const all = excerpts(raw);
    expect(all.length).toBeGreaterThan(100);
    for (const e of all) {
      const text = texts.get(e.in);
      expect(text).toBeDefined();
      expect(e.at).toHaveLength(2);
      expect(text!.slice(e.at[0], e.at[1])).toBe(e.text);
    }
  });

  test("no fact cites page furniture", () => {
    const furniture = seed.knowledge.articles.flatMap((a) => a.furniture.map((f) => ({ in: a.id, at: f.at! })));
    for (const e of excerpts({ ...raw, articles: [] })) {
      for (const f of furniture.filter((f) => f.in === e.in)) expect(e.at[0] < f.at[1] && f.at[0] < e.at[1]).toBe(false);
    }
    const cited = seed.plan.nodes.filter((n) => n.label === "Evidence").map((n) => String(n.properties.excerpt));
    for (const phrase of ["Skip to main content", "FindTheHome", "InsideGov", "tax deductible", "Most Viewed"]) {
      expect(cited.some((c) => c.includes(phrase))).toBe(false);
    }
  });

  test("covers the people, organizations, places, laws and programs the articles state", () => {
    const names = (type: string) => seed.knowledge.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(names("Person")).toEqual(
      expect.arrayContaining(["Linda Campbell", "Brad Hill", "Charlie Baker", "Barack Obama", "Donald Trump", "Eva Millona", "Brian Snyder"]),
    );
    expect(names("Organization")).toEqual(
      expect.arrayContaining([
        "Immigration and Customs Enforcement",
        "The Eagle-Tribune",
        "The Boston Globe",
        "Pew Research Center",
        "Massachusetts Immigrant and Refugee Advocacy Coalition",
        "United States Congress",
        "Democratic Party",
        "Republican Party",
        "Reuters",
      ]),
    );
    expect(names("Jurisdiction")).toEqual(
      expect.arrayContaining(["United States", "Massachusetts", "California", "Boston", "Somerville", "Cambridge", "Amherst", "Northampton", "Lawrence", "Methuen", "Ipswich", "New York", "Rhode Island", "Connecticut"]),
    );
    expect(names("Law")).toEqual(expect.arrayContaining(["Massachusetts Trust Act", "California Trust Act"]));
    expect(names("Program")).toEqual(expect.arrayContaining(["Secure Communities"]));
    expect(seed.knowledge.entities.filter((e) => e.kind === "LOCAL_POLICY")).toHaveLength(6);
  });

  test("keeps the quotes word for word, and every numeric claim", () => {
    const quotes = seed.knowledge.statements.filter((s) => s.kind === "DIRECT_QUOTE");
    expect(quotes.map((q) => q.speaker).sort()).toEqual(["person:brad-hill", "person:linda-campbell"]);
    const campbell = quotes.find((q) => q.speaker === "person:linda-campbell")!;
    expect(campbell.parts.map((p) => p.text)).toEqual([
      "To me this is clearly an attempt to undermine federal law,",
      "I think it would set a dangerous precedent, and the repercussions would affect all of us.",
    ]);
    const values = seed.knowledge.claims.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining([11000000, 24, 6, 0, 5000000, 340, 150000, 2.3, 6700000, 50, 768, 46]));
    const globe = seed.knowledge.claims.find((c) => c.value === 46)!;
    expect(globe).toMatchObject({ source: "organization:boston-globe", unit: "percent", asOf: { date: "2012-12" } });
  });

  test("says which dates are stated and which inferred", () => {
    for (const a of seed.knowledge.articles) expect(a.published).toMatchObject({ inferred: true, basis: expect.any(String) });
    const ruling = seed.knowledge.events.find((e) => e.id === "event:sanctuary-grants-order-blocked")!;
    expect(ruling.date).toEqual({ date: "2017-11-20" });
  });
});

describe("bad knowledge is refused with a clear error", () => {
  const withChange = (change: (k: Knowledge) => void) => {
    const copy = parseKnowledge(structuredClone(raw), "test");
    change(copy);
    return () => planKnowledge(copy, texts);
  };

  test("an excerpt that is not its span", () => {
    expect(withChange((k) => (k.entities[0].evidence[0].text = "not in the article"))).toThrow(/entities\.0\.evidence\.0: span .* holds/);
  });
  test("a reference to nothing", () => {
    expect(withChange((k) => (k.offices[0].of = "jurisdiction:atlantis"))).toThrow(/offices\.0\.of: "jurisdiction:atlantis" is not defined/);
  });
  test("a reference of the wrong type", () => {
    expect(withChange((k) => (k.stances[0].on = "person:brad-hill"))).toThrow(/is a Person, expected Law or Program/);
  });
  test("an id used twice", () => {
    expect(withChange((k) => (k.entities[1].id = k.entities[0].id))).toThrow(/is used twice/);
  });
  test("a fact with no evidence", () => {
    const copy = structuredClone(raw);
    copy.entities[0].evidence = [];
    expect(() => parseKnowledge(copy, "test")).toThrow(/entities\.0\.evidence: a fact with no evidence is not in the graph/);
  });
  test("evidence citing furniture", () => {
    expect(withChange((k) => (k.entities[0].evidence[0] = { in: "trust-act-2013", at: [0, 20], text: "Skip to main content" }))).toThrow(/cites page furniture/);
  });
});
