/**
 * Numeric claims: each figure the article states, with its value, unit, qualifier ("more than", "about",
 * "only"), the date it holds as of ("As of December 2012", "In 2014") and whom the article credits for it
 * ("according to the Boston Globe", "the Pew Research Center estimated", or the speaker of the quote it is in).
 * Years, dates, vote tallies, bill numbers, "287(g)", ages and phone numbers are not claims.
 */
import type { ExtractedEntity } from "./entities";
import { type Span, trimSpan } from "./text";

export interface ExtractedClaim {
  value: number;
  unit?: string;
  qualifier?: string;
  asOf?: string;
  /** Whom the article credits, as an entity index. */
  source?: number;
  /** The figure as written ("more than $2 million"). */
  figure: Span;
  /** The sentence stating it. */
  evidence: Span;
  /** Laws, programs and jurisdictions the sentence names. */
  about: number[];
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, hundred: 100, dozen: 12 };
const QUALIFIERS = "more than|at least|about|nearly|roughly|almost|up to|over|fewer than|less than|only|approximately|as many as|an estimated|around|just over|just under|some";
const MONTHS: Record<string, string> = {
  january: "01", february: "02", march: "03", april: "04", may: "05", june: "06", july: "07", august: "08", september: "09",
  october: "10", november: "11", december: "12", jan: "01", feb: "02", aug: "08", sept: "09", oct: "10", nov: "11", dec: "12",
};
const MONTH_RE = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.";

const FIGURE = new RegExp(
  `(?:\\b(?<qual>${QUALIFIERS})\\s+)?(?<dollar>\\$)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:two dozen|a dozen|half|${Object.keys(SMALL).join("|")})\\b)` +
    `(?:\\s+(?<mult>million|billion|trillion|thousand))?(?:\\s*(?<pct>percent|per cent|%))?`,
  "gi",
);

/** Words that end a unit: function words and the verbs that follow a counted noun. */
const UNIT_STOP = new Set(
  ("of to in from the a an who that which were was had have has is are will would could through since on at by with for as last this these " +
    "nationwide statewide and or but than more each per live lives remain spoke said say says received deported trained had been be across " +
    "under into over after before during between out up against they it he she we them announced").split(" "),
);

function parseNumber(num: string, mult?: string): number {
  const lower = num.toLowerCase();
  let value: number;
  if (lower === "two dozen") value = 24;
  else if (lower === "a dozen") value = 12;
  else if (lower === "half") value = 50;
  else if (SMALL[lower] !== undefined) value = SMALL[lower];
  else value = Number(num.replace(/,/g, ""));
  return mult ? value * MULTIPLIERS[mult.toLowerCase()] : value;
}

/** Why a figure is not a claim, or undefined when it is one. */
function notAClaim(s: string, at: number, figure: string, groups: Record<string, string | undefined>): boolean {
  const before = s.slice(Math.max(0, at - 14), at);
  const after = s.slice(at + figure.length, at + figure.length + 12);
  const num = groups.num!;
  const word = /^[a-z]/i.test(num);
  if (/^\d{4}$/.test(num) && +num >= 1900 && +num <= 2100 && !groups.dollar && !groups.pct && !groups.mult) return true; // a year
  if (/^\(g\)|^-\w|^\s*(?:to|-)\s*\d/.test(after) || /\d\s*(?:-|to)\s*$/.test(before)) return true; // 287(g), 28-page, 4-1, 88 to 59
  if (/(?:Bill|No\.|Proposition|Section|Article|Title|District|Route|Amendment|Chapter|year)\s*$/i.test(before)) return true;
  if (new RegExp(`(?:${MONTH_RE})\\s*$`).test(before) || /^,\s*\d{4}/.test(after) || /^\s*(?:a\.m\.|p\.m\.)/.test(after)) return true; // dates, times
  if (num === "911" || /^(?:st|nd|rd|th)\b/.test(after)) return true;
  if (word) {
    const lower = num.toLowerCase();
    if (lower === "one") return true; // "one of", "on one alone": a pronoun far more often than a count
    if (lower === "half") return !/^\s+of\b/.test(after);
    if (!groups.mult && !/^\s+[a-z]/i.test(after)) return true;
  }
  if (groups.qual?.toLowerCase() === "some" && word) return true;
  return false;
}

