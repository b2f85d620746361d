/**
 * Writes imported dataset records (Quotebank quotations, ClaimReview fact-checks) a batch at a time: each batch
 * is one transaction, so a killed import leaves whole records or none, and a record already in the graph (by its
 * dataset id) is skipped, so re-running an import is safe.
 *
 * A quotation is one Statement however many records and articles report it: it joins the statement whose words
 * are the same (`statementKey`), and otherwise gets an id made from those words, so two imports agree on it.
 */
import { createHash } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { Graph } from "./graph";
import { nameKey, statementKey } from "./model";

export const ORIGIN = { quotations: "quotebank", factChecks: "claimreview" } as const;

export const hashOf = (text: string): string => createHash("sha1").update(text).digest("hex").slice(0, 20);
export const articleIdFor = (url: string): string => `article:url:${hashOf(url)}`;
const slugOf = (name: string): string =>
  name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "x";

/** A Quotebank quotation, ready to write (src/import/quotebank.ts maps the dataset's lines to these). */
export interface QuotationRow {
  recordId: string;
  quoteId: string;
  text: string;
  date?: string;
  phase?: string;
  numOccurrences?: number;
  file: string;
  line: number;
  speaker?: { name: string; qids: string[]; probability: number };
  articles: { url: string; date?: string; title?: string; span?: { start: number; end: number; excerpt: string } }[];
}

/** A ClaimReview, ready to write. */
export interface FactCheckRow {
  recordId: string;
  url: string;
  title?: string;
  claimReviewed: string;
  claimDate?: string;
  reviewDate?: string;
  textualRating?: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  language?: string;
  file: string;
  line: number;
  claimant?: { name: string; kind: "Person" | "Organization" };
  /** The claimant's name as the review gives it, titles included ("Gov. Ada Lin"); `claimant.name` has none. */
  claimantAsWritten?: string;
  publisher?: { name: string; kind: "Person" | "Organization" };
  appearances: string[];
  /** The claim's sentence embedding (src/embedding/), for finding it by meaning, and what it was made of. */
  claimEmbedding?: number[];
  claimEmbeddedAs?: string;
}

/** The ids among `ids` that the graph already holds as records of this kind. */
export async function presentRecords(graph: Graph, kind: "DatasetRecord" | "FactCheck", ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const query =
    kind === "DatasetRecord"
      ? "UNWIND $ids AS id MATCH (n:DatasetRecord {id: id}) RETURN n.id AS id"
      : "UNWIND $ids AS id MATCH (n:FactCheck {id: id}) RETURN n.id AS id";
  const rows = await graph.read<{ id: string }>(query, { ids });
  return new Set(rows.map((r) => r.id));
}

/**
 * Statements written before quotation keys existed get theirs, so an import finds them. Returns how many were
 * keyed; cheap when there are none (the key's index answers).
 */
export async function keyStatements(graph: Graph): Promise<number> {
  let keyed = 0;
  for (;;) {
    const rows = await graph.read<{ id: string; text: string }>(
      "MATCH (s:Statement) WHERE s.textKey IS NULL AND s.text IS NOT NULL RETURN s.id AS id, s.text AS text LIMIT 5000",
    );
    if (!rows.length) return keyed;
    await graph.write((tx) =>
      tx.run("UNWIND $rows AS row MATCH (s:Statement {id: row.id}) SET s.textKey = row.key", {
        rows: rows.map((r) => ({ id: r.id, key: statementKey(r.text) })),
      }),
    );
    keyed += rows.length;
  }
}

export interface Person {
  /** The person's id when new: by Wikidata id when there is one, else by name (an unresolved speaker). */
  id: string;
  name: string;
  key: string;
  qid: string | null;
  candidates: string[];
}

function speakerOf(speaker: NonNullable<QuotationRow["speaker"]>): Person {
  const resolved = speaker.qids.length === 1 ? speaker.qids[0] : null;
  return {
    id: resolved ? `person:wikidata:${resolved}` : `person:quotebank:${slugOf(speaker.name)}`,
    name: speaker.name,
    key: nameKey(speaker.name),
    qid: resolved,
    candidates: resolved ? [] : speaker.qids,
  };
}

/** A batch's records, one per record id: the last row of an id, at the place of its first. */
export const uniqueRecords = <T extends { recordId: string }>(rows: T[]): T[] => [...new Map(rows.map((r) => [r.recordId, r])).values()];

/** The id of a quotation's statement when the graph holds none with its words. */
export const quotationStatementId = (key: string): string => `statement:quotation:${hashOf(key)}`;

