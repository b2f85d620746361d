/**
 * `npm run eval`: how well the extractor finds direct quotes, their speakers, numeric claims and the people an
 * article names, against the hand annotations in test/fixtures/eval/ (README.md there says how they were made).
 * The development part (dev/) is what the extractor is tuned on; the held-out part (heldout/) is scored only
 * when a change is finished. `--dir <folder>` scores any other folder of annotated articles. No database.
 *
 *   quotes    a predicted DIRECT_QUOTE matches an annotated one when their words are the same (case, quote
 *             marks, punctuation and spacing aside; a split quote is its parts joined).
 *   speakers  over ALL annotated quotes: right when the quote was found and its speaker is the annotated one
 *             (its name or an alias); a missed quote counts as a wrong speaker.
 *   claims    matched on value (and the high end of a range); unit accuracy is the share of matched claims
 *             whose unit is the annotated one (same head noun, or both counting people).
 *   sources   of the matched claims, the share credited to the annotated source (none, when it is null).
 *   people    predicted people against the annotated list, by full name or surname.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { extractArticle, normalizeText, type ExtractedEntity, type Extraction } from "./extract";

export const EVAL_DIR = path.resolve(__dirname, "../../test/fixtures/eval");
const ROOT = path.resolve(__dirname, "../..");
export const SPLITS = ["dev", "heldout"] as const;

interface GoldQuote {
  speaker: string;
  also?: string[];
  parts: string[];
}
interface GoldClaim {
  value: number;
  /** The high end of a range ("three to five years"). */
  high?: number;
  unit: string;
  /** Whom the article credits; null when no one; absent in annotations that predate sources. */
  source?: string | null;
  sourceAlso?: string[];
  qualifier?: string;
}
export interface GoldArticle {
  name: string;
  /** dev, heldout, or the folder's name for --dir. */
  split: string;
  article: string;
  publishedOn?: string;
  quotes: GoldQuote[];
  claims: GoldClaim[];
  /** Every person the article names; absent in annotations that predate it. */
  people?: string[];
}

function readFolder(dir: string, split: string): GoldArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".gold.yaml"))
    .sort()
    .map((f) => {
      const gold = parse(fs.readFileSync(path.join(dir, f), "utf8")) as Omit<GoldArticle, "name" | "split">;
      return { name: f.replace(/\.gold\.yaml$/, ""), split, ...gold, quotes: gold.quotes ?? [], claims: gold.claims ?? [] };
    });
}

/** The annotated articles of the given parts (both by default), or of any folder. */
export function readEvalSet(splits: readonly string[] = SPLITS, dir: string = EVAL_DIR): GoldArticle[] {
  return splits.flatMap((split) => (fs.existsSync(path.join(dir, split)) ? readFolder(path.join(dir, split), split) : []));
}

/** The texts of the evaluation articles (both parts), for benchmarks and tests that need realistic articles. */
export function evalTexts(): { name: string; text: string }[] {
  return readEvalSet().map((gold) => ({ name: gold.name, text: fs.readFileSync(path.resolve(ROOT, gold.article), "utf8") }));
}

/** Words only: quote marks, punctuation, case and spacing do not count. */
export const quoteKey = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/'(?!\p{L})|(?<!\p{L})'/gu, " ").replace(/\s+/g, " ").trim();
const nameKey = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, "").replace(/\s+/g, " ").trim();
const PEOPLE = new Set(["people", "person", "persons", "immigrants", "residents", "individuals", "deportees", "detainees", "inmates", "deported"]);
const head = (unit: string) => (unit.toLowerCase().split(/\s+/).pop() ?? "").replace(/ies$/, "y").replace(/s$/, "");
export function unitsMatch(gold: string, predicted: string | undefined): boolean {
  if (!predicted) return false;
  const g = gold.toLowerCase().split(/\s+/);
  const p = predicted.toLowerCase().split(/\s+/);
  if (head(gold) === head(predicted)) return true;
  return g.some((w) => PEOPLE.has(w)) && p.some((w) => PEOPLE.has(w));
}

/** Same value, allowing the rounding of fractions written as percentages (two-thirds as 66.7). */
const sameValue = (gold: number, predicted: number | undefined) => predicted !== undefined && Math.abs(predicted - gold) <= Math.max(1e-9 * Math.abs(gold), Number.isInteger(gold) ? 1e-9 : 0.1);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const prf = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

interface Tally {
  right: number;
  total: number;
}

export interface ArticleScore {
  name: string;
  split: string;
  quotes: Counts;
  speakers: Tally;
  claims: Counts;
  units: Tally;
  sources: Tally;
  /** Undefined when the annotation lists no people. */
  people?: Counts;
  problems: string[];
}

const namesOf = (e: ExtractedEntity | undefined) => (e ? [e.name, ...e.aliases].map(nameKey) : []);
const surnameOf = (name: string) => nameKey(name).split(" ").filter((w) => !/^(?:jr\.?|sr\.?|ii|iii)$/.test(w)).pop() ?? "";

