/**
 * `npm run eval -- factchecks`: how well `factChecks` finds the review of a claim as people reword it, after the
 * CLEF CheckThat! task "detecting previously fact-checked claims". The reviewed claims and the queries are in
 * test/fixtures/eval/factchecks/ (its README says how they were written): the reviews are imported as
 * ClaimReview JSON-LD through the real importer, then each query is asked.
 *
 *   MAP@5     mean over queries of 1/rank of the expected review when it is in the first five, else 0 (one
 *             relevant review a query, so average precision is the reciprocal rank).
 *   hit@1     share of queries whose first hit is the expected review.
 *   false-hit share of negatives (claims no review covers) for which anything at all is returned.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import type { Graph } from "../graph/graph";
import { factCheckUrls, searchFactChecks } from "../graph/fact-check-search";
import { importFiles } from "./run";

export const FACTCHECK_EVAL_DIR = path.resolve(__dirname, "../../test/fixtures/eval/factchecks");
/** Development (tuned on), then four held-out sets by four other writers (never tuned on; README counts each scoring). */
export const FACTCHECK_SPLITS = {
  dev: ["queries-dev.yaml", "queries-dev2.yaml", "queries-dev3.yaml"],
  heldout: ["queries-heldout.yaml"],
  heldout2: ["queries-heldout2.yaml"],
  heldout3: ["queries-heldout3.yaml"],
  heldout4: ["queries-heldout4.yaml"],
} as const;
export type FactCheckSplit = keyof typeof FACTCHECK_SPLITS;

export interface EvalReview {
  id: string;
  claim: string;
  claimant?: string;
  claimantKind?: "Person" | "Organization";
  claimDate?: string;
  publisher: string;
  reviewDate?: string;
  rating: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export interface EvalQuery {
  query: string;
  kind: "paraphrase" | "misremembered" | "partial";
  expect: string;
}

export interface EvalQueries {
  queries: EvalQuery[];
  negatives: string[];
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
/** Each review's URL, which is how a hit is traced back to its id in the set. */
export const reviewUrl = (r: EvalReview): string => `https://${slug(r.publisher)}.example/checks/${r.id}`;

const date = (d: unknown): string | undefined => (d instanceof Date ? d.toISOString().slice(0, 10) : typeof d === "string" ? d : undefined);

export function loadReviews(dir = FACTCHECK_EVAL_DIR): EvalReview[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^reviews-.*\.yaml$/.test(f))
    .sort()
    .flatMap((f) => parse(fs.readFileSync(path.join(dir, f), "utf8")) as EvalReview[])
    .map((r) => ({ ...r, claimDate: date(r.claimDate), reviewDate: date(r.reviewDate) }));
}

export function loadQueries(split: FactCheckSplit, dir = FACTCHECK_EVAL_DIR): EvalQueries {
  const parts = FACTCHECK_SPLITS[split].map((f) => parse(fs.readFileSync(path.join(dir, f), "utf8")) as EvalQueries);
  return { queries: parts.flatMap((p) => p.queries ?? []), negatives: parts.flatMap((p) => p.negatives ?? []) };
}

/** A review as schema.org ClaimReview JSON-LD, the shape fact-checkers publish. */
export function claimReviewOf(r: EvalReview): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reviewUrl(r),
    claimReviewed: r.claim,
    ...(r.reviewDate ? { datePublished: r.reviewDate } : {}),
    author: { "@type": "Organization", name: r.publisher },
    reviewRating: {
      "@type": "Rating",
      alternateName: r.rating,
      ...(r.ratingValue !== undefined ? { ratingValue: r.ratingValue, bestRating: r.bestRating, worstRating: r.worstRating } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(r.claimant ? { author: { "@type": r.claimantKind ?? "Person", name: r.claimant } } : {}),
      ...(r.claimDate ? { datePublished: r.claimDate } : {}),
    },
    inLanguage: "en",
  };
}

