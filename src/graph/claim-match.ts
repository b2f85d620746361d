/**
 * How well a reviewed claim (a fact-check's `claimReviewed`) matches a claim as a user words it, after the CLEF
 * CheckThat! task "detecting previously fact-checked claims". Pure functions, no I/O, deterministic.
 *
 * A user restates a claim three ways: in other words (paraphrase), with a detail wrong (misremembered), or in part
 * (a fragment). And often with "someone posted that" or "the governor says" around it, which the reviewed text
 * does not carry (its claimant is a separate field). So the score weighs terms by rarity in the reviewed corpus
 * (a place or a figure identifies a claim, "percent" does not), reads numbers by value ("1.2k" is "1,200",
 * "four in ten" is "40 percent"), folds a small lexicon of policy-news equivalents ("homicides"/"killings",
 * "immigration agents"/"ICE") and asks both ways: how much of the query the claim holds, and how much of the
 * claim the query holds. Either being high is evidence; both low is an unrelated claim on the same topic.
 */
import { editDistance } from "./text-similarity";

/** Document frequencies of the reviewed-claim corpus (the graph layer keeps them; tests can build them). */
export interface ClaimCorpusStats {
  documents: number;
  df(term: string): number;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

/** Words that carry no claim: function words, hedges, and the ways people report a claim. */
const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for from with as into about than then so that this these those it its " +
    "is are was were be been being am do does did have has had will would shall should can could may might must " +
    "i me my we us our you your he him his she her they them their there here what which who whom when where why how " +
    "not no all any some such very just also only up out over more most other its itself themselves " +
    "say says said saying claim claims claimed claiming according posted post tweeted meme viral someone somebody " +
    "heard true really actually apparently reportedly supposedly like even ever now still while whether " +
    "story article tweet facebook lot lots kinda sorta basically literally totally folks " +
    "nearly almost roughly around approximately least fewer less under above below exceed exceeded despite spite " +
    "dont didnt doesnt isnt arent wasnt werent havent hasnt hadnt wont wouldnt cant couldnt shouldnt whod theyre " +
    "theyve weve ive youre hes shes thats theres"
  ).split(" "),
);

/** Irregular forms the suffix stemmer cannot reach. */
const IRREGULAR: Record<string, string> = {
  fell: "fall", fallen: "fall", rose: "rise", risen: "rise", grew: "grow", grown: "grow", took: "take", taken: "take",
  went: "go", gone: "go", paid: "pay", spent: "spend", caught: "catch", held: "hold", lost: "lose", gave: "give",
  given: "give", sent: "send", brought: "bring", bought: "buy", led: "lead", came: "come", got: "get", gotten: "get",
  left: "leave", made: "make", kept: "keep", told: "tell", won: "win", built: "build", men: "man", women: "woman",
  children: "child", freed: "freed", died: "die", dead: "die", people: "people", news: "news",
};

/**
 * A plain suffix stemmer (plurals, -ed, -ing, a final e, a doubled consonant): "released"/"releases"/"release",
 * "dropped"/"drop". Heavier stemming starts merging words a fact-checker keeps apart.
 */
export function stemWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/ie[sd]$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
  // The plural first, then a verb ending: "killings" -> "killing" -> "kill".
  let w = /(ss|sh|ch|x|z)es$/.test(word) ? word.slice(0, -2) : /[^su]s$/.test(word) && !/(is|ss)$/.test(word) ? word.slice(0, -1) : word;
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  if (w !== word && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1); // dropp -> drop
  if (w.length > 4 && w.endsWith("e") && !/(ee|ie|ye)$/.test(w)) w = w.slice(0, -1); // release -> releas
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

const UNITS: Record<string, number> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    .split(" ")
    .map((w, i) => [w, i]),
);
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Words that multiply the number before them; the singular ones also stand alone ("an extra thousand"). */
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mil: 1e6, bn: 1e9, grand: 1e3 };
const LONE_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);
/** Fractions in words, after a small count: "a third of", "two-thirds", "three quarters". */
const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5 };
/** Words before a bare four-digit number that make it a year: "in 2017", "since 2015". */
const YEAR_CUES = new Set("in since from to by until before after between through during of and fiscal early late mid".split(" "));

