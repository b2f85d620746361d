/** Claim matching (src/graph/claim-match.ts): pure, no Neo4j. Every claim and query here is invented. */
import { claimTerms, corpusStats, corpusStatsYielding, prepareClaimQuery, scoreAgainst, scoreClaim } from "../../src/graph/claim-match";

/** A small reviewed corpus on crowded topics (jails and detainers, budgets, schools), so that rarity means something. */
const REVIEWS = {
  quillonJail: "Says the Quillon County jail released 640 people wanted by immigration agents in 2016.",
  marrowJail: "Says the Marrow Bay jail released 90 people wanted by immigration agents in 2019.",
  quillonDetainers: "Quillon County ignored 1,300 ICE detainers last year.",
  tessaryBudget: "Says Tessary turned a $300 million deficit into a $1.1 billion surplus.",
  marrowBudget: "Says the Marrow Bay budget has grown 25 percent in four years.",
  tessaryGraduation: "Says Tessary's high school graduation rate climbed from 62 percent to 79 percent in six years.",
  oskarSchools: "Says only 48 cents of every school dollar in Oskar reaches the classroom.",
  quillonMurders: "Says homicides in Quillon fell 18 percent last year.",
  marrowMurders: "Says murders in Marrow Bay rose 40 percent after the city cut its police budget.",
  tessaryInmates: "Says 30 percent of inmates in Tessary state prisons are in the country illegally.",
  oskarDeportations: "Says deportations of Oskar residents tripled from 2017 to 2018.",
  tessaryVoters: "Says Tessary voter rolls contain 210,000 people who have moved or died.",
};
type ReviewName = keyof typeof REVIEWS;
/**
 * Where the term match alone separates a reworded claim from another claim: once the search's threshold, before the
 * embedding's cosine joined the score (src/graph/fact-check-search.ts).
 */
const TERM_MATCH_BOUND = 0.39;
const stats = corpusStats(Object.values(REVIEWS));

function score(query: string, review: ReviewName): number {
  return scoreClaim(query, REVIEWS[review], stats);
}

/** Every review scored against the query, best first. */
function ranking(query: string): { name: ReviewName; score: number }[] {
  const prepared = prepareClaimQuery(query, stats);
  return (Object.keys(REVIEWS) as ReviewName[])
    .map((name) => ({ name, score: scoreAgainst(prepared, REVIEWS[name]) }))
    .sort((a, b) => b.score - a.score);
}