export interface ArticleRow {
  url: string;
  id: string;
  date: string | null;
  title: string | null;
}

/**
 * What one batch of quotations writes, worked out without the graph (`statementOf`: the statement of a quotation
 * key): writeQuotations writes it in one transaction, and src/import/bulk/datasets.ts turns it into CSV for neo4j-admin.
 */
export interface QuotationBatch {
  statements: { id: string; key: string; text: string; date: string | null }[];
  people: Person[];
  said: { statement: string; person: string; qid: string | null; probability: number }[];
  records: { id: string; statement: string; properties: Record<string, unknown> }[];
  articles: ArticleRow[];
  cites: { record: string; url: string }[];
  spans: { id: string; record: string; statement: string; url: string; start: number; end: number; excerpt: string }[];
}

/** `unique`: rows of distinct record ids (`uniqueRecords`). */
export function quotationBatch(unique: QuotationRow[], statementOf: (key: string) => string): QuotationBatch {
  const statements = new Map<string, QuotationBatch["statements"][number]>();
  const people = new Map<string, Person>();
  const said = new Map<string, { statement: string; person: Person; probability: number }>();
  const articles = new Map<string, ArticleRow>();
  const cites: QuotationBatch["cites"] = [];
  const spans: QuotationBatch["spans"] = [];
  const records = unique.map((r) => {
    const key = statementKey(r.text);
    const statement = statementOf(key);
    const known = statements.get(statement);
    const date = r.date ?? null;
    if (!known) statements.set(statement, { id: statement, key, text: r.text, date });
    else if (date && (!known.date || date < known.date)) known.date = date;
    if (r.speaker) {
      const person = speakerOf(r.speaker);
      people.set(person.id, { ...person, candidates: [...new Set([...(people.get(person.id)?.candidates ?? []), ...person.candidates])] });
      const best = said.get(statement);
      if (!best || r.speaker.probability > best.probability) said.set(statement, { statement, person, probability: r.speaker.probability });
    }
    for (const a of r.articles) {
      if (!articles.has(a.url)) articles.set(a.url, { url: a.url, id: articleIdFor(a.url), date: a.date ?? null, title: a.title ?? null });
      cites.push({ record: r.recordId, url: a.url });
      if (a.span) spans.push({ id: `${r.recordId}@${a.span.start}-${a.span.end}`, record: r.recordId, statement, url: a.url, ...a.span });
    }
    return {
      id: r.recordId,
      statement,
      properties: {
        dataset: "Quotebank",
        recordId: r.quoteId,
        phase: r.phase ?? null,
        date: date,
        numOccurrences: r.numOccurrences ?? null,
        speaker: r.speaker?.name ?? null,
        speakerQids: r.speaker?.qids ?? [],
        probability: r.speaker?.probability ?? null,
        file: r.file,
        line: r.line,
      },
    };
  });
  return {
    statements: [...statements.values()],
    people: [...people.values()],
    said: [...said.values()].map((s) => ({ statement: s.statement, person: s.person.id, qid: s.person.qid, probability: s.probability })),
    records,
    articles: [...articles.values()],
    cites,
    spans,
  };
}

/**
 * Writes quotation records the graph does not hold yet (the caller drops present ones with `presentRecords`),
 * in one transaction. Returns how many records were written.
 */
export async function writeQuotations(graph: Graph, rows: QuotationRow[]): Promise<number> {
  const unique = uniqueRecords(rows);
  if (!unique.length) return 0;
  const keys = [...new Set(unique.map((r) => statementKey(r.text)))];
  const found = await graph.read<{ key: string; id: string }>(
    "UNWIND $keys AS key MATCH (s:Statement {textKey: key}) RETURN key, min(s.id) AS id",
    { keys },
  );
  const statementOf = new Map(found.map((f) => [f.key, f.id]));
  const batch = quotationBatch(unique, (key) => statementOf.get(key) ?? quotationStatementId(key));
  const origin = ORIGIN.quotations;
  await graph.write(async (tx) => {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (s:Statement {id: row.id})
       ON CREATE SET s.text = row.text, s.kind = 'DIRECT_QUOTE', s.textKey = row.key, s.saidOn = row.date, s.origin = $origin
       ON MATCH SET s.saidOn = CASE WHEN s.saidOn IS NULL OR (s.origin = $origin AND row.date < s.saidOn) THEN row.date ELSE s.saidOn END`,
      { rows: batch.statements, origin },
    );
    await writePeople(tx, batch.people, origin);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Statement {id: row.statement})
       CREATE (r:DatasetRecord {id: row.id}) SET r += row.properties, r.origin = $origin
       CREATE (s)-[:RECORDED_IN {origin: $origin}]->(r)`,
      { rows: batch.records, origin },
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Statement {id: row.statement}) WHERE NOT EXISTS { (s)-[:SAID_BY]->() }
       CALL (row) {
         OPTIONAL MATCH (byQid:Person {wikidata: row.qid})
         OPTIONAL MATCH (byId:Person {id: row.person})
         RETURN coalesce(byQid, byId) AS p
       }
       WITH s, row, p WHERE p IS NOT NULL
       CREATE (s)-[:SAID_BY {probability: row.probability, origin: $origin}]->(p)`,
      { rows: batch.said, origin },
    );
    await writeCitations(tx, "DatasetRecord", batch.articles, batch.cites, origin);
    if (batch.spans.length) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (s:Statement {id: row.statement})
         MATCH (a:Article {url: row.url})
         MERGE (ev:Evidence {id: row.id})
         ON CREATE SET ev.start = row.start, ev.end = row.end, ev.excerpt = row.excerpt, ev.dataset = 'Quotebank', ev.recordId = row.record, ev.origin = $origin
         MERGE (ev)-[:IN_ARTICLE]->(a)
         MERGE (s)-[:SUPPORTED_BY]->(ev)`,
        { rows: batch.spans, origin },
      );
    }
  });
  return batch.records.length;
}

