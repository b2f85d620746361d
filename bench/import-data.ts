/**
 * Synthetic dataset files for the import benchmark, deterministic for a size and seed:
 *
 * - a Quotebank quotation-centric file (`quotes-<n>.jsonl`, one quotation a line, the fields of the real
 *   `quotes-YYYY.json.bz2`): speakers drawn Zipf-wise (s = 1.1) over 50,000 people, ~3% of whose names have
 *   2 or 3 Wikidata ids; ~8% of quotations with "None" as the likeliest speaker; ~2.5 URLs a quotation from a
 *   pool of articles that each carry several quotations; 5% misquotes of an earlier quotation (one or two
 *   words changed) under their own quoteID, as Quotebank keeps them apart;
 * - a ClaimReview feed (`reviews-<m>.jsonl`, one schema.org ClaimReview JSON-LD object a line) from 40
 *   publishers, with Zipfian claimants (most of them people who are also Quotebank speakers) and appearances
 *   (some the quotations' articles).
 *
 * Plain JSON lines, or gzip with --gz: Node has no bz2 compressor, and the reader treats every compression
 * alike (the decompression is not what the benchmark measures).
 *
 *   npx tsx bench/import-data.ts --quotations 1m --reviews 100k [--out dir] [--gz] [--seed s]
 */
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { benchRoot, sizeLabel } from "./neo4j";
import { Random, Zipf } from "./synthetic/random";
import { capitalize, Vocabulary } from "./synthetic/vocabulary";

export interface ImportDataOptions {
  quotations: number;
  reviews: number;
  out: string;
  gzip?: boolean;
  seed?: string;
}

export interface ImportData {
  quotesFile: string;
  reviewsFile: string;
  quotations: number;
  reviews: number;
  /** What was generated, for the results file. */
  stats: Record<string, number>;
}

const SPEAKERS = 50_000;
const CLAIMANTS = 20_000;
const PUBLISHERS = 40;
const FIRST_DAY = Date.UTC(2008, 8, 1);
const LAST_DAY = Date.UTC(2020, 3, 16);
const DAY = 86_400_000;
/** Recent articles a quotation's URLs are drawn from: news reports a story in several pieces within days. */
const ARTICLE_WINDOW = 20_000;
/** Chance a URL slot opens a new article rather than one already carrying quotations (about 4 quotations an article). */
const NEW_ARTICLE = 0.25;
/** URLs a quotation lists: 1 to 6, mean 2.46. */
const URL_COUNTS = [0.32, 0.27, 0.19, 0.11, 0.07, 0.04];

