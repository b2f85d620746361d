/**
 * Numeric claims: each figure the article states, with its value (a range's low and high end), the noun it
 * counts, its qualifier ("more than", "about"), the period it holds as of ("As of December 2012", "last year"),
 * and whom the article credits for it ("according to the Boston Globe", "a report by the Pew Research Center",
 * "the auditors found", or the speaker of the quote it stands in). Numbers that name or identify something
 * (years, dates, bill and statute numbers, case numbers, addresses, ages, vote tallies) are not claims.
 */
import type { ExtractedEntity } from "./entities";
import { PERSON_TITLES, US_STATES } from "./lexicon";
import { DATELINE, maskAbbreviations, type Span, trimSpan } from "./text";

export interface ExtractedClaim {
  value: number;
  /** The high end of a range ("three to five years"): `value` is then its low end. */
  high?: number;
  /** The counted noun ("detainer requests"), "percent", "dollars", or "rank" for an ordinal. */
  unit?: string;
  qualifier?: string;
  /** The period the figure holds as of: YYYY or YYYY-MM. */
  asOf?: string;
  /** True when asOf was worked out from the publication date ("last year"), with the words it came from. */
  asOfInferred?: boolean;
  asOfBasis?: string;
  /** Whom the article credits, as an entity index. */
  source?: number;
  /** The record credited when the article names no maker for it ("according to county jail records"). */
  document?: Span;
  /** The figure as written ("more than $2 million"). */
  figure: Span;
  /** The sentence stating it. */
  evidence: Span;
  /** Laws, programs and jurisdictions the sentence names. */
  about: number[];
}

/** What extractClaims needs from the rest of the extraction. */
export interface ClaimContext {
  text: string;
  sentences: Span[];
  entities: ExtractedEntity[];
  /** The speaker of the statement (quote or paraphrase) whose words hold `at`, if any. */
  creditOf(at: number): number | undefined;
  /** Resolves a phrase naming a speaker ("the group", "Pekarek", "the institute") as attributions do. */
  resolve(phrase: Span, before: number): number | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string;
  /** An office the text names only by description ("the county auditor’s office"), added as an unnamed body. */
  unnamedOffice?(label: string, span: Span): number;
  /** A record the text names no maker for ("according to county jail records"), added to be credited as itself. */
  unnamedDocument?(label: string, span: Span): number;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FRACTIONS: Record<string, number> = {
  half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fourth: 25, fourths: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10,
};
const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};
const QUALIFIERS =
  "more than|at least|about|nearly|roughly|almost|up to|over|fewer than|less than|only|approximately|as many as|an estimated|" +
  "around|just over|just under|close to|upwards of|as few as|as much as|well over|no more than|at most|under|barely|some|between";
const MONTHS: Record<string, string> = {
  january: "01", february: "02", march: "03", april: "04", may: "05", june: "06", july: "07", august: "08", september: "09",
  october: "10", november: "11", december: "12", jan: "01", feb: "02", aug: "08", sept: "09", oct: "10", nov: "11", dec: "12",
};
const MONTH_RE = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.";

const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join("|")})(?:-(?:${Object.keys(UNITS).slice(0, 9).join("|")}))?|${Object.keys(UNITS).join("|")}|hundred)`;
const NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER}`;
const SCALE = "thousand|million|billion|trillion";
const PERCENT = "percentage points?|percent|per cent|%";
/** One amount: "$2.7 million", "46 percent", "twenty-five". */
const AMOUNT = (n: string) => `(?<dollar${n}>\\$)?(?<num${n}>${NUMBER})(?:\\s+(?<mult${n}>${SCALE}))?(?:\\s*(?<pct${n}>${PERCENT}))?`;

const FIGURE = new RegExp(
  `(?<![\\p{L}\\d.,$-])(?:(?<qual>${QUALIFIERS})\\s+)?(?:` +
    // "1 in 4", "one out of every five"
    `(?<ratioA>\\d{1,3}|${WORD_NUMBER})\\s+(?:in|out of|of every|out of every)\\s+(?<ratioB>\\d{1,3}|${WORD_NUMBER})\\b` +
    // "a half dozen", "half a dozen", "two dozen", "a dozen"
    `|(?<dozen>(?:a\\s+)?half(?:\\s+a|-|\\s+)?\\s*dozen|(?:a|two|three|four)\\s+dozen)\\b` +
    // "two-thirds", "a third of", "half of", "three-quarters"
    `|(?<frac>(?:(?:one|two|three|four|a)[-\\s])?(?:half|thirds?|quarters?|fifths?|tenths?))(?=\\s+of\\b|\\s+(?:the|their|its|all|those)\\b)` +
    `|(?<fracWord>two-thirds|three-quarters|three-fourths|two-fifths|three-fifths|one-third|one-quarter|one-fifth|one-half)\\b` +
    // an amount, or a range of two: "three to five years", "three or four projects", "between $80 million and $115 million"
    `|${AMOUNT("")}(?:(?<sep>\\s*(?:to|and|or|-|–)\\s*)${AMOUNT("2")})?` +
    `)(?![\\p{L}\\d])`,
  "giu",
);

/** The ordinal of a rank a checker would verify: "ranked fifth", "the third county in the state to …". */
const ORDINAL = new RegExp(
  `\\b(?<verb>(?:ranked|ranks|ranking|placed|places|finished|came in)\\s+)?(?<the>(?:the|its|their|\\p{Lu}[\\p{L}-]*[’']s)\\s+)?(?<ord>${Object.keys(ORDINALS).join("|")}|\\d+(?:st|nd|rd|th))` +
    `(?<sup>[-\\s](?:largest|highest|lowest|biggest|smallest|most|least|busiest|fastest|worst|best|greatest|poorest|richest|deadliest|oldest))?\\b`,
  "giu",
);
const NOT_RANKED = /^\s+(?:time|times|day|days|week|month|year|term|reading|round|quarter|half|floor|grade|amendment|district|ward|circuit|generation|anniversary|edition|session|hearing|trial|vote|attempt|straight|consecutive|of\b|in a row|place finish|degree|street|avenue|precinct|century)/i;

/** Words that end a unit: function words, verbs that follow a counted noun, and times. */
const UNIT_STOP = new Set(
  ("of to in from the a an who that which were was had have has is are will would could through since on at by with for as last this these " +
    "nationwide statewide and or but than more each per live lives remain spoke said say says received deported trained had been be across " +
    "under into over after before during between out up against they it he she we them announced short past so ago apart earlier later " +
    "annually apiece alone already still now then there here total combined overall together while when where whose whom if because " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "yesterday today tonight tomorrow year-round back away home off down instead altogether").split(" "),
);
const ADJECTIVES_IN_LY = new Set(["likely", "elderly", "early", "daily", "weekly", "monthly", "yearly", "quarterly", "family", "friendly", "costly", "deadly", "orderly"]);
const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women", "personnel", "staff", "feet", "data", "media", "alumni", "faculty", "youth", "cattle"]);
const DROPPED_MODIFIERS = new Set(["other", "more", "additional", "new", "extra", "further", "fewer", "such", "total", "separate", "different", "individual", "trained", "deported"]);

/** Units of measure, which keep what they are measured per. */
const MEASURES = /^(?:micro|milli|nano|kilo)?(?:grams|liters|litres|meters|metres)$|^(?:parts|miles|gallons|pounds|ounces|feet|inches|degrees|decibels)$/;
const isPlural = (w: string) => IRREGULAR_PLURALS.has(w.toLowerCase()) || (/[a-z]s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w));

function wordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^[\d,.]+$/.test(lower)) return Number(lower.replace(/,/g, ""));
  if (UNITS[lower] !== undefined) return UNITS[lower];
  if (lower === "hundred") return 100;
  const [tens, unit] = lower.split("-");
  if (TENS[tens] !== undefined) return TENS[tens] + (unit ? UNITS[unit] ?? 0 : 0);
  return undefined;
}