/** How a new speaker is linked to the people already known by its name. */
export const SPEAKER_CANDIDATE_LINK = { score: 0.5, reason: "same name; the dataset gives no more to tell them apart" } as const;

/**
 * Speakers by Wikidata id, or unresolved by name. A new person whose name the graph already gives someone else
 * is linked to them as a candidate (CANDIDATE_SAME_AS), for a person to confirm: never merged on the name.
 */
async function writePeople(tx: ManagedTransaction, people: Person[], origin: string): Promise<void> {
  const candidates = `WITH p, k, created WHERE created
     MATCH (k)-[:NAMES]->(other:Person) WHERE other <> p
     MERGE (p)-[c:CANDIDATE_SAME_AS]->(other)
     ON CREATE SET c.score = $link.score, c.reason = $link.reason, c.origin = $origin`;
  await tx.run(
    `UNWIND $rows AS row
     MERGE (p:Person {wikidata: row.qid})
     ON CREATE SET p:Entity, p.id = row.id, p.name = row.name, p.aliases = [], p.origin = $origin, p.created = true
     WITH p, row, p.created IS NOT NULL AS created REMOVE p.created
     MERGE (k:Name {key: row.key}) MERGE (k)-[n:NAMES]->(p) ON CREATE SET n.origin = $origin
     ${candidates}`,
    { rows: people.filter((p) => p.qid), origin, link: SPEAKER_CANDIDATE_LINK },
  );
  await tx.run(
    `UNWIND $rows AS row
     MERGE (p:Person {id: row.id})
     ON CREATE SET p:Entity, p.name = row.name, p.aliases = [], p.origin = $origin, p.created = true
     SET p.wikidataCandidates = apoc.coll.toSet(coalesce(p.wikidataCandidates, []) + row.candidates)
     WITH p, row, p.created IS NOT NULL AS created REMOVE p.created
     MERGE (k:Name {key: row.key}) MERGE (k)-[n:NAMES]->(p) ON CREATE SET n.origin = $origin
     ${candidates}`,
    { rows: people.filter((p) => !p.qid), origin, link: SPEAKER_CANDIDATE_LINK },
  );
}

