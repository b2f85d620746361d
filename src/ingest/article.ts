/**
 * Ingesting one article: its text is checked, normalized and identified by its hash; the extractor finds its
 * entities, relations, statements and claims; resolution links them to what the graph knows; and ONE GraphPlan
 * is written in ONE write transaction (origin `article:<id>`), so a failure writes nothing. Ingesting the same
 * text, or the same URL, again changes nothing and says so.
 */
import { createHash } from "crypto";
import type { NodeLabel } from "../graph/model";
import type { Graph } from "../graph/graph";
import { nameKey } from "../graph/model";
import type { GraphPlan, PlannedRelationship, Properties } from "../graph/plan";
import { writeArticlePlan } from "../graph/articles";
import { extractArticle, normalizeText, type Extraction, type Span } from "./extract";
import { fetchGraphNames, type GraphNames } from "../graph/names";
import { knownNames, resolveEntities, slug, type Resolution } from "./resolve";
import { checkSpan } from "../graph/spans";

/** The longest article text accepted, in characters: about 30,000 words, far past any news article. */
export const MAX_TEXT_LENGTH = 200_000;
const MAX_FIELD_LENGTH = 1000;

export class IngestInputError extends Error {}

export interface IngestInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string | null;
  /** The file it was read from, kept on the article. */
  file?: string | null;
}

export interface IngestResult {
  created: boolean;
  articleId: string;
  statementIds: string[];
  claimIds: string[];
  /** Entities the article created, and existing ones it linked to (ids). */
  entitiesCreated: string[];
  entitiesLinked: string[];
  /** CANDIDATE_SAME_AS links written. */
  candidates: number;
  /** The Neo4j bookmark of the write (or of the read that found the article there): reads given it see the article. */
  bookmark: string;
}

/** A checked, normalized input. */
export interface ArticleSource {
  text: string;
  title?: string;
  url?: string;
  publisher?: string;
  publishedOn?: string;
  file?: string;
}

function isRealDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (month < 1 || month > 12) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function optionalField(name: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "string") throw new IngestInputError(`${name} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_FIELD_LENGTH) throw new IngestInputError(`${name} is ${trimmed.length} characters long; at most ${MAX_FIELD_LENGTH} are accepted`);
  return trimmed || undefined;
}

/** Checks an input and normalizes its text; throws IngestInputError saying what is wrong. */
export function checkInput(input: IngestInput): ArticleSource {
  if (typeof input?.text !== "string") throw new IngestInputError("text is required and must be a string");
  const raw = input.text;
  if (raw.length > MAX_TEXT_LENGTH) throw new IngestInputError(`text is ${raw.length} characters long; at most ${MAX_TEXT_LENGTH} are accepted`);
  if (raw.includes("\u0000")) throw new IngestInputError("text looks like binary data (it contains NUL characters), not an article");
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/.test(raw)) {
    throw new IngestInputError("text is not valid Unicode (it holds replacement characters or broken surrogates): decode it as UTF-8 first");
  }
  const controls = raw.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  if (controls > 0 && controls / raw.length > 0.01) throw new IngestInputError("text looks like binary data (mostly non-printable characters), not an article");
  const text = normalizeText(raw);
  if (text === "") throw new IngestInputError("text is empty: give the article's text");
  if ((text.match(/[\p{L}]/gu)?.length ?? 0) < 20) throw new IngestInputError("text has almost no letters: give the article's text");
  const publishedOn = optionalField("publishedOn", input.publishedOn);
  if (publishedOn !== undefined && !isRealDate(publishedOn)) {
    throw new IngestInputError(`publishedOn "${publishedOn}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`);
  }
  const url = optionalField("url", input.url);
  if (url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new IngestInputError(`url "${url}" is not an http(s) URL`);
  }
  return { text, title: optionalField("title", input.title), url, publisher: optionalField("publisher", input.publisher), publishedOn, file: optionalField("file", input.file) };
}

/** An article's id: the hash of its normalized text. */
export function articleIdOf(normalizedText: string): string {
  return `article-${createHash("sha256").update(normalizedText).digest("hex").slice(0, 16)}`;
}

export const originOf = (articleId: string) => `article:${articleId}`;

const derivedId = (prefix: string, ...parts: (string | number)[]) => `${prefix}:${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16)}`;