const FIRST_NAMES = (
  "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica " +
  "Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley " +
  "Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa " +
  "Eva Charlie Brad Rosa Luis Ana Carlos Sofia Miguel Lucia Wei Mei Arjun Priya Omar Fatima Kofi Amara Jürgen Zoë"
).split(" ");
const SURNAME_SYLLABLES = "ber berg stein wood man son ley ton field ford ridge vel mar dor ash hol kin lind ros tad wick har mont bel car del fen gar".split(" ");
const SURNAME_HEADS = "Ab Ash Bal Bern Cal Dun El Fair Gal Hal Ing Jas Kel Lam Mor Nor Ost Pem Quin Rad Sal Tam Ul Van Wes Yor Zel".split(" ");
const ORG_HEADS = "Americans for|Citizens for|Coalition for|Committee for|Alliance for|Project on|Fund for|Center for".split("|");
const ORG_TOPICS = "Fair Taxes|Safe Streets|Clean Water|Border Security|Family Values|Working Families|Open Government|Affordable Housing|Better Schools|Energy Independence|Medical Freedom|Voter Integrity".split("|");
const VIRAL = ["Facebook posts", "Viral image", "Instagram posts", "TikTok videos", "Bloggers", "Chain email", "Tweets", "YouTube video"];
const TITLES = ["Sen.", "Rep.", "Gov.", "Mayor", "President", "Former Sen."];
const PUBLISHER_WORDS = "Truth Fact Check Verify Claim Meter Desk Lens Watch Scope Signal Record Ledger Probe Audit".split(" ");
const SCALES: { names: string[]; numeric: boolean }[] = [
  { names: ["Pants on Fire", "False", "Mostly False", "Half True", "Mostly True", "True"], numeric: true },
  { names: ["False", "Misleading", "Partly False", "Mostly True", "True"], numeric: true },
  { names: ["False", "Misleading", "Missing Context", "Unproven", "Correct"], numeric: false },
  { names: ["Fake", "Distorts the Facts", "Exaggerates", "Needs Context", "Accurate"], numeric: false },
];
const SOCIAL = ["https://twitter.com/", "https://www.facebook.com/", "https://www.instagram.com/p/", "https://www.tiktok.com/@"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const datePath = (ms: number) => isoDay(ms).replace(/-/g, "/");
/** Quotebank's phases A to E, by the dates they cover. */
const phaseOf = (day: string) => (day < "2009-07" ? "A" : day < "2011-11" ? "B" : day < "2015-01" ? "C" : day < "2017-02" ? "D" : "E");
const probability = (p: number) => p.toFixed(4);

/** Lines in, a file out (gzip when asked), a megabyte at a time so the JSON of millions of records never piles up. */
async function writeLines(file: string, gzip: boolean, lines: Iterable<string>): Promise<void> {
  function* chunks(): Generator<string> {
    let chunk = "";
    for (const line of lines) {
      chunk += line + "\n";
      if (chunk.length >= 1 << 20) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  const source = Readable.from(chunks());
  await (gzip ? pipeline(source, zlib.createGzip({ level: 1 }), fs.createWriteStream(file)) : pipeline(source, fs.createWriteStream(file)));
}

interface Speaker {
  name: string;
  qids: string[];
}

function speakersOf(random: Random): Speaker[] {
  const names = new Set<string>();
  const qids = new Set<string>();
  const qid = () => {
    for (;;) {
      const q = `Q${random.int(10_000, 99_999_999)}`;
      if (qids.has(q)) continue;
      qids.add(q);
      return q;
    }
  };
  const out: Speaker[] = [];
  while (out.length < SPEAKERS) {
    const surname = random.pick(SURNAME_HEADS) + random.pick(SURNAME_SYLLABLES) + (random.chance(0.3) ? random.pick(SURNAME_SYLLABLES) : "");
    const name = `${random.pick(FIRST_NAMES)}${random.chance(0.15) ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : ""} ${surname}`;
    if (names.has(name)) continue;
    names.add(name);
    // A name several people share: Quotebank lists all their ids and cannot tell which one spoke.
    const ambiguous = random.chance(0.03);
    out.push({ name, qids: ambiguous ? Array.from({ length: random.int(2, 3) }, qid) : [qid()] });
  }
  return out;
}

/** 1 to 6 by URL_COUNTS. */
function urlCount(random: Random): number {
  let u = random.next();
  for (let i = 0; i < URL_COUNTS.length; i++) if ((u -= URL_COUNTS[i]) < 0) return i + 1;
  return URL_COUNTS.length;
}

/** One or two words of `text` changed for others: a misquote, still close enough to be recognised. */
function misquote(random: Random, vocabulary: Vocabulary, text: string): string {
  const words = text.split(" ");
  const edits = random.chance(0.6) ? 1 : 2;
  for (let i = 0; i < edits; i++) {
    const at = random.int(1, words.length - 1);
    const punctuation = /[.,]$/.exec(words[at])?.[0] ?? "";
    let word = vocabulary.noun(random);
    while (words[at] === word + punctuation) word = vocabulary.noun(random);
    words[at] = word + punctuation;
  }
  return words.join(" ");
}

function quoteText(random: Random, vocabulary: Vocabulary): string {
  for (;;) {
    const text = `${vocabulary.quote(random)}.`;
    const words = text.split(" ").length;
    if (words >= 8 && words <= 40) return text;
  }
}

class Articles {
  private readonly recent: { url: string; day: number }[] = [];
  private next = 0;
  created = 0;
  /** A sample of every article, for the fact-checks' appearances. */
  readonly sample: string[] = [];

  constructor(private readonly random: Random, private readonly outlets: string[], private readonly vocabulary: Vocabulary) {}

  /** `count` distinct article URLs for a quotation of day `day`. */
  pick(count: number, day: number): string[] {
    const urls = new Set<string>();
    while (urls.size < count) {
      if (this.recent.length < 50 || this.random.chance(NEW_ARTICLE)) {
        const url = this.open(day);
        urls.add(url);
      } else {
        // The most recent articles are the likeliest: a story is reported over a few days.
        const back = Math.floor(this.random.next() ** 2 * this.recent.length);
        urls.add(this.recent[(this.next - 1 - back + this.recent.length * 2) % this.recent.length].url);
      }
    }
    return [...urls];
  }

  private open(day: number): string {
    const r = this.random;
    const slug = [this.vocabulary.noun(r), this.vocabulary.noun(r), this.vocabulary.noun(r)].join("-");
    const url = `https://www.${r.pick(this.outlets)}.com/${datePath(day)}/${slug}-${++this.created}`;
    const entry = { url, day };
    if (this.recent.length < ARTICLE_WINDOW) this.recent.push(entry);
    else this.recent[this.next % ARTICLE_WINDOW] = entry;
    this.next = (this.next + 1) % ARTICLE_WINDOW;
    if (this.sample.length < 10_000) this.sample.push(url);
    else {
      const at = r.int(0, this.created - 1);
      if (at < this.sample.length) this.sample[at] = url;
    }
    return url;
  }
}

function* quotationLines(n: number, random: Random, vocabulary: Vocabulary, speakers: Speaker[], articles: Articles, stats: Record<string, number>): Generator<string> {
  const rank = new Zipf(SPEAKERS, 1.1);
  const recent: { text: string; speaker: number }[] = [];
  let day = "";
  let counter = 0;
  const span = (LAST_DAY - FIRST_DAY) / DAY;
  for (let i = 0; i < n; i++) {
    const ms = FIRST_DAY + Math.floor((i / n) * span) * DAY;
    const today = isoDay(ms);
    counter = today === day ? counter + 1 : 1;
    day = today;
    let text: string;
    let who: number;
    if (recent.length > 100 && random.chance(0.05)) {
      const original = recent[random.int(0, recent.length - 1)];
      text = misquote(random, vocabulary, original.text);
      who = original.speaker;
      stats.misquotes++;
    } else {
      text = quoteText(random, vocabulary);
      who = rank.sample(random);
      if (recent.length < 10_000) recent.push({ text, speaker: who });
      else recent[random.int(0, recent.length - 1)] = { text, speaker: who };
    }
    const speaker = speakers[who];
    const none = random.chance(0.08);
    // The dataset's `speaker` is the likeliest candidate: "None" on top outweighs every name below it.
    const top = (none ? 0.5 : 0.35) + random.next() * (none ? 0.49 : 0.64);
    const rest = 1 - top;
    const other = speakers[random.int(0, SPEAKERS - 1)];
    const probas: [string, string][] = none
      ? [["None", probability(top)], [speaker.name, probability(rest * 0.7)], [other.name, probability(rest * 0.3)]]
      : random.chance(0.5)
        ? [[speaker.name, probability(top)], ["None", probability(rest)]]
        : [[speaker.name, probability(top)], ["None", probability(rest * 0.6)], [other.name, probability(rest * 0.4)]];
    if (none) stats.noneOnTop++;
    if (!none && speaker.qids.length > 1) stats.ambiguousSpeaker++;
    const urls = articles.pick(urlCount(random), ms);
    stats.urls += urls.length;
    yield JSON.stringify({
      quoteID: `${day}-${pad(counter, 6)}`,
      quotation: text,
      speaker: none ? "None" : speaker.name,
      qids: none ? [] : speaker.qids,
      date: `${day} ${pad(random.int(0, 23), 2)}:${pad(random.int(0, 59), 2)}:${pad(random.int(0, 59), 2)}`,
      numOccurrences: urls.length + (random.chance(0.3) ? random.int(1, 5) : 0),
      probas,
      urls,
      phase: phaseOf(day),
    });
  }
}

interface Publisher {
  name: string;
  domain: string;
  scale: (typeof SCALES)[number];
}

interface Claimant {
  name: string;
  type: "Person" | "Organization";
}

function claimantsOf(random: Random, speakers: Speaker[]): Claimant[] {
  return Array.from({ length: CLAIMANTS }, (): Claimant => {
    const roll = random.next();
    // Most claimants are people the news quotes: the same names as Quotebank's speakers.
    if (roll < 0.7) {
      const name = speakers[random.int(0, SPEAKERS - 1)].name;
      return { name: random.chance(0.1) ? `${random.pick(TITLES)} ${name}` : name, type: "Person" };
    }
    if (roll < 0.8) return { name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAME_HEADS)}${random.pick(SURNAME_SYLLABLES)}`, type: "Person" };
    if (roll < 0.83) return { name: random.pick(VIRAL), type: "Organization" };
    return { name: `${random.pick(ORG_HEADS)} ${random.pick(ORG_TOPICS)}`, type: "Organization" };
  });
}

/** A schema.org ClaimReview JSON-LD object of the feed. */
export interface GeneratedReview {
  url: string;
  claimReviewed: string;
  [field: string]: unknown;
}

function* reviewRecords(m: number, random: Random, vocabulary: Vocabulary, speakers: Speaker[], articles: Articles, stats: Record<string, number>): Generator<GeneratedReview> {
  const publishers: Publisher[] = [];
  while (publishers.length < PUBLISHERS) {
    const name = `${random.pick(PUBLISHER_WORDS)} ${random.pick(PUBLISHER_WORDS)}`;
    if (name.split(" ")[0] === name.split(" ")[1] || publishers.some((p) => p.name === name)) continue;
    publishers.push({ name, domain: `${name.toLowerCase().replace(/ /g, "")}.org`, scale: random.pick(SCALES) });
  }
  const publisherRank = new Zipf(PUBLISHERS, 1);
  const claimants = claimantsOf(random, speakers);
  const claimantRank = new Zipf(CLAIMANTS, 1.1);
  const span = (LAST_DAY - Date.UTC(2010, 0, 1)) / DAY;
  for (let i = 0; i < m; i++) {
    const ms = Date.UTC(2010, 0, 1) + Math.floor((i / m) * span) * DAY;
    const publisher = publishers[publisherRank.sample(random)];
    const claimant = claimants[claimantRank.sample(random)];
    const said = quoteText(random, vocabulary);
    const claim = random.chance(0.6) ? `Says ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said;
    const verdict = random.int(0, publisher.scale.names.length - 1);
    const appearances = Array.from({ length: random.int(0, 3) }, () =>
      random.chance(0.4)
        ? random.pick(articles.sample)
        : `${random.pick(SOCIAL)}${vocabulary.noun(random).replace(/[^a-z]/g, "")}${random.int(1, 999)}/status/${random.int(1e8, 9e8)}${i}`,
    );
    stats.appearances += appearances.length;
    const slug = claim.split(" ").slice(0, 6).join("-").toLowerCase().replace(/[^a-z0-9-]/g, "");
    yield {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://www.${publisher.domain}/fact-check/${datePath(ms)}/${slug}-${i}/`,
      name: `${capitalize(said.split(" ").slice(0, 10).join(" ").replace(/[.,]$/, ""))}?`,
      claimReviewed: claim,
      datePublished: isoDay(ms),
      author: { "@type": "Organization", name: publisher.name, url: `https://www.${publisher.domain}` },
      reviewRating: publisher.scale.numeric
        ? { "@type": "Rating", ratingValue: verdict + 1, bestRating: publisher.scale.names.length, worstRating: 1, alternateName: publisher.scale.names[verdict] }
        : { "@type": "Rating", alternateName: publisher.scale.names[verdict] },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": claimant.type, name: claimant.name },
        datePublished: isoDay(ms - random.int(1, 20) * DAY),
        ...(appearances.length ? { appearance: appearances.map((url) => ({ "@type": "CreativeWork", url })) } : {}),
      },
      ...(random.chance(0.9) ? { inLanguage: "en" } : {}),
    };
  }
}

/** One seeded draw of both datasets: the quotations first, then the reviews, which continue the same random sequence. */
function draw(o: { quotations: number; reviews: number; seed?: string }) {
  const random = new Random(o.seed ?? "factgraph-import");
  const vocabulary = new Vocabulary(random, 20_000);
  const speakers = speakersOf(random);
  const outlets = Array.from({ length: 400 }, (_, i) => `${vocabulary.noun(random).replace(/[^a-z]/g, "")}${random.pick(["news", "times", "post", "herald", "daily", "wire"])}${i}`);
  const articles = new Articles(random, outlets, vocabulary);
  const stats: Record<string, number> = { misquotes: 0, noneOnTop: 0, ambiguousSpeaker: 0, urls: 0, appearances: 0 };
  return {
    stats,
    quotations: quotationLines(o.quotations, random, vocabulary, speakers, articles, stats),
    /** Only once the quotations are drawn. */
    reviews: () => {
      stats.articles = articles.created;
      return reviewRecords(o.reviews, random, vocabulary, speakers, articles, stats);
    },
  };
}

export async function generateImportData(o: ImportDataOptions): Promise<ImportData> {
  fs.mkdirSync(o.out, { recursive: true });
  const ext = o.gzip ? ".jsonl.gz" : ".jsonl";
  const quotesFile = path.join(o.out, `quotes-${sizeLabel(o.quotations)}${ext}`);
  const reviewsFile = path.join(o.out, `reviews-${sizeLabel(o.reviews)}${ext}`);
  const data = draw(o);
  function* reviewLines(): Generator<string> {
    for (const review of data.reviews()) yield JSON.stringify(review);
  }
  await writeLines(quotesFile, !!o.gzip, data.quotations);
  await writeLines(reviewsFile, !!o.gzip, reviewLines());
  return { quotesFile, reviewsFile, quotations: o.quotations, reviews: o.reviews, stats: data.stats };
}

/** The reviews generateImportData writes for these counts, drawn again in memory: what a loaded feed holds, without its file. */
export function* generatedReviews(o: { quotations: number; reviews: number; seed?: string }): Generator<GeneratedReview> {
  const data = draw(o);
  for (const _ of data.quotations);
  yield* data.reviews();
}

/** Bump when this generator changes what it writes: files generated before are generated again. */
const DATA_VERSION = 1;

/** The files for these sizes in the default folder, generated once and reused while the generator is unchanged. */
export async function cachedImportData(
  o: { quotations: number; reviews: number; gzip?: boolean },
  log: (message: string) => void,
): Promise<ImportData & { generateSeconds: number | null }> {
  const gzip = !!o.gzip;
  const out = path.join(defaultDataDir(), `${sizeLabel(o.quotations)}-${sizeLabel(o.reviews)}${gzip ? "-gz" : ""}`);
  const marker = path.join(out, "data.json");
  const wanted = { version: DATA_VERSION, quotations: o.quotations, reviews: o.reviews, gzip };
  if (fs.existsSync(marker)) {
    const saved = JSON.parse(fs.readFileSync(marker, "utf8")) as { wanted: typeof wanted; data: ImportData };
    if (JSON.stringify(saved.wanted) === JSON.stringify(wanted) && fs.existsSync(saved.data.quotesFile) && fs.existsSync(saved.data.reviewsFile)) {
      log(`using the files generated before in ${out}`);
      return { ...saved.data, generateSeconds: null };
    }
  }
  const started = Date.now();
  const data = await generateImportData({ quotations: o.quotations, reviews: o.reviews, out, gzip });
  fs.writeFileSync(marker, JSON.stringify({ wanted, data }, null, 2));
  const seconds = (Date.now() - started) / 1000;
  log(`generated ${data.quotesFile} and ${data.reviewsFile} in ${seconds.toFixed(1)} s`);
  return { ...data, generateSeconds: seconds };
}

/**
 * The ClaimReview feed the corpus (bench/corpus.ts) and bench/factchecks.ts load: the reviews drawn after this many
 * quotations, whose own file they leave aside. Few, so the feed can be drawn again quickly (generatedReviews).
 */
export const FEED_QUOTATIONS = 1000;
/** The feed's default size: the 100,000 reviews of the factChecks target. */
export const FEED_REVIEWS = 100_000;

export function reviewFeed(reviews: number, log: (message: string) => void): Promise<ImportData & { generateSeconds: number | null }> {
  return cachedImportData({ quotations: FEED_QUOTATIONS, reviews }, log);
}

/** Parses 1000, 100k, 1m (at least 1). */
export function parseCount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a count: use e.g. 10000, 100k or 1m`);
  const n = Math.round(Number(m[1]) * (m[2].toLowerCase() === "k" ? 1e3 : m[2].toLowerCase() === "m" ? 1e6 : 1));
  if (n < 1) throw new Error(`"${text}" is not a positive count`);
  return n;
}

export function defaultDataDir(): string {
  return path.join(benchRoot(), "import-data");
}

async function main(args: string[]): Promise<void> {
  const value = (flag: string, fallback: string) => {
    const at = args.indexOf(flag);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const started = Date.now();
  const data = await generateImportData({
    quotations: parseCount(value("--quotations", "100k")),
    reviews: parseCount(value("--reviews", "10k")),
    out: value("--out", defaultDataDir()),
    gzip: args.includes("--gz"),
    seed: value("--seed", "factgraph-import"),
  });
  const size = (f: string) => `${(fs.statSync(f).size / 2 ** 20).toFixed(0)} MB`;
  console.log(`${data.quotesFile} (${size(data.quotesFile)}), ${data.reviewsFile} (${size(data.reviewsFile)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(data.stats));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