type NumberKind = "count" | "share" | "year" | "rank";
interface NumberValue {
  value: number;
  kind: NumberKind;
}

/** A token of the folded text: a word, a number as written in digits, or a clause break (for attribution). */
type Token = { word: string; name: boolean } | { digits: number; separated: boolean } | { rank: number } | { comma: true };

const wordOf = (t: Token | undefined): string => (t && "word" in t ? t.word : "");

/** A number read from tokens [start, end). */
interface Reading {
  number: NumberValue;
  end: number;
}

/** A count in digits or words at `i`: "1.2", "thirty one", "twenty-two" (hyphens are gone by now). */
function readCount(raw: Token[], i: number): { value: number; end: number } | undefined {
  const t = raw[i];
  if (t && "digits" in t) return { value: t.digits, end: i + 1 };
  const w = wordOf(t);
  if (UNITS[w] !== undefined) return { value: UNITS[w], end: i + 1 };
  if (TENS[w] !== undefined) {
    const unit = UNITS[wordOf(raw[i + 1])];
    return unit !== undefined && unit > 0 && unit < 10 ? { value: TENS[w] + unit, end: i + 2 } : { value: TENS[w], end: i + 1 };
  }
  return undefined;
}

/**
 * The number at `i`, if any: "thirty one hundred" -> 3100, "1.2 billion", "a million and a half", "15 grand";
 * shares "40 percent", "four in ten", "three out of every five", "2 of 3" (from "2/3"), "a third", "half";
 * a bare "2017" after "in"/"since" (or before no content word) is a year.
 */
function readNumber(raw: Token[], i: number): Reading | undefined {
  const w = wordOf(raw[i]);
  if (w === "half") return { number: { value: 50, kind: "share" }, end: i + 1 };
  let count = readCount(raw, i);
  if (!count && (w === "a" || w === "an") && (SCALES[wordOf(raw[i + 1])] || FRACTIONS[wordOf(raw[i + 1])])) count = { value: 1, end: i + 1 };
  if (!count && LONE_SCALES.has(w)) count = { value: 1, end: i };
  if (!count) return undefined;
  let { value, end } = count;
  const fraction = FRACTIONS[wordOf(raw[end])];
  if (fraction && value < 10 && Number.isInteger(value)) return { number: { value: round(value * fraction * 100), kind: "share" }, end: end + 1 };
  let scale = 1;
  while (SCALES[wordOf(raw[end])]) {
    scale = SCALES[wordOf(raw[end++])];
    value *= scale;
  }
  if (wordOf(raw[end]) === "and" && wordOf(raw[end + 1]) === "a" && wordOf(raw[end + 2]) === "half") {
    value += scale / 2;
    end += 3;
  }
  const next = wordOf(raw[end]);
  if (next === "percent") return { number: { value, kind: "share" }, end: end + 1 };
  if (scale === 1 && Number.isInteger(value) && (next === "in" || next === "of" || next === "out")) {
    // "four in ten", "three out of every five", "two of every three", "2 of 3"
    let j = end + 1;
    if (next === "out" && wordOf(raw[j]) === "of") j++;
    const every = wordOf(raw[j]) === "every" || wordOf(raw[j]) === "each";
    if (every) j++;
    const whole = next === "of" && !every && !(raw[j] && "digits" in raw[j]) ? undefined : readCount(raw, j);
    if (whole && whole.value > value && whole.value <= 100 && !SCALES[wordOf(raw[whole.end])]) {
      return { number: { value: round((value / whole.value) * 100), kind: "share" }, end: whole.end };
    }
  }
  const t = raw[i];
  const year =
    "digits" in t && !t.separated && scale === 1 && Number.isInteger(value) && value >= 1900 && value <= 2099 && wordOf(raw[i - 1]) !== "dollar" &&
    (YEAR_CUES.has(wordOf(raw[i - 1])) || !next || STOP_WORDS.has(next));
  return { number: { value, kind: year ? "year" : "count" }, end };
}