function parseAmount(num: string, mult?: string): number {
  const value = wordValue(num) ?? NaN;
  return mult ? value * MULTIPLIERS[mult.toLowerCase()] : value;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function fractionValue(phrase: string): number {
  const lower = phrase.toLowerCase().replace(/-/g, " ");
  const parts = lower.split(/\s+/);
  const denominator = FRACTIONS[parts[parts.length - 1]];
  const numerator = parts.length > 1 ? (parts[0] === "a" ? 1 : wordValue(parts[0]) ?? 1) : 1;
  return round1(numerator * denominator);
}

/** "a 600-bed jail": the noun of a compound, counted. */
function pluralOf(noun: string): string {
  const irregular: Record<string, string> = { percent: "percent", foot: "feet", person: "people", man: "men", woman: "women", child: "children" };
  return irregular[noun] ?? (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`);
}

/** "three Iowans", "five Democrats": people counted by a proper noun. */
const demonym = (w: string) => /^\p{Lu}\p{Ll}+(?:ans|ers|ites|inos|anos|ics|ats)$/u.test(w);

/** The counted noun after a figure: up to its first plural noun ("detainer requests", "other U.S. cities"). */
function unitAfter(s: string, end: number): string | undefined {
  const tail = s.slice(end).match(/^\s+((?:[\p{L}’'.-]+[,;:]?\s*){1,8})/u)?.[1] ?? "";
  const ws = tail.split(/\s+/).filter(Boolean);
  // "calls and emails", "state and local agencies", "middle and high schools": "and" or "or" joins two kinds, when
  // a plural noun follows within three plain lower-case words.
  // (Not a verb's: "has 220 beds and holds ICE detainees", "cleans offices": a noun phrase ends at a stop word.)
  const joins = (i: number) => {
    if (!/^(?:and|or)$/.test(ws[i] ?? "") || /[,.;:]$/.test(ws[i - 1] ?? ",")) return false;
    const plain: string[] = [];
    for (const x of ws.slice(i + 1, i + 4)) {
      if (!/^\p{Ll}[\p{Ll}-]*[,.;:]?$/u.test(x) || /(?:ed|ing)[,.;:]?$/.test(x) || UNIT_STOP.has(x.replace(/[,.;:]$/, "")) || wordValue(x) !== undefined) break;
      plain.push(x);
      if (/[,.;:]$/.test(x)) break;
    }
    const k = plain.map((x) => isPlural(x.replace(/[,.;:]$/, ""))).lastIndexOf(true);
    // ("has two jobs and drives a cab", "years and cleans offices", "invoices and found errors": a verb and its object.)
    if (k < 0 || /^(?:found|made|paid|took|gave|kept|said|held|sent|spent|left|lost|won)$/.test(plain[0]) || (k > 0 && isPlural(plain[0].replace(/[,.;:]$/, "")))) return false;
    const after = ws[i + 2 + k];
    return /[,.;:]$/.test(plain[k]) || /^(?:from|about|in|on|to|at|for|over|who|that|which|were|are|have|had|was|since|this|last|each|and|or|across|statewide|nationwide|with|by)$/.test(after ?? "");
  };
  const clean: string[] = [];
  for (const [i, w] of ws.entries()) {
    const bare = w.replace(/[,.;:]$/, "").replace(/[’']s?$/, "");
    const lower = bare.toLowerCase();
    if (clean.length && joins(i)) {
      clean.push(lower);
      continue;
    }
    // "four more detention officers", "14 trained jail deputies": a modifier that elsewhere ends the phrase.
    const next = ws[i + 1]?.replace(/[,.;:]$/, "") ?? "";
    const modifier = i === 0 && DROPPED_MODIFIERS.has(lower) && w === bare && /^\p{Ll}/u.test(next) && !UNIT_STOP.has(next);
    // ("fewer than 200 two years earlier": a number word starts another figure.)
    if (!bare || (UNIT_STOP.has(lower) && !modifier) || (/ly$/.test(lower) && !ADJECTIVES_IN_LY.has(lower)) || !/^\p{L}/u.test(bare) || wordValue(lower) !== undefined) break;
    // Proper adjectives ("Texas counties", "U.S. cities") qualify the noun; a capital after the noun ends it.
    if (/^\p{Lu}/u.test(bare) && !(i < ws.length - 1 && /^\p{Ll}/u.test(ws[i + 1])) && !(i === 0 && demonym(bare))) break;
    clean.push(bare);
    // "5 micrograms per deciliter": a measure per a unit of another ("70 cases per lawyer" counts cases).
    const per = /^per$/.test(ws[i + 1] ?? "") && /^\p{Ll}+[,.;:]?$/u.test(ws[i + 2] ?? "") && !UNIT_STOP.has(ws[i + 2].replace(/[,.;:]$/, "")) ? ws[i + 2].replace(/[,.;:]$/, "") : undefined;
    if (per && MEASURES.test(bare) && !/[,.;:]$/.test(w)) {
      clean.push("per", per);
      break;
    }
    // "corrections officers": a plural noun may qualify the next one.
    if (isPlural(bare) && !/^\p{Lu}/u.test(bare) && !(isPlural(next) && !UNIT_STOP.has(next.toLowerCase()) && !/[,.;:]$/.test(w)) && !joins(i + 1)) break;
    // A period ends the phrase, unless it closes an abbreviation ("U.S. cities").
    if (/[,;:]$/.test(w) || (/\.$/.test(w) && !/^(?:\p{L}\.)+$/u.test(w)) || clean.length >= 6) break;
  }
  const joined = clean.findIndex((w) => w === "and" || w === "or");
  let plural = clean.findIndex((w, k) => isPlural(w) && !/^\p{Lu}/u.test(w) && (joined < 0 || k > joined));
  while (plural >= 0 && plural + 1 < clean.length && isPlural(clean[plural + 1])) plural++;
  const phrase = plural >= 0 ? clean.slice(0, plural + (clean[plural + 1] === "per" ? 3 : 1)) : clean.slice(0, 1).filter((w) => (/^\p{Ll}/u.test(w) && !/(?:ed|ing)$/.test(w)) || (clean.length === 1 && demonym(w)));
  while (phrase.length > 1 && (DROPPED_MODIFIERS.has(phrase[0].toLowerCase()) || /^\p{Lu}/u.test(phrase[0]))) phrase.shift();
  return phrase.length && !(phrase.length === 1 && DROPPED_MODIFIERS.has(phrase[0].toLowerCase())) ? phrase.join(" ") : undefined;
}

/** Words before a number that make it a name or an identifier: "SB 54", "Section 1373", "Local 1199", "aged 34". */
const IDENTIFIER_BEFORE =
  /\b(?:Bills?|No\.|Nos\.|Number|Initiative|Issue|Proposition|Prop\.|Measure|Question|Section|Sec\.|§|Article|Title|District|Route|Interstate|Highway|Amendment|Chapter|Rule|Form|Ward|Precinct|Local|Docket|Case|Suite|Room|Unit|Order|Ordinance|Resolution|File|Exhibit|Pages?|Flight|Class|Level|Division|Region|Zone|Station|Box|Lot|Code|Act|Law|News|Channel|Lodge|Post|Troop|Road|Rd\.|Street|Avenue|FY|SB|AB|HB|SF|HF|LB|LD|SJR|HJR|HR|H\.R\.|S\.|S\.B\.|H\.B\.|I-|U\.S\.C\.|ages?|aged)\s*$/;

/** "The number of students … rose from 38,400": the counted noun named before the figure. */
function unitBefore(s: string, at: number): string | undefined {
  // "Of the inmates transferred this year, 97 had no conviction": the group the sentence opens with.
  const of = /^\s*Of\s+(?:the|those|these|all(?:\s+the)?)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+s)\b[^,;.]{0,60},\s*(?:(?:about|nearly|roughly|almost|only|just|more than|fewer than|at least)\s+)?$/u.exec(s.slice(0, at))?.[1];
  // ("Of the positions being cut, 61 are teaching jobs": what they are is counted.)
  if (of && isPlural(of) && !/^\S+\s+(?:are|were)\s+\p{Ll}/u.test(s.slice(at))) return of;
  // "Total enrollment at NHU is 17,406": enrollment counts students.
  if (/\benrollment\b[^.;,]{0,40}?\b(?:is|was|stood at|reached|rose to|fell to|dropped to|climbed to|grew to|totaled|totals)\s+(?:(?:about|nearly|roughly|almost|just over|just under|more than)\s+)?$/i.test(s.slice(0, at))) return "students";
  return /\b(?:number|count|total|population|ranks) of ((?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+s)\b(?!.*\b(?:number|count|total|population) of\b)/u.exec(s.slice(0, at))?.[1] ??
    // "petitions for protection orders fell from 61 … to 34": what rose or fell.
    // ("arrests, which climbed to 21,480 from 19,310")
    /(?:^|\s)(\p{L}\p{Ll}{2,}s)(?:\s+(?:for|of|from|in|on|by|with|at|among)\s+[^,.;“”"]{0,60}?)?(?:,\s+which)?\s+(?:rose|fell|climbed|dropped|increased|decreased|grew|jumped|declined|slipped|doubled|tripled)\s+(?:from|to)\s+(?:[^,;“”"]{1,60}?\s+(?:to|from)\s+)?$/u.exec(s.slice(0, at))?.[1].toLowerCase();
}

/** Why a figure names or identifies rather than counts: a year, a date, a bill, an address, an age, a tally. */
function identifies(s: string, at: number, length: number, g: Record<string, string | undefined>): boolean {
  const before = s.slice(Math.max(0, at - 24), at);
  const after = s.slice(at + length, at + length + 24);
  const num = g.num ?? "";
  const amount = g.dollar || g.pct || g.mult;
  if (/^0\d/.test(num)) return true; // zip codes, docket numbers
  const year = (n: string | undefined) => n !== undefined && /^\d{4}$/.test(n) && +n >= 1800 && +n <= 2100;
  if (year(num) && !amount && (!g.num2 || year(g.num2))) return true;
  // ("a 600-bed jail" counts beds.)
  if (/^\(\w\)|^-(?![a-z]+\b(?!-))\w|^[:/]\d|^\.\d|^-\d+-/.test(after) || /[\d:/#]$|\d\s*[-–]\s*$/.test(before)) return true; // 287(g), 1:17-cv-, 10:30, 4/12
  if (IDENTIFIER_BEFORE.test(before) && !amount) return true;
  if (new RegExp(`(?:${MONTH_RE})\\s*$`).test(before) || /^,\s*\d{4}/.test(after) || /^\s*(?:a\.m\.|p\.m\.|o'clock|o’clock)/.test(after) || /^(?:st|nd|rd|th)\b/.test(after)) return true;
  if (/^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court|Ct\.|Parkway|Pike|Highway|Square)/u.test(after)) return true;
  // Ages: "Ana Ruiz, 34, said", "34 years old", "age 34".
  if ((/\p{Lu}[\p{L}.’'-]+,\s*$/u.test(before) && /^,/.test(after) && +num < 120) || /^\s+years?\s+old\b|^-year-old/.test(after)) return true;
  if (num === "911") return true;
  // "the Three Rivers Transit Authority": a number word in a name.
  if (/^\p{Lu}\p{Ll}+$/u.test(num) && /\b[Tt]he\s+$/.test(before) && /^\s+\p{Lu}/u.test(after)) return true;
  // "four years ago": when, not how long.
  if (/^\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier)\b/.test(after)) return true;
  // "My son was 9.": a person's age, with nothing counted after it.
  if (/\b(?:son|daughter|child|boy|girl|brother|sister|kid|baby|grandson|granddaughter|I|he|she)\s+(?:was|is|turned|turns)\s+(?:just\s+|only\s+)?$/.test(before) && /^\s*(?:[.,;!?”"]|and\b|when\b|at\s+the\s+time\b|$)/.test(after)) return true;
  if (/^\s+(?:C\.F\.R\.|U\.S\.C\.|CFR|USC)/.test(after)) return true; // "8 C.F.R. 287.7": a title of a code
  // Vote tallies and scores: "voted 4-1", "passed 88 to 59", "a 41-9 vote", "failed, 19-55".
  if (g.num2 && !amount && !g.dollar2 && !g.pct2) {
    if (parseAmount(g.num2) < parseAmount(num) || /\bvot|\btally|\bmargin|\bpassed|\bapproved|\brejected|\bdefeated|\bfailed|\bayes|\bnays/.test(s.slice(Math.max(0, at - 40), at + length + 12))) return true;
    if (/^[-–]$/.test(g.sep?.trim() ?? "") && !/^\s+\p{Ll}/u.test(after)) return true;
  }
  // "SC 19842", "LD 1", "HR 5": a code of capitals before a number.
  // ("tells WKBA 96 inmates": a station's call letters.)
  if (/\b[A-Z]{1,4}\.?\s+$/.test(before) && !amount && !/\b(?:tells?|told|telling)\s+[A-Z]{1,4}\s+$/.test(before)) return true;
  return false;
}

/** Documents that credit a figure to whoever made them. */
const DOCUMENT = "report|reports|results|inventory|inventories|study|studies|analysis|analyses|evaluation|assessment|inspection|notice|note|audit|poll|survey|review|count|tally|data|figures|records|estimate|estimates|investigation|census|database|tracker|website|dashboard|findings|numbers|statistics|filings|filing|documents|memo|memos|projections|forecast|forecasts|tabulation|list|presentation|impact statement|fiscal note|tables|logs|spreadsheets|summary|profile|snapshot|scorecard|minutes|financial statements|rankings";
const AUTHORS = "auditors|researchers|authors|analysts|pollsters|investigators|economists|demographers|consultants";

const DOCUMENT_WORD = new RegExp(`\\b(?:${DOCUMENT})\\b`, "gi");

/**
 * The makers of the documents named in [from, to): "a report by the nonpartisan X Institute", "a poll of 600
 * voters conducted by Y", "data from the state's Z Office", each with where its document word stands.
 */
function documentAuthors(ctx: ClaimContext, from: number, to: number): Document[] {
  const out: Document[] = [];
  const part = ctx.text.slice(from, to);
  for (const d of part.matchAll(DOCUMENT_WORD)) {
    // The window ends at the sentence's end, not at an abbreviation's period ("by U.S. Customs …").
    // ("The poll also found that 49 percent approve of the job the county Board of Supervisors is doing": the
    // document's noun phrase ends at its verb.)
    const window = maskAbbreviations(part.slice(d.index! + d[0].length, d.index! + d[0].length + 80)).split(/[.“”"]|\s(?:also\s+)?(?:found|finds|shows?|showed|says|said|concluded|estimated|estimates)\b(?!\s+by\b)/)[0];
    // "ICE records obtained by the project": the maker is who the document is by, before where it came from.
    const after = from + d.index! + d[0].length;
    // "The audit of Meridian Correctional Health": what an audit or review is "of" is its subject, not its maker.
    const prepositions = /^(?:audit|review|investigation|evaluation|assessment)/i.test(d[0]) ? /\b(by|from|with)\s+/g : /\b(by|from|of|with)\s+/g;
    const makers = [...window.matchAll(prepositions)]
      // ("The special audit, requested by the state Board of Education": who asked for it did not make it.)
      .filter((p) => !/\b(?:requested|ordered|sought|demanded|cited|disputed|criticized|challenged|questioned|rejected)\s+$/.test(window.slice(0, p.index!)))
      // ("its quarterly report filed with the Securities and Exchange Commission": whom it went to did not make it.)
      .filter((p) => !(p[1] === "with" && /\b(?:filed|submitted|registered|lodged|shared)\s+$/.test(window.slice(0, p.index!))))
      // ("the study, which drew on booking data from the Sheriff's Office": the maker of the data, not of the study;
      // "an analysis of ICE data by X" is still X's.)
      .filter((p) => p[1] === "by" || !DOCUMENT_IN.test(window.slice(0, p.index!)))
      // ("an inspection by the state’s jail standards office": an office named by description.)
      .map((p) => ({ by: p[1] === "by", author: entityAfter(ctx, after + p.index! + p[0].length) ?? (p[1] === "by" ? unnamedOfficeAt(ctx, after + p.index! + p[0].length) : undefined) }))
      .filter((x) => x.author !== undefined);
    // "Valdero County Sheriff’s Office records obtained by the Frontera Desk": the maker named with the document,
    // not whoever obtained it.
    // ("The Health District's testing data, which the Courier obtained …, show": the district's too.)
    const passedOn = /^\s+(?:\w+\s+)?(?:obtained|received|provided|given|shared|leaked|released)\s+(?:to|by)\b|^,\s+(?:which|that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:obtained|received|reviewed)\b/u.test(window);
    const namedWith = passedOn ? makerNamedWith(ctx, Math.max(0, from + d.index! - 60), after) : undefined;
    // ("death reports the sheriff's office filed with the state": who filed them, not whom they went to.)
    const author = namedWith ?? makers.find((x) => x.by)?.author ?? releasedBy(ctx, after) ?? makers[0]?.author ?? byBody(ctx, after, window);
    if (author !== undefined) out.push({ at: from + d.index!, author, noun: documentNoun(d[0]) });
  }
  return out;
}

const RELEASE_VERBS = "released|releases|filed|files|provided|presented|published|publishes|compiled|compiles|collected|posted|posts|keeps|counts|tracks|gave|submitted|prepared|delivered|handed|shared|examined|reviewed|analyzed|tracked|counted|surveyed|obtained|gathered|sent|wrote|signed|issued";
const RELEASED_BY = new RegExp(`^\\s+(?:that\\s+|which\\s+)?((?:the|its|his|her|their)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}?)\\s+(?:${RELEASE_VERBS})\\b`, "u");
const RELEASED_BY_NAME = new RegExp(`^\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?((?:\\p{Lu}[\\p{L}’'.&-]*\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){0,6}\\p{Lu}[\\p{L}’'.&-]*)\\s+(?:${RELEASE_VERBS})\\b`, "u");

/** "data the office released", "figures the Cedar Bend Police Department presented": who made or gathered them. */
function releasedBy(ctx: ClaimContext, at: number): number | undefined {
  const window = ctx.text.slice(at, at + 100);
  const byName = RELEASED_BY_NAME.exec(window);
  if (byName) {
    const start = at + byName[0].indexOf(byName[1]);
    // The name may follow its title ("County Administrator Ruth Okonkwo sent").
    const end = start + byName[1].length;
    const found = ctx.entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.mentions.some((m) => m.start === start || (m.start > start && m.end === end && (m.withTitle?.start ?? m.start) >= start)));
    // ("payroll records the Courier-Ledger obtained": an outlet that obtained records did not make them.)
    if (found?.kind === "NEWS_OUTLET" && /\bobtained$/.test(byName[0])) return undefined;
    if (found) return found.index;
  }
  const m = RELEASED_BY.exec(window);
  // ("data the state health department released": an office named by description.)
  return m ? resolved(ctx, at + m[0].indexOf(m[1]), m[1].length) ?? unnamedOfficeAt(ctx, at + m[0].indexOf(m[1])) : undefined;
}

/** "figures compiled by the association": a maker named by role, resolved as attributions resolve it. */
function byBody(ctx: ClaimContext, at: number, window: string): number | undefined {
  const m = /\bby\s+(the\s+[\p{Ll}’'-]+(?:\s+[\p{Ll}’'-]+)?)(?=[\s,.;]|$)/u.exec(window);
  return m ? resolved(ctx, at + m.index + m[0].length - m[1].length, m[1].length) : undefined;
}

function resolved(ctx: ClaimContext, start: number, length: number): number | undefined {
  const found = ctx.resolve({ start, end: start + length }, start);
  return found !== undefined && ["Person", "Organization"].includes(ctx.entities[found].type) ? found : undefined;
}

const UNNAMED_OFFICE = /^(?:the\s+)?(?!(?:a|an|the|its|their|his|her)\s)((?:[\p{Ll}’'-]+\s+){1,3}?(?:office|department|bureau|agency|commission|staff))\b(?!\s+of\b)/u;

/** "the county auditor’s office", "the city’s finance department": an office named by description only. */
function unnamedOfficeAt(ctx: ClaimContext, at: number): number | undefined {
  // "the Cordell County budget office": a place's office, named with the place.
  const article = /^the\s+/i.exec(ctx.text.slice(at, at + 4))?.[0].length ?? 0;
  const place = ctx.entities.find((e) => e.type === "Jurisdiction" && e.mentions.some((x) => x.start === at + article))?.mentions.find((x) => x.start === at + article);
  const from = place ? place.end + 1 : at;
  const m = UNNAMED_OFFICE.exec(ctx.text.slice(from, from + 80));
  if (!m || !ctx.unnamedOffice || (place && m.index !== 0)) return undefined;
  // ("the institutional research office", after "the Office of Institutional Research": that office, its words reordered.)
  const described = m[1].toLowerCase().replace(/[’']s\b/g, "").split(/\s+/);
  const named = !place && ctx.entities.find((e) => e.type === "Organization" && e.mentions.some((x) => x.start < at) && described.every((w) => e.name.toLowerCase().split(/\s+/).includes(w)));
  if (named) return named.index;
  // ("a report the sheriff's office gave commissioners" ¶ "The Halvern County Sheriff's Office has …": named in full later.)
  const tail = ` ${m[1].toLowerCase().replace(/’/g, "'")}`;
  const later = !place && ctx.entities.filter((e) => e.type === "Organization" && e.kind !== "NEWS_OUTLET" && ` ${e.name.toLowerCase().replace(/’/g, "'")}`.endsWith(tail));
  if (later && later.length === 1) return later[0].index;
  const end = from + m[0].length;
  const start = place ? place.start : end - m[1].length;
  return ctx.unnamedOffice(ctx.text.slice(start, end), { start, end });
}

/**
 * "court records", "county budget documents", "state enrollment data": records named without a maker and without
 * an article, lower-case words before the document word. ("records obtained by the Courier" are still unmade.)
 */
const UNMADE_DOCUMENT = /^((?:(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|some|other|new|recent|according|to|of|in|on|for|from|by|with|at|and|or|as|than)\s)[\p{Ll}-]+\s+){0,3}(?:records|data|documents|filings|logs|estimates|statistics|fiscal note|memo|notice|figures|minutes|projections))\b(?!\s+(?:by|from|of)\s|\s+(?:\w+\s+)?(?:analyzed|compiled|kept|released|published|collected|gathered|prepared|maintained|produced)\s+(?:[\p{L}.]+\s+){0,3}?by\b)/u;

/** The unmade record named at `at`, added as itself and to `documents`, so that "the records show" names it again. */
function unmadeDocumentAt(ctx: ClaimContext, at: number, documents: Document[]): number | undefined {
  // ("Dunlevy County payroll records": a place's records, named with the place.)
  const place = ctx.entities.find((e) => e.type === "Jurisdiction" && e.mentions.some((x) => x.start === at))?.mentions.find((x) => x.start === at);
  const from = place ? place.end + 1 : at;
  // ("Court records show": a sentence's first word is capitalized, not a name.)
  const opening = !place && /(?:^|[.!?]["”’]?\s+|\n)$/.test(ctx.text.slice(Math.max(0, from - 3), from));
  const rest = ctx.text.slice(from, from + 80);
  const m = UNMADE_DOCUMENT.exec(opening ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest);
  // (One word is too little to name a record: "records", "data".)
  // ("jail data the office released": the office's.)
  if (!m || !ctx.unnamedDocument || (!place && !/\s/.test(m[1])) || makerNamedWith(ctx, from, from + m[1].length) !== undefined || releasedBy(ctx, from + m[1].length) !== undefined) return undefined;
  return unmadeDocument(ctx, { start: at, end: from + m[1].length }, documents);
}

/** The record in `span`, named without a maker: credited as itself, and added to `documents` ("the records show"). */
function unmadeDocument(ctx: ClaimContext, span: Span, documents: Document[]): number {
  const words = ctx.text.slice(span.start, span.end);
  const author = ctx.unnamedDocument!(words, span);
  if (!documents.some((d) => d.at === span.start && d.author === author)) {
    documents.push({ at: span.start, author, noun: documentNoun(words.split(/\s+/).pop()!), unmade: true });
    documents.sort((a, b) => a.at - b.at);
  }
  return author;
}

/**
 * "according to the draft", "according to the county's 2017-18 budget", "according to a copy of the agreement": a
 * document no one is named as making, read after "according to" only, is credited as itself.
 */
const CREDITED_DOCUMENT = /^(?:a copy of\s+)?(?:the|an?)\s+((?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]+[’']s\s+)?(?:[\p{Ll}\d-]+\s+){0,3}?(?:budget(?:\s+document)?|draft|agreement|contract|pamphlet|fee schedule|registry|canvass|forecast|ledger|roster|report|figures|records|data|estimates|estimate|projections))\b(?!\s+(?:by|from|of)\s|[’'])/u;

function documentCredited(ctx: ClaimContext, at: number, documents: Document[]): number | undefined {
  const m = CREDITED_DOCUMENT.exec(ctx.text.slice(at, at + 100));
  if (!m || !ctx.unnamedDocument) return undefined;
  const start = at + m[0].length - m[1].length;
  const end = start + m[1].length;
  if (makerNamedWith(ctx, start, end) !== undefined || releasedBy(ctx, end) !== undefined) return undefined;
  // "the board's unofficial canvass": the board's, when the article names the board.
  const owner = /^([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)[’']s\s/u.exec(m[1]);
  const made = owner && /\bthe\s$/.test(m[0].slice(0, m[0].length - m[1].length)) ? ctx.resolve({ start: start - 4, end: start + owner[1].length }, start) : undefined;
  if (made !== undefined && ctx.entities[made].type === "Organization") return made;
  return unmadeDocument(ctx, { start, end }, documents);
}

/** The person or organization named in [from, to). */
function mentionWithin(ctx: ClaimContext, from: number, to: number): number | undefined {
  return ctx.entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.mentions.some((m) => m.start >= from && m.end <= to))?.index;
}

/**
 * "the ICE figures", "an earlier institute poll": a document named with its maker before the document word, by
 * name or by the kind of body ("institute": the institute the text named last).
 */
function makerNamedWith(ctx: ClaimContext, from: number, to: number): number | undefined {
  // The last document word: "Census Bureau estimates" are estimates, by the Census Bureau.
  const word = [...ctx.text.slice(from, to).matchAll(DOCUMENT_WORD)].pop();
  if (!word) return undefined;
  // The maker stands in the document's own noun phrase ("the ICE figures", "a DHS planning memo"), and is not the
  // outlet reporting its own analysis ("An Examiner analysis").
  const wordAt = from + word.index;
  const named = ctx.entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.kind !== "NEWS_OUTLET" &&
    e.mentions.some((m) => m.start >= from && m.end <= wordAt && /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.text.slice(m.end, wordAt))));
  if (named !== undefined) return named.index;
  const before = ctx.text.slice(from, from + word.index);
  const noun = BODY_NOUN.exec(before)?.[1].toLowerCase() ?? headNamed(ctx, /\bthe\s+(\p{Ll}{4,})[’']s\s+(?:\p{Ll}+\s+)?$/u.exec(before)?.[1]);
  if (!noun) return undefined;
  // "state figures": the state's own body the text named last ("Nebraska Department of Education").
  const ofState = (e: ExtractedEntity) => /^State\s+\p{Lu}/u.test(e.name) || Object.keys(US_STATES).some((s) => e.name.startsWith(`${s} `));
  const lastBefore = (e: ExtractedEntity) => lastMentionBefore(e, from);
  let latest: { index: number; at: number } | undefined;
  for (const e of ctx.entities) {
    // ("district records": a school district may go by "Granger County Schools".)
    const named = noun === "state" ? ofState(e) : e.name.toLowerCase().includes(noun) || (noun === "agency" && e.kind === "AGENCY") || (noun === "district" && /\b(?:Public|City|County|Area|Unified|Community|Independent|Parish) Schools$/.test(e.name));
    if (e.type !== "Organization" || e.kind === "NEWS_OUTLET" || !named) continue;
    const at = lastBefore(e);
    if (at >= 0 && (!latest || at > latest.at)) latest = { index: e.index, at };
  }
  return latest?.index;
}

const BODY_NOUNS = "institute|center|centre|project|coalition|agency|department|office|commission|council|association|group|bureau|university|board|district|police|state";
const BODY_NOUN = new RegExp(`\\b(${BODY_NOUNS})\\s+(?:\\p{Ll}+\\s+)?$`, "iu");

/**
 * "the continuum's figures": a word that is the head of an organization the text named ("Lindell County Continuum of
 * Care"), its last word or the one before its "of".
 */
function headNamed(ctx: ClaimContext, word: string | undefined): string | undefined {
  if (!word || new RegExp(`^(?:${BODY_NOUNS})$`).test(word)) return undefined;
  const heads = (name: string) => name.split(/\s+/).filter((_, i, all) => i === all.length - 1 || /^(?:of|for|on)$/.test(all[i + 1]));
  return ctx.entities.some((e) => e.type === "Organization" && e.kind !== "NEWS_OUTLET" && heads(e.name).some((h) => h.toLowerCase() === word)) ? word : undefined;
}

/** The person or organization whose name ends right at `at`. */
function entityBefore(ctx: ClaimContext, at: number): number | undefined {
  return ctx.entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.mentions.some((m) => m.end === at))?.index;
}

/** Does a news outlet's own document start at `at` ("a Courier review", "an Examiner analysis")? */
function outletsOwn(ctx: ClaimContext, at: number): boolean {
  const m = new RegExp(`^an?\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4})(?:[\\p{Ll}-]+\\s+)?(?:${DOCUMENT})\\b`, "u").exec(ctx.text.slice(at, at + 120));
  if (!m) return false;
  const start = at + m[0].indexOf(m[1]);
  return ctx.entities.some((e) => e.kind === "NEWS_OUTLET" && e.mentions.some((x) => x.start >= start && x.end <= start + m[1].trimEnd().length));
}

/** The text of [from, to) with each place named in it as "@"s of the same length, so offsets hold. */
function placesMasked(ctx: ClaimContext, from: number, to: number): string {
  let out = ctx.text.slice(from, to);
  for (const e of ctx.entities) {
    if (e.type !== "Jurisdiction") continue;
    for (const m of e.mentions) if (m.start >= from && m.end <= to) out = out.slice(0, m.start - from) + "@".repeat(m.end - m.start) + out.slice(m.end - from);
  }
  return out;
}

/** The person or organization named right at `at`, past an article and a few lower-case words ("the nonpartisan"). */
function entityAfter(ctx: ClaimContext, at: number): number | undefined {
  let best: { index: number; start: number; end: number } | undefined;
  const gaps = placesMasked(ctx, at, at + 60);
  for (const e of ctx.entities) {
    if (e.type !== "Person" && e.type !== "Organization") continue;
    for (const m of e.mentions) {
      const from = (m.withTitle ?? m).start;
      if (from < at || from > at + 60 || (best && from >= best.start)) continue;
      // Lower-case words, "U.S.", a place or a place's "-based": "the nonpartisan", "U.S. Customs …", "the Baltimore
      // accounting firm", "Reno-based consultants".
      // ("State Treasurer Ken Albers", "the State Board of Elections": a title's or a body's own qualifier.)
      const qualifier = /(?:State|County|City|Town|Village|Federal|Acting|Interim|Former)\s+$/;
      // ("Executive Director Joan Pfeiffer", "State Demographer Ken Albers": a title the name's mention does not hold.)
      const gap = gaps.slice(0, from - at).replace(qualifier, "");
      const title = e.type === "Person" ? /(?:\p{Lu}[\p{L}.]*\s+){0,2}(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+$/u.exec(gap) : null;
      // ("Finance Director Carla Nunes": the title's own first words, before the title the mention holds.)
      const untitled = title && (TITLE_WORD.test(title[1]) || m.withTitle) ? gap.slice(0, title.index) : gap;
      // ("the program evaluation staff of the Legislative Finance Committee": a body's own people before it.)
      if (/^(?:(?:\p{Ll}[\p{L}’'-]*|\p{Lu}[\p{L}]*-based|U\.S\.|@+|\p{Lu}\p{Ll}+(?=\s+\p{Ll})),?\s+){0,5}$/u.test(untitled) || /^(?:the\s+)?(?:\p{Ll}+\s+){1,4}(?:of|at)\s+the\s+$/u.test(untitled)) best = { index: e.index, start: from, end: m.end };
    }
  }
  // "the Legislature's nonpartisan Office of Fiscal Analysis": the body the possessive leads to, not its owner.
  const end = best?.end ?? -1;
  const owned = best && ctx.entities.find((e) => e.type === "Organization" && e.mentions.some((m) => m.start > end && m.start < end + 40 && OWNED.test(ctx.text.slice(end, m.start))));
  return owned ? owned.index : best?.index;
}

/** A word that names an office or a trade: "Controller", "Clerk-Treasurer", "Demographer", "Economist", "Chief". */
const TITLE_WORD = new RegExp(`(?:${Object.keys(PERSON_TITLES).map((t) => t.split(/[\s-]/).pop()!.replace(".", "\\.")).join("|")}|\\p{Ll}*(?:er|or|ist|ent|ary|ian|al|ef|ive|ee|man|woman|person|ess|ar|ate|an))$`, "u");

/**
 * "the coroner" as a document's owner after "the Wexley County Coroner’s Office" was named: the office, whose
 * figures they are, not the coroner in person.
 */
function officeOf(ctx: ClaimContext, owner: string, before: number): number | undefined {
  const role = /^the\s+(\p{Ll}+)$/iu.exec(owner)?.[1];
  if (!role) return undefined;
  const office = new RegExp(`\\b${role}[’']s\\s+Office$`, "i");
  return ctx.entities.find((e) => e.type === "Organization" && office.test(e.name) && e.mentions.some((m) => m.start < before))?.index;
}

/**
 * "A state audit released Wednesday says …" ¶ "The Mississippi Office of the State Auditor reviewed the fund …": the
 * body the next sentence has doing the work.
 */
function makerNext(ctx: ClaimContext, sentence: Span): number | undefined {
  const next = ctx.sentences.find((x) => x.start >= sentence.end);
  if (!next) return undefined;
  const body = ctx.entities.find((e) => e.type === "Organization" && e.kind !== "NEWS_OUTLET" && e.mentions.some((m) => /^(?:The\s+)?$/.test(ctx.text.slice(next.start, m.start)) && m.start >= next.start));
  if (!body) return undefined;
  const mention = body.mentions.find((m) => m.start >= next.start && m.start < next.end)!;
  return /^\s+(?:also\s+)?(?:reviewed|audited|analyzed|surveyed|examined|studied|conducted|prepared|compiled|produced|released|published|issued|did)\b/.test(ctx.text.slice(mention.end, mention.end + 30)) ? body.index : undefined;
}

/** "the paper's analysis": the news outlet named last. */
function outletOf(ctx: ClaimContext, owner: string, before: number): number | undefined {
  if (!/^the\s+(?:paper|newspaper|station|newsroom)$/i.test(owner)) return undefined;
  const outlets = ctx.entities.filter((e) => e.kind === "NEWS_OUTLET" && lastMentionBefore(e, before) >= 0);
  return outlets.sort((a, b) => lastMentionBefore(b, before) - lastMentionBefore(a, before))[0]?.index;
}

/** Where an entity was last mentioned before `at`, or -1. */
const lastMentionBefore = (e: ExtractedEntity, at: number) => Math.max(-1, ...e.mentions.filter((m) => m.start < at).map((m) => m.start));

/** Between an owner and what it owns: "'s nonpartisan ". */
const OWNED = /^[’']s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

interface Document {
  at: number;
  author: number;
  /** The document word, singular ("report"); undefined for "X released its numbers". */
  noun?: string;
  /** A record with no maker named, credited as itself: only "the records" names it again. */
  unmade?: boolean;
}

const documentNoun = (word: string) => word.toLowerCase().replace(/ies$/, "y").replace(/ses$/, "sis").replace(/(?<!s)s$/, "");

/** The document a phrase names ("the report", "the center’s analysis"), singular. */
const DOCUMENT_IN = new RegExp(`\\b(?:${DOCUMENT})\\b`, "i");
function documentIn(phrase: string): string | undefined {
  const word = DOCUMENT_IN.exec(phrase)?.[0];
  return word && documentNoun(word);
}

/** "examined by researchers from", "surveyed by analysts at": the body whose people did the work follows. */
const EXAMINED_BY = /\b(?:examined|reviewed|surveyed|analyzed|studied|counted|tracked|inspected|interviewed|polled)\s+by\s+(?:(?:researchers|analysts|auditors|investigators|staff|students|inspectors)\s+(?:from|at|with|of)\s+)?/u;

/** Which documents the text names with their makers: "a report by the X Institute", "X released its numbers". */
function documentsOf(ctx: ClaimContext): Document[] {
  const { text, entities } = ctx;
  const out: Document[] = [];
  out.push(...documentAuthors(ctx, 0, text.length));
  const released = new RegExp(`^[\\s,]*(?:\\w+\\s+){0,2}?(?:released|published|issued|compiled|conducted|produced|collected|analyzed|commissioned|put out|found|estimated|counted|reported)\\b`, "i");
  // ("the Missouri Attorney General's annual vehicle stops report": words of its kind between.)
  const owned = new RegExp(`^[’']s\\s+(?:[\\w-]+\\s+){0,3}?(${DOCUMENT})\\b`, "i");
  for (const e of entities) {
    if (e.type !== "Person" && e.type !== "Organization") continue;
    for (const mention of e.mentions) {
      // ("The audit of Meridian … found": Meridian is what was audited.)
      if (/\b(?:audit|review|investigation|inspection|evaluation|assessment)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 40), mention.start))) continue;
      const after = text.slice(mention.end, mention.end + 80);
      const own = owned.exec(after);
      // "State Auditor Marguerite Dulaney said in an audit released Tuesday": her audit.
      const saidIn = SAID_IN.exec(after);
      if (released.test(after) || own || saidIn) out.push({ at: mention.start, author: e.index, noun: own ? documentNoun(own[1]) : saidIn ? documentNoun(saidIn[1]) : undefined });
    }
  }
  // "… examined by researchers from the Center": later, "the researchers found" is the Center's.
  for (const m of text.matchAll(new RegExp(EXAMINED_BY.source, "gu"))) {
    const author = entityAfter(ctx, m.index! + m[0].length);
    if (author !== undefined) out.push({ at: m.index!, author });
  }
  // "the board’s annual report": a document of a body the text names by role.
  for (const m of text.matchAll(new RegExp(`\\b([Tt]he\\s+[\\p{Ll}-]+)[’']s\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}?(${DOCUMENT})\\b`, "gu"))) {
    const author = resolved(ctx, m.index!, m[1].length);
    if (author !== undefined) out.push({ at: m.index!, author, noun: documentNoun(m[2]) });
  }
  // "the agency said Friday in its annual enforcement report": a body the text names by role, in its own document.
  for (const m of text.matchAll(new RegExp(`\\b([Tt]he\\s+(?:\\p{Lu}[\\p{L}-]*-based\\s+)?[\\p{Ll}-]+)(?=${SAID_IN.source.slice(1)})`, "gu"))) {
    const author = resolved(ctx, m.index!, m[1].length);
    const saidIn = SAID_IN.exec(text.slice(m.index! + m[0].length))!;
    if (author !== undefined) out.push({ at: m.index!, author, noun: documentNoun(saidIn[1]) });
  }
  // "A state audit released Wednesday says …" ¶ "The Office of the State Auditor reviewed …": the audit is the office's.
  for (const sentence of ctx.sentences) {
    const m = INDEFINITE_DOCUMENT.exec(text.slice(sentence.start, sentence.end));
    if (!m || out.some((d) => d.at >= sentence.start && d.at < sentence.end)) continue;
    const author = makerNext(ctx, sentence);
    if (author !== undefined) out.push({ at: sentence.start + m.index + m[0].length - m[1].length, author, noun: documentNoun(m[1]) });
  }
  return out.sort((a, b) => a.at - b.at);
}

