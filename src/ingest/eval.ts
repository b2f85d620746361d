/**
 * `npm run eval`: how well the extractor finds direct quotes, their speakers and numeric claims, against the
 * hand annotations in test/fixtures/eval/ (*.gold.yaml; README.md there says how they were made). Extraction
 * only: no database.
 *
 *   quotes    a predicted DIRECT_QUOTE matches an annotated one when their words are the same (case, quote
 *             marks, punctuation and spacing aside; a split quote is its parts joined).
 *   speakers  of the matched quotes, the share whose speaker is the annotated one (its name or an alias).
 *   claims    a predicted claim matches an annotated one with the same value and a compatible unit (same head
 *             noun, or both counting people: "people", "immigrants", "residents", ...).
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { extractArticle, normalizeText, type Extraction } from "./extract";

export const EVAL_DIR = path.resolve(__dirname, "../../test/fixtures/eval");
const ROOT = path.resolve(__dirname, "../..");

interface GoldQuote {
  speaker: string;
  also?: string[];
  parts: string[];
}
interface GoldClaim {
  value: number;
  unit: string;
}
export interface GoldArticle {
  name: string;
  article: string;
  synthetic: boolean;
  /** Written after the extractor was finished and never used to change it. */
  heldOut?: boolean;
  quotes: GoldQuote[];
  claims: GoldClaim[];
}

export function readEvalSet(dir: string = EVAL_DIR): GoldArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".gold.yaml"))
    .sort()
    .map((f) => ({ name: f.replace(/\.gold\.yaml$/, ""), ...(parse(fs.readFileSync(path.join(dir, f), "utf8")) as Omit<GoldArticle, "name">) }));
}

/** Words only: quote marks, punctuation, case and spacing do not count. */
export const quoteKey = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/'(?!\p{L})|(?<!\p{L})'/gu, " ").replace(/\s+/g, " ").trim();
const nameKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const PEOPLE = new Set(["people", "person", "persons", "immigrants", "residents", "individuals", "deportees", "detainees", "inmates", "deported"]);
const head = (unit: string) => (unit.toLowerCase().split(/\s+/).pop() ?? "").replace(/ies$/, "y").replace(/s$/, "");
export function unitsMatch(gold: string, predicted: string | undefined): boolean {
  if (!predicted) return false;
  const g = gold.toLowerCase().split(/\s+/);
  const p = predicted.toLowerCase().split(/\s+/);
  if (head(gold) === head(predicted)) return true;
  return g.some((w) => PEOPLE.has(w)) && p.some((w) => PEOPLE.has(w));
}

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

export interface ArticleScore {
  name: string;
  synthetic: boolean;
  heldOut: boolean;
  quotes: Counts;
  speakers: { right: number; total: number };
  claims: Counts;
  problems: string[];
}

export function scoreArticle(gold: GoldArticle, extraction: Extraction): ArticleScore {
  const { text } = extraction;
  const problems: string[] = [];
  const predicted = extraction.statements.filter((s) => s.kind === "DIRECT_QUOTE");
  const used = new Set<number>();
  const quotes: Counts = { tp: 0, fp: 0, fn: 0 };
  const speakers = { right: 0, total: 0 };
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
    speakers.total++;
    const p = predicted[i];
    const entity = p.speaker !== undefined ? extraction.entities[p.speaker] : undefined;
    const names = entity ? [entity.name, ...entity.aliases].map(nameKey) : [];
    if ([g.speaker, ...(g.also ?? [])].some((n) => names.includes(nameKey(n)))) speakers.right++;
    else problems.push(`wrong speaker: "${g.parts[0].slice(0, 50)}…" by ${g.speaker}, extracted ${entity?.name ?? "no one"} (label "${p.speakerLabel ?? ""}")`);
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    quotes.fp++;
    problems.push(`extra quote: "${p.text}"`);
  });
  const claims: Counts = { tp: 0, fp: 0, fn: 0 };
  const usedClaims = new Set<number>();
  for (const g of gold.claims) {
    const i = extraction.claims.findIndex((c, k) => !usedClaims.has(k) && Math.abs(c.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) && unitsMatch(g.unit, c.unit));
    if (i < 0) {
      claims.fn++;
      problems.push(`missed claim: ${g.value} ${g.unit}`);
    } else {
      usedClaims.add(i);
      claims.tp++;
    }
  }
  extraction.claims.forEach((c, k) => {
    if (usedClaims.has(k)) return;
    claims.fp++;
    problems.push(`extra claim: ${c.value} ${c.unit ?? "(no unit)"} in "${text.slice(c.figure.start, c.figure.end)}"`);
  });
  return { name: gold.name, synthetic: gold.synthetic, heldOut: gold.heldOut === true, quotes, speakers, claims, problems };
}

