/**
 * How close a remembered quote is to a stored text. Pure functions, no I/O, deterministic.
 *
 * A misremembered quote is usually shorter than the original, a little reworded, in other punctuation or quote
 * marks, sometimes with a typo. So the measure asks "how much of the QUERY is in the text, in what order", not
 * "how alike are the two strings": a query of six words from a sentence of thirty should still score high.
 */

/** Function words: kept (quotes are full of them, and their order matters) but weighted low. */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for from with as into about than then so that this these those it its " +
    "is are was were be been being am do does did have has had will would shall should can could may might must " +
    "i me my we us our you your he him his she her they them their there here what which who whom when where why how " +
    "not no all any some such very just also only up out over more most other"
  ).split(" "),
);
const FUNCTION_WORD_WEIGHT = 0.25;
/** Figures weigh double: the number is what identifies a claim ("11 million", "768"), and what is remembered. */
const NUMBER_WEIGHT = 2;

/** Number words become digits so "five million" meets "5 million" (news writes numbers both ways). */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .map((word, i) => [word, String(i)]),
);

/**
 * Folds what a rememberer gets wrong but a reader would call the same text: case, accents, curly vs straight
 * quotes and apostrophes, dashes, ellipses, spacing. Apostrophes are dropped rather than split on, so
 * "won’t" and "wont" agree; "%" is read as "percent".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // accents
    .toLowerCase()
    .replace(/['‘’ʼ`´]/g, "") // apostrophes inside words: won't -> wont, ice's -> ices
    .replace(/%/g, " percent ")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1") // thousands separators: 150,000 -> 150000
    .replace(/[^\p{L}\p{N}]+/gu, " ") // every other punctuation mark, quote, dash and ellipsis is a word break
    .trim();
}

/** The folded words of a text. */
export function words(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}

/**
 * A deliberately light stemmer (plural and common verb endings only): "laws"/"law", "deported"/"deport",
 * "communities"/"community". Anything heavier starts merging words a fact-checker would keep apart.
 */
export function stem(word: string): string {
  const w = asDigits(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("ing") && w.length > 5) return w.slice(0, -3);
  if (w.endsWith("ed") && w.length > 4) return w.slice(0, -2);
  if (w.endsWith("es") && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.slice(0, -1);
  return w;
}

/** A number word as digits ("eleven" -> "11"), else the word itself. */
export function asDigits(word: string): string {
  return NUMBER_WORDS[word] ?? word;
}

/** How much a (folded) word counts in coverage and order. */
export function wordWeight(word: string): number {
  if (FUNCTION_WORDS.has(word)) return FUNCTION_WORD_WEIGHT;
  return /^\d+$/.test(asDigits(word)) ? NUMBER_WEIGHT : 1;
}

/** Optimal-string-alignment edit distance (a transposition counts as one typo), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Typos allowed in a word of this length: none in short words, where one edit makes another word. */
function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** How well one query word matches one text word: 1 same (stem), 0.8 a typo away, else 0. */
function wordMatch(query: Word, text: Word): number {
  if (query.stem === text.stem) return 1;
  const budget = typoBudget(Math.min(query.word.length, text.word.length));
  if (budget === 0) return 0;
  return editDistance(query.word, text.word, budget) <= budget || editDistance(query.stem, text.stem, budget) <= budget ? TYPO_MATCH : 0;
}

/**
 * Word-pair scores remembered across the texts compared with one query (query word -> text word -> score):
 * texts share most of their words, and edit distances dominate the cost.
 */
export type MatchCache = Map<string, Map<string, number>>;

/** match[i][j]: how well query word i matches text word j. */
function matchMatrix(q: Word[], t: Word[], cache: MatchCache): Float64Array[] {
  return q.map((qw) => {
    let known = cache.get(qw.word);
    if (!known) cache.set(qw.word, (known = new Map()));
    const row = new Float64Array(t.length);
    for (let j = 0; j < t.length; j++) {
      let m = known.get(t[j].word);
      if (m === undefined) known.set(t[j].word, (m = wordMatch(qw, t[j])));
      row[j] = m;
    }
    return row;
  });
}
const TYPO_MATCH = 0.8;

interface Word {
  word: string;
  stem: string;
  weight: number;
}

/** A text prepared once for many comparisons. */
export interface Prepared {
  words: Word[];
  /** The folded words joined by single spaces, padded, for whole-word phrase containment. */
  phrase: string;
  trigrams: Set<string>;
}

export function prepare(text: string): Prepared {
  const ws = words(text);
  const phrase = ` ${ws.join(" ")} `;
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= phrase.length; i++) trigrams.add(phrase.slice(i, i + 3));
  return { words: ws.map((word) => ({ word, stem: stem(word), weight: wordWeight(word) })), phrase, trigrams };
}

