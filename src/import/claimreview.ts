/**
 * schema.org ClaimReview, in the shapes fact-checkers publish it: JSON-LD objects (alone, in arrays, in an
 * `@graph`, or in a page's ld+json scripts; the reader splits those into objects) and the Google Fact Check Tools
 * API's `claims:search` answer, whose each claim carries its reviews in `claimReview[]`.
 */
import { createHash } from "node:crypto";
import { sentenceEncoder } from "../embedding/encoder";
import type { Graph } from "../graph/graph";
import { MODEL } from "../embedding/model";
import { factChecksToEmbed, setClaimEmbeddings, type FactCheckRow } from "../graph/imports";
import { PERSON_TITLES } from "../ingest/extract/lexicon";
import { ImportRecordError, optionalString, type RecordAt } from "./problems";

type Json = Record<string, unknown>;
type Party = NonNullable<FactCheckRow["claimant"]>;

const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const typesOf = (v: Json): string[] => [v["@type"]].flat().filter((t): t is string => typeof t === "string");

/** "2019-03-02T10:00:00Z" -> "2019-03-02"; other forms kept as they are when they start with a year. */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(value.trim());
  return match?.[1];
}

function number(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

const TITLES = Object.keys(PERSON_TITLES).sort((a, b) => b.length - a.length);

/**
 * A claimant's name without the titles reviewers put before it ("Mayor Ilse Brandvold", "Former state Sen. Ray
 * Oduya"), so it meets the person the graph knows by name.
 */
export function withoutTitles(name: string): string {
  let rest = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const lead = /^(?:former|then-|state|u\.s\.|us)\s*/i.exec(rest);
    if (lead && rest.length > lead[0].length) {
      rest = rest.slice(lead[0].length);
      changed = true;
    }
    const title = TITLES.find((t) => rest.toLowerCase().startsWith(`${t.toLowerCase()} `));
    if (title && /\p{Lu}/u.test(rest.slice(title.length + 1, title.length + 2))) {
      rest = rest.slice(title.length + 1).trim();
      changed = true;
    }
  }
  return rest;
}

/** A claimant's name as the review writes it (`{name}` or a bare string), titles and all. */
function writtenName(value: unknown): string | undefined {
  const v = first(value);
  const name = typeof v === "string" ? v : isObject(v) ? (optionalString(v, "name") ?? optionalString(v, "alternateName")) : undefined;
  return name?.trim() || undefined;
}

/** A person or organization as JSON-LD gives it (`{@type, name}`), or a bare name (the API's `claimant`). */
function party(value: unknown, fallback: Party["kind"]): Party | undefined {
  const name = writtenName(value);
  if (!name) return undefined;
  const v = first(value);
  const types = isObject(v) ? typesOf(v) : [];
  const kind = types.includes("Person") ? "Person" : types.includes("Organization") || types.some((t) => /Organization$/.test(t)) ? "Organization" : fallback;
  return { name: kind === "Person" ? withoutTitles(name) : name, kind };
}

function urlsOf(value: unknown): string[] {
  return [value]
    .flat()
    .map((v) => (typeof v === "string" ? v : isObject(v) ? (v.url ?? v["@id"]) : undefined))
    .filter((u): u is string => typeof u === "string" && /^https?:\/\//i.test(u.trim()))
    .map((u) => u.trim());
}

function language(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === "string") return v.trim() || undefined;
  return isObject(v) ? optionalString(v, "alternateName") ?? optionalString(v, "name") : undefined;
}

const recordId = (url: string, claim: string): string =>
  `claimreview:${createHash("sha1").update(`${url}\n${claim}`).digest("hex").slice(0, 20)}`;