export interface EvalReport {
  articles: ArticleScore[];
  quotes: ReturnType<typeof prf> & Counts;
  speakerAccuracy: number;
  speakers: { right: number; total: number };
  claims: ReturnType<typeof prf> & Counts;
}

export function total(scores: ArticleScore[]): EvalReport {
  const sum = (f: (s: ArticleScore) => Counts): Counts => scores.reduce((a, s) => ({ tp: a.tp + f(s).tp, fp: a.fp + f(s).fp, fn: a.fn + f(s).fn }), { tp: 0, fp: 0, fn: 0 });
  const quotes = sum((s) => s.quotes);
  const claims = sum((s) => s.claims);
  const speakers = scores.reduce((a, s) => ({ right: a.right + s.speakers.right, total: a.total + s.speakers.total }), { right: 0, total: 0 });
  return { articles: scores, quotes: { ...quotes, ...prf(quotes) }, claims: { ...claims, ...prf(claims) }, speakers, speakerAccuracy: speakers.total ? speakers.right / speakers.total : 1 };
}

export function runEval(set: GoldArticle[] = readEvalSet()): EvalReport {
  return total(set.map((gold) => scoreArticle(gold, extractArticle(normalizeText(fs.readFileSync(path.join(ROOT, gold.article), "utf8"))))));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines = [`${"article".padEnd(40)} quotes tp/fp/fn  speakers  claims tp/fp/fn`];
  for (const a of report.articles) {
    lines.push(`${(a.name + (a.synthetic ? "" : " (real)") + (a.heldOut ? " (held out)" : "")).padEnd(40)} ${`${a.quotes.tp}/${a.quotes.fp}/${a.quotes.fn}`.padEnd(16)} ${`${a.speakers.right}/${a.speakers.total}`.padEnd(9)} ${a.claims.tp}/${a.claims.fp}/${a.claims.fn}`);
    if (verbose) for (const p of a.problems) lines.push(`    ${p}`);
  }
  const summary = (title: string, r: EvalReport) => {
    lines.push("", `${title}:`, ...metrics(r).map((l) => `  ${l}`));
  };
  summary("all articles", report);
  const splits: [string, (a: ArticleScore) => boolean][] = [
    ["real articles (the two seed articles, gold from the curated seed knowledge)", (a) => !a.synthetic],
    ["synthetic, written and annotated before the extractor", (a) => a.synthetic && !a.heldOut],
    ["synthetic, held out (written after the extractor, never tuned on)", (a) => a.heldOut],
  ];
  for (const [title, keep] of splits) summary(title, total(report.articles.filter(keep)));
  return lines.join("\n");
}

function metrics(report: EvalReport): string[] {
  const q = report.quotes;
  const c = report.claims;
  return [
    `quotes:   precision ${pct(q.precision)}  recall ${pct(q.recall)}  F1 ${pct(q.f1)}  (${q.tp} right, ${q.fp} extra, ${q.fn} missed)`,
    `speakers: accuracy ${pct(report.speakerAccuracy)}  (${report.speakers.right} of ${report.speakers.total} matched quotes)`,
    `claims:   precision ${pct(c.precision)}  recall ${pct(c.recall)}  F1 ${pct(c.f1)}  (${c.tp} right, ${c.fp} extra, ${c.fn} missed)`,
  ];
}

if (require.main === module) {
  const report = runEval();
  console.log(formatReport(report, !process.argv.includes("--quiet")));
}