/** The parts of the score, exposed for tests and tuning. All in [0, 1]. */
export interface Similarity {
  /** The whole folded query occurs in the text as a phrase. */
  exact: boolean;
  /** Weighted share of query words found anywhere in the text (stem or typo match). */
  coverage: number;
  /** Weighted longest common subsequence of words over the query: the query's words in the text's order. */
  order: number;
  /** Share of the query's character trigrams found in the text: survives typos, split and joined words. */
  trigrams: number;
  /** Weighted share of the text's words that the query matches: of two texts holding the query, the one it
   * accounts for more fully (less left over) is likelier the one remembered. */
  textCoverage: number;
  score: number;
}

/** Score bands: an exact phrase match always outranks a fuzzy one. */
const EXACT_FLOOR = 0.9;
/**
 * Coverage and order carry most of the score (the words, then their sequence); trigrams rescue what word
 * matching misses (heavier typos, "state-wide"/"statewide"); text coverage only separates near-twins, so it
 * weighs little: a truncated query naturally covers little of a long original. Tuned by hand on the eval set.
 */
const BLEND = { coverage: 0.35, order: 0.3, trigrams: 0.25, textCoverage: 0.1 };

/**
 * Similarity of a stored text to a query, in [0, 1]. An exact (folded) phrase match scores in [0.9, 1], higher
 * when the query is more of the text (the whole quote scores 1); anything else scores below 0.9 by a blend of
 * word coverage, word order, trigram containment and text coverage. `cache` may be shared across the texts
 * compared with one query.
 */
export function similarity(query: Prepared, text: Prepared, cache: MatchCache = new Map()): Similarity {
  const q = query.words;
  const t = text.words;
  const totalWeight = q.reduce((sum, w) => sum + w.weight, 0);
  if (q.length === 0 || t.length === 0) return { exact: false, coverage: 0, order: 0, trigrams: 0, textCoverage: 0, score: 0 };

  const match = matchMatrix(q, t, cache);

  let covered = 0;
  q.forEach((qw, i) => (covered += qw.weight * Math.max(...match[i])));
  const coverage = covered / totalWeight;
  let textCovered = 0;
  let textWeight = 0;
  t.forEach((tw, j) => {
    textWeight += tw.weight;
    let best = 0;
    for (let i = 0; i < q.length; i++) best = Math.max(best, match[i][j]);
    textCovered += tw.weight * best;
  });
  const textCoverage = textCovered / textWeight;

  // Weighted LCS over words, O(|q|·|t|) with two rows.
  let prev = new Float64Array(t.length + 1);
  for (let i = 1; i <= q.length; i++) {
    const row = new Float64Array(t.length + 1);
    for (let j = 1; j <= t.length; j++) {
      const m = match[i - 1][j - 1];
      row[j] = Math.max(prev[j], row[j - 1], m > 0 ? prev[j - 1] + m * q[i - 1].weight : 0);
    }
    prev = row;
  }
  const order = prev[t.length] / totalWeight;

  let shared = 0;
  for (const g of query.trigrams) if (text.trigrams.has(g)) shared++;
  const trigrams = query.trigrams.size ? shared / query.trigrams.size : 0;

  const exact = text.phrase.includes(query.phrase);
  const score = exact
    ? EXACT_FLOOR + (1 - EXACT_FLOOR) * (q.length / t.length)
    : EXACT_FLOOR * (BLEND.coverage * coverage + BLEND.order * order + BLEND.trigrams * trigrams + BLEND.textCoverage * textCoverage);
  return { exact, coverage, order, trigrams, textCoverage, score: round(score) };
}

/** Rounded so that scores are stable across platforms and ties are real ties (broken by id). */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
