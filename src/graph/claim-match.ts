/**
 * How well a reviewed claim (a fact-check's `claimReviewed`) matches a claim as a user words it, after the CLEF
 * CheckThat! task "detecting previously fact-checked claims". Pure functions, no I/O, deterministic.
 *
 * People restate a claim in other words (paraphrase), with a detail wrong (misremembered) or in part (a fragment),
 * and often wrapped in "someone posted that" or "the governor says", which the reviewed text leaves to its
 * claimant field. So the score:
 * - weighs terms by rarity in the reviewed corpus: a place or a figure identifies a claim, "percent" does not;
 * - reads numbers by value ("1.2k" is "1,200", "four in ten" is "40 percent", "2/3" is "two of every three"),
 *   and gives a near figure part credit, since a misremembered claim most often gets the figure wrong;
 * - folds a small lexicon of policy-news wordings a fact-checker would call the same ("homicides"/"killings",
 *   "immigration agents"/"ICE");
 * - asks both ways, how much of the query the claim holds and how much of the claim the query holds: a fragment
 *   scores on the first, a paraphrase on both, a same-topic claim low on both;
 * - does not hold "<who> says" against a claim that leaves it out, as the claim's text usually does;
 * - marks a claim down when each side names a place or person the other does not: another claim, not an omission.
 */
import { editDistance } from "./text-similarity";

/** Document frequencies of the reviewed-claim corpus (the graph layer keeps them; tests can build them). */
export interface ClaimCorpusStats {
  documents: number;
  df(term: string): number;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

/** Words that carry no claim: function words, hedges, qualifiers of a figure, and the ways people relay a claim. */
const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for from with as into about than then so that this these those it its " +
    "is are was were be been being am do does did have has had will would shall should can could may might must " +
    "i me my we us our you your he him his she her they them their there here what which who whom when where why how " +
    "not no all any some such very just also only up out over more most other itself themselves despite spite " +
    "nearly almost roughly around approximately least fewer less under above below " +
    "say says said saying claim claims claimed claiming according posted post tweeted tweet meme viral story article " +
    "facebook someone somebody heard true really actually apparently reportedly supposedly basically literally like " +
    "kinda sorta lot lots folks even ever now still while whether " +
    "dont didnt doesnt isnt arent wasnt werent havent hasnt hadnt wont wouldnt cant couldnt shouldnt whod theyre " +
    "theyve weve ive youre hes shes thats theres"
  ).split(" "),
);

/** Irregular forms the suffix stemmer cannot reach ("freed" stays whole for the lexicon: "fre" would be nothing). */
const IRREGULAR: Record<string, string> = {
  fell: "fall", fallen: "fall", rose: "rise", risen: "rise", grew: "grow", grown: "grow", took: "take", taken: "take",
  went: "go", gone: "go", paid: "pay", spent: "spend", caught: "catch", held: "hold", lost: "lose", gave: "give",
  given: "give", sent: "send", brought: "bring", bought: "buy", led: "lead", came: "come", got: "get", gotten: "get",
  left: "leave", made: "make", kept: "keep", told: "tell", won: "win", built: "build", men: "man", women: "woman",
  children: "child", died: "die", dead: "die", freed: "freed", news: "news",
};

/**
 * A plain suffix stemmer (plural, then -ed or -ing, a doubled consonant, a final e): "released"/"releases"/
 * "release", "dropped"/"drop", "killings"/"kill". Heavier stemming merges words a fact-checker keeps apart.
 */
function stemWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/ie[sd]$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
  let w = /(ss|sh|ch|x|z)es$/.test(word) ? word.slice(0, -2) : /[^su]s$/.test(word) && !/(is|ss)$/.test(word) ? word.slice(0, -1) : word;
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  if (w !== word && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1); // dropp -> drop
  if (w.length > 4 && w.endsWith("e") && !/(ee|ie|ye)$/.test(w)) w = w.slice(0, -1); // release, releas(ed) -> releas
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
/** Words that multiply the number before them. */
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, k: 1e3, m: 1e6, mil: 1e6, bn: 1e9, grand: 1e3,
};
/** Scales that also stand alone: "an extra thousand bucks". */
const LONE_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);
/** Fractions in words, after a small count: "a third of", "two-thirds", "three quarters". */
const FRACTIONS: Record<string, number> = { third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5 };
/** Words before a bare four-digit number that make it a year: "in 2017", "since 2015". */
const YEAR_CUES = new Set("in since from to by until before after between through during of and fiscal early late mid".split(" "));