export function scoreArticle(gold: GoldArticle, extraction: Extraction): ArticleScore {
  const { text, entities } = extraction;
  const problems: string[] = [];
  const predicted = extraction.statements.filter((s) => s.kind === "DIRECT_QUOTE");
  const used = new Set<number>();
  const quotes: Counts = { tp: 0, fp: 0, fn: 0 };
  const speakers: Tally = { right: 0, total: gold.quotes.length };
  for (const g of gold.quotes) {
    const key = quoteKey(g.parts.join(" "));
    const i = predicted.findIndex((p, k) => !used.has(k) && quoteKey(p.text) === key);
    if (i < 0) {
      quotes.fn++;
      problems.push(`missed quote (${g.speaker}): "${g.parts.join(" ")}"`);
      continue;
    }
    used.add(i);
    quotes.tp++;
    const p = predicted[i];
    const entity = p.speaker !== undefined ? entities[p.speaker] : undefined;
    if ([g.speaker, ...(g.also ?? [])].some((n) => namesOf(entity).includes(nameKey(n)))) speakers.right++;
    else problems.push(`wrong speaker: "${g.parts[0].slice(0, 50)}…" by ${g.speaker}, extracted ${entity?.name ?? "no one"} (label "${p.speakerLabel ?? ""}")`);
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    quotes.fp++;
    problems.push(`extra quote: "${p.text}"`);
  });

  const claims: Counts = { tp: 0, fp: 0, fn: 0 };
  const units: Tally = { right: 0, total: 0 };
  const sources: Tally = { right: 0, total: 0 };
  const usedClaims = new Set<number>();
  for (const g of gold.claims) {
    const candidates = extraction.claims.map((c, k) => ({ c, k })).filter(({ c, k }) => !usedClaims.has(k) && sameValue(g.value, c.value) && (g.high === undefined ? c.high === undefined : sameValue(g.high, c.high)));
    const hit = candidates.find(({ c }) => unitsMatch(g.unit, c.unit)) ?? candidates[0];
    const range = g.high !== undefined ? `${g.value} to ${g.high}` : `${g.value}`;
    if (!hit) {
      claims.fn++;
      problems.push(`missed claim: ${range} ${g.unit}`);
      continue;
    }
    usedClaims.add(hit.k);
    claims.tp++;
    units.total++;
    if (unitsMatch(g.unit, hit.c.unit)) units.right++;
    else problems.push(`wrong unit: ${range} ${g.unit}, extracted "${hit.c.unit ?? ""}"`);
    if (g.source === undefined) continue;
    sources.total++;
    // A claim credits a person or organization, or else a record no one is named as making ("court records").
    const document = hit.c.document && text.slice(hit.c.document.start, hit.c.document.end);
    const credited = hit.c.source !== undefined ? namesOf(entities[hit.c.source]) : document ? [nameKey(document)] : [];
    const right = g.source === null ? credited.length === 0 : [g.source, ...(g.sourceAlso ?? [])].some((n) => credited.includes(nameKey(n)));
    if (right) sources.right++;
    else problems.push(`wrong source: ${range} ${g.unit} credited to ${g.source ?? "no one"}, extracted ${(hit.c.source !== undefined ? entities[hit.c.source].name : document) || "no one"}`);
  }
  extraction.claims.forEach((c, k) => {
    if (usedClaims.has(k)) return;
    claims.fp++;
    problems.push(`extra claim: ${c.value}${c.high !== undefined ? ` to ${c.high}` : ""} ${c.unit ?? "(no unit)"} in "${text.slice(c.figure.start, c.figure.end)}"`);
  });

  let people: Counts | undefined;
  if (gold.people) {
    people = { tp: 0, fp: 0, fn: 0 };
    const found = entities.filter((e) => e.type === "Person");
    const matched = new Set<number>();
    for (const name of gold.people) {
      const byName = found.find((e) => !matched.has(e.index) && namesOf(e).includes(nameKey(name)));
      const bySurname = byName ?? found.find((e) => !matched.has(e.index) && !e.name.includes(" ") && nameKey(e.name) === surnameOf(name));
      if (bySurname) {
        matched.add(bySurname.index);
        people.tp++;
      } else {
        people.fn++;
        problems.push(`missed person: ${name}`);
      }
    }
    for (const e of found) {
      if (matched.has(e.index)) continue;
      people.fp++;
      problems.push(`extra person: ${e.name}`);
    }
  }
  return { name: gold.name, split: gold.split, quotes, speakers, claims, units, sources, people, problems };
}

export interface EvalReport {
  articles: ArticleScore[];
  quotes: ReturnType<typeof prf> & Counts;
  speakers: Tally & { accuracy: number };
  claims: ReturnType<typeof prf> & Counts;
  units: Tally & { accuracy: number };
  sources: Tally & { accuracy: number };
  people: ReturnType<typeof prf> & Counts;
}