export interface ArticlePlan {
  articleId: string;
  plan: GraphPlan;
  statementIds: string[];
  claimIds: string[];
  entitiesCreated: string[];
  entitiesLinked: string[];
  candidates: number;
}

/**
 * The GraphPlan of one article (pure). Entities the graph has are referenced by id, never re-written; every
 * excerpt is checked to be exactly its span of the text.
 */
export function planArticle(source: ArticleSource, extraction: Extraction, resolution: Resolution, graph: GraphNames): ArticlePlan {
  const { text } = source;
  const articleId = articleIdOf(text);
  const plan: GraphPlan = { nodes: [], relationships: [], names: [] };
  const labels = new Map<string, NodeLabel>();
  const node = (label: NodeLabel, id: string, properties: Properties) => {
    if (labels.has(id)) return;
    labels.set(id, label);
    plan.nodes.push({ label, id, properties });
  };
  const existingLabel = (id: string): NodeLabel | undefined => graph.entities.get(id)?.label;
  const link = (type: PlannedRelationship["type"], from: string, to: string, properties?: Properties) => {
    const fromLabel = labels.get(from) ?? existingLabel(from);
    const toLabel = labels.get(to) ?? existingLabel(to);
    if (!fromLabel || !toLabel) throw new Error(`plan error: ${type} from "${from}" to "${to}" names a node that is neither planned nor in the graph`);
    plan.relationships.push({ type, from: { label: fromLabel, id: from }, to: { label: toLabel, id: to }, properties });
  };
  const evidence = (span: Span): string => {
    const excerpt = text.slice(span.start, span.end);
    checkSpan(text, [span.start, span.end], excerpt);
    const id = `${articleId}@${span.start}-${span.end}`;
    if (!labels.has(id)) {
      node("Evidence", id, { start: span.start, end: span.end, excerpt });
      link("IN_ARTICLE", id, articleId);
    }
    return id;
  };

  node("Article", articleId, {
    title: source.title,
    url: source.url,
    file: source.file,
    text,
    textSha256: createHash("sha256").update(text).digest("hex"),
    publishedOn: source.publishedOn,
    publishedOnInferred: source.publishedOn ? false : undefined,
  });
  if (source.publisher) {
    const known = (graph.byKey.get(nameKey(source.publisher)) ?? []).filter((id) => graph.entities.get(id)?.label === "Organization");
    const publisherId = known[0] ?? `organization:${slug(source.publisher)}`;
    if (!known.length) {
      node("Organization", publisherId, { name: source.publisher, aliases: [], kind: "NEWS_OUTLET" });
      plan.names.push({ key: nameKey(source.publisher), entity: { label: "Organization", id: publisherId } });
      // An outlet named only as the article's publisher is evidenced by the article's first line.
      const firstLine = text.indexOf("\n");
      link("SUPPORTED_BY", publisherId, evidence({ start: 0, end: firstLine > 0 ? firstLine : text.length }));
    }
    link("PUBLISHED_BY", articleId, publisherId);
  }

  const idOf = (index: number) => resolution.ids[index];
  const entitiesCreated: string[] = [];
  const entitiesLinked: string[] = [];
  extraction.entities.forEach((e, i) => {
    const id = idOf(i);
    if (!resolution.existing[i]) {
      const aliases = [...new Set(e.aliases.filter((a) => nameKey(a) !== nameKey(e.name)))];
      node(e.type, id, { name: e.name, aliases, kind: e.kind });
      for (const key of new Set([e.name, ...aliases].map(nameKey))) plan.names.push({ key, entity: { label: e.type, id } });
      entitiesCreated.push(id);
    } else entitiesLinked.push(id);
    const first = e.mentions[0];
    link("SUPPORTED_BY", id, evidence(first.withTitle ?? first));
  });
  extraction.entities.forEach((e, i) => {
    if (e.partOf !== undefined && !resolution.existing[i] && idOf(e.partOf) !== idOf(i)) link("PART_OF", idOf(i), idOf(e.partOf));
  });
  for (const c of resolution.candidates) link("CANDIDATE_SAME_AS", idOf(c.entity), c.candidate, { score: c.score, reason: c.reason });

  for (const f of extraction.facts) {
    const subject = idOf(f.subject);
    const object = idOf(f.object);
    if (subject === object) continue;
    const id =
      f.label === "Office" ? derivedId("office", subject, f.title!, object) : f.label === "Membership" ? derivedId("membership", subject, object) : derivedId("relation", subject, f.relation!, object);
    node(f.label, id, f.label === "Office" ? { title: f.title } : f.label === "Relation" ? { relation: f.relation } : {});
    link("SUBJECT", id, subject);
    link("OBJECT", id, object);
    link("SUPPORTED_BY", id, evidence(f.evidence));
  }

  const speakerLabels = new Set<NodeLabel>(["Person", "Organization"]);
  const statementIds: string[] = [];
  for (const s of extraction.statements) {
    const id = derivedId("statement", articleId, s.parts[0].start, s.parts[0].end);
    statementIds.push(id);
    node("Statement", id, { text: s.text, kind: s.kind, speakerLabel: s.speakerLabel });
    if (s.speaker !== undefined && speakerLabels.has(resolution.labels[s.speaker])) link("SAID_BY", id, idOf(s.speaker));
    for (const a of new Set(s.about.map(idOf))) link("ABOUT", id, a);
    s.parts.forEach((p, order) => link("QUOTES", id, evidence(p), { order }));
    link("SUPPORTED_BY", id, evidence(s.evidence));
    for (const r of s.relays) {
      const relayId = derivedId("relay", id, idOf(r.via), articleId);
      node("Relay", relayId, {});
      link("SUBJECT", relayId, id);
      link("OBJECT", relayId, idOf(r.via));
      link("SUPPORTED_BY", relayId, evidence(r.evidence));
    }
  }
  const claimIds: string[] = [];
  for (const c of extraction.claims) {
    const id = derivedId("claim", articleId, c.figure.start, c.figure.end);
    claimIds.push(id);
    node("Claim", id, { text: text.slice(c.evidence.start, c.evidence.end), value: c.value, unit: c.unit, qualifier: c.qualifier, asOf: c.asOf, asOfInferred: c.asOfInferred, asOfBasis: c.asOfBasis, valueHigh: c.high, sourceDocument: c.document && text.slice(c.document.start, c.document.end) });
    if (c.source !== undefined) link("CREDITED_TO", id, idOf(c.source));
    for (const a of new Set(c.about.map(idOf))) link("ABOUT", id, a);
    link("SUPPORTED_BY", id, evidence(c.evidence));
  }
  return { articleId, plan, statementIds, claimIds, entitiesCreated, entitiesLinked, candidates: resolution.candidates.length };
}