/** The articles a record cites, each by its URL (merged with an article the graph already has there), and the links. */
async function writeCitations(
  tx: ManagedTransaction,
  label: "DatasetRecord" | "FactCheck",
  articles: ArticleRow[],
  cites: { record: string; url: string }[],
  origin: string,
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Article {url: row.url})
     ON CREATE SET a.id = row.id, a.text = '', a.publishedOn = row.date, a.title = row.title, a.origin = $origin`,
    { rows: articles, origin },
  );
  // The label comes from the closed list in the signature, never from input.
  await tx.run(
    `UNWIND $rows AS row
     MATCH (r:${label} {id: row.record}) MATCH (a:Article {url: row.url})
     CREATE (r)-[:CITES {origin: $origin}]->(a)`,
    { rows: cites, origin },
  );
}

export interface Party {
  id: string;
  name: string;
  key: string;
  label: "Person" | "Organization";
  kind: string | null;
  /** Entities the name may also mean, when it names several: linked as candidates, never merged. */
  candidates: string[];
}

export interface PartyName {
  name: string;
  kind: "Person" | "Organization";
  publisher: boolean;
}

/** Who a batch of fact-checks names: the publishers first, then the claimants. */
export function partiesOf(unique: FactCheckRow[]): PartyName[] {
  return [
    ...unique.flatMap((r) => (r.publisher ? [{ ...r.publisher, publisher: true }] : [])),
    ...unique.flatMap((r) => (r.claimant ? [{ ...r.claimant, publisher: false }] : [])),
  ];
}

export const partyKey = (p: { name: string; kind: "Person" | "Organization" }): string => `${p.kind}|${nameKey(p.name)}`;

/**
 * Claimants and publishers resolved like any name (`named`: the entities each name key names, with their labels):
 * the one entity of that kind the name means, or a new one (with CANDIDATE_SAME_AS links when the name means
 * several). Keyed by `partyKey`.
 */
export function chooseParties(parties: PartyName[], named: Map<string, { id: string; labels: string[] }[]>): Map<string, Party> {
  const out = new Map<string, Party>();
  for (const p of parties) {
    const key = nameKey(p.name);
    const id = `${p.kind.toLowerCase()}:${slugOf(p.name)}`;
    if (out.has(partyKey(p))) continue;
    const same = (named.get(key) ?? []).filter((e) => e.labels.includes(p.kind));
    const chosen = same.length === 1 ? same[0].id : same.find((e) => e.id === id)?.id ?? id;
    out.set(partyKey(p), {
      id: chosen,
      name: p.name,
      key,
      label: p.kind,
      kind: p.publisher && p.kind === "Organization" ? "FACT_CHECKER" : null,
      candidates: same.length > 1 ? same.map((e) => e.id).filter((c) => c !== chosen) : [],
    });
  }
  return out;
}

async function resolveParties(graph: Graph, parties: PartyName[]): Promise<Map<string, Party>> {
  const keys = [...new Set(parties.map((p) => nameKey(p.name)))];
  const rows = await graph.read<{ key: string; entities: { id: string; labels: string[] }[] }>(
    "UNWIND $keys AS key MATCH (:Name {key: key})-[:NAMES]->(e:Entity) RETURN key, collect({id: e.id, labels: labels(e)}) AS entities",
    { keys },
  );
  return chooseParties(parties, new Map(rows.map((r) => [r.key, r.entities])));
}

/** What one batch of fact-checks writes, once its parties are chosen (`chooseParties`). */
export interface FactCheckBatch {
  parties: Party[];
  checks: { id: string; publisher: string | null; claimant: string | null; embedding: number[] | null; properties: Record<string, unknown> }[];
  articles: ArticleRow[];
  cites: { record: string; url: string }[];
}

/** How a CANDIDATE_SAME_AS link between two parties of one name is written. */
export const CANDIDATE_LINK = { score: 0.5, reason: "same name, nothing else to tell them apart" } as const;

export function factCheckBatch(unique: FactCheckRow[], parties: Map<string, Party>): FactCheckBatch {
  const partyId = (p?: { name: string; kind: "Person" | "Organization" }) => (p ? parties.get(partyKey(p))?.id ?? null : null);
  const articles = new Map<string, ArticleRow>();
  const cites: FactCheckBatch["cites"] = [];
  const checks = unique.map((r) => {
    for (const url of r.appearances) {
      if (!articles.has(url)) articles.set(url, { url, id: articleIdFor(url), date: null, title: null });
      cites.push({ record: r.recordId, url });
    }
    return {
      id: r.recordId,
      publisher: partyId(r.publisher),
      claimant: partyId(r.claimant),
      embedding: r.claimEmbedding ?? null,
      properties: {
        url: r.url,
        title: r.title ?? null,
        claimReviewed: r.claimReviewed,
        claimantAsWritten: r.claimantAsWritten ?? null,
        claimDate: r.claimDate ?? null,
        reviewDate: r.reviewDate ?? null,
        textualRating: r.textualRating ?? null,
        ratingValue: r.ratingValue ?? null,
        bestRating: r.bestRating ?? null,
        worstRating: r.worstRating ?? null,
        language: r.language ?? null,
        dataset: "ClaimReview",
        file: r.file,
        line: r.line,
        claimEmbeddedAs: r.claimEmbedding ? (r.claimEmbeddedAs ?? null) : null,
      },
    };
  });
  return { parties: [...parties.values()], checks, articles: [...articles.values()], cites };
}

/**
 * Fact-checks whose claim has no embedding, or one made otherwise than `embeddedAs` says (another model or
 * recipe), at most `limit`, with what the recipe reads: the claim and its claimant as the review wrote it.
 */
export async function factChecksToEmbed(graph: Graph, embeddedAs: string, limit: number): Promise<{ id: string; claimReviewed: string; claimant: string | null }[]> {
  return graph.read<{ id: string; claimReviewed: string; claimant: string | null }>(
    `MATCH (f:FactCheck) WHERE f.claimEmbedding IS NULL OR coalesce(f.claimEmbeddedAs, '') <> $embeddedAs
     RETURN f.id AS id, coalesce(f.claimReviewed, '') AS claimReviewed,
            coalesce(f.claimantAsWritten, [(f)-[:CLAIMED_BY]->(c) | c.name][0]) AS claimant
     ORDER BY f.id LIMIT $limit`,
    { embeddedAs, limit: neo4j.int(limit) },
  );
}

export async function setClaimEmbeddings(graph: Graph, rows: { id: string; embedding: number[] }[], embeddedAs: string): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `UNWIND $rows AS row
       MATCH (f:FactCheck {id: row.id})
       CALL db.create.setNodeVectorProperty(f, 'claimEmbedding', row.embedding)
       SET f.claimEmbeddedAs = $embeddedAs`,
      { rows, embeddedAs },
    ),
  );
}

/** Writes fact-checks the graph does not hold yet, in one transaction. Returns how many were written. */
export async function writeFactChecks(graph: Graph, rows: FactCheckRow[]): Promise<number> {
  const unique = uniqueRecords(rows);
  if (!unique.length) return 0;
  const batch = factCheckBatch(unique, await resolveParties(graph, partiesOf(unique)));
  const origin = ORIGIN.factChecks;
  await graph.write(async (tx) => {
    for (const label of ["Person", "Organization"] as const) {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (e:${label} {id: row.id})
         ON CREATE SET e:Entity, e.name = row.name, e.aliases = [], e.kind = row.kind, e.origin = $origin
         MERGE (k:Name {key: row.key}) MERGE (k)-[n:NAMES]->(e) ON CREATE SET n.origin = $origin
         WITH e, row UNWIND row.candidates AS candidate
         MATCH (c:Entity {id: candidate})
         MERGE (e)-[l:CANDIDATE_SAME_AS]->(c) ON CREATE SET l.score = $link.score, l.reason = $link.reason, l.origin = $origin`,
        { rows: batch.parties.filter((p) => p.label === label), origin, link: CANDIDATE_LINK },
      );
    }
    await tx.run(
      `UNWIND $rows AS row
       CREATE (f:FactCheck {id: row.id}) SET f += row.properties, f.origin = $origin
       WITH f, row
       CALL (f, row) { WITH f, row WHERE row.embedding IS NOT NULL CALL db.create.setNodeVectorProperty(f, 'claimEmbedding', row.embedding) }
       CALL (f, row) { MATCH (p:Entity {id: row.publisher}) CREATE (f)-[:PUBLISHED_BY {origin: $origin}]->(p) }
       CALL (f, row) { MATCH (c:Entity {id: row.claimant}) CREATE (f)-[:CLAIMED_BY {origin: $origin}]->(c) }`,
      { rows: batch.checks, origin },
    );
    await writeCitations(tx, "FactCheck", batch.articles, batch.cites, origin);
  });
  return batch.checks.length;
}