/** Imports the set's reviews through the ClaimReview importer (a JSON-lines file in a temporary folder). */
export async function importEvalReviews(graph: Graph, reviews: EvalReview[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-factcheck-eval-"));
  try {
    const file = path.join(dir, "reviews.jsonl");
    fs.writeFileSync(file, reviews.map((r) => JSON.stringify(claimReviewOf(r))).join("\n") + "\n");
    const summary = await importFiles(graph, "claimreview", [file]);
    if (summary.skipped) throw new Error(`${summary.skipped} eval reviews could not be imported`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface FactCheckScores {
  queries: number;
  map5: number;
  hit1: number;
  /** MAP@5 by kind of query. */
  byKind: Record<string, { queries: number; map5: number; hit1: number }>;
  negatives: number;
  falseHitRate: number;
  /** Queries whose review was not first: the expected id, and what came first. */
  misses: { query: string; kind: string; expect: string; rank: number | null; first: string | null }[];
  falseHits: { query: string; first: string; score: number }[];
}

/** Asks every query of a split and scores the answers. Needs the reviews imported first. */
export async function scoreFactChecks(graph: Graph, set: EvalQueries, reviews: EvalReview[]): Promise<FactCheckScores> {
  const idByUrl = new Map(reviews.map((r) => [reviewUrl(r), r.id]));
  const urls = await factCheckUrls(graph);
  const evalId = new Map(urls.map((u) => [u.id, idByUrl.get(u.url) ?? u.url]));
  const ranked = async (text: string) => (await searchFactChecks(graph, text, 5)).map((h) => ({ id: evalId.get(h.id) ?? h.id, score: h.score }));

  const kinds: FactCheckScores["byKind"] = {};
  const misses: FactCheckScores["misses"] = [];
  let reciprocal = 0;
  let firsts = 0;
  for (const q of set.queries) {
    const hits = await ranked(q.query);
    const rank = hits.findIndex((h) => h.id === q.expect);
    const rr = rank >= 0 ? 1 / (rank + 1) : 0;
    reciprocal += rr;
    firsts += rank === 0 ? 1 : 0;
    const k = (kinds[q.kind] ??= { queries: 0, map5: 0, hit1: 0 });
    k.queries++;
    k.map5 += rr;
    k.hit1 += rank === 0 ? 1 : 0;
    if (rank !== 0) misses.push({ query: q.query, kind: q.kind, expect: q.expect, rank: rank >= 0 ? rank + 1 : null, first: hits[0]?.id ?? null });
  }
  for (const k of Object.values(kinds)) {
    k.map5 /= k.queries;
    k.hit1 /= k.queries;
  }
  const falseHits: FactCheckScores["falseHits"] = [];
  for (const n of set.negatives) {
    const hits = await ranked(n);
    if (hits.length) falseHits.push({ query: n, first: hits[0].id, score: hits[0].score });
  }
  const count = set.queries.length;
  return {
    queries: count,
    map5: count ? reciprocal / count : 0,
    hit1: count ? firsts / count : 0,
    byKind: kinds,
    negatives: set.negatives.length,
    falseHitRate: set.negatives.length ? falseHits.length / set.negatives.length : 0,
    misses,
    falseHits,
  };
}

export function formatScores(split: string, s: FactCheckScores, reviews: number, verbose: boolean): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `factChecks on ${split}: ${s.queries} queries against ${reviews} reviewed claims, ${s.negatives} negatives`,
    `  MAP@5 ${f(s.map5)}   hit@1 ${f(s.hit1)}   false-hit rate on negatives ${f(s.falseHitRate)}`,
    ...Object.entries(s.byKind).map(([kind, k]) => `  ${kind.padEnd(14)} ${String(k.queries).padStart(3)} queries   MAP@5 ${f(k.map5)}   hit@1 ${f(k.hit1)}`),
  ];
  if (verbose) {
    for (const m of s.misses) lines.push(`  miss [${m.kind}] expected ${m.expect} at ${m.rank ?? "-"}, first ${m.first ?? "nothing"}: ${m.query}`);
    for (const h of s.falseHits) lines.push(`  false hit ${h.first} (${h.score.toFixed(3)}): ${h.query}`);
  }
  return lines.join("\n");
}