type NumberKind = "count" | "share" | "year" | "rank";
interface NumberValue {
  value: number;
  kind: NumberKind;
}

/** A token of the folded text: a word (capitalised inside its sentence: a name), a figure in digits, a clause break. */
type Token = { word: string; name: boolean } | { digits: number; separated: boolean } | { rank: number } | { comma: true };
/** A token once numbers are read. */
type ReadToken = { word: string; name: boolean } | { number: NumberValue } | { comma: true };

const wordOf = (t: Token | undefined): string => (t && "word" in t ? t.word : "");

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
 * The number starting at `i`, if any, and where it ends: counts "thirty one hundred" (3100), "1.2 billion",
 * "a million and a half", "half a million", "15 grand"; shares "40 percent", "four in ten", "three out of every
 * five", "2 of 3" (from "2/3"), "a third", "half"; a bare "2017" after "in"/"since" (or before no content word)
 * is a year.
 */
function readNumber(raw: Token[], i: number): { number: NumberValue; end: number } | undefined {
  const w = wordOf(raw[i]);
  let count = readCount(raw, i);
  if (!count && w === "half") {
    if (!(wordOf(raw[i + 1]) === "a" && SCALES[wordOf(raw[i + 2])])) return { number: { value: 50, kind: "share" }, end: i + 1 };
    count = { value: 0.5, end: i + 2 }; // half a million
  }
  if (!count && (w === "a" || w === "an") && (SCALES[wordOf(raw[i + 1])] || FRACTIONS[wordOf(raw[i + 1])])) count = { value: 1, end: i + 1 };
  if (!count && LONE_SCALES.has(w)) count = { value: 1, end: i };
  if (!count) return undefined;
  const fraction = FRACTIONS[wordOf(raw[count.end])];
  if (fraction && count.value < 10 && Number.isInteger(count.value)) {
    return { number: { value: round(count.value * fraction * 100), kind: "share" }, end: count.end + 1 };
  }
  // Scales multiply what comes before them; in words, a smaller count may follow: "six hundred (and) forty",
  // "two thousand one hundred". `total` holds what a thousand-or-more scale has closed.
  const inWords = !("digits" in raw[i]);
  let { value, end } = count;
  let total = 0;
  let scale = 1;
  for (;;) {
    const w = wordOf(raw[end]);
    if (SCALES[w]) {
      scale = SCALES[w];
      value *= scale;
      end++;
      if (scale >= 1000) [total, value] = [total + value, 0];
      continue;
    }
    const and = w === "and" ? 1 : 0;
    const more = inWords && scale > 1 && !("digits" in (raw[end + and] ?? {})) ? readCount(raw, end + and) : undefined;
    if (!more || more.value >= scale) break;
    value += more.value;
    end = more.end;
  }
  value += total;
  if (wordOf(raw[end]) === "and" && wordOf(raw[end + 1]) === "a" && wordOf(raw[end + 2]) === "half") {
    value += scale / 2;
    end += 3;
  }
  const next = wordOf(raw[end]);
  if (next === "percent") return { number: { value, kind: "share" }, end: end + 1 };
  if (scale === 1 && Number.isInteger(value) && (next === "in" || next === "of" || next === "out")) {
    let j = end + 1;
    if (next === "out" && wordOf(raw[j]) === "of") j++;
    const every = wordOf(raw[j]) === "every" || wordOf(raw[j]) === "each";
    if (every) j++;
    // "two of the three" is no share; "two of every three" and "2 of 3" (from "2/3") are.
    const whole = next === "of" && !every && !(raw[j] && "digits" in raw[j]) ? undefined : readCount(raw, j);
    if (whole && whole.value > value && whole.value <= 100 && !SCALES[wordOf(raw[whole.end])]) {
      return { number: { value: round((value / whole.value) * 100), kind: "share" }, end: whole.end };
    }
  }
  const t = raw[i];
  const year =
    "digits" in t && !t.separated && scale === 1 && Number.isInteger(value) && value >= 1900 && value <= 2099 &&
    wordOf(raw[i - 1]) !== "dollar" && (YEAR_CUES.has(wordOf(raw[i - 1])) || !next || STOP_WORDS.has(next));
  return { number: { value, kind: year ? "year" : "count" }, end };
}

