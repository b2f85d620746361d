/**
 * Quotebank's two versions, line by line (Zenodo record 4277311 documents both):
 * - quotation-centric (`quotes-YYYY.json.bz2`): one unique quotation a line, with its most likely speaker
 *   (`probas`, aggregated over its occurrences), the Wikidata ids of that speaker's name (`qids`) and the URLs
 *   it appeared at. No article text: the evidence is the dataset record.
 * - article-centric (`quotebank-YYYY.json.bz2`): one article a line, with each quotation it contains, located by
 *   its offset and given with its context. The evidence is that span of the article.
 */
import type { QuotationRow } from "../graph/imports";
import { ImportRecordError, optionalString, requireString, type RecordAt } from "./problems";

/** What a run keeps: `--speaker-qid`, `--from`/`--to` (dates, inclusive, ISO prefixes) and `--min-probability`. */
export interface QuotationFilter {
  speakerQids?: string[];
  from?: string;
  to?: string;
  minProbability?: number;
}

/** A speaker candidate as the dataset lists it: `["Name", "0.61"]`, or `{speaker, proba}` in some dumps. */
function candidate(entry: unknown): { name: string; probability: number } | undefined {
  if (Array.isArray(entry) && typeof entry[0] === "string") return { name: entry[0], probability: Number(entry[1]) };
  if (entry && typeof entry === "object") {
    const e = entry as Record<string, unknown>;
    const name = e.speaker ?? e.name;
    if (typeof name === "string") return { name, probability: Number(e.proba ?? e.probability) };
  }
  return undefined;
}

/**
 * The top candidate, when it is a name rather than "None". `qids` are the Wikidata ids of the dataset's
 * `speaker` name; they belong to the top candidate only when it is that name.
 */
function topSpeaker(probas: unknown, speakerName: unknown, qids: unknown): QuotationRow["speaker"] {
  if (!Array.isArray(probas)) return undefined;
  const candidates = probas.map(candidate).filter((c): c is { name: string; probability: number } => !!c && Number.isFinite(c.probability));
  if (!candidates.length) return undefined;
  const top = candidates.reduce((best, c) => (c.probability > best.probability ? c : best));
  if (top.name === "None" || top.name.trim() === "") return undefined;
  const ids = Array.isArray(qids) && top.name === speakerName ? qids.filter((q): q is string => typeof q === "string" && /^Q\d+$/.test(q)) : [];
  return { name: top.name.trim(), qids: [...new Set(ids)], probability: top.probability };
}

/** "2015-08-31 02:10:00" -> "2015-08-31". */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1];
}

function keep(row: QuotationRow, filter: QuotationFilter): boolean {
  if (filter.speakerQids?.length && !row.speaker?.qids.some((q) => filter.speakerQids!.includes(q))) return false;
  if (filter.minProbability !== undefined && (row.speaker?.probability ?? 0) < filter.minProbability) return false;
  if (filter.from && (!row.date || row.date < filter.from)) return false;
  if (filter.to && (!row.date || row.date.slice(0, filter.to.length) > filter.to)) return false;
  return true;
}

function quotationLine(value: Record<string, unknown>, at: RecordAt): QuotationRow {
  const quoteId = requireString(value, "quoteID");
  const urls = Array.isArray(value.urls) ? value.urls.filter((u): u is string => typeof u === "string" && u.trim() !== "") : [];
  const date = isoDate(value.date);
  return {
    recordId: `quotebank:${quoteId}`,
    quoteId,
    text: requireString(value, "quotation"),
    date,
    phase: optionalString(value, "phase"),
    numOccurrences: typeof value.numOccurrences === "number" ? value.numOccurrences : undefined,
    file: at.file,
    line: at.line,
    speaker: topSpeaker(value.probas, value.speaker, value.qids),
    articles: [...new Set(urls.map((u) => u.trim()))].map((url) => ({ url, date })),
  };
}

function articleLine(value: Record<string, unknown>, at: RecordAt): QuotationRow[] {
  const articleId = requireString(value, "articleID");
  const url = optionalString(value, "url");
  const date = isoDate(value.date);
  const title = optionalString(value, "title");
  const quotations = value.quotations;
  if (!Array.isArray(quotations)) throw new ImportRecordError(`"quotations" must be a list (article ${articleId})`);
  return quotations.map((q, i) => {
    if (!q || typeof q !== "object") throw new ImportRecordError(`quotation ${i + 1} of article ${articleId} is not an object`);
    const entry = q as Record<string, unknown>;
    const quoteId = requireString(entry, "quoteID");
    const text = requireString(entry, "quotation");
    const offset = typeof entry.quotationOffset === "number" ? entry.quotationOffset : undefined;
    const left = optionalString(entry, "leftContext") ?? "";
    const right = optionalString(entry, "rightContext") ?? "";
    const speakerName = entry.quoteSpeaker ?? entry.globalTopSpeaker;
    const probas = entry.globalProbas ?? entry.probas ?? entry.localProbas;
    const qids = entry.quoteSpeakerQIDs ?? entry.qids ?? entry.speakerQIDs;
    return {
      recordId: `quotebank:${quoteId}@${articleId}`,
      quoteId,
      text,
      date,
      phase: optionalString(value, "phase"),
      numOccurrences: typeof entry.numOccurrences === "number" ? entry.numOccurrences : undefined,
      file: at.file,
      line: at.line,
      speaker: topSpeaker(probas, speakerName, qids),
      // The dataset counts offsets in the article's tokens; it does not ship the article's text, so the span's
      // excerpt is the quotation in the context the dataset gives.
      articles: url
        ? [{ url, date, title, ...(offset !== undefined ? { span: { start: offset, end: offset + text.split(/\s+/).filter(Boolean).length, excerpt: [left, text, right].filter(Boolean).join(" ") } } : {}) }]
        : [],
    };
  });
}

/** The quotations of one Quotebank line (either version) that pass `filter`; throws ImportRecordError when malformed. */
export function quotationsOf(value: unknown, at: RecordAt, filter: QuotationFilter = {}): QuotationRow[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ImportRecordError("a Quotebank line must be a JSON object");
  const line = value as Record<string, unknown>;
  const rows = "quotations" in line || "articleID" in line ? articleLine(line, at) : [quotationLine(line, at)];
  return rows.filter((r) => keep(r, filter));
}

/** A line's quotations mapped once: those `filter` keeps, and how many it left out. */
export function keptQuotations(value: unknown, at: RecordAt, filter: QuotationFilter): { rows: QuotationRow[]; filtered: number } {
  const all = quotationsOf(value, at);
  const rows = all.filter((r) => keep(r, filter));
  return { rows, filtered: all.length - rows.length };
}