const INDEFINITE_DOCUMENT = new RegExp(`^(?:An?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${DOCUMENT})\\b`, "u");

const SAID_IN = new RegExp(`^\\s+(?:said|wrote|reported|found|concluded|estimated)\\s+(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last week|this week)\\s+)?in\\s+(?:(?:a|an|her|his|its|their|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(${DOCUMENT})\\b`, "u");

const CREDIT_VERBS = /\b(?:put(?=\s+(?:[\p{L}’'-]+\s+){0,8}(?:at|closer to|nearer to|near|as high as|as low as)\s)|added|adds|surveyed|reviewed|analyzed|examined|studied|polled|puts|pegs|pegged|estimated|estimates|estimate|reported|reports|found|finds|find|said|says|showed|shows|show|showing|confirmed|counted|counts|calculated|documented|recorded|tallied|projected|projects|concluded|determined|noted|wrote|released|tracked|identified|logged|told|tells|testified(?=\s+(?:[\p{L}-]+\s+){0,4}?that\b)|lists|listed|ruled(?=\s+(?:[\p{L}\d,-]+\s+){0,2}?(?:deaths?|cases?)\b)|classified)\b/gu;
const COUNTED_COMPOUND = /^-(?:year|month|week|day|hour|minute|member|page|bed|mile|seat|officer|judge|acre)\b/;
const FIRST_AMONG = /\b(?:the|its)\s+first\s+(?:[\p{Ll}-]+\s+){1,2}(?:in|among)\s+[^.;,]{1,60}?\s+to\s+\p{Ll}/gu;
const TWICE = /\b(?:(more than|nearly|almost|about|roughly|at least|over)\s+)?twice(\s+(?:as|the)\b)/giu;
/** A body putting out a document of its own, whose figures the next sentences report. */
const RELEASED_DOCUMENT = new RegExp(`\\b(?:released|issued|published)\\s+(?:its|their|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${DOCUMENT}|forecast|forecasts)\\b`, "u");
const DOCUMENT_PHRASE = new RegExp(`^(?:(?:the|that|this|its|their|a|an|new|recent)\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:${DOCUMENT}|${AUTHORS})\\b`, "iu");

/** "A report … found" ¶ "The evaluation was done by X": a report, a study, an audit are one kind of document. */
const FINDINGS = /^(?:report|study|analysis|evaluation|audit|review|assessment|investigation)$/;
const sameKind = (a: string | undefined, b: string) => a === b || (!!a && FINDINGS.test(a) && FINDINGS.test(b)) || (!!a && /^(?:poll|survey)$/.test(a) && /^(?:poll|survey)$/.test(b));

/** Whom a sentence credits for its figures, or undefined. */
function creditIn(ctx: ClaimContext, whole: Span, documents: Document[]): number | undefined {
  const { text, entities } = ctx;
  // ("LAKEMONT, Mich. — Lakemont Public Schools counted": the sentence's subject comes after its dateline.)
  const sentence = { start: whole.start + (DATELINE.exec(text.slice(whole.start, whole.end))?.[0].length ?? 0), end: whole.end };
  const s = text.slice(sentence.start, sentence.end);
  // "the report" is the report named last, though data or records were named since.
  const lastDocument = (before: number, phrase = "") => {
    const earlier = documents.filter((d) => d.at < before);
    const noun = documentIn(phrase);
    // "according to an audit released Thursday." ¶ "The audit, done by X, …": named before its maker, it is X's.
    // ("according to a fiscal note" ¶ "The estimate, prepared by X": the next document with a maker is it.)
    const later = noun && /^(?:an?|one)\s/i.test(phrase) ? documents.find((d) => d.at > before && (d.noun === noun || !d.unmade) && d.at - before < 600) : undefined;
    const known = (earlier.filter((d) => d.noun === noun).pop() ?? later ?? earlier.filter((d) => !d.unmade).pop())?.author;
    if (known !== undefined || !noun) return known;
    // "the Linwood Falls Police Department's annual use-of-force report", then "the report says": the maker stands
    // in the noun phrase that first named it.
    const from = Math.max(0, before - 3000);
    for (const named of [...text.slice(from, before).matchAll(new RegExp(`\\b${noun}\\b`, "gi"))].reverse()) {
      const at = from + named.index!;
      const maker = makerNamedWith(ctx, Math.max(0, at - 80), at + named[0].length);
      if (maker !== undefined) return maker;
    }
    return undefined;
  };
  const speaker = (index: number | undefined) => (index !== undefined && (entities[index].type === "Person" || entities[index].type === "Organization") ? index : undefined);
  /** "the center’s analysis", "its survey": the possessor made it. */
  const ownerOf = (from: number, to: number): number | undefined => {
    const owner = new RegExp(`^((?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)(?:[’']s|(?<=^its|^their))\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOCUMENT})\\b`, "iu").exec(text.slice(from, to));
    if (!owner) return undefined;
    // A name the phrase holds is the owner; resolving the whole phrase would read "the X Department" as a role.
    // ("the Marlow County Sheriff’s Office annual report": the possessive is inside the office's name.)
    const end = from + owner[1].length;
    const named = entities.find((e) => e.type === "Organization" && e.mentions.some((m) => m.start >= from && m.start < end && m.end > end));
    return named?.index ?? mentionWithin(ctx, from, end) ?? officeOf(ctx, owner[1], from) ?? outletOf(ctx, owner[1], from) ?? speaker(ctx.resolve({ start: from, end }, from));
  };
  /** Whom a phrase names: an entity, a document ("a report by X", "the filings"), or "the association". */
  const named = (from: number, to: number): number | undefined => {
    const rest = text.slice(from, to);
    const unmade = unmadeDocumentAt(ctx, from, documents);
    if (unmade !== undefined) return unmade;
    // "an analysis of ICE data by the Blue Ridge network": a document's maker, not its subject.
    // ("according to the study, which drew on booking data from X": the study's maker, not the data's.)
    const documentPhrase = DOCUMENT_PHRASE.exec(rest)?.[0];
    if (documentPhrase) {
      const made = documentAuthors(ctx, from, Math.min(to, from + 100))[0];
      if (made && made.at < from + documentPhrase.length) return made.author;
    }
    const owner = ownerOf(from, to);
    if (owner !== undefined) return owner;
    const direct = entityAfter(ctx, from);
    if (direct !== undefined) return direct;
    if (DOCUMENT_PHRASE.test(rest)) {
      // "estimates from the state demographer’s office": the office that made them.
      const maker = /^[^,.;]*?\b(?:by|from)\s+/.exec(rest);
      const phrase = DOCUMENT_PHRASE.exec(rest)![0];
      // "according to agency figures": the agency named last, not the document named last.
      return (maker ? unnamedOfficeAt(ctx, from + maker[0].length) : undefined) ?? makerNamedWith(ctx, from, from + phrase.length) ?? lastDocument(from, phrase);
    }
    const phrase = /^(?:the|his|her|its|their)\s+[\p{Ll}’'-]+(?:\s+[\p{Ll}’'-]+)?(?=[\s,.;]|$)/u.exec(rest);
    const byRole = phrase ? speaker(ctx.resolve({ start: from, end: from + phrase[0].length }, from)) : undefined;
    return byRole ?? unnamedOfficeAt(ctx, from);
  };
  // "by the sheriff's count", "according to X", "according to a report by X", "according to the report"
  const by = /\bby\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}?)(?:[’']s|(?<=s)[’'])\s+(?:count|estimate|tally|figures|numbers|reckoning|measure|calculations?)\b/iu.exec(s);
  if (by) {
    const at = sentence.start + by.index + by[0].indexOf(by[1]);
    // "By ICE's count": the name itself (resolving a phrase passes over a possessor).
    // ("by Cascade Commons News' calculation": a name before a bare apostrophe is no mention; its words still name it.)
    const spelled = entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.name.toLowerCase() === by[1].replace(/^the\s+/i, "").toLowerCase())?.index;
    const found = mentionWithin(ctx, at, at + by[1].length) ?? spelled ?? speaker(ctx.resolve({ start: at, end: at + by[1].length }, at));
    if (found !== undefined) return found;
  }
  // ("… based on the U.S. Census Bureau’s estimate of 57,300 renter-occupied homes": as "according to".)
  const accordingTo = /\baccording to\s+|\bbased on\s+(?=(?:the\s+)?(?:\p{Lu}|[\p{Ll}-]+\s+(?:data|figures|estimates?|records|counts?)\b))/iu.exec(s);
  // "according to a Courier review of court records": an outlet's own analysis credits no one.
  if (accordingTo && outletsOwn(ctx, sentence.start + accordingTo.index + accordingTo[0].length)) return undefined;
  if (accordingTo) {
    const at = sentence.start + accordingTo.index + accordingTo[0].length;
    const found = named(at, sentence.end) ?? documentCredited(ctx, at, documents);
    if (found !== undefined) return found;
  }
  // ("Those are among the findings of a 38-page report released Tuesday." ¶ "The review was carried out by X": as
  // "according to" does, the maker named later included.)
  const findings = FINDINGS_OF.exec(s);
  if (findings) {
    const found = named(sentence.start + findings[0].length + (/^\s*/.exec(s.slice(findings[0].length))?.[0].length ?? 0), sentence.end);
    if (found !== undefined) return found;
  }
  // "Those numbers come from a jail population study presented Tuesday": as "according to" does.
  const comeFrom = /\b(?:figures|numbers|data|estimates|statistics)\s+(?:come|came|are|were)\s+(?:from|based on|drawn from)\s+/i.exec(s);
  if (comeFrom) {
    const found = named(sentence.start + comeFrom.index + comeFrom[0].length, sentence.end);
    if (found !== undefined) return found;
  }
  // "The survey of 812 adults had a margin of error …": the sentence is about a document named before.
  const subject = DOCUMENT_PHRASE.exec(s);
  if (subject && subject.index === 0 && /^(?:the|that|this|its|their)\b/i.test(s)) {
    const author = documentAuthors(ctx, sentence.start, sentence.start + 120)[0]?.author ?? ownerOf(sentence.start, sentence.end) ?? lastDocument(sentence.start, subject[0]);
    if (author !== undefined) return author;
  }
  // ("It has added 250 workers to answer them, she said, with 200 more to come.": the parenthetical speaker says it
  // all, not whatever "it" opening the sentence stands for.)
  const aside = /,\s+(he|she)\s+(?:said|says|added)\s*,/.exec(s);
  if (aside) {
    const at = sentence.start + aside.index + aside[0].indexOf(aside[1]);
    const found = speaker(ctx.resolve({ start: at, end: at + aside[1].length }, at));
    if (found !== undefined) return found;
  }
  for (const v of s.matchAll(CREDIT_VERBS)) {
    const verbAt = sentence.start + v.index!;
    const before = text.slice(sentence.start, verbAt);
    // "a spreadsheet of Sawtell County Sheriff’s Office incident reports showing 3,108": the reports' maker.
    if (v[0] === "showing") {
      const from = Math.max(sentence.start, verbAt - 80);
      const maker = documentAuthors(ctx, from, verbAt).pop()?.author ?? makerNamedWith(ctx, from, verbAt);
      if (maker !== undefined) return maker;
      continue;
    }
    // "A survey released last month by the Center … found", "A poll of 600 voters conducted by X found"
    // "The Clearwater Records Project at Hollins State University, which tracks ICE data, reported": the name
    // before the relative clause.
    // "The DMV's fiscal note, which members received Tuesday, says": its maker.
    const relative = /^((?:The\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+(?:(?:of|for|on|and|the|at)\s+)*){0,10}\p{Lu}[\p{L}.’'&-]*),\s+(?:which|who)\b[^,]*,\s*$/u.exec(before)
      ?? /^((?:The|A|An|Its|Their)\s+[^,]{3,60}),\s+which\b[^,]*,\s*$/u.exec(before);
    if (relative) {
      const end = sentence.start + relative[1].length;
      const found = speaker(ctx.resolve({ start: sentence.start, end }, sentence.start)) ??
        (DOCUMENT_PHRASE.test(relative[1].replace(/^\S+\s+(?=\S+[’']s\s)/, "")) ? ownerOf(sentence.start, end) ?? makerNamedWith(ctx, sentence.start, end) : undefined);
      if (found !== undefined) return found;
    }
    if (/^(?:A|An|The|That|This|Its|Their|New|Recent|One)\s/.test(before)) {
      // "A Department of Homeland Security planning memo dated May 28 projected"
      const author = documentAuthors(ctx, sentence.start, verbAt).find((d) => d.at < sentence.start + 60)?.author ?? makerNamedWith(ctx, sentence.start, verbAt);
      if (author !== undefined) return author;
    }
    // ("Julie Rademacher, the county's agriculture agent with University of Wisconsin-Extension, estimates": the
    // person the sentence opens with, not the body in her description.)
    const described = /^((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]*),\s+(?:the|a|an|who|whose)\s[^,;“”"]{1,100},\s+(?:also\s+)?$/u.exec(before);
    const opener = described && /^(?:said|says|told|tells|estimated|estimates|estimate|added|adds|noted|put|puts|pegs|pegged|projects|projected|wrote|testified)$/.test(v[0]) ? entities.find((e) => e.type === "Person" && e.mentions.some((m) => (m.withTitle ?? m).start === sentence.start && m.end === sentence.start + described[1].length)) : undefined;
    if (opener) return opener.index;
    // ("The Nevada Department of Employment, Training and Rehabilitation reported": a name with commas of its own.)
    const listedName = ctx.entities.find((e) => e.type === "Organization" && e.mentions.some((m) => m.text.includes(",") && /^\s+(?:also\s+)?$/.test(text.slice(m.end, verbAt))));
    if (listedName) return listedName.index;
    // The subject just before the verb: "the Pew Research Center estimated", "…, the city's finance director,
    // Ken Moreau, said", "…, the auditors found", "which it estimates".
    // After a quoted term ("the inner “secrecy envelope,” the board said") too, not after a quotation: its
    // speaker's figures are credited through the quote.
    let clause = /(?:^|[,;]\s+(?!\p{Lu}[\p{L}.’'-]*,)|\band\s+|\bwhich\s+|\bthat\s+|[,;]?[”"]\s+|“|")((?:[\p{L}’'.&-]+,?\s+){0,9}?)(?:also\s+|has\s+|have\s+|had\s+)?$/u.exec(before);
    if (clause && /^[,;]?[”"]/.test(clause[0])) {
      const quoted = before.slice(0, clause.index);
      const open = Math.max(quoted.lastIndexOf("“"), quoted.lastIndexOf('"'));
      if (open < 0 || quoted.slice(open + 1).trim().split(/\s+/).length > 3) clause = null;
    }
    const phrase = clause?.[1].replace(/[,\s]+$/, "") ?? "";
    // "…, the Wayland Bar Association, which says its members have documented 17": the name before "which".
    if (/^which$/i.test(phrase) && /^,/.test(clause![0])) {
      const antecedent = entityBefore(ctx, sentence.start + clause!.index);
      if (antecedent !== undefined) return antecedent;
    }
    if (phrase && !/^(?:they|there|which|that|this)$/i.test(phrase)) {
      const start = sentence.start + clause!.index + clause![0].indexOf(clause![1]);
      // "Among Democrats, the poll found, …": the subject follows the leading phrase.
      const comma = phrase.lastIndexOf(", ");
      // ("But Dunlevy County payroll records show": past a leading conjunction.)
      const conjunction = /^(?:But|And|Yet|So|Still)\s+/.exec(phrase)?.[0].length ?? 0;
      const subjectAt = comma > 0 && DOCUMENT_PHRASE.test(phrase.slice(comma + 2)) ? comma + 2 : conjunction;
      const subject = phrase.slice(subjectAt);
      // "The Fiscal Review Committee estimates": a name that holds a document word is still a name.
      // ("The audit of Meridian Correctional Health found": the name after the document word is not its maker.)
      const name = entityBefore(ctx, start + phrase.length);
      const nameStart = name === undefined ? -1 : Math.min(...ctx.entities[name].mentions.filter((m) => m.end === start + phrase.length).map((m) => m.start));
      if (name !== undefined && DOCUMENT_PHRASE.test(subject) && !DOCUMENT_IN.test(text.slice(start + subjectAt, nameStart))) return name;
      // ("Jail records obtained by the Herald-Dispatch show": who obtained them did not make them.)
      if (DOCUMENT_PHRASE.test(subject) && !/\b(?:by|from)\s/.test(subject.replace(/\b(?:obtained|received|reviewed|requested)\s+by\s/g, ""))) {
        // "the paper's analysis found": the outlet's own.
        const paper = /^the\s+[\p{Ll}-]+(?=[’']s\s)/iu.exec(subject);
        const outlet = paper ? outletOf(ctx, paper[0], start) : undefined;
        if (outlet !== undefined) return outlet;
        // "An Examiner analysis found": a new document, not one named before.
        // ("A fiscal note attached to the bill puts …" ¶ "The note was prepared by X": the maker named after it.)
        const noun = documentIn(subject)?.split(" ").pop();
        const revealed = /^an?\s/i.test(subject) && noun ? documents.find((d) => d.at > verbAt && d.at - verbAt < 600 && !d.unmade && sameKind(d.noun?.split(" ").pop(), noun))?.author : undefined;
        const author = makerNamedWith(ctx, start + subjectAt, start + phrase.length) ?? revealed ?? (/^an?\s/i.test(subject) ? makerNext(ctx, sentence) : undefined) ?? (/^and\s/.test(clause![0]) ? undefined : unmadeDocumentAt(ctx, start + subjectAt + (/^an?\s+/i.exec(subject)?.[0].length ?? 0), documents)) ?? (/^an?\s/i.test(subject) ? undefined : lastDocument(verbAt, subject));
        if (author !== undefined) return author;
        continue;
      }
      // "The department’s dispatch center logged": the department.
      const possessor = /^(?:the|its|their)\s+[\p{Ll}-]+(?=[’']s\s)/iu.exec(phrase);
      const found = speaker(ctx.resolve({ start, end: start + phrase.length }, start)) ?? (possessor ? speaker(ctx.resolve({ start, end: start + possessor[0].length }, start)) : undefined);
      if (found !== undefined) return found;
      // "Sheriff Dale Rorick of rural Barlow County, in the state’s southwest corner, said", "The Executive Office for
      // Immigration Review, the Justice Department agency …, said": the name that opens the sentence, past its appositives.
      // ("…, while the Gun Violence Tracking Project, a volunteer group …, counted 131": so does a clause's.)
      const lead = /^(?:[,;]\s+(?:and|but|while|whereas)\s+)?/.exec(before)![0].length;
      const opener = /^[^,“”"]+(?=,)/.exec(before.slice(lead));
      const named = opener && (/^(?:said|says|told|estimated|estimates|added|noted|put|puts|pegs|pegged|projects|projected)$/.test(v[0]) || (lead > 0 && /^(?:counted|counts|reported|reports|found|finds)$/.test(v[0]))) ? ctx.entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.mentions.some((m) => (m.withTitle ?? m).start >= sentence.start + lead && /^(?:[Tt]he\s+)?$/.test(text.slice(sentence.start + lead, (m.withTitle ?? m).start)) && m.end <= sentence.start + lead + opener[0].length)) : undefined;
      if (named) return named.index;
      // "Before the law took effect, she said, …"
      const after = comma > 0 ? speaker(ctx.resolve({ start: start + comma + 2, end: start + phrase.length }, start)) : undefined;
      if (after !== undefined) return after;
    }
  }
  // "Inspectors reviewed 120 medical requests": the people of the body whose report the text is reading.
  if (/^(?:The\s+)?(?:inspectors|auditors|investigators|researchers|evaluators|analysts|examiners)\s+(?:also\s+)?(?:reviewed|found|counted|examined|identified|calculated|estimated|determined|concluded|tallied|documented|sampled|tested|visited)\b/i.test(s)) {
    const report = documents.filter((d) => d.at < sentence.start && !d.unmade).pop()?.author;
    if (report !== undefined) return report;
  }
  // "Of the 63 agreements the authors examined, 38 …": whoever examined what the figures count.
  const examined = /\b\p{Ll}+s\s+((?:the|its|their)\s+\p{Ll}+)\s+(?:examined|reviewed|studied|analyzed|surveyed|tracked)\b/u.exec(s);
  if (examined) {
    const at = sentence.start + examined.index + examined[0].indexOf(examined[1]);
    const found = speaker(ctx.resolve({ start: at, end: at + examined[1].length }, at));
    if (found !== undefined) return found;
  }
  // "612 rental units examined by researchers from the Center for …": who examined what the figures count.
  const examinedBy = EXAMINED_BY.exec(s);
  if (examinedBy) {
    const found = entityAfter(ctx, sentence.start + examinedBy.index + examinedBy[0].length);
    if (found !== undefined) return found;
  }
  // "The Dunmere Patrolmen's Benevolent Association, which represents about 380 …, said in a statement"
  const opening = /^((?:The\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+(?:(?:of|for|on|and|the)\s+)*){0,8}\p{Lu}[\p{L}.’'&-]*),\s+(?:who|which)\b/u.exec(s);
  if (opening && new RegExp(CREDIT_VERBS.source).test(s.slice(opening[0].length))) {
    const found = speaker(ctx.resolve({ start: sentence.start, end: sentence.start + opening[1].length }, sentence.start));
    if (found !== undefined) return found;
  }
  // "Vance asked the commission for about $735,000", "The inspector general recommended … at least 40": what
  // someone asks for or proposes is their figure.
  // (A body's request, or a past one, "had asked for", is more often background than anyone's claim.)
  const request = REQUEST.exec(s);
  if (request) {
    const found = speaker(ctx.resolve({ start: sentence.start, end: sentence.start + request[1].length }, sentence.start));
    if (found !== undefined && entities[found].type === "Person") return found;
  }
  return documentAuthors(ctx, sentence.start, sentence.end)[0]?.author;
}

const REQUEST = /^((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)\s+(?:also\s+|has\s+)?(?:(?:asked|asks)\s+(?:the\s+|a\s+)?\p{L}[^,.;]*?\s(?:for|to)\s|recommended\b|recommends\b)/u;

/** The period a sentence ties its figures to: "as of December 2012", "in 2014", or "last year" from the date. */
function asOfIn(s: string, at: number, publishedOn: string | undefined): Pick<ExtractedClaim, "asOf" | "asOfInferred" | "asOfBasis"> {
  const found: { at: number; date: string; strong: boolean }[] = [];
  const re = new RegExp(`\\b(as of|in|during|by|for|in fiscal year|fiscal year|through|since)\\s+(?:(${MONTH_RE})\\s+)?(\\d{4})\\b`, "gi");
  for (const m of s.matchAll(re)) {
    const month = m[2] ? MONTHS[m[2].toLowerCase().replace(".", "")] : undefined;
    found.push({ at: m.index!, date: month ? `${m[3]}-${month}` : m[3], strong: /as of/i.test(m[1]) });
  }
  if (found.length) {
    const strong = found.find((f) => f.strong);
    return { asOf: (strong ?? found.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0]).date, asOfInferred: false };
  }
  const relative = /\b(last year|this year|last month|this month|a year earlier|the previous year|last fiscal year|this fiscal year)\b/i.exec(s);
  const published = publishedOn ? /^(\d{4})(?:-(\d{2}))?/.exec(publishedOn) : null;
  if (!relative || !published) return {};
  const year = Number(published[1]);
  const month = published[2] ? Number(published[2]) : undefined;
  const words = relative[1].toLowerCase();
  let asOf: string | undefined;
  if (words.includes("month")) {
    if (month === undefined) return {};
    const m = words.startsWith("last") ? month - 1 : month;
    asOf = m === 0 ? `${year - 1}-12` : `${year}-${String(m).padStart(2, "0")}`;
  } else asOf = String(words.startsWith("this") ? year : year - 1);
  return { asOf, asOfInferred: true, asOfBasis: `"${relative[1]}" in an article published ${publishedOn}` };
}

/**
 * "About 35 percent are Latino according to Census figures, and calls fell 18 percent, according to police
 * data": a sentence crediting two sources, cut after each credit so that each figure takes its own.
 */
const CLAUSE_WITH_MAKER = /[,;]\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*[\s,]+(?:(?:of|for|on|and)\s+)?){1,8}(?:(?:which|who|a|an|the)\s[^,;“”"]{1,90},\s+)?(?:projected|projects|estimated|estimates|reported|reports|found|finds|counted|counts|calculated|says|said|put|puts|pegged|pegs)\b)/u;

function creditedClauses(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const ends = [...s.matchAll(/\baccording to\b[^,;]*/g)].map((m) => sentence.start + m.index! + m[0].length);
  // "The fiscal note does not say, and the State Board of Equalization projected that …": a clause with a maker of its own.
  const named = ends.length ? null : CLAUSE_WITH_MAKER.exec(s);
  if (named) return [{ start: sentence.start, end: sentence.start + named.index }, { start: sentence.start + named.index, end: sentence.end }];
  if (ends.length < 2) return [sentence];
  ends[ends.length - 1] = sentence.end;
  return ends.map((end, i) => ({ start: i ? ends[i - 1] : sentence.start, end }));
}

/**
 * "Morales, who has run the pantry for 11 years, said …", "Lindell, a professor who helped write a letter signed
 * by 260 faculty members, said …": where the description of the person who speaks ends
 * (its figures are the article's own, not what the person said), or 0.
 */
function describedSpeaker(s: string): number {
  // ("Carrick County Sheriff Len Hobart, who runs a 210-bed jail, told", "Commissioner Gary Lusk, one of two
  // Republicans on the board, said")
  // ("State Sen. Arlo Dunbar, R-Somerset, who chairs the committee, said": past the party and home tag.)
  const m = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,6}\p{Lu}[\p{L}’'-]+,\s+(?:[RDI]-\p{Lu}[\p{L}.’' -]{0,30},\s+)?(?:who|whose|an?|the|one of|among)\s+[^,]+,\s+(?=(?:also\s+)?(?:has\s+|had\s+)?(?:said|says|told|added|testified|wrote)\b)/u.exec(s);
  return m ? m[0].length : 0;
}

/** "SHERIFF CARL INGERSOLL: We had 63.": in a transcript, a turn's figures are its speaker's words. */
function turnSpeaker(ctx: ClaimContext, at: number): number | undefined {
  const paragraph = ctx.text.lastIndexOf("\n", at) + 1;
  const label = /^((?:\p{Lu}[\p{Lu}.’'-]*\s+){0,3}\p{Lu}[\p{Lu}’'-]+):\s/u.exec(ctx.text.slice(paragraph, at));
  if (!label) return undefined;
  const surname = label[1].split(/\s+/).pop()!;
  return ctx.entities.find((e) => e.type === "Person" && e.name.split(/\s+/).pop()!.toUpperCase() === surname)?.index;
}

/**
 * "$1.24 million. That is how much the city spent, according to X.": a bare figure the next sentence credits;
 * "Police used force 212 times. That's according to the department's report.": any sentence's figures.
 */
function explainedNext(ctx: ClaimContext, sentence: Span, documents: Document[]): number | undefined {
  const bare = /^(?:The (?:figure|number|total|tally|count|cost|price) (?:is|was):?\s+)?\S+(?:\s+\S+)?[.!]$/.test(ctx.text.slice(sentence.start, sentence.end).trim());
  const [after, afterThat] = ctx.sentences.filter((x) => x.start >= sentence.end).slice(0, 2);
  // ("On an average day, 1,184 people were held. Nearly seven in 10 … ¶ Those numbers come from a study …": the
  // plural explains the sentences before it.)
  const words = (x?: Span) => (x ? ctx.text.slice(x.start, x.end) : "");
  const those = (x?: Span) => FIGURES_FROM.test(words(x));
  const next = !those(after) && those(afterThat) ? afterThat : after;
  if (!next) return undefined;
  // ("… fell 34 percent. The figures are contained in the nonprofit's audited statements.", "Those are among the
  // findings of a survey released Wednesday by X": the figures before it are the survey's.)
  const that = /^(?:That|This|Those|These)(?:\s+is|\s+was|\s+are|\s+were|[’']s|[’']re)\s+/.exec(words(next));
  // ("… fallen 14 percent." ¶ "The monthly caseload report, released Thursday by X, shows …": the lede's figure is the report's.)
  const released = /^The\s+(?:[\p{Ll}-]+\s+){0,3}(?:report|study|survey|audit|analysis|data|figures|count|review|estimates)\s*,\s+(?:released|published|issued|compiled|prepared|posted)\b[^,.]{0,60}\bby\s/u.test(words(next)) && ctx.text.slice(sentence.end, next.start).includes("\n");
  const credits = (that && /^according to\b/.test(words(next).slice(that[0].length))) || FINDINGS_OF.test(words(next)) || FIGURES_FROM.test(words(next)) || released;
  if (!credits && !(bare && that)) return undefined;
  return creditIn(ctx, next, documents);
}

/** Does the sentence name a person or an organization (outside quotes)? */
const namesActor = (ctx: ClaimContext, sentence: Span) =>
  ctx.entities.some((e) => (e.type === "Person" || e.type === "Organization") && e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end));

/** Does the sentence name a person, or an organization that says or reports something (outside quotes)? */
const CREDITING = new RegExp(`^(?:[’']s\\s+\\p{Ll}+\\s+)?(?:${CREDIT_VERBS.source})`, "u");
const namesCreditor = (ctx: ClaimContext, sentence: Span) =>
  ctx.entities.some((e) => (e.type === "Person" || e.type === "Organization") &&
    e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end && (e.type === "Person" || CREDITING.test(ctx.text.slice(m.end, m.end + 40).trimStart()))));

/**
 * A sentence of background a new paragraph gives, not a document's finding: "Harrow County has about 410,000
 * residents.", "A 2018 law limits the hold to 90 days."
 */
const BACKGROUND = /\b(?:residents|population|inhabitants)\b|^(?:Right now|Today|Currently)\b|^(?:A|An|The)\s+(?:\d{4}\s+)?(?:state\s+|federal\s+|city\s+|county\s+)?(?:law|statute|ordinance|rule|regulation)\b/;

/** "The figures come from …", "Those numbers are contained in …": the figures before it are credited there. */
const FIGURES_FROM = /^(?:The|Those|These)\s+(?:[\p{Ll}-]+\s+)?(?:figures|numbers|data|estimates|statistics|findings|results|count|total|tally)\s+(?:(?:are|were|come|came|comes|is|was)\s+(?:from|contained in|based on)\b|(?:were|are)\s+(?:released|published|posted|compiled)\b[^.]{0,40}\bby\s)/u;

const PAGE_COUNT = /^[\d,]+-page\b|^[a-z]+-page\b/i;

/** "Those are among the findings of a survey released Wednesday by X." */
const FINDINGS_OF = /^(?:That|This|Those|These)\s+(?:is|are|was|were)\s+(?:among\s+)?(?:the\s+)?(?:findings|results|conclusions|highlights)\s+(?:of|from)\b/;

const ACCORDING_TO_DOCUMENT = new RegExp(`\\baccording to\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:${DOCUMENT})\\b`, "iu");

/** The writer's own arithmetic: "that comes to", "works out to", "amounts to". */
const ARITHMETIC = /\b(?:works out to|work out to|comes to|come to|amounts to|adds up to|translates to)\b/i;

/** A sentence that counts a part of what the one before counted: "of that", "of them", "the rest", "the other three". */
const PART_OF = /^(?:(?:[^,.;]|(?<=\d)[,.](?=\d)){0,40}\b(?:of (?:those|them|these|that|it)\b(?! (?:who|which|that)\b)|in \d[\d,]* of (?:those|them|these))|(?:The|the) (?:rest|remainder)\b|The other (?:\p{Ll}+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+s)\b)/u;

const DOCUMENT_PRONOUN = new RegExp(`^It\\s+(?:also\\s+)?${CREDIT_VERBS.source}`);

/** The numeric claims of the article's sentences. */
export function extractClaims(ctx: ClaimContext): ExtractedClaim[] {
  const { text, sentences, entities } = ctx;
  const documents = documentsOf(ctx);
  const out: ExtractedClaim[] = [];
  let previousUnit: string | undefined;
  /** Whom the sentences before credited, when their subject was a document or a body ("The report, by X, found …"). */
  let documentCredit: number | undefined;
  /** The person the last sentence with figures credited them all to, and its paragraph. */
  let personCredit: { entity: number; paragraph: number } | undefined;
  let lastCredit: typeof personCredit;
  let documentParagraph = -2;
  /** Whether documentCredit is a poll's (its results may run on over paragraphs). */
  let documentPoll = false;
  let documentResearch = false;
  /** Is the paragraph starting after `paragraph` (its newline) the one right after the document's? */
  const followsDocument = (paragraph: number) => paragraph > documentParagraph && text.lastIndexOf("\n", paragraph - 2) <= documentParagraph;
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const about = entities.filter((e) => ["Law", "Program", "Jurisdiction"].includes(e.type) && e.mentions.some((x) => x.start >= sentence.start && x.end <= sentence.end)).map((e) => e.index);
    let credit: number | undefined | null = null;
    const clauses = creditedClauses(text, sentence);
    const clauseCredits = new Map<Span, number | undefined>();
    const description = describedSpeaker(s);
    const paragraph = text.lastIndexOf("\n", sentence.start);
    const sourceAt = (at: number) => {
      const speaker = ctx.creditOf(at) ?? turnSpeaker(ctx, at);
      if (speaker !== undefined) return speaker;
      if (description && at - sentence.start < description) return undefined;
      // ("State Sen. Arlo Dunbar, R-Somerset, who chairs the Senate Health and Welfare Committee, said …": the one
      // described says the figures after, not the body the description names.)
      const described = description ? entities.find((e) => (e.type === "Person" || e.type === "Organization") && e.mentions.some((m) => (m.withTitle ?? m).start >= sentence.start && /^(?:(?:[Ss]tate|[Tt]he)\s+)?$/.test(text.slice(sentence.start, (m.withTitle ?? m).start)))) : undefined;
      if (described) return described.index;
      if (clauses.length > 1) {
        const clause = clauses.find((c) => at < c.end) ?? clauses[clauses.length - 1];
        if (!clauseCredits.has(clause)) clauseCredits.set(clause, creditIn(ctx, clause, documents));
        return clauseCredits.get(clause);
      }
      // "… . It also counted 40 …": "it" is the document the sentence before was about.
      // "The poll also asked about ICE. Forty-one percent of voters said …": the sentences that follow report its
      // results in the same paragraph, unless they name another actor.
      // "Among its findings: ¶ • Officers impounded …": a list's items go on with the paragraph that opens it.
      const item = /^\s*[•*·–-]\s/.test(text.slice(paragraph + 1, sentence.start + 2)) && sentence.start - paragraph < 4;
      // A poll's results run on over paragraphs: "Among Democrats, 68 percent …" after "The poll found …".
      const pollResult = documentPoll && /percent|\b(?:in|of)\s+(?:10|ten|\d+)\b|\bthirds?\b|\bquarters?\b|\bhalf\b/i.test(s);
      // "That is up from …" opening a paragraph compares with the figure just credited; "That is 11.2 percent of the
      // 3,940 children tested" restates it.
      const comparison = /^(?:That|This|It)(?:\s+is|\s+was|[’']s)\s+(?:up|down|more|less|fewer|higher|lower|(?:about|nearly|roughly|almost|just over|just under|more than|less than)?\s*\d)/.test(s);
      // A poll's result names what was asked about ("the requests from ICE"), which does not make ICE its source.
      // "It would also require the state Judicial Department to hire 14 officers": "it" is still the document.
      const itGoesOn = /^It\s/.test(s);
      // A document's figures go on into the next paragraph too ("…, according to the board's annual report." ¶ "…").
      // (Not when the paragraph credits someone else, or names a document of its own: "A Herald-Dispatch review …".)
      const paragraphEnd = text.indexOf("\n", sentence.start) < 0 ? text.length : text.indexOf("\n", sentence.start);
      const nextParagraph = documentResearch && followsDocument(paragraph) &&
        !namesCreditor(ctx, { start: paragraph + 1, end: paragraphEnd }) && !DOCUMENT_IN.test(s) && !BACKGROUND.test(s);
      const continued = documentCredit !== undefined && (paragraph === documentParagraph || nextParagraph || item || pollResult || comparison) && !(pollResult || itGoesOn ? namesCreditor(ctx, sentence) : namesActor(ctx, sentence)) ? documentCredit : undefined;
      // "Asked whether they would back a tax increase, 61 percent of voters said yes": the poll named last asked it.
      const asked = /^Asked\s+(?:whether|if|about|how|what|which|who)\b/.test(s) && /\bpercent\b/.test(s) ? documents.filter((d) => d.at < sentence.start && (d.noun === "poll" || d.noun === "survey")).pop()?.author : undefined;
      // ("Kittredge said deputies screened 1,240 inmates. Of those, 86 were flagged": a part of what was just counted
      // is counted by the same person.)
      // ("About $600,000 of that is …", "In 61 percent of them, …", "The rest …", "The other three …": so is any part of
      // what the sentence before credited, a person's or a body's.)
      const part = /^(?:Of (?:those|them|these|that total)|Another|Among (?:them|those))\b/.test(s) ? personCredit : PART_OF.test(s) ? lastCredit : undefined;
      const partOf = part !== undefined && part.paragraph === paragraph && !namesActor(ctx, sentence) ? part.entity : undefined;
      // ("For the 167 long-stay inmates, that comes to nearly $8 million a year": the writer's own arithmetic goes on
      // with no one's credit.)
      const arithmetic = ARITHMETIC.test(s);
      if (credit === null) credit = (DOCUMENT_PRONOUN.test(s) ? documentCredit : undefined) ?? creditIn(ctx, sentence, documents) ?? (arithmetic ? undefined : continued ?? partOf) ?? asked ?? explainedNext(ctx, sentence, documents);
      return credit;
    };
    const pending: { claim: ExtractedClaim; ofNext: boolean; ofUnit?: string }[] = [];
    const push = (value: number, unit: string | undefined, qualifier: string | undefined, at: number, length: number, high?: number) => {
      const figure = trimSpan(text, { start: sentence.start + at, end: sentence.start + at + length });
      // ("In a 64-page opinion, the judge wrote": a document's length is the reporter's description, no one's figure;
      // inside a quotation it is the speaker's.)
      const pageCount = PAGE_COUNT.test(text.slice(figure.start, figure.end + 6));
      const claim: ExtractedClaim = { value, high, unit, qualifier, ...asOfIn(s, at, ctx.publishedOn), source: pageCount && ctx.creditOf(figure.start) === undefined ? undefined : sourceAt(figure.start), figure, evidence: trimSpan(text, sentence), about };
      // ("212 of them": the noun counted before, not the figure after.)
      const of = unit || /^\s+of\s+(?:them|those|these|which)\b(?!\s+\p{Ll})/u.test(s.slice(figure.end - sentence.start)) ? null : /^\s+of(?:\s+(?:the|his|her|its|their|our|those|these))?(?=\s+(?:\p{Ll}|\p{Lu}[\p{L}.-]*[’']s\s))/u.exec(s.slice(figure.end - sentence.start));
      // "four of his vetoes": the noun after "of" counts them when no figure follows to lend its unit.
      // ("119 of last year's deaths": the deaths, past the year they belong to.)
      const ofAt = of ? figure.end - sentence.start + of[0].length : 0;
      const time = of ? /^\s+(?:last|this|next|that)\s+(?:year|month|week|quarter|decade)[’']s(?=\s)/.exec(s.slice(ofAt))?.[0].length ?? 0 : 0;
      pending.push({ claim, ofNext: of !== null, ofUnit: of ? unitAfter(s, ofAt + time) : undefined });
    };
    const figures = new RegExp(FIGURE.source, FIGURE.flags);
    for (let m = figures.exec(s); m; m = figures.exec(s)) {
      const g = m.groups as Record<string, string | undefined>;
      // "in 2014 and 2,981 in 2015", "from $71 to $78": not a range; read the second amount on its own.
      // "fell 4.2 percent to $12.87": two kinds of amount are a change, not a range.
      const kinds = g.num2 && (g.pct || g.dollar) && (g.pct2 || g.dollar2) && !g.pct !== !g.pct2;
      // "three or four projects" is a range; "$8,712 or $22,904" two amounts.
      const alternative = g.num2 && /^\s*or\s*$/.test(g.sep!) && !(!g.dollar && !g.mult && !g.dollar2 && !g.mult2 && [g.num, g.num2].every((n) => (wordValue(n!.toLowerCase()) ?? Number(n)) < 100));
      // "by 9 percent and 11 percent": two amounts each with its unit, unless "between" makes them a range.
      const pair = g.num2 && /^\s*and\s*$/.test(g.sep!) && (g.pct || g.dollar) && g.qual?.toLowerCase() !== "between" && !/\bbetween\s+$/i.test(s.slice(Math.max(0, m.index - 10), m.index));
      const change = g.num2 && (kinds || alternative || pair || /^\d{4}$/.test(g.num ?? "") && !/^\d{4}$/.test(g.num2) || /\bfrom\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index)));
      if (change) {
        const first = m[0].slice(0, m[0].indexOf(g.sep!));
        figures.lastIndex = m.index + m[0].indexOf(g.sep!) + g.sep!.length;
        if (/^\d{4}$/.test(g.num ?? "") && !g.dollar) continue;
        const firstAt = m.index;
        const value = parseAmount(g.num!, g.mult);
        push(value, g.pct ? "percent" : g.dollar ? "dollars" : unitAfter(s, firstAt + first.length) ?? unitBefore(s, firstAt), g.qual?.toLowerCase(), firstAt, first.length);
        continue;
      }
      const figureText = m[0].replace(/[\s,-]+$/, "");
      const at = m.index!;
      let qualifier = g.qual?.toLowerCase();
      if (qualifier === "between") qualifier = undefined;
      const after = at + figureText.length;
      if (g.ratioA) {
        const a = wordValue(g.ratioA);
        const b = wordValue(g.ratioB!);
        if (a && b && b > a && !/^\d{4}$/.test(g.ratioB!)) push(round1((100 * a) / b), "percent", qualifier, at, figureText.length);
        else if (a && b && b < a) {
          // "climbed to 76 in 20 states": two counts, not a share; the second is read on its own.
          push(a, unitBefore(s, at), qualifier, at, m[0].indexOf(g.ratioA!) + g.ratioA!.length);
          figures.lastIndex = at + m[0].lastIndexOf(g.ratioB!);
        }
        continue;
      }
      if (g.dozen) {
        const lower = g.dozen.toLowerCase();
        push(/half/.test(lower) ? 6 : 12 * (wordValue(lower.split(/\s+/)[0]) ?? 1), unitAfter(s, after), qualifier, at, figureText.length);
        continue;
      }
      if (g.frac || g.fracWord) {
        // "the first half of this year", "the second quarter of 2016": a period, not a share.
        if (/\b(?:first|second|third|fourth|last|latter|final|back|front|other)[\s-]+$/i.test(s.slice(Math.max(0, at - 10), at))) continue;
        push(fractionValue(g.frac ?? g.fracWord!), "percent", qualifier, at, figureText.length);
        continue;
      }
      if (!g.num || identifies(s, at, figureText.length, g)) continue;
      const word = /^[a-z]/i.test(g.num);
      if (word) {
        const lower = g.num.toLowerCase();
        if (lower === "one" && !g.num2) continue; // "one of", "on one alone": a pronoun far more often than a count
        // ("a five-year contract", "the five-member council": a count in a compound, as "a 600-bed jail" is.)
        if (!g.mult && !g.pct && !g.num2 && !/^\s+[a-z]/i.test(s.slice(after)) && !COUNTED_COMPOUND.test(s.slice(after))) continue;
        if (qualifier === "some" && !g.num2) continue;
      }
      // "3 to 5 million" shares its scale; "$400,000 and $1.2 million" does not.
      const shared = g.num2 && !g.mult && g.mult2 && Number(g.num.replace(/,/g, "")) < 1000 ? g.mult2 : undefined;
      let value = parseAmount(g.num, g.mult ?? shared);
      let high = g.num2 !== undefined ? parseAmount(g.num2, g.mult2) : undefined;
      if (high !== undefined && !(high > value)) {
        // Not a range after all ("4-1" was refused above); keep the first amount alone.
        high = undefined;
        value = parseAmount(g.num, g.mult);
      }
      const percent = g.pct || g.pct2;
      const compound = /^-([a-z]+)\b/.exec(s.slice(after))?.[1];
      const unit = percent ? (/point/i.test(percent) ? "percentage points" : "percent") : g.dollar || g.dollar2 ? "dollars" : compound ? pluralOf(compound) : unitAfter(s, after) ?? unitBefore(s, at);
      if (!Number.isFinite(value)) continue;
      push(value, unit, qualifier, at, high !== undefined ? figureText.length : g.num2 ? m[0].indexOf(g.sep!) : figureText.length, high);
    }
    for (const m of s.matchAll(ORDINAL)) {
      const g = m.groups as Record<string, string | undefined>;
      const rest = s.slice(m.index! + m[0].length);
      if (NOT_RANKED.test(rest)) continue;
      const ranked = g.verb || g.sup || (g.the && /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|among|to|nationally|nationwide|statewide|out of|of all|of the|whose|with|that|where|ever|since|of)\b/u.test(rest));
      if (!ranked) continue;
      const value = ORDINALS[g.ord!.toLowerCase()] ?? parseInt(g.ord!, 10);
      const start = m.index! + (g.verb?.length ?? 0) + (g.the?.length ?? 0);
      push(value, "rank", undefined, start, m[0].length - (start - m.index!));
    }
    // "the first county in Minnesota to adopt": first among others, a rank ("the first time", "the first step to" are not).
    for (const f of s.matchAll(FIRST_AMONG)) {
      const at = f.index! + f[0].indexOf("first");
      if (!NOT_RANKED.test(s.slice(at + 5)) || /^\s+district\s/.test(s.slice(at + 5))) push(1, "rank", undefined, at, 5);
    }
    // "about twice as likely", "more than twice the rate": a ratio of 2, as "three times the rate" is 3.
    for (const t of s.matchAll(TWICE)) push(2, "times", t[1]?.toLowerCase(), t.index!, t[0].length - t[2].length);
    const aboutDocument = DOCUMENT_PHRASE.test(s) && /^(?:the|that|this|its|their|a|an)\b/i.test(s);
    // "The association surveyed its members." opens an account of results as a document does.
    // ("The governor's budget office released its own forecast the same morning. It was grimmer, putting …")
    const released = RELEASED_DOCUMENT.test(s);
    // ("… 187 people. That's according to numbers the coroner's office released. ¶ That's up from 131": it goes on.)
    const accordingToThat = /^(?:That|This)(?:[’']s|\s+is|\s+was)\s+according\s+to\b/.test(s);
    // ("…, according to the board's annual report." with no figure: the figures that follow are the report's.)
    // (A document's length is no figure of its own: "the findings of a 38-page report".)
    const accordingToDocument = pending.every((p) => PAGE_COUNT.test(text.slice(p.claim.figure.start, p.claim.figure.end + 6))) && (ACCORDING_TO_DOCUMENT.test(s) || FINDINGS_OF.test(s));
    const research = aboutDocument || released || accordingToThat || accordingToDocument || /\b(?:surveyed|polled|analyzed|reviewed|examined|studied|audited)\b/.test(s);
    if (research && credit === null) credit = creditIn(ctx, sentence, documents);
    // "…, the bureau said.": a body that states the sentence's figures goes on as a document does.
    const stated = pending[0]?.claim.source;
    if (credit === null && stated !== undefined && entities[stated].type === "Organization" && pending.every((p) => p.claim.source === stated)) credit = stated;
    // A body credited for figures ("according to ICE figures", "the survey found") goes on being their source in
    // the sentences of the paragraph after that name no one else, past sentences with no figures.
    const credited = pending.length > 0 && credit !== null && credit !== undefined && entities[credit].type === "Organization";
    lastCredit = pending.length > 0 ? (pending.every((p) => p.claim.source !== undefined && p.claim.source === pending[0].claim.source) ? { entity: pending[0].claim.source!, paragraph } : undefined) : lastCredit;
    personCredit = pending.length > 0 ? (pending.every((p) => p.claim.source !== undefined && p.claim.source === pending[0].claim.source && entities[p.claim.source].type === "Person") ? { entity: pending[0].claim.source!, paragraph } : undefined) : personCredit;
    // ("The report shows most of them …" credits the figures after it, though it holds none itself.)
    // A poll's account goes on past a sentence that only mentions a body ("The question mirrors a bill to make refusing an
    // ICE detainer a misdemeanor."), as its results do; a speaker or a crediting body ends it.
    // (So does a quotation from the poll's own people: "…," said Malcolm Averill, the center's director.)
    const pollsters = /[“"]/.test(s) && /\bthe\s+(?:center|centre|institute|poll|survey|university|college|group|firm)[’']s\s+(?:\p{Ll}+\s+)?(?:director|pollster|president|head|founder|chief|manager)\b/u.test(text.slice(paragraph + 1, text.indexOf("\n", sentence.start) < 0 ? text.length : text.indexOf("\n", sentence.start)));
    const pollAside = documentPoll && pending.length === 0 && !research && (pollsters || (!/[“"]/.test(s) && !namesCreditor(ctx, sentence)));
    if (!pollAside && (pending.length > 0 || (research && credit !== null && credit !== undefined && entities[credit].type === "Organization") || namesActor(ctx, sentence) || /[“"]/.test(s))) {
      // (An unmade record goes on only as "the records show".)
      const next = (research || credited) && credit !== null && credit !== undefined && entities[credit].kind !== "NEWS_OUTLET" && entities[credit].kind !== "DOCUMENT" ? credit : undefined;
      if (next !== documentCredit) documentPoll = false;
      // (A document's account goes on paragraph after paragraph while no one else is credited.)
      documentResearch = research || (documentResearch && next !== undefined && next === documentCredit);
      documentCredit = next;
      documentParagraph = paragraph;
      // ("Poll workers issued 133 provisional ballots": workers, not a poll.)
      if (next !== undefined && /\b(?:polls?|survey|surveyed|polled|pollsters?)\b(?!\s+(?:workers?|watchers?|books?|sites?|places?|closed|opened|close|open)\b)/i.test(s)) documentPoll = true;
    } else if (!pollsters && documentResearch && followsDocument(paragraph) && !BACKGROUND.test(s)) {
      // ("Property crime fell for a third straight year." ¶ "Burglaries dropped 12 percent": a paragraph with no
      // figure and no one named passes the account on.)
      documentParagraph = paragraph;
    }
    pending.sort((a, b) => a.claim.figure.start - b.claim.figure.start);
    // "8,500 of the city's 112,000 residents": the part takes the whole's unit; a bare figure the last unit.
    pending.forEach(({ claim, ofNext, ofUnit }, i) => {
      // "8,500 of the city's 112,000 residents": the whole right after "of" lends its unit; farther on, the noun after "of".
      const whole = ofNext ? pending.slice(i + 1).find((p) => p.claim.unit) : undefined;
      const adjacent = whole && /^\s+of\s+(?:(?:the|his|her|its|their|our|those|these|all)\s+)?(?:[\p{L}.-]+[’']s\s+)?$/u.test(text.slice(claim.figure.end, whole.claim.figure.start));
      if (!claim.unit && ofNext) claim.unit = (adjacent ? whole.claim.unit : undefined) ?? ofUnit ?? whole?.claim.unit;
      if (!claim.unit && /\bpopulation\b/.test(s)) claim.unit = "people";
      if (!claim.unit) claim.unit = previousUnit;
      // ("14 deputies to cover 600 square miles … four of them": a measure is no group to count from.)
      if (claim.unit && !["percent", "rank", "percentage points"].includes(claim.unit) && !/^(?:square|cubic)\s|^(?:acres|hectares)$/.test(claim.unit) && !MEASURES.test(claim.unit.split(" ")[0])) previousUnit = claim.unit;
      out.push(claim);
    });
  }
  return out;
}