/**
 * A graph built by the bulk loader from import CSV, which cannot hold an empty list: gives the lists the writer
 * sets empty their value (entities' `aliases`, records' `speakerQids`, unresolved speakers' `wikidataCandidates`).
 */
export async function setEmptyImportLists(graph: Graph): Promise<void> {
  for (const query of [
    "MATCH (n:Entity) WHERE n.aliases IS NULL CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (r:DatasetRecord) WHERE r.speakerQids IS NULL CALL (r) { SET r.speakerQids = [] } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (p:Person {origin: $origin}) WHERE p.wikidata IS NULL AND p.wikidataCandidates IS NULL CALL (p) { SET p.wikidataCandidates = [] } IN TRANSACTIONS OF 10000 ROWS",
  ]) {
    await graph.writeInBatches(query, { origin: ORIGIN.quotations });
  }
}

/** Sets statements' `saidOn`, by id, in transactions of 10,000. Returns how many rows it was given. */
export async function setStatementDates(graph: Graph, dates: Map<string, string>): Promise<number> {
  const rows = [...dates].map(([id, date]) => ({ id, date }));
  for (let i = 0; i < rows.length; i += 10_000) {
    await graph.write((tx) => tx.run("UNWIND $rows AS row MATCH (s:Statement {id: row.id}) SET s.saidOn = row.date", { rows: rows.slice(i, i + 10_000) }));
  }
  return rows.length;
}
