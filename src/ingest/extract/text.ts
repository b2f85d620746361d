/**
 * Article text: normalization, and paragraphs and sentences as spans of the normalized text. Every offset the
 * extractor produces is into the normalized text, which is what the graph stores as the article's text.
 */

/** [start, end) in JavaScript string offsets of the normalized article text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The text an article is stored and identified by: Unicode NFC, no byte-order mark, LF line ends, no trailing
 * spaces on lines, at most one blank line between paragraphs, no blank lines around it. Quote marks, dashes and
 * spacing inside lines are kept: evidence must be the article's own characters.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Each non-empty line is a paragraph: news text puts one paragraph per line, blank lines between. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Words ending in a period that do not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    "rep", "reps", "sen", "sens", "gov", "govs", "lt", "gen", "col", "sgt", "capt", "cmdr", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof",
    "rev", "hon", "ald", "atty", "supt", "det", "insp", "ofc", "dept", "asst", "assoc", "inc", "corp", "co", "ltd", "no", "vs", "v", "etc", "gen",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
    "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
  ],
);

/** True when the period at `dot` belongs to an abbreviation or an initialism ("U.S.", "M."). */
export function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  // "No. 4" abbreviates "number"; "voted no. Then …" ends a sentence.
  if (word.toLowerCase() === "no") return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initialisms and initials: U.S., D.C., a single capital letter.
  return /^([A-Za-z]\.)*[A-Za-z]$/.test(word) && word.replace(/\./g, "").length <= 3 && /[A-Z]/.test(word);
}

/** The text with each abbreviation's period ("U.S.", "Oct.", "Sen.") as "_": same length, so offsets hold. */
export function maskAbbreviations(text: string): string {
  return text.replace(/\./g, (dot, at: number) => (isAbbreviation(text, at) ? "_" : dot));
}

const CLOSERS = "\"”’')]";

/**
 * Sentences of one paragraph: a sentence ends at . ! ? or … (with any closing quote marks after it) followed by
 * a space and a capital, a digit or an opening quote mark, unless the period ends an abbreviation.
 */
export function sentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let end = i + 1;
    while (end < paragraph.end && CLOSERS.includes(text[end])) end++;
    if (end >= paragraph.end) break;
    if (text[end] !== " ") continue;
    let next = end;
    while (next < paragraph.end && text[next] === " ") next++;
    if (!/[A-Z0-9"“‘(]/.test(text[next] ?? "")) continue;
    if (c === "." && isAbbreviation(text, i)) {
      // "U.S. Congress" stays one sentence; after an abbreviation only a capitalized function word starts one.
      if (!/^(The|A|An|In|It|He|She|They|We|I|But|And|This|That|There|As|On|At|For)\b/.test(text.slice(next, next + 8))) continue;
    }
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end });
  return out;
}

/** All sentences of the text, paragraph by paragraph, with the index of their paragraph. */
export function allSentences(text: string, paras: Span[] = paragraphs(text)): (Span & { paragraph: number })[] {
  return paras.flatMap((p, index) => sentences(text, p).map((s) => ({ ...s, paragraph: index })));
}

/** The span with surrounding spaces and the given trailing characters removed. */
export function trimSpan(text: string, span: Span, trailing = ""): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && (/\s/.test(text[end - 1]) || trailing.includes(text[end - 1]))) end--;
  return { start, end };
}

export const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Words of a string: letters, digits and inner apostrophes or hyphens. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A dateline and its dash, opening a story's first paragraph: "PORTLAND, Ore. — ", "HELENA, Mont. (AP) — ". */
export const DATELINE = /^[A-Z][A-Z.' -]{2,30}?(?:,\s+[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?(?:\s+\([^)]{1,30}\))?\s+[—–-]{1,2}(?:\s+|$)/;