function readNumbers(raw: Token[]): ReadToken[] {
  const out: ReadToken[] = [];
  for (let i = 0; i < raw.length; ) {
    const reading = readNumber(raw, i);
    if (reading) {
      out.push({ number: reading.number });
      i = reading.end;
      continue;
    }
    const t = raw[i++];
    out.push("digits" in t ? { number: { value: t.digits, kind: "count" } } : "rank" in t ? { number: { value: t.rank, kind: "rank" } } : t);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The index term of a number: kind and value, so "1,200", "1.2k" and "twelve hundred" are one term. */
function numberTerm(n: NumberValue): string {
  return `${{ count: "#", share: "%", year: "y", rank: "r" }[n.kind]}${round(n.value)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon

/**
 * Policy-news wordings a fact-checker would call the same claim, each entry folded onto its group's first entry.
 * Matched on stems, longest entry first ("immigration agents" before "immigration"); "#12" is the number. General
 * vocabulary of the domain and of the reviewed corpus, not any one claim's wording.
 */
const LEXICON: string[][] = [
  // Immigration enforcement
  [
    "undocumented immigrant", "illegal immigrant", "illegal alien", "undocumented alien", "unauthorized immigrant",
    "immigrant in the country illegally", "immigrant here illegally", "immigrant who are here illegally",
    "immigrant without legal status", "people here illegally", "people in the country illegally", "undocumented people",
    "illegal", "undocumented", "illegally", "unauthorized", "without legal status", "in the country illegally", "here illegally",
  ],
  [
    "ice", "immigration and customs enforcement", "federal immigration agent", "federal immigration authority",
    "federal immigration official", "immigration agent", "immigration authority", "immigration official", "immigration officer",
  ],
  ["detainer", "ice hold", "immigration hold", "detainer request", "hold request"],
  ["immigrant", "migrant", "alien"],
  ["deport", "deportation", "removal"],
  ["release", "freed", "let go", "let out", "walk free", "go free", "set free", "turn loose", "back on the street"],
  ["refuse", "reject", "ignore", "disregard", "turn down", "deny", "not honor"],
  ["honor", "comply with", "comply"],
  ["cross", "crosser", "crossing", "port of entry"],
  ["arrest", "apprehension", "apprehend", "catch"],
  ["border patrol", "border agent", "cbp"],
  ["asylum seeker", "asylum applicant", "asylum claimant"],
  ["miss", "skip", "fail to appear", "no show", "never show up", "not show up"],
  ["court hearing", "court date"],
  ["daca", "dreamer"],
  // Crime and justice
  ["murder", "homicide", "kill", "killing"],
  ["crime", "criminal"],
  ["inmate", "prisoner", "people locked up", "locked up", "incarcerated"],
  ["jail", "lockup"],
  ["convict", "conviction", "convicted of a crime", "criminal conviction", "criminal record"],
  ["reoffend", "recidivism", "commit new crime", "commit another crime", "go on to commit", "rearrest", "return to prison"],
  ["felon", "felony"],
  ["police", "cop"],
  ["gun", "firearm"],
  // Change and rank
  ["fall", "drop", "decline", "decrease", "plunge", "plummet", "shrink", "dip", "go down", "down"],
  ["rise", "grow", "increase", "climb", "jump", "soar", "spike", "go up", "balloon", "swell"],
  ["highest", "largest", "biggest", "record", "record high"],
  ["lowest", "smallest", "record low"],
  ["create", "add"],
  ["lose", "shed"],
  // Money and time
  ["dollar", "buck"],
  ["spend", "cost", "spending", "expense"],
  ["deficit", "shortfall", "budget hole", "budget gap", "hole"],
  ["tax cut", "tax break", "tax relief"],
  ["raise", "pay raise", "pay increase", "pay hike"],
  ["benefit", "welfare", "government assistance", "public assistance", "handout"],
  ["rental aid", "rent relief", "rental assistance", "rent assistance", "rent aid", "rental relief"],
  ["average", "typical"],
  ["year", "annual", "annually", "yearly", "#12 month"],
  ["#10 year", "decade"],
  ["none", "nothing"],
  // People and places
  ["family", "household"],
  ["child", "kid"],
  ["baby", "infant", "newborn"],
  ["mother", "mom"],
  ["father", "dad"],
  ["man", "guy"],
  ["student", "pupil", "schoolchildren"],
  ["teacher", "educator"],
  ["doctor", "physician"],
  ["worker", "employee"],
  ["veteran", "vet"],
  ["tenant", "renter"],
  ["company", "business", "firm"],
  ["manufacturer", "maker", "drugmaker"],
  ["city", "town"],
  ["nation", "country", "national", "nationwide", "united states"],
  ["federal", "federal government", "fed"],
  ["governor", "gov"],
  ["representative", "rep", "congressman", "congresswoman", "congressmember"],
  ["senator", "sen"],
  ["lawmaker", "legislator", "legislature"],
  // Health, schools, elections, energy
  ["uninsured", "without health insurance", "without health coverage", "without insurance", "no health insurance", "lack health insurance"],
  ["health insurance", "health coverage"],
  ["covid", "coronavirus"],
  ["die", "death", "fatal", "fatality"],
  ["painkiller", "pain pill", "pain reliever", "pain medication"],
  ["k12", "k #12", "k through #12", "kindergarten through #12"],
  ["college", "university"],
  ["vote", "cast a ballot", "cast ballot"],
  ["mail ballot", "absentee ballot", "mail in ballot"],
  ["voter fraud", "election fraud"],
  ["crash", "accident", "collision"],
  ["electricity", "power", "electric"],
  ["gas", "gasoline", "fuel"],
  ["ban", "prohibit", "outlaw"],
  ["require", "mandate"],
];

function lexiconTerm(word: string): string {
  return word.startsWith("#") ? word : stemWord(word);
}

/** Lexicon entries by their first term, longest first: each entry's terms and its group's terms. */
const PHRASES = new Map<string, { from: string[]; to: string[] }[]>();
for (const group of LEXICON) {
  const to = group[0].split(" ").map(lexiconTerm);
  for (const entry of group) {
    const from = entry.split(" ").map(lexiconTerm);
    const list = PHRASES.get(from[0]) ?? [];
    list.push({ from, to });
    PHRASES.set(from[0], list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.from.length - a.from.length);
/** The lexicon's longer words, which a misspelt query word is checked against. */
const LEXICON_WORDS = [...new Set(LEXICON.flat().flatMap((entry) => entry.split(" ")))].filter((w) => w.length >= 7);

// ---------------------------------------------------------------------------------------------------------------
// Terms

/** One term of a text: what is indexed, weighed and compared. */
interface Term {
  term: string;
  /** The folded word it came from, for typo matching ("" for numbers and lexicon groups). */
  surface: string;
  number?: NumberValue;
  /** Part of "<who> says" / "according to <who>" in a query: what a reviewed claim leaves to its claimant field. */
  attribution: boolean;
  /** Capitalised inside its sentence, and not attribution: a place or a person. */
  name: boolean;
}

/** Say-verbs that introduce a relayed claim: what comes before them is who said it. */
const SAY_VERBS = new Set(
  ("say says said claim claims claimed posted tweeted wrote argued argues insisted insists stated " +
    "bragged bragging boasted boasting announced").split(" "),
);
/** An attribution is a few words ("state senator abernathy"), not a clause. */
const MAX_ATTRIBUTION = 6;

function tokens(text: string): ReadToken[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // accents
    .replace(/['‘’ʼ`´]/g, "") // won't -> wont
    .replace(/(\d+)\s*\(\s*([a-z])\s*\)/gi, "$1$2") // 287(g) -> 287g, as people type it
    .replace(/(\d)\s*\/\s*(\d)/g, "$1 of $2") // 2/3
    .replace(/(\d)\s*x\b/gi, "$1 times") // 2.5x
    .replace(/(\d)(k|m|mil|bn)\b/gi, "$1 $2") // 1.2k
    .replace(/%/g, " percent ")
    .replace(/\$/g, " dollar ");
  const raw: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  const pattern = /\d+(?:st|nd|rd|th)\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?![\p{L}\d])|[\p{L}\p{N}]+|[,;:()"“”—–]/gu;
  for (const m of folded.matchAll(pattern)) {
    const s = m[0].toLowerCase();
    if (/[.!?"“”]/.test(folded.slice(last, m.index))) sentenceStart = true;
    last = m.index + m[0].length;
    if (/^\d+(st|nd|rd|th)$/.test(s)) raw.push({ rank: parseInt(s, 10) });
    else if (/^\d[\d,.]*$/.test(s)) raw.push({ digits: Number(s.replace(/,/g, "")), separated: s.includes(",") });
    else if (/^[\p{L}\p{N}]+$/u.test(s)) raw.push({ word: s, name: !sentenceStart && /^\p{Lu}\p{Ll}/u.test(m[0]) });
    else if (raw.length && !("comma" in raw[raw.length - 1])) raw.push({ comma: true });
    // "Says" opens a claim as a capital does a sentence: "Says Dunmore ..." names no more than "Dunmore ...".
    sentenceStart = (s === "says" && sentenceStart) || /^["“”]$/.test(s);
  }
  return readNumbers(raw);
}

/** Which tokens are the attribution: "<who> says ...", "according to <who>, ...", "..., <who> says". */
function attributionMask(toks: ReadToken[]): boolean[] {
  const mask = toks.map(() => false);
  const word = (i: number) => wordOf(toks[i] as Token | undefined);
  const isBreak = (i: number) => "comma" in toks[i];
  const according = toks.findIndex((_, i) => word(i) === "according" && word(i + 1) === "to");
  if (according >= 0) {
    let j = according + 2;
    while (j < toks.length && !isBreak(j) && j - according - 2 < MAX_ATTRIBUTION) j++;
    if (j === toks.length || isBreak(j)) mask.fill(true, according + 2, j);
    return mask;
  }
  const say = toks.findIndex((_, i) => SAY_VERBS.has(word(i)));
  if (say > 0 && say <= MAX_ATTRIBUTION) mask.fill(true, 0, say);
  else if (say >= 0 && say >= toks.length - 2) {
    // "..., a state representative claims": back to the clause break.
    let k = say - 1;
    while (k >= 0 && !isBreak(k) && say - k <= MAX_ATTRIBUTION) k--;
    if (k >= 0 && isBreak(k)) mask.fill(true, k + 1, say);
  }
  return mask;
}

/**
 * The terms of a text, in order: stems of content words, lexicon groups, numbers by value ("#1200", "%40",
 * "y2017", "r47" for 47th). Given the corpus stats, the text is read as a query: its attribution is marked, and a
 * word no review holds that is a typo away from a lexicon word ("illegaly") is read as that word.
 */
function textTerms(text: string, queryStats?: ClaimCorpusStats): Term[] {
  const toks = tokens(text);
  const attribution = queryStats ? attributionMask(toks) : [];
  const items = toks.map((t, i) => ({
    term: "word" in t ? stemWord(t.word) : "number" in t ? numberTerm(t.number) : "",
    surface: "word" in t ? t.word : "",
    number: "number" in t ? t.number : undefined,
    attribution: !!attribution[i],
    name: "word" in t && t.name && !attribution[i],
  }));
  if (queryStats) {
    for (const it of items) {
      if (it.surface.length < 7 || PHRASES.has(it.term) || queryStats.df(it.term) > 0) continue;
      const budget = typoBudget(it.surface.length);
      const fix = LEXICON_WORDS.find((w) => editDistance(w, it.surface, budget) <= budget);
      if (fix) it.term = stemWord(fix);
    }
  }
  const terms: Term[] = [];
  for (let i = 0; i < items.length; ) {
    const hit = PHRASES.get(items[i].term)?.find((p) => p.from.every((w, k) => items[i + k]?.term === w));
    if (hit) {
      const { attribution } = items[i];
      for (const term of hit.to) {
        const number: NumberValue | undefined = term.startsWith("#") ? { value: Number(term.slice(1)), kind: "count" } : undefined;
        terms.push({ term, surface: "", number, attribution, name: false });
      }
      i += hit.from.length;
      continue;
    }
    const it = items[i++];
    if (it.term === "" || (it.surface && (STOP_WORDS.has(it.surface) || it.surface.length < 2))) continue;
    terms.push(it);
  }
  return terms;
}

/** The terms stats are counted over: what a reviewed claim is indexed by. The graph layer calls it on every review. */
export function claimTerms(text: string): string[] {
  return textTerms(text).map((t) => t.term);
}

/** Document frequencies over in-memory texts (tests, tools). */
export function corpusStats(texts: Iterable<string>): ClaimCorpusStats {
  const df = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    countTerms(df, text);
  }
  return { documents, df: (term) => df.get(term) ?? 0 };
}

function countTerms(df: Map<string, number>, text: string): void {
  for (const term of new Set(claimTerms(text))) df.set(term, (df.get(term) ?? 0) + 1);
}

/**
 * `corpusStats` for a server: counting 100,000 reviews takes seconds of CPU, so it yields to the event loop every
 * `chunk` texts and other requests are answered meanwhile.
 */
export async function corpusStatsYielding(texts: readonly string[], chunk = 500): Promise<ClaimCorpusStats> {
  const df = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    if (i > 0 && i % chunk === 0) await new Promise((resolve) => setImmediate(resolve));
    countTerms(df, texts[i]);
  }
  return { documents: texts.length, df: (term) => df.get(term) ?? 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/** A word a typo away from another: part credit. */
const TYPO_MATCH = 0.8;
/** One stem the other plus a suffix ("deportable"/"deport", "graduating"/"graduation"): part credit. */
const SUFFIX_MATCH = 0.7;
/** A figure written as another kind ("nine" for "9 percent", a year for a count): part credit. */
const OTHER_KIND_MATCH = 0.7;
/** The most a near figure earns: a misremembered figure is evidence, but less than the figure itself. */
const NEAR_NUMBER_MATCH = 0.75;
/** Counts this share of each other apart earn nothing; closer ones earn up to NEAR_NUMBER_MATCH, linearly. */
const NEAR_RATIO = 0.5;
/** Shares this many points apart earn nothing ("45%" for "40%" earns three quarters of the most). */
const NEAR_POINTS = 20;
/** How much an unmatched attribution word still counts against a claim: it is rarely in the claim's text. */
const ATTRIBUTION_WEIGHT = 0.25;
/** Weight of query coverage in the blend with claim coverage. */
const QUERY_SIDE = 0.5;
/** Weight of the share of the query's adjacent term pairs found adjacent in the claim: a fragment copied verbatim. */
const PAIRS_WEIGHT = 0.1;
/** Score factor when each side names a place or person the other does not. */
const NAME_CONFLICT = 0.7;

/** Inverse document frequency: a term in every review weighs ~0, a term in none the most. */
function idf(term: string, stats: ClaimCorpusStats): number {
  return Math.log(1 + Math.max(stats.documents, 1) / (stats.df(term) + 1));
}

/** How close two figures are: 1 the same, part credit for a near one (a misremembered claim), else 0. */
function numberMatch(a: NumberValue, b: NumberValue): number {
  const kind = a.kind === b.kind ? 1 : OTHER_KIND_MATCH;
  if (a.value === b.value) return kind;
  if (a.kind !== b.kind) return 0;
  if (a.kind === "year" || a.kind === "rank") return Math.abs(a.value - b.value) <= 1 ? NEAR_NUMBER_MATCH / 2 : 0;
  const close =
    a.kind === "share"
      ? 1 - Math.abs(a.value - b.value) / NEAR_POINTS
      : (Math.min(a.value, b.value) / Math.max(a.value, b.value) - NEAR_RATIO) / (1 - NEAR_RATIO);
  return close > 0 ? NEAR_NUMBER_MATCH * close : 0;
}

/** Typos allowed in a word of this length: none in short words, where one edit makes another word. */
function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** How well a query term matches a claim term, in [0, 1]. */
function termMatch(q: Term, c: Term): number {
  if (q.term === c.term) return 1;
  if (q.number || c.number) return q.number && c.number ? numberMatch(q.number, c.number) : 0;
  if (q.surface && c.surface) {
    const budget = typoBudget(Math.min(q.surface.length, c.surface.length));
    if (budget > 0 && editDistance(q.surface, c.surface, budget) <= budget) return TYPO_MATCH;
  }
  const [short, long] = q.term.length <= c.term.length ? [q.term, c.term] : [c.term, q.term];
  return short.length >= 6 && long.startsWith(short.slice(0, -1)) ? SUFFIX_MATCH : 0;
}

/**
 * A query prepared once for scoring its candidates with `scoreAgainst`: its terms, their weights, and the word
 * matches worked out so far (candidates share most of their words, and edit distances dominate the cost).
 */
export interface PreparedClaimQuery {
  terms: Term[];
  weights: number[];
  /** Adjacent term pairs of the query's claim part ("a b"). */
  pairs: string[];
  stats: ClaimCorpusStats;
  /** Claim term -> how well each query term matches it. */
  matches: Map<string, Float64Array>;
}

export function prepareClaimQuery(query: string, stats: ClaimCorpusStats): PreparedClaimQuery {
  const all = textTerms(query, stats);
  const terms = distinct(all);
  const pairs = pairsOf(all.filter((t) => !t.attribution));
  return { terms, weights: terms.map((t) => idf(t.term, stats)), pairs, stats, matches: new Map() };
}

/** Each term once; a term both in the attribution and in the claim part counts as the claim's. */
function distinct(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) if (!seen.has(t.term) || seen.get(t.term)!.attribution) seen.set(t.term, t);
  return [...seen.values()];
}

function pairsOf(terms: Term[]): string[] {
  return terms.slice(1).map((t, i) => `${terms[i].term} ${t.term}`);
}

/** How a reviewed claim's terms match a query's. */
export interface ClaimTermMatch {
  /** How much of each the other holds, weighed by rarity, in [0, 1]. */
  overlap: number;
  /** Each names a place or person the other does not ("the Harwell jail" for "the Quillon County jail"). */
  nameConflict: boolean;
}

/** How well `claim` matches the prepared query, in [0, 1]: the overlap, marked down for a name conflict. */
export function scoreAgainst(query: PreparedClaimQuery, claim: string): number {
  const { overlap, nameConflict } = matchAgainst(query, claim);
  return Math.round((nameConflict ? NAME_CONFLICT * overlap : overlap) * 1e6) / 1e6;
}

export function matchAgainst(query: PreparedClaimQuery, claim: string): ClaimTermMatch {
  const all = textTerms(claim);
  const c = distinct(all);
  const q = query.terms;
  if (q.length === 0 || c.length === 0) return { overlap: 0, nameConflict: false };

  const queryBest = new Float64Array(q.length);
  const claimBest = c.map((ct) => {
    const key = `${ct.term} ${ct.surface}`;
    let row = query.matches.get(key);
    if (!row) query.matches.set(key, (row = Float64Array.from(q, (qt) => termMatch(qt, ct))));
    row.forEach((m, i) => (queryBest[i] = Math.max(queryBest[i], m)));
    return Math.max(0, ...row);
  });
  let queryHeld = 0;
  let queryWeight = 0;
  let nameMissed = false;
  q.forEach((qt, i) => {
    const best = queryBest[i];
    const w = query.weights[i];
    queryHeld += w * best;
    // An attribution word the claim lacks is barely held against it: the claimant is not in the claim's text.
    queryWeight += w * (qt.attribution ? best + ATTRIBUTION_WEIGHT * (1 - best) : 1);
    if (qt.name && best < 0.5) nameMissed = true;
  });
  let claimHeld = 0;
  let claimWeight = 0;
  let claimNameMissed = false;
  c.forEach((ct, j) => {
    const w = idf(ct.term, query.stats);
    claimHeld += w * claimBest[j];
    claimWeight += w;
    if (ct.name && claimBest[j] < 0.5) claimNameMissed = true;
  });
  const queryCoverage = queryWeight ? queryHeld / queryWeight : 0;
  const claimCoverage = claimWeight ? claimHeld / claimWeight : 0;
  const claimPairs = new Set(pairsOf(all));
  const pairs = query.pairs.length ? query.pairs.filter((p) => claimPairs.has(p)).length / query.pairs.length : 0;

  const overlap = (1 - PAIRS_WEIGHT) * (QUERY_SIDE * queryCoverage + (1 - QUERY_SIDE) * claimCoverage) + PAIRS_WEIGHT * pairs;
  return { overlap, nameConflict: nameMissed && claimNameMissed };
}

/** How well a reviewed claim matches a user's claim, in [0, 1], by its terms alone. */
export function scoreClaim(query: string, claim: string, stats: ClaimCorpusStats): number {
  return scoreAgainst(prepareClaimQuery(query, stats), claim);
}