describe("claim matching", () => {
  test("a paraphrase scores above the threshold and above a same-topic neighbour with other figures and places", () => {
    const query = "Quillon County's sheriff says her jail let go six hundred forty people ICE was after, back in 2016";
    expect(score(query, "quillonJail")).toBeGreaterThanOrEqual(TERM_MATCH_BOUND);
    expect(score(query, "quillonJail")).toBeGreaterThan(score(query, "marrowJail") + 0.1);
    expect(ranking(query)[0].name).toBe("quillonJail");
  });

  test("paraphrases in domain wording find their claim", () => {
    const cases: [string, ReviewName][] = [
      ["the mayor bragged that killings in Quillon dropped by eighteen percent last year", "quillonMurders"],
      ["is it true that three in ten people locked up in Tessary's state prisons are undocumented?", "tessaryInmates"],
    ];
    for (const [query, expected] of cases) {
      const [first] = ranking(query);
      expect(first.name).toBe(expected);
      expect(first.score).toBeGreaterThanOrEqual(TERM_MATCH_BOUND);
    }
  });

  test("a fragment matches the claim it comes from", () => {
    const hits = ranking("48 cents of every school dollar reaches the classroom");
    expect(hits[0].name).toBe("oskarSchools");
    expect(hits[0].score).toBeGreaterThanOrEqual(TERM_MATCH_BOUND);
  });

  test("a misremembered figure still matches, below the exact figure and above a far one", () => {
    const near = "Tessary turned a 300 million dollar shortfall into a billion dollar surplus";
    expect(score(near, "tessaryBudget")).toBeGreaterThanOrEqual(TERM_MATCH_BOUND);
    expect(ranking(near)[0].name).toBe("tessaryBudget");
    const exact = "Tessary turned a 300 million dollar shortfall into a 1.1 billion dollar surplus";
    const far = "Tessary turned a 300 million dollar shortfall into a 4 billion dollar surplus";
    expect(score(exact, "tessaryBudget")).toBeGreaterThan(score(near, "tessaryBudget"));
    expect(score(near, "tessaryBudget")).toBeGreaterThan(score(far, "tessaryBudget"));
  });

  test("an unrelated claim on the same topic matches nothing", () => {
    for (const query of [
      "the Vellmont County jail will add 300 beds next year",
      "Pardee police say bicycle thefts doubled after the new bike lanes opened",
      "someone posted that the Dorrin school board cut bus routes to save 2 million dollars",
    ]) {
      expect(ranking(query)[0].score).toBeLessThan(TERM_MATCH_BOUND);
    }
  });

  test("a query naming another place than the claim is held against it, beyond the missing word", () => {
    const named = score("the Harwell jail released 640 people wanted by immigration agents in 2016", "quillonJail");
    // Lower case reads as no name: the same words, only the missing one counts.
    const unnamed = score("the harwell jail released 640 people wanted by immigration agents in 2016", "quillonJail");
    expect(named).toBeLessThan(0.8 * unnamed);
  });

  test("number forms agree", () => {
    const same = (...texts: string[]) => expect(new Set(texts.map((t) => claimTerms(t).sort().join(" "))).size).toBe(1);
    same("1.2k people", "1,200 people", "twelve hundred people", "1200 people");
    same("40% of inmates", "forty percent of inmates", "four in ten inmates", "two out of five inmates", "4 in 10 inmates");
    same("2/3 of inmates", "two of every three inmates", "two-thirds of inmates");
    same("$3 million", "$3,000,000", "3 million dollars", "$3M");
    same("2.5x the rate", "two and a half times the rate");
    same("a billion and a half dollars", "1.5 billion dollars", "$1,500,000,000");
    same("thirty-one hundred deportations", "3,100 deportations");
    same("six hundred and forty people", "six hundred forty people", "640 people");
    // "in 2015" is a year; "2,015 people" is a count of people.
    expect(claimTerms("in 2015")).toEqual(["y2015"]);
    expect(claimTerms("2,015 people")[0]).toBe("#2015");
  });

  test("a typo still matches", () => {
    const hits = ranking("Quillon jail relased 640 peple wanted by imigration agents");
    expect(hits[0].name).toBe("quillonJail");
    expect(hits[0].score).toBeGreaterThanOrEqual(TERM_MATCH_BOUND);
    expect(ranking("Quillon ignored 1,300 ICE detainters")[0].name).toBe("quillonDetainers");
  });

  test("who said it is not held against a claim that leaves it out", () => {
    const bare = score("deportations of Oskar residents tripled from 2017 to 2018", "oskarDeportations");
    const relayed = score("State Senator Abelard Voss says deportations of Oskar residents tripled from 2017 to 2018", "oskarDeportations");
    expect(relayed).toBeGreaterThanOrEqual(TERM_MATCH_BOUND);
    expect(bare - relayed).toBeLessThan(0.1);
  });

  test("scores are in [0, 1], deterministic, and 0 for nothing to match", () => {
    const query = "Tessary graduation rate went from 62% to 79% over six years";
    const s = score(query, "tessaryGraduation");
    expect(s).toBeGreaterThan(0.7);
    expect(s).toBeLessThanOrEqual(1);
    expect(score(query, "tessaryGraduation")).toBe(s);
    expect(score(REVIEWS.tessaryGraduation, "tessaryGraduation")).toBeLessThanOrEqual(1);
    expect(score("", "tessaryGraduation")).toBe(0);
    expect(score("is it true that he said so?", "tessaryGraduation")).toBe(0);
  });
});

test("the yielding count is the same count, and lets the event loop run while it counts", async () => {
  const texts = Array.from({ length: 1200 }, (_, i) => Object.values(REVIEWS)[i % Object.values(REVIEWS).length]);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const stats = await corpusStatsYielding(texts, 100);
  clearInterval(timer);
  const plain = corpusStats(texts);
  expect(stats.documents).toBe(plain.documents);
  for (const term of claimTerms(texts.join(" "))) expect(stats.df(term)).toBe(plain.df(term));
  expect(ticks).toBeGreaterThan(0);
});