export function total(scores: ArticleScore[]): EvalReport {
  const sum = (f: (s: ArticleScore) => Counts | undefined): Counts =>
    scores.reduce((a, s) => {
      const c = f(s) ?? { tp: 0, fp: 0, fn: 0 };
      return { tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn };
    }, { tp: 0, fp: 0, fn: 0 });
  const tally = (f: (s: ArticleScore) => Tally) => {
    const t = scores.reduce((a, s) => ({ right: a.right + f(s).right, total: a.total + f(s).total }), { right: 0, total: 0 });
    return { ...t, accuracy: t.total ? t.right / t.total : 1 };
  };
  const quotes = sum((s) => s.quotes);
  const claims = sum((s) => s.claims);
  const people = sum((s) => s.people);
  return {
    articles: scores,
    quotes: { ...quotes, ...prf(quotes) },
    speakers: tally((s) => s.speakers),
    claims: { ...claims, ...prf(claims) },
    units: tally((s) => s.units),
    sources: tally((s) => s.sources),
    people: { ...people, ...prf(people) },
  };
}

export function scoreSet(set: GoldArticle[]): EvalReport {
  return total(set.map((gold) => scoreArticle(gold, extractArticle(normalizeText(fs.readFileSync(path.resolve(ROOT, gold.article), "utf8")), { publishedOn: gold.publishedOn }))));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function metrics(report: EvalReport): string[] {
  const { quotes: q, claims: c, speakers: s, units: u, sources: src, people: p } = report;
  return [
    `quotes:   precision ${pct(q.precision)}  recall ${pct(q.recall)}  F1 ${pct(q.f1)}  (${q.tp} right, ${q.fp} extra, ${q.fn} missed)`,
    `speakers: accuracy ${pct(s.accuracy)}  (${s.right} of ${s.total} annotated quotes)`,
    `claims:   precision ${pct(c.precision)}  recall ${pct(c.recall)}  F1 ${pct(c.f1)}  (${c.tp} right, ${c.fp} extra, ${c.fn} missed)`,
    `units:    accuracy ${pct(u.accuracy)}  (${u.right} of ${u.total} matched claims)`,
    `sources:  accuracy ${pct(src.accuracy)}  (${src.right} of ${src.total} matched claims with an annotated source)`,
    `people:   precision ${pct(p.precision)}  recall ${pct(p.recall)}  F1 ${pct(p.f1)}  (${p.tp} right, ${p.fp} extra, ${p.fn} missed)`,
  ];
}

/** The report: each part's figures, and with `verbose` each development article's counts and problems first. */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines = verbose ? [`${"article".padEnd(44)} quotes tp/fp/fn  speakers  claims tp/fp/fn  units  sources  people tp/fp/fn`] : [];
  // Held-out articles are never listed one by one: their part is scored in aggregate only.
  for (const a of verbose ? report.articles.filter((x) => !x.split.startsWith("heldout")) : []) {
    const people = a.people ? `${a.people.tp}/${a.people.fp}/${a.people.fn}` : "-";
    lines.push(
      `${`${a.split}/${a.name}`.padEnd(44)} ${`${a.quotes.tp}/${a.quotes.fp}/${a.quotes.fn}`.padEnd(16)} ${`${a.speakers.right}/${a.speakers.total}`.padEnd(9)} ` +
        `${`${a.claims.tp}/${a.claims.fp}/${a.claims.fn}`.padEnd(16)} ${`${a.units.right}/${a.units.total}`.padEnd(6)} ${`${a.sources.right}/${a.sources.total}`.padEnd(8)} ${people}`,
    );
    for (const p of a.problems) lines.push(`    ${p}`);
  }
  for (const split of [...new Set(report.articles.map((a) => a.split))]) {
    const part = report.articles.filter((a) => a.split === split);
    if (lines.length > 0) lines.push("");
    lines.push(`${split} (${part.length} articles):`, ...metrics(total(part)).map((l) => `  ${l}`));
  }
  return lines.join("\n");
}

/** `npm run eval [-- --split dev|heldout] [--dir folder] [--quiet] [--by-part]`: prints the extraction report. */
export function evalCommand(args: string[]): void {
  const dirAt = args.indexOf("--dir");
  const splitAt = args.indexOf("--split");
  let set: GoldArticle[];
  if (dirAt >= 0) {
    const dir = path.resolve(args[dirAt + 1] ?? "");
    if (!fs.existsSync(dir)) throw new Error(`--dir ${dir}: no such folder`);
    set = readFolder(dir, path.basename(dir));
  } else set = readEvalSet(splitAt >= 0 ? [args[splitAt + 1]] : SPLITS);
  if (!set.length) throw new Error("no annotated articles (*.gold.yaml) found");
  // --by-part: each writer's part (the letters its file names start with, "g01-…" is part g) in aggregate.
  const byPart = args.includes("--by-part") ? set.map((a) => ({ ...a, split: `${a.split} ${/^[a-z]*/.exec(a.name)![0] || "0"}…` })) : set;
  console.log(formatReport(scoreSet(byPart), !args.includes("--quiet") && !args.includes("--by-part")));
}
