/** Quote search on the real Neo4j with the seed graph: finds the original of a misquote, safely. */
import type { Driver } from "neo4j-driver";
import { evaluate, formatMetrics, readEvalSet } from "../../bench/quote-search";
import { applySchema } from "../../src/graph/constraints";
import {
  luceneQuery,
  MAX_QUERY_LENGTH,
  MIN_SCORE,
  normalizeQuery,
  searchClaims,
  searchStatements,
} from "../../src/graph/quote-search";
import { editDistance, foldText, prepare, similarity, stem } from "../../src/graph/text-similarity";
import { loadSeed } from "../../src/seed/seed";
import { testDriver } from "../support/app";
import { Graph } from "../../src/graph/graph";

let driver: Driver;
const evalSet = readEvalSet();

beforeAll(async () => {
  driver = testDriver();
  await applySchema(new Graph(driver));
  await loadSeed(new Graph(driver));
});
afterAll(() => driver.close());

describe("text similarity", () => {
  test("folds case, punctuation, curly and straight quotes, dashes and ellipses alike", () => {
    expect(foldText("“Sanctuaries” won’t—law…there")).toBe(foldText('"sanctuaries" WONT - law ... there'));
    expect(foldText("150,000 at 2.3%")).toBe("150000 at 2 3 percent");
  });

  test("stems lightly and counts a transposition as one typo", () => {
    expect(["law", "laws"].map(stem)).toEqual(["law", "law"]);
    expect(["communities", "community"].map(stem)).toEqual(["community", "community"]);
    expect(stem("eleven")).toBe("11");
    expect(editDistance("atempt", "attempt", 1)).toBe(1);
    expect(editDistance("recieve", "receive", 1)).toBe(1);
    expect(editDistance("cat", "dog", 1)).toBe(2); // stops early: anything past the budget is budget + 1
  });

  test("an exact folded phrase scores at least 0.9 and above any fuzzy match; the whole text scores 1", () => {
    const text = prepare("To me this is clearly an attempt to undermine federal law, I think");
    const exact = similarity(prepare("“THIS is clearly an attempt”"), text);
    const fuzzy = similarity(prepare("this is clearly an atempt to undermine federal law, I think"), text);
    expect(exact.exact).toBe(true);
    expect(exact.score).toBeGreaterThanOrEqual(0.9);
    expect(fuzzy.exact).toBe(false);
    expect(fuzzy.score).toBeLessThan(0.9);
    expect(similarity(prepare("to me, this is clearly an attempt to undermine federal law. I think!"), text).score).toBe(1);
  });
});

describe("the Lucene query built from user text", () => {
  test("holds only plain words, so no Lucene syntax can get through", () => {
    const lucene = luceneQuery('"(a OR b)~ AND* :[]{}^!\\/ title:x -y +z && || it\'s "unbalanced');
    // Every clause is a word, optionally with our own fuzzy suffix, joined by our own OR.
    for (const clause of lucene.split(" OR ")) expect(clause).toMatch(/^[\p{L}\p{N}]+(?:[.,]\p{N}+)*(?:~1)?$/u);
    expect(luceneQuery("  ")).toBe("");
  });
});

