/**
 * Quote search: find the original Statement (or Claim) from a quote remembered imperfectly.
 *
 * Two steps. (1) Candidates: the full-text index (Lucene) is asked, in one parameterized query, for the nodes
 * sharing any word of the query, each word fuzzy so that a typo still finds its word. The Lucene query is BUILT
 * from the user's words, never passed through: only letters and digits reach it, so no user text is Lucene
 * syntax. (2) Ranking: Lucene's score favours rare words and short texts, not "is this the sentence I
 * remember", so the candidates are re-ranked in TypeScript by `similarity` (text-similarity.ts), which rewards
 * covering the query's words in the query's order and puts exact phrase matches first.
 */
import neo4j from "neo4j-driver";
import type { Graph } from "./graph";
import { asDigits, foldText, prepare, similarity, wordWeight, type MatchCache } from "./text-similarity";

export interface TextHit {
  id: string;
  /** In [0, 1], higher is better. An exact (folded) phrase match scores at least 0.9. */
  score: number;
  /** The node as `project` returned it, when the search was asked for one. */
  node?: unknown;
}

/** Longest query accepted: a quote, not a document. */
export const MAX_QUERY_LENGTH = 1000;
/**
 * Hits scoring below this are dropped, so unrelated text finds nothing. Measured with bench/quote-search.ts: on
 * the seed graph the lowest score of a true original is 0.476 (a hard paraphrase) and the next 0.605, while the
 * best hit for unrelated text scores at most 0.196 (0.342 once 65 same-topic distractor texts were added).
 */
export const MIN_SCORE = 0.4;
/** Candidates fetched from the index per search, before re-ranking. */
export const CANDIDATES = 50;
/** Words sent to Lucene at most: enough to find a quote, bounded so a pasted paragraph stays a cheap query. */
const MAX_LUCENE_TERMS = 24;

export const INDEXES = { statements: "statement_text", claims: "claim_text", factChecks: "factcheck_claim" } as const;
export type TextIndex = (typeof INDEXES)[keyof typeof INDEXES];

/** Trims the query; throws a clear Error when it is empty or longer than MAX_QUERY_LENGTH characters. */
export function normalizeQuery(query: string): string {
  const trimmed = query.normalize("NFC").trim();
  if (trimmed === "") throw new Error("The search text is empty: give a few words of the quote.");
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new Error(`The search text is ${trimmed.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted.`);
  }
  return trimmed;
}

/**
 * The Lucene query for a user's text: its distinct words OR-ed, each fuzzy (`~1`) from four letters on.
 * Words are runs of letters and digits split on everything else (apostrophes too, since the index keeps
 * "won’t" whole and we cannot know which apostrophe it holds), so none of Lucene's special characters
 * (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /) can get through, and lower case keeps AND/OR/NOT plain words.
 * Function words are left out unless the query has nothing else: they match nearly every text. Returns ""
 * when there is nothing to search for.
 */
export function luceneQuery(query: string): string {
  // Decimals and thousands stay whole ("2.3", "150,000") as the index's tokenizer keeps them; "." and "," are
  // not Lucene syntax.
  const raw = query.normalize("NFKC").toLowerCase().match(/\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+/gu) ?? [];
  // Also the accent-folded form and number words as digits, for texts written the other way.
  const all = [...new Set(raw.flatMap((w) => [w, asDigits(w), ...(/\p{L}/u.test(w) ? foldText(w).split(" ") : [])]))].filter((w) => w.length >= 2 || /\d/.test(w));
  const content = all.filter((w) => wordWeight(w) >= 1);
  const chosen = (content.length ? content : all).slice(0, MAX_LUCENE_TERMS);
  // Fuzzy only for words with letters: "2014~1" would pull in every other year.
  return chosen.map((w) => (w.length >= 4 && /^\p{L}+$/u.test(w) ? `${w}~1` : w)).join(" OR ");
}

export interface Candidate {
  id: string;
  text: string;
  /** Lucene's own score, kept for the baseline comparison in bench/. */
  luceneScore: number;
  /** The node as `project` returned it. */
  node?: unknown;
}

