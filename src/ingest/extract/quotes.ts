/**
 * Direct quotes: the quoted segments of the text, joined into statements (a quote split by its attribution, a
 * quote over several paragraphs), and told apart from scare quotes and names in quotation marks.
 */
import { NAMING_CUES, PHRASE_VERB_RE, SPEECH_VERB_RE } from "./lexicon";
import { DATELINE, type Span, words } from "./text";

/** One run of quoted words between an opening mark and its closing mark (or where a missing one would be). */
export interface QuoteSegment extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or `end` when the mark is missing. */
  after: number;
  closed: boolean;
  paragraph: number;
}

/** Quoted segments that make one statement, in order. */
export interface QuoteGroup {
  segments: QuoteSegment[];
  /** "full" when the quote stands as its own sentence, "partial" when it is a phrase inside a sentence. */
  form: "full" | "partial";
}

const OPENING = new Set(["“", "„"]);
const CLOSING = new Set(["”"]);

/** A straight double quote opens when it follows a space, a bracket or a dash and precedes a non-space. */
function straightOpens(text: string, i: number, paragraphStart: number): boolean {
  const before = i === paragraphStart ? " " : text[i - 1];
  const after = text[i + 1] ?? " ";
  return /[\s([{—–\-/]/.test(before) && !/\s/.test(after);
}

/** An attribution inside a quote that lost its closing mark: `“People are scared, he said.` */
const INNER_ATTRIBUTION = new RegExp(`,\\s+(?:he|she|they|[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?)\\s+${SPEECH_VERB_RE.source}`, "u");

/** Finds the quoted segments of each paragraph; single marks count only inside double ones (nested quotes). */
export function quoteSegments(text: string, paragraphs: Span[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  paragraphs.forEach((p, paragraph) => {
    let open = -1;
    const push = (end: number, after: number, closed: boolean) => {
      out.push({ open, start: open + 1, end, after, closed, paragraph });
      open = -1;
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (OPENING.has(c)) {
        // An opening mark while a quote is open: the earlier one lost its closing mark.
        if (open >= 0) push(trimEnd(text, open + 1, i), trimEnd(text, open + 1, i), false);
        open = i;
      } else if (CLOSING.has(c)) {
        if (open >= 0) push(i, i + 1, true);
      } else if (c === '"') {
        if (open >= 0) push(i, i + 1, true);
        else if (straightOpens(text, i, p.start)) open = i;
      }
    }
    if (open >= 0) push(p.end, p.end, false);
  });
  // A segment left open at its paragraph's end goes on in the next paragraph when that one opens with a mark;
  // otherwise its closing mark is missing, and an attribution inside it ("…, he said.") is where it ends.
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (s.closed) continue;
    const next = out[k + 1];
    if (next && next.paragraph === s.paragraph + 1 && next.open === paragraphs[next.paragraph].start) continue;
    const inner = text.slice(s.start, s.end);
    const m = INNER_ATTRIBUTION.exec(inner);
    if (m) {
      s.end = s.start + m.index + 1;
      s.after = s.end;
    }
  }
  return out.filter((s) => s.end > s.start);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Does a segment stand at the start of its sentence (so it is a whole quoted sentence, not a phrase)? */
function startsSentence(text: string, s: QuoteSegment, paragraphStart: number): boolean {
  const before = text.slice(paragraphStart, s.open).trimEnd();
  // ("MARLOWE, Ky. (WDKN) - “I'm boiling pots …”": a dateline opens the paragraph, not the sentence.)
  return before === "" || DATELINE.exec(before)?.[0].length === before.length || /[.!?…:”"]$/.test(before) || /[,:]$/.test(before) && SPEECH_VERB_RE.test(lastClause(before));
}

function lastClause(s: string): string {
  const cut = Math.max(s.lastIndexOf(". "), s.lastIndexOf("” "), s.lastIndexOf('" '));
  return cut >= 0 ? s.slice(cut + 2) : s;
}

/** The text between two segments is an attribution: a speech verb, no other sentence, ending in , . or : */
function isAttributionGap(gap: string): boolean {
  if (!SPEECH_VERB_RE.test(gap) && !/\baccording to\b/.test(gap)) return false;
  // "Booker told the paper: “…”" introduces a quote of its own.
  if (gap.length > 240 || /:\s*$/.test(gap)) return false;
  // One clause: the gap may end a sentence but not hold another full one.
  const inner = gap.replace(/^[\s,]+/, "").replace(/[\s,.:;]+$/, "");
  return !/[.!?]\s+[A-Z]/.test(inner.replace(/\b(?:[A-Z][a-z]{0,3}\.|[A-Z]\.)+/g, "X"));
}

/**
 * Joins segments into statements: a segment continued in the next paragraph, and a quote split by its
 * attribution ("…,” said X. “…”) whose next part follows the attribution directly in the same paragraph.
 */
export function groupQuotes(text: string, segments: QuoteSegment[], paragraphs: Span[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  let current: QuoteGroup | undefined;
  let joinedAttribution = false;
  segments.forEach((s, k) => {
    const prev = current?.segments[current.segments.length - 1];
    const continues = prev && !prev.closed && s.paragraph === prev.paragraph + 1 && s.open === paragraphs[s.paragraph].start;
    // A segment with an attribution of its own after it ("“…,” he added.") is a statement of its own.
    const next = segments[k + 1];
    const ownEnd = next && next.paragraph === s.paragraph ? next.open : paragraphs[s.paragraph].end;
    const ownAttribution = SPEECH_VERB_RE.test(text.slice(s.after, ownEnd)) || /\baccording to\b/.test(text.slice(s.after, ownEnd));
    const split =
      prev && current!.form === "full" && prev.closed && s.paragraph === prev.paragraph && !joinedAttribution && !ownAttribution && isAttributionGap(text.slice(prev.after, s.open));
    if (current && (continues || split)) {
      current.segments.push(s);
      if (split) joinedAttribution = true;
      return;
    }
    current = { segments: [s], form: startsSentence(text, s, paragraphs[s.paragraph].start) ? "full" : "partial" };
    joinedAttribution = false;
    groups.push(current);
  });
  return groups;
}

const SMALL_WORDS = new Set(["of", "the", "and", "for", "to", "a", "an", "in", "on", "at", "de"]);

/** Why a quoted group is not a statement (a scare quote, a name, a sign), or undefined when it is one. */
export function notAStatement(text: string, group: QuoteGroup, sentence: Span): string | undefined {
  const first = group.segments[0];
  const quoted = group.segments.map((s) => text.slice(s.start, s.end)).join(" ");
  const ws = words(quoted);
  // A short quote is a term or a scare quote, unless it stands as a sentence of speech: “It works,” he said.
  if (ws.length < 3 && !(group.form === "full" && /[,.!?…]$/.test(quoted))) return "too short to be a statement (a scare quote or a term)";
  const before = text.slice(Math.max(sentence.start, first.open - 40), first.open);
  if (NAMING_CUES.test(before)) return "introduced as a name";
  if (group.form === "partial") {
    const capitalized = ws.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
    if (capitalized && ws.length <= 8) return "a capitalized title";
    // A phrase quoted in a sentence is a statement only when the sentence attributes it to someone.
    const outside = text.slice(sentence.start, first.open) + " " + text.slice(group.segments[group.segments.length - 1].after, sentence.end);
    // ("Tilley's phrase “our own tax money”": words the text gives to whose they are.)
    const whose = /[’']s\s+(?:phrase|words|claim|line|promise|assertion|slogan|description|characterization|charge|accusation)\s*,?\s*$/u.test(before);
    // ("…, telling a crowd that the governor had “…”", "Brannigan dismissed the survey as “…”": so do verbs of praise,
    // blame and promise.)
    if (!SPEECH_VERB_RE.test(outside) && !PHRASE_VERB_RE.test(outside) && !/\baccording to\b/i.test(outside) && !whose) return "a quoted phrase no one is said to have said";
  }
  return undefined;
}