describe("searchStatements and searchClaims", () => {
  test("rank Linda Campbell's statement first for a misremembered line", async () => {
    const hits = await searchStatements(new Graph(driver), "clearly an attempt to undermine the federal laws", 5);
    expect(hits[0].id).toBe("statement:campbell-undermine-federal-law");
  });

  test("rank an exact phrase match first, at 0.9 or more, in whatever quote marks", async () => {
    const hits = await searchStatements(new Graph(driver), "‘If any city or town breaks federal law… there should be penalties’", 5);
    expect(hits[0]).toEqual({ id: "statement:hill-wrong-message", score: expect.any(Number) });
    expect(hits[0].score).toBeGreaterThanOrEqual(0.9);
    expect(hits.slice(1).every((h) => h.score < 0.9)).toBe(true);
  });

  test("return scores in [0, 1], best first, at most `limit`, the same every time", async () => {
    const query = "federal law";
    // Both statements holding the phrase "federal law" (Hill's and Campbell's) and at least one more loosely related.
    const all = await searchStatements(new Graph(driver), query, 10);
    expect(all.length).toBeGreaterThan(2);
    expect(all.slice(0, 2).map((h) => h.id).sort()).toEqual(["statement:campbell-undermine-federal-law", "statement:hill-wrong-message"]);
    for (const h of all) expect(h.score).toBeGreaterThanOrEqual(MIN_SCORE);
    for (const h of all) expect(h.score).toBeLessThanOrEqual(1);
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
    // A smaller limit cuts the same ranking.
    const hits = await searchStatements(new Graph(driver), query, 2);
    expect(hits).toEqual(all.slice(0, 2));
    expect(await searchStatements(new Graph(driver), query, 2)).toEqual(hits);
  });

  test("search claims with the same engine", async () => {
    const hits = await searchClaims(new Graph(driver), "only 46% of deported immigrants had criminal records", 3);
    expect(hits[0].id).toBe("claim:ma-secure-communities-criminal-records");
  });

  test("find the original of the misquotes in test/fixtures/misquotes.yaml, at least as well as Lucene alone", async () => {
    const rerank = await evaluate(driver, "rerank", evalSet);
    const baselines = [await evaluate(driver, "lucene-fuzzy", evalSet), await evaluate(driver, "lucene-plain", evalSet)];
    console.log(formatMetrics([rerank, ...baselines]));
    expect(rerank.queries).toBeGreaterThanOrEqual(40);
    // Measured 1.000 / 1.000 on the seed graph (60 misquotes); the floors allow a couple of misses.
    expect(rerank.hitAt1).toBeGreaterThanOrEqual(0.95);
    expect(rerank.mrr).toBeGreaterThanOrEqual(0.97);
    expect(rerank.negativesWithHits).toBe(0);
    // The re-ranker starts from the index's candidates: it must never do worse than the index's own order.
    for (const b of baselines) expect({ ranker: b.ranker, hitAt1: rerank.hitAt1 >= b.hitAt1, mrr: rerank.mrr >= b.mrr }).toEqual({ ranker: b.ranker, hitAt1: true, mrr: true });
  });

  test("return nothing for unrelated text", async () => {
    // The fixture's negatives exist, and include text sharing words with the seed graph ("federal", "law", "state").
    expect(evalSet.negatives.length).toBeGreaterThanOrEqual(6);
    for (const query of evalSet.negatives) {
      expect({ query, hits: await searchStatements(new Graph(driver), query, 10) }).toEqual({ query, hits: [] });
      expect({ query, hits: await searchClaims(new Graph(driver), query, 10) }).toEqual({ query, hits: [] });
    }
  });

  test("treat Lucene syntax and injection-looking text as plain words", async () => {
    const ids = (hits: { id: string }[]): string[] => hits.map((h) => h.id);
    const plain = await searchStatements(new Graph(driver), "federal law", 10);
    expect(ids(plain).slice(0, 2).sort()).toEqual(["statement:campbell-undermine-federal-law", "statement:hill-wrong-message"]);

    // Syntax around real words changes nothing: the words are searched as they are.
    expect(await searchStatements(new Graph(driver), "federal law\\", 10)).toEqual(plain);
    expect(await searchStatements(new Graph(driver), "(federal) && || law!", 10)).toEqual(plain);
    expect(await searchClaims(new Graph(driver), "federal law\\", 10)).toEqual(await searchClaims(new Graph(driver), "federal law", 10));
    // "-precedent" does not exclude Campbell's statement, which says "precedent": as a plain word it ranks it first.
    // Nor do "title:" (a field) and "+" (required) restrict anything.
    expect(ids(await searchStatements(new Graph(driver), "title:federal +law -precedent", 5))[0]).toBe("statement:campbell-undermine-federal-law");
    // "*", "~" and "^" are no wildcard, fuzziness or boost: the words still find their statement.
    expect(ids(await searchStatements(new Graph(driver), "undermine* federal~ law^2", 5))[0]).toBe("statement:campbell-undermine-federal-law");
    // "AND" alone is the word "and" (as an operator it would be a Lucene parse error), found in many statements and claims.
    const and = await searchStatements(new Graph(driver), "AND", 10);
    expect(and.length).toBeGreaterThan(0);
    for (const h of and) expect(h.id).toMatch(/^statement:/);
    expect((await searchClaims(new Graph(driver), "AND", 10)).length).toBeGreaterThan(0);

    // Syntax alone, or Cypher-looking text whose words are in no seed text, finds nothing and changes nothing.
    const countNodes = async (): Promise<number> => (await driver.executeQuery("MATCH (n) RETURN count(n) AS n")).records[0].get("n").toNumber();
    const nodesBefore = await countNodes();
    expect(nodesBefore).toBeGreaterThan(0);
    for (const query of ['"(a OR b)~ AND* :[]{}^!\\/', '"unbalanced quote', "*", "~1", '") RETURN 1 //', "'; MATCH (n) DETACH DELETE n //"]) {
      expect({ query, hits: await searchStatements(new Graph(driver), query, 5) }).toEqual({ query, hits: [] });
      expect({ query, hits: await searchClaims(new Graph(driver), query, 5) }).toEqual({ query, hits: [] });
    }
    expect(await countNodes()).toBe(nodesBefore);
  });

  test("give no hits for an empty query; normalizeQuery explains why, and refuses an over-long one", async () => {
    expect(await searchStatements(new Graph(driver), "   \n", 5)).toEqual([]);
    expect(await searchClaims(new Graph(driver), "", 5)).toEqual([]);
    expect(await searchStatements(new Graph(driver), "federal law", 0)).toEqual([]);
    expect(() => normalizeQuery("  ")).toThrow(/empty/);
    expect(() => normalizeQuery("x".repeat(MAX_QUERY_LENGTH + 1))).toThrow(/at most 1000/);
    await expect(searchStatements(new Graph(driver), "law ".repeat(300), 5)).rejects.toThrow(/at most/);
    expect(normalizeQuery("  federal law \n")).toBe("federal law");
  });
});