function row(fields: Omit<FactCheckRow, "recordId" | "file" | "line">, at: RecordAt): FactCheckRow {
  if (!fields.url) throw new ImportRecordError("the review has no url");
  if (!/^https?:\/\//i.test(fields.url)) throw new ImportRecordError(`the review's url "${fields.url}" is not an http(s) URL`);
  if (!fields.claimReviewed) throw new ImportRecordError("the review names no claim (claimReviewed)");
  return { ...fields, recordId: recordId(fields.url, fields.claimReviewed), file: at.file, line: at.line };
}

/** A schema.org ClaimReview object. */
function fromJsonLd(v: Json, at: RecordAt): FactCheckRow {
  const item = isObject(first(v.itemReviewed)) ? (first(v.itemReviewed) as Json) : {};
  const rating = isObject(first(v.reviewRating)) ? (first(v.reviewRating) as Json) : {};
  const claim = optionalString(v, "claimReviewed") ?? optionalString(item, "text") ?? optionalString(item, "name") ?? "";
  return row(
    {
      url: urlsOf(v.url)[0] ?? optionalString(v, "url") ?? "",
      title: optionalString(v, "name") ?? optionalString(v, "headline"),
      claimReviewed: claim,
      claimDate: isoDate(item.datePublished) ?? isoDate(item.dateCreated),
      claimant: party(item.author, "Person"),
      claimantAsWritten: writtenName(item.author),
      appearances: [...new Set([...urlsOf(item.appearance), ...urlsOf(item.firstAppearance)])],
      publisher: party(v.author, "Organization") ?? party(v.publisher, "Organization"),
      reviewDate: isoDate(v.datePublished) ?? isoDate(v.dateCreated),
      textualRating: optionalString(rating, "alternateName") ?? optionalString(rating, "name") ?? optionalString(rating, "ratingExplanation"),
      ratingValue: number(rating.ratingValue),
      bestRating: number(rating.bestRating),
      worstRating: number(rating.worstRating),
      language: language(v.inLanguage),
    },
    at,
  );
}

/** One claim of the Fact Check Tools API: a review per entry of `claimReview`. */
function fromApiClaim(v: Json, at: RecordAt): FactCheckRow[] {
  const reviews = Array.isArray(v.claimReview) ? v.claimReview.filter(isObject) : [];
  if (!reviews.length) throw new ImportRecordError("the claim has no claimReview");
  return reviews.map((r) =>
    row(
      {
        url: optionalString(r, "url") ?? "",
        title: optionalString(r, "title"),
        claimReviewed: optionalString(v, "text") ?? "",
        claimDate: isoDate(v.claimDate),
        claimant: party(v.claimant, "Person"),
        claimantAsWritten: writtenName(v.claimant),
        appearances: [],
        publisher: party(r.publisher, "Organization"),
        reviewDate: isoDate(r.reviewDate),
        textualRating: optionalString(r, "textualRating"),
        language: optionalString(r, "languageCode"),
      },
      at,
    ),
  );
}

/**
 * The fact-checks in one record. Objects that are neither a ClaimReview nor an API claim (a page's Article or
 * BreadcrumbList markup) hold none: an empty list, not an error.
 */
export function factChecksOf(value: unknown, at: RecordAt): FactCheckRow[] {
  // A container on one line (JSON lines of whole documents, or a one-line file) holds its reviews inside.
  if (Array.isArray(value)) return value.flatMap((v) => factChecksOf(v, at));
  if (isObject(value) && Array.isArray(value["@graph"])) return value["@graph"].flatMap((v) => factChecksOf(v, at));
  if (isObject(value) && Array.isArray(value.claims)) return value.claims.flatMap((v) => factChecksOf(v, at));
  if (!isObject(value)) throw new ImportRecordError("a ClaimReview record must be a JSON object");
  if (typesOf(value).includes("ClaimReview")) return [fromJsonLd(value, at)];
  if ("claimReview" in value) return fromApiClaim(value, at);
  return [];
}

/**
 * What a reviewed claim is embedded as: its claimant saying it, the name as the review wrote it ("Gov. Ada Lin
 * says taxes fell."), since people recall a claim by who made it and in what office as much as by its words.
 */
export function claimEmbeddingText(claim: string, claimant?: string | null): string {
  return claimant ? `${claimant} says ${claim.replace(/^says\s+/i, "")}` : claim;
}

/** The model and recipe of the embeddings made now; a fact-check embedded otherwise is embedded again. */
export const CLAIM_EMBEDDED_AS = `${MODEL.artifactId}@${MODEL.version}: claimant says claim`;

/** The rows with their claims' embeddings, for the vector index that finds a claim by meaning. */
export async function withClaimEmbeddings(rows: FactCheckRow[]): Promise<FactCheckRow[]> {
  if (!rows.length) return rows;
  const vectors = await (await sentenceEncoder()).embed(rows.map((r) => claimEmbeddingText(r.claimReviewed, r.claimantAsWritten)));
  return rows.map((r, i) => ({ ...r, claimEmbedding: vectors[i], claimEmbeddedAs: CLAIM_EMBEDDED_AS }));
}

/**
 * Gives the fact-checks without an embedding made as CLAIM_EMBEDDED_AS theirs (imported before embeddings, or
 * embedded by another model or recipe), a batch a transaction, so that the vector index finds them as it finds
 * new ones. Returns how many it embedded; stopped halfway, it goes on where it was next time.
 */
export async function embedMissingClaims(graph: Graph, log: (message: string) => void = () => undefined): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await factChecksToEmbed(graph, CLAIM_EMBEDDED_AS, 1000);
    if (!rows.length) break;
    if (!done) log("embedding the claims of fact-checks imported before embeddings, or embedded otherwise …");
    const vectors = await (await sentenceEncoder()).embed(rows.map((r) => claimEmbeddingText(r.claimReviewed, r.claimant)));
    await setClaimEmbeddings(graph, rows.map((r, i) => ({ id: r.id, embedding: vectors[i] })), CLAIM_EMBEDDED_AS);
    done += rows.length;
  }
  if (done) log(`embedded ${done} fact-checked claims`);
  return done;
}