/** The text's tokens with its numbers read: words, and numbers as { number }. */
function readNumbers(raw: Token[]): ({ word: string; name: boolean } | { number: NumberValue } | { comma: true })[] {
  const out: ({ word: string; name: boolean } | { number: NumberValue } | { comma: true })[] = [];
  for (let i = 0; i < raw.length; ) {
    const reading = readNumber(raw, i);
    if (reading) {
      out.push({ number: reading.number });
      i = reading.end;
    } else {
      const t = raw[i++];
      out.push("digits" in t ? { number: { value: t.digits, kind: "count" } } : "rank" in t ? { number: { value: t.rank, kind: "rank" } } : t);
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The index term of a number: kind and value, so "1,200" and "1.2k" are one term. */
function numberTerm(n: NumberValue): string {
  return `${{ count: "#", share: "%", year: "y", rank: "r" }[n.kind]}${round(n.value)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon

/**
 * Policy-news wordings a fact-checker would call the same, each group folded onto its first entry. Entries are
 * matched on stems, longest first, so "immigration agents" and "immigration agent" are one entry. General domain
 * vocabulary, not any one claim's wording.
 */
const LEXICON: string[][] = [
  ["undocumented immigrant", "illegal immigrant", "illegal alien", "undocumented alien", "unauthorized immigrant", "immigrant in the country illegally", "immigrant here illegally", "immigrant who are here illegally", "immigrant without legal status", "people here illegally", "people in the country illegally", "undocumented people", "illegal", "undocumented", "illegally", "unauthorized", "without legal status", "in the country illegally", "here illegally"],
  ["ice", "immigration and customs enforcement", "federal immigration agent", "federal immigration authority", "federal immigration official", "immigration agent", "immigration authority", "immigration official", "immigration officer"],
  ["detainer", "ice hold", "immigration hold", "detainer request", "hold request"],
  ["immigrant", "migrant", "alien"],
  ["murder", "homicide", "kill", "killing"],
  ["fall", "drop", "decline", "decrease", "plunge", "plummet", "shrink", "dip", "go down", "down"],
  ["rise", "grow", "increase", "climb", "jump", "soar", "spike", "go up", "balloon", "swell"],
  ["release", "freed", "let go", "let out", "walk free", "go free", "set free", "turn loose", "back on the street"],
  ["refuse", "reject", "ignore", "disregard", "turn down", "deny", "not honor"],
  ["honor", "comply with", "comply"],
  ["deport", "deportation", "removal"],
  ["inmate", "prisoner", "people locked up", "locked up", "incarcerated"],
  ["jail", "lockup"],
  ["year", "annual", "annually", "yearly", "#12 month"],
  ["#10 year", "decade"],
  ["dollar", "buck"],
  ["family", "household"],
  ["average", "typical"],
  ["deficit", "shortfall", "budget hole", "budget gap", "hole"],
  ["spend", "cost", "spending", "expense"],
  ["child", "kid"],
  ["student", "pupil", "schoolchildren"],
  ["city", "town"],
  ["nation", "country", "national", "nationwide", "united states"],
  ["uninsured", "without health insurance", "without health coverage", "without insurance", "no health insurance", "lack health insurance"],
  ["health insurance", "health coverage"],
  ["convict", "conviction", "convicted of a crime", "criminal conviction", "criminal record"],
  ["reoffend", "recidivism", "commit new crime", "commit another crime", "go on to commit", "rearrest", "return to prison"],
  ["felon", "felony"],
  ["arrest", "apprehension", "apprehend", "catch"],
  ["cross", "crosser", "crossing", "port of entry"],
  ["asylum seeker", "asylum applicant", "asylum claimant"],
  ["miss", "skip", "fail to appear", "no show", "never show up", "not show up"],
  ["court hearing", "court date"],
  ["highest", "largest", "biggest", "record", "record high"],
  ["lowest", "smallest", "record low"],
  ["benefit", "welfare", "government assistance", "public assistance", "handout"],
  ["tax cut", "tax break", "tax relief"],
  ["raise", "pay raise", "pay increase", "pay hike"],
  ["governor", "gov"],
  ["representative", "rep", "congressman", "congresswoman", "congressmember"],
  ["senator", "sen"],
  ["man", "guy"],
  ["k12", "k #12", "k through #12", "kindergarten through #12"],
  ["tenant", "renter"],
  ["rental aid", "rent relief", "rental assistance", "rent assistance", "rent aid", "rental relief"],
  ["vote", "cast a ballot", "cast ballot"],
  ["die", "death", "fatal", "fatality"],
  ["gun", "firearm"],
  ["crash", "accident", "collision"],
  ["teacher", "educator"],
  ["doctor", "physician"],
  ["police", "cop"],
  ["company", "business", "firm"],
  ["worker", "employee"],
  ["veteran", "vet"],
  ["mother", "mom"],
  ["father", "dad"],
  ["baby", "infant", "newborn"],
  ["crime", "criminal"],
  ["create", "add"],
  ["lose", "shed"],
  ["border patrol", "border agent", "cbp"],
  ["mail ballot", "absentee ballot", "mail in ballot"],
  ["voter fraud", "election fraud"],
  ["covid", "coronavirus"],
  ["college", "university"],
  ["electricity", "power", "electric"],
  ["gas", "gasoline", "fuel"],
  ["lawmaker", "legislator", "legislature"],
  ["ban", "prohibit", "outlaw"],
  ["require", "mandate"],
  ["daca", "dreamer"],
  ["painkiller", "pain pill", "pain reliever", "pain medication"],
  ["manufacturer", "maker", "drugmaker"],
  ["federal", "federal government", "fed"],
  ["none", "nothing"],
];

/** Lexicon entries by their first stem: [the entry's stems, the group's stems]. */
const PHRASES = new Map<string, { from: string[]; to: string[] }[]>();
for (const group of LEXICON) {
  const to = group[0].split(" ").map(termOfLexiconWord);
  for (const entry of group) {
    const from = entry.split(" ").map(termOfLexiconWord);
    if (!PHRASES.has(from[0])) PHRASES.set(from[0], []);
    PHRASES.get(from[0])!.push({ from, to });
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.from.length - a.from.length);
/** The lexicon's words long enough to be recognised through a typo. */
const LEXICON_WORDS = [...new Set(LEXICON.flat().flatMap((entry) => entry.split(" ")))].filter((w) => w.length >= 5);

function termOfLexiconWord(word: string): string {
  return word.startsWith("#") ? word : stemWord(word);
}

// ---------------------------------------------------------------------------------------------------------------
// Terms

/** One term of a text: what is indexed and compared. */
interface Term {
  term: string;
  /** The folded word it came from (for typo matching), "" for numbers and lexicon terms. */
  surface: string;
  number?: NumberValue;
  /** Part of "X says" / "according to X" in a query: what the reviewed claim leaves to its claimant field. */
  attribution: boolean;
  /** Capitalised inside its sentence (and not attribution): a name. */
  name: boolean;
}

/** Say-verbs that introduce a reported claim: what precedes them is who said it. */
const SAY_VERBS = new Set("say says said claim claims claimed posted tweeted wrote argued argues insisted insists stated states bragged bragging boasted boasting announced".split(" "));
/** An attribution longer than this is not one ("the county that ignored 8,000 holds says"). */
const MAX_ATTRIBUTION = 6;

type ReadToken = ReturnType<typeof readNumbers>[number];

function normalizedTokens(text: string): ReadToken[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/['‘’ʼ`´]/g, "")
    .replace(/(\d+)\s*\(\s*([a-z])\s*\)/gi, "$1$2") // 287(g) -> 287g, as people type it
    .replace(/(\d)\s*\/\s*(\d)/g, "$1 of $2") // 2/3
    .replace(/(\d)\s*x\b/gi, "$1 times") // 2.5x
    .replace(/(\d)(k|m|bn)\b/gi, "$1 $2") // 1.2k
    .replace(/%/g, " percent ")
    .replace(/\$/g, " dollar ");
  const raw: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  for (const m of folded.matchAll(/\d+(?:st|nd|rd|th)\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?![\p{L}\d])|[\p{L}\p{N}]+|[,;:!?()"“”—–]/gu)) {
    const s = m[0].toLowerCase();
    if (/[.!?"“”]/.test(folded.slice(last, m.index))) sentenceStart = true;
    last = m.index + m[0].length;
    if (/^\d+(st|nd|rd|th)$/.test(s)) raw.push({ rank: parseInt(s, 10) });
    else if (/^\d[\d,.]*$/.test(s)) raw.push({ digits: Number(s.replace(/,/g, "")), separated: s.includes(",") });
    else if (/^[\p{L}\p{N}]+$/u.test(s)) {
      // A capitalised word inside a sentence is a name (a place, a person): what two claims must not disagree on.
      raw.push({ word: s, name: !sentenceStart && /^\p{Lu}\p{Ll}/u.test(m[0]) });
      sentenceStart = s === "says" && sentenceStart;
      continue;
    } else if (raw.length && !("comma" in raw[raw.length - 1])) raw.push({ comma: true });
    if (/[!?"“”]/.test(s)) sentenceStart = true;
    else sentenceStart = false;
  }
  return readNumbers(raw);
}

/**
 * The terms of a text, in order: stems of content words, lexicon groups, numbers by value ("#1200", "%40", "y2017").
 * With `query`, the words of "X says" / "according to X" are marked as attribution.
 */
function textTerms(text: string, query?: ClaimCorpusStats): Term[] {
  const tokens = normalizedTokens(text);
  const attribution = query ? attributionMask(tokens) : [];
  // Stems (numbers as terms) with their surface and position, stop words kept for the lexicon ("comply with").
  const items = tokens.map((t, i) => ({
    term: "word" in t ? stemWord(t.word) : "number" in t ? numberTerm(t.number) : ",",
    surface: "word" in t ? t.word : "",
    number: "number" in t ? t.number : undefined,
    attribution: !!attribution[i],
    name: "word" in t && t.name && !attribution[i],
  }));
  // A query word no review holds may be a misspelt lexicon word ("illegaly"): read it as that word.
  if (query) {
    for (const it of items) {
      if (it.surface.length < 7 || PHRASES.has(it.term) || query.df(it.term) > 0) continue;
      const budget = typoBudget(it.surface.length);
      const fix = LEXICON_WORDS.find((w) => Math.abs(w.length - it.surface.length) <= budget && editDistance(w, it.surface, budget) <= budget);
      if (fix) it.term = stemWord(fix);
    }
  }
  const terms: Term[] = [];
  for (let i = 0; i < items.length; ) {
    const candidates = PHRASES.get(items[i].term);
    const hit = candidates?.find((p) => p.from.every((w, k) => items[i + k]?.term === w));
    if (hit) {
      for (const to of hit.to) terms.push({ term: to, surface: "", number: to.startsWith("#") ? { value: Number(to.slice(1)), kind: "count" } : undefined, attribution: items[i].attribution, name: false });
      i += hit.from.length;
      continue;
    }
    const it = items[i++];
    if (it.term === "," || (it.surface && (STOP_WORDS.has(it.surface) || it.surface.length < 2))) continue;
    terms.push(it);
  }
  return terms;
}

/** Which tokens are the attribution: "<who> says ...", "according to <who>, ...", "..., <who> says". */
function attributionMask(tokens: ReadToken[]): boolean[] {
  const mask = tokens.map(() => false);
  const word = (i: number) => ("word" in tokens[i] ? (tokens[i] as { word: string }).word : "");
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (word(i) === "according" && word(i + 1 < n ? i + 1 : i) === "to") {
      // Up to the next clause break (or the end).
      let j = i + 2;
      while (j < n && !("comma" in tokens[j]) && j - i - 2 < MAX_ATTRIBUTION) j++;
      if (j === n || "comma" in tokens[j]) for (let k = i + 2; k < j; k++) mask[k] = true;
      return mask;
    }
  }
  const say = tokens.findIndex((_, i) => SAY_VERBS.has(word(i)));
  if (say < 0) return mask;
  if (say > 0 && say <= MAX_ATTRIBUTION) for (let k = 0; k < say; k++) mask[k] = true;
  else if (say >= n - 2) {
    // "..., a state representative claims": back to the clause break.
    let k = say - 1;
    while (k >= 0 && !("comma" in tokens[k]) && say - k <= MAX_ATTRIBUTION) mask[k--] = true;
    if (k >= 0 && !("comma" in tokens[k])) mask.fill(false);
  }
  return mask;
}

/** The terms stats are counted over: what a reviewed claim is indexed by. Call it on every review text for df. */
export function claimTerms(text: string): string[] {
  return textTerms(text).map((t) => t.term);
}

/** Document frequencies over in-memory texts (tests, tools). */
export function corpusStats(texts: Iterable<string>): ClaimCorpusStats {
  const df = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    for (const term of new Set(claimTerms(text))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { documents, df: (term) => df.get(term) ?? 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/** Inverse document frequency: a term in every review weighs ~0, one in a single review the most. */
function idf(term: string, stats: ClaimCorpusStats): number {
  const n = Math.max(stats.documents, 1);
  let df = stats.df(term);
  if (TUNE.numberDf && /^[#%yr]\d/.test(term)) df = Math.max(df, TUNE.numberDf);
  if (TUNE.idfMode === 1) return Math.log((n + 1) / (df + 0.5));
  if (TUNE.idfMode === 2) return Math.sqrt(Math.log(1 + n / (df + 1)));
  return Math.log(1 + n / (df + 1));
}

export const TUNE = {
  typo: 0.8,
  prefix: 0.7,
  attributionWeight: 0.25,
  nearNumber: 0.75,
  nearPower: 2,
  ratioFloor: 0.5,
  shareSpan: 20,
  crossKind: 0.7,
  alpha: 0.5,
  numberDf: 0,
  idfMode: 0,
  pairs: 0,
  combine: 0,
  conflict: 0.7,
  numberSlack: 1,
  claimNumberSlack: 1,
};

/** How far two numbers of a claim may differ and still be the same claim misremembered: partial credit. */
function numberMatch(a: NumberValue, b: NumberValue): number {
  const kind = a.kind === b.kind ? 1 : TUNE.crossKind;
  if (a.value === b.value) return kind;
  if (a.kind === "year" || b.kind === "year" || a.kind === "rank" || b.kind === "rank") {
    return a.kind === b.kind && Math.abs(a.value - b.value) <= 1 ? TUNE.nearNumber / 2 : 0;
  }
  // A share 5 points off ("45%" for "40%"), a count 10-20% off ("150" for "142"): misremembered, not another claim.
  const close =
    a.kind === "share" && b.kind === "share"
      ? 1 - Math.abs(a.value - b.value) / TUNE.shareSpan
      : (Math.min(a.value, b.value) / Math.max(a.value, b.value) - TUNE.ratioFloor) / (1 - TUNE.ratioFloor);
  return close > 0 ? kind * TUNE.nearNumber * close ** TUNE.nearPower : 0;
}

function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** How well a query term matches a claim term, in [0, 1]. */
function termMatch(q: Term, c: Term): number {
  if (q.term === c.term) return 1;
  if (q.number && c.number) return numberMatch(q.number, c.number);
  if (q.number || c.number) return 0;
  if (q.surface && c.surface) {
    const budget = typoBudget(Math.min(q.surface.length, c.surface.length));
    if (budget > 0 && editDistance(q.surface, c.surface, budget) <= budget) return TUNE.typo;
  }
  // One word the other's stem plus a suffix: "deportable"/"deport", "graduating"/"graduation".
  const [short, long] = q.term.length <= c.term.length ? [q.term, c.term] : [c.term, q.term];
  if (short.length >= 6 && long.startsWith(short.slice(0, short.length - 1))) return TUNE.prefix;
  return 0;
}

export interface PreparedClaimQuery {
  terms: Term[];
  /** Adjacent term pairs of the query, in order ("a b"). */
  pairs: string[];
  weights: number[];
  stats: ClaimCorpusStats;
}

/** A query prepared once for scoring many claims. */
export function prepareClaimQuery(query: string, stats: ClaimCorpusStats): PreparedClaimQuery {
  const all = textTerms(query, stats);
  const terms = dedupe(all);
  return { terms, pairs: pairsOf(all), weights: terms.map((t) => idf(t.term, stats)), stats };
}

function pairsOf(terms: Term[]): string[] {
  return terms.slice(1).map((t, i) => `${terms[i].term} ${t.term}`);
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) {
    const old = seen.get(t.term);
    if (!old) seen.set(t.term, t);
    else if (old.attribution && !t.attribution) seen.set(t.term, t);
  }
  return [...seen.values()];
}

export interface ClaimMatchParts {
  /** Weighted share of the query's terms the claim holds. */
  queryCoverage: number;
  /** Weighted share of the claim's terms the query holds. */
  claimCoverage: number;
  /** Summed weight of the query terms matched (how much rare evidence there is). */
  matchedWeight: number;
  score: number;
}

export function scoreParts(query: PreparedClaimQuery, claim: string): ClaimMatchParts {
  const all = textTerms(claim);
  const c = dedupe(all);
  const q = query.terms;
  if (q.length === 0 || c.length === 0) return { queryCoverage: 0, claimCoverage: 0, matchedWeight: 0, score: 0 };
  const cw = c.map((t) => idf(t.term, query.stats));
  const bestC = new Float64Array(c.length);
  const qBest = new Float64Array(q.length);
  let qNum = 0;
  let qDen = 0;
  let matched = 0;
  q.forEach((qt, i) => {
    let best = 0;
    c.forEach((ct, j) => {
      const m = termMatch(qt, ct);
      if (m > best) best = m;
      if (m > bestC[j]) bestC[j] = m;
    });
    const w = query.weights[i];
    qBest[i] = best;
    qNum += w * best;
    matched += w * best;
    const slack = qt.attribution ? TUNE.attributionWeight : qt.number ? TUNE.numberSlack : 1;
    qDen += w * (best + slack * (1 - best));
  });
  let cNum = 0;
  let cDen = 0;
  c.forEach((ct, j) => {
    cNum += cw[j] * bestC[j];
    cDen += cw[j] * (bestC[j] + (ct.number ? TUNE.claimNumberSlack : 1) * (1 - bestC[j]));
  });
  // Each side names something (a place, a person) the other does not: another claim, not an omission.
  const conflict = q.some((t, i) => t.name && qBest[i] < 0.5) && c.some((t, j) => t.name && bestC[j] < 0.5);
  const queryCoverage = qDen ? qNum / qDen : 0;
  const claimCoverage = cDen ? cNum / cDen : 0;
  const claimPairs = new Set(pairsOf(all));
  const pairs = query.pairs.length ? query.pairs.filter((p) => claimPairs.has(p)).length / query.pairs.length : 0;
  return { queryCoverage, claimCoverage, matchedWeight: matched, score: (conflict ? TUNE.conflict : 1) * ((1 - TUNE.pairs) * combine(queryCoverage, claimCoverage) + TUNE.pairs * pairs) };
}

function combine(q: number, c: number): number {
  const a = TUNE.alpha;
  if (TUNE.combine === 1) return q ** a * c ** (1 - a);
  if (TUNE.combine === 2) return q && c ? 1 / (a / q + (1 - a) / c) : 0;
  if (TUNE.combine === 3) return 1 - (1 - q) ** a * (1 - c) ** (1 - a);
  return a * q + (1 - a) * c;
}

export const CLAIM_MATCH_THRESHOLD = 0.5;

export function scoreAgainst(query: PreparedClaimQuery, claim: string): number {
  return scoreParts(query, claim).score;
}

export function scoreClaim(query: string, claim: string, stats: ClaimCorpusStats): number {
  return scoreAgainst(prepareClaimQuery(query, stats), claim);
}