/**
 * The index's candidates for a query, in the index's own order (best Lucene score first). `project`, a Cypher
 * expression over the variable `node` built by the caller from the schema (never from request text), is
 * returned with each candidate, so the caller needs no second query for the nodes it shows.
 */
export async function fetchCandidates(graph: Graph, index: TextIndex, query: string, limit: number, project?: string): Promise<Candidate[]> {
  const lucene = luceneQuery(query);
  if (lucene === "" || limit <= 0) return [];
  const rows = await graph.read<{ id: string; text: string | null; score: number; node?: unknown }>(`CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
     RETURN node.id AS id, coalesce(node.text, node.claimReviewed) AS text, score${project ? `, ${project} AS node` : ""}`,
    { index, lucene, limit: neo4j.int(Math.floor(limit)) },
  );
  return rows.map((r) => ({ id: r.id, text: r.text ?? "", luceneScore: r.score, ...(project ? { node: r.node } : {}) }));
}

/** Re-ranks candidates by similarity to the query: best first, ties by id, below MIN_SCORE dropped. */
export function rerank(query: string, candidates: Candidate[], limit: number, minScore = MIN_SCORE): TextHit[] {
  const q = prepare(query);
  const cache: MatchCache = new Map();
  return candidates
    .map((c) => ({ id: c.id, score: similarity(q, prepare(c.text), cache).score }))
    .filter((hit) => hit.score >= minScore)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

async function search(graph: Graph, index: TextIndex, query: string, limit: number, project?: string, minScore = MIN_SCORE): Promise<TextHit[]> {
  if (query.trim() === "" || limit <= 0) return [];
  const text = normalizeQuery(query);
  const candidates = await fetchCandidates(graph, index, text, Math.max(CANDIDATES, limit), project);
  const hits = rerank(text, candidates, limit, minScore);
  if (!project) return hits;
  const nodes = new Map(candidates.map((c) => [c.id, c.node]));
  return hits.map((h) => ({ ...h, node: nodes.get(h.id) }));
}

/**
 * Statements whose text is closest to a remembered quote, best first, at most `limit`, none below MIN_SCORE.
 * An empty or blank query gives no hits; one longer than MAX_QUERY_LENGTH throws.
 */
export async function searchStatements(graph: Graph, query: string, limit: number, project?: string): Promise<TextHit[]> {
  return search(graph, INDEXES.statements, query, limit, project);
}

/** Claims whose text is closest to a remembered claim: the same engine as `searchStatements`. */
export async function searchClaims(graph: Graph, query: string, limit: number, project?: string): Promise<TextHit[]> {
  return search(graph, INDEXES.claims, query, limit, project);
}

/**
 * The best matches in `index` for many texts at once (a statement's variants, its fact-checks): one index query
 * for the batch, each text's candidates re-ranked against it. A text never matches its own node.
 */
export async function searchEach(
  graph: Graph,
  index: TextIndex,
  texts: readonly { id: string; text: string }[],
  limit: number,
  minScore: number,
): Promise<Map<string, TextHit[]>> {
  const queries = texts.map((t) => ({ id: t.id, lucene: luceneQuery(t.text) })).filter((q) => q.lucene !== "");
  const rows = await graph.read<{ owner: string; id: string; text: string; score: number }>(
    `UNWIND $queries AS q
     CALL db.index.fulltext.queryNodes($index, q.lucene, {limit: $candidates}) YIELD node, score
     WITH q, node, score WHERE node.id <> q.id
     RETURN q.id AS owner, node.id AS id, coalesce(node.text, node.claimReviewed) AS text, score`,
    { queries, index, candidates: neo4j.int(CANDIDATES) },
  );
  const byOwner = new Map<string, Candidate[]>(texts.map((t) => [t.id, []]));
  for (const row of rows) byOwner.get(row.owner)?.push({ id: row.id, text: row.text ?? "", luceneScore: row.score });
  return new Map(texts.map((t) => [t.id, rerank(t.text, byOwner.get(t.id) ?? [], limit, minScore)]));
}