/** Extraction and resolution of a checked source against the graph's names (pure). */
export function buildArticlePlan(source: ArticleSource, graph: GraphNames): ArticlePlan {
  const extraction = extractArticle(source.text, { known: knownNames(graph), publishedOn: source.publishedOn });
  const resolution = resolveEntities(extraction, graph, articleIdOf(source.text));
  return planArticle(source, extraction, resolution, graph);
}

/**
 * Writes a built article plan in one write transaction, unless the article (same id or URL) is already there
 * (graph/articles.ts says how concurrent ingests of one text settle on one writer).
 */
export async function writeArticle(graph: Graph, built: ArticlePlan, url: string | undefined): Promise<IngestResult> {
  const write = await writeArticlePlan(graph, { articleId: built.articleId, url, plan: built.plan, origin: originOf(built.articleId) });
  if (!write.written) return { created: false, ...write.existing, entitiesCreated: [], entitiesLinked: [], candidates: 0, bookmark: write.bookmark };
  const { articleId, statementIds, claimIds, candidates } = built;
  const [entitiesCreated, entitiesLinked] = [[...new Set(built.entitiesCreated)], [...new Set(built.entitiesLinked)]];
  return { created: true, articleId, statementIds, claimIds, entitiesCreated, entitiesLinked, candidates, bookmark: write.bookmark };
}

/** Builds an article's plan as `buildArticlePlan` does: on this thread, or off it (ExtractionPool). */
export type PlanBuilder = (source: ArticleSource, graph: GraphNames) => ArticlePlan | Promise<ArticlePlan>;

/**
 * Ingests one article. Bad input throws IngestInputError and writes nothing; the whole article is one
 * transaction; re-ingesting the same normalized text or URL returns the existing article with created: false.
 */
export async function ingestArticle(graph: Graph, input: IngestInput, build: PlanBuilder = buildArticlePlan): Promise<IngestResult> {
  const source = checkInput(input);
  return writeArticle(graph, await build(source, await fetchGraphNames(graph)), source.url);
}