function unitAfter(s: string, end: number): string | undefined {
  const tail = s.slice(end).match(/^\s+((?:[\p{L}’'-]+\s*){1,5})/u)?.[1] ?? "";
  const ws = tail.split(/\s+/).filter(Boolean);
  const clean: string[] = [];
  for (const w of ws) {
    const bare = w.replace(/[,.;:]$/, "").replace(/[’']s$/, "");
    if (UNIT_STOP.has(bare.toLowerCase()) || !/^\p{L}/u.test(bare)) break;
    clean.push(bare);
    if (/[,.;:]$/.test(w)) break;
  }
  // "Six Massachusetts communities": the proper adjective is not part of the unit.
  while (clean.length > 1 && /^\p{Lu}/u.test(clean[0])) clean.shift();
  while (clean.length > 1 && /(?:ed|ing)$/.test(clean[clean.length - 1])) clean.pop();
  if (!clean.length || /^\p{Lu}/u.test(clean[0]) || /(?:ly)$/.test(clean[0])) return undefined;
  return clean.join(" ");
}

function asOfIn(s: string, at: number): string | undefined {
  const found: { at: number; date: string; strong: boolean }[] = [];
  const re = new RegExp(`\\b(as of|in|during|by|for|in fiscal year)\\s+(?:(${MONTH_RE})\\s+)?(\\d{4})\\b`, "gi");
  for (const m of s.matchAll(re)) {
    const month = m[2] ? MONTHS[m[2].toLowerCase().replace(".", "")] : undefined;
    found.push({ at: m.index!, date: month ? `${m[3]}-${month}` : m[3], strong: /as of/i.test(m[1]) });
  }
  if (!found.length) return undefined;
  const strong = found.find((f) => f.strong);
  return (strong ?? found.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0]).date;
}

/** Whom the sentence credits: "according to X", "X estimated", "…, said X". */
function sourceIn(text: string, sentence: Span, entities: ExtractedEntity[]): number | undefined {
  const s = text.slice(sentence.start, sentence.end);
  const speakers = (from: number, to: number) =>
    entities
      .flatMap((e) => (e.type === "Person" || e.type === "Organization" ? e.mentions.filter((m) => m.start >= from && m.start < to).map((m) => ({ e, m })) : []))
      .sort((a, b) => a.m.start - b.m.start);
  const according = /\baccording to\b/.exec(s);
  if (according) {
    const from = sentence.start + according.index + according[0].length;
    const hit = speakers(from, Math.min(sentence.end, from + 90))[0];
    if (hit) return hit.e.index;
  }
  for (const v of s.matchAll(/\b(?:estimated|estimates|reported|reports|found|finds|said|says|showed|shows|counted|calculated)\b/g)) {
    const at = sentence.start + v.index!;
    const before = speakers(Math.max(sentence.start, at - 45), at).pop();
    if (before) return before.e.index;
    const after = speakers(at, Math.min(sentence.end, at + 12))[0];
    if (after) return after.e.index;
  }
  return undefined;
}

/**
 * The numeric claims of the given sentences. `creditOf` names the speaker when a figure stands inside a
 * statement (a quote or paraphrase), who is then the one credited.
 */
export function extractClaims(text: string, sentences: Span[], entities: ExtractedEntity[], creditOf: (at: number) => number | undefined): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  let previousUnit: string | undefined;
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const pending: { claim: ExtractedClaim; ofNext: boolean }[] = [];
    for (const m of s.matchAll(FIGURE)) {
      const groups = m.groups as Record<string, string | undefined>;
      let figureText = m[0];
      let at = m.index!;
      if (notAClaim(s, at, figureText, groups)) continue;
      figureText = figureText.replace(/\s+$/, "");
      const value = parseNumber(groups.num!, groups.mult);
      const half = groups.num!.toLowerCase() === "half";
      const unit = groups.pct || half ? "percent" : groups.dollar ? "dollars" : unitAfter(s, at + figureText.length);
      const qualifier = groups.qual?.toLowerCase();
      const figure = trimSpan(text, { start: sentence.start + at, end: sentence.start + at + figureText.length });
      at = figure.start;
      const about = entities.filter((e) => ["Law", "Program", "Jurisdiction"].includes(e.type) && e.mentions.some((x) => x.start >= sentence.start && x.end <= sentence.end)).map((e) => e.index);
      const claim: ExtractedClaim = {
        value,
        unit,
        qualifier,
        asOf: asOfIn(s, at - sentence.start),
        source: creditOf(at) ?? sourceIn(text, sentence, entities),
        figure,
        evidence: trimSpan(text, sentence),
        about,
      };
      pending.push({ claim, ofNext: !unit && /^\s+of\b/.test(s.slice(figure.end - sentence.start)) });
    }
    // "8,500 of the city's 112,000 residents": the part takes the whole's unit; a bare figure the last unit.
    pending.forEach(({ claim, ofNext }, i) => {
      if (!claim.unit && ofNext) claim.unit = pending.slice(i + 1).find((p) => p.claim.unit)?.claim.unit;
      if (!claim.unit && /\bpopulation\b/.test(s)) claim.unit = "people";
      if (!claim.unit) claim.unit = previousUnit;
      if (claim.unit && claim.unit !== "percent") previousUnit = claim.unit;
      out.push(claim);
    });
  }
  return out;
}
