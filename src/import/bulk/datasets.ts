/**
 * First loads of very large dumps (hundreds of millions of records): instead of transactions, a NEW database built
 * from CSV by Neo4j's bulk loader, `neo4j-admin database import full`, in a fresh instance folder.
 *
 * 1. CSV: the records are read and mapped as `npm run import` does (src/import/read, quotationsOf, factChecksOf),
 *    in the same batches, and each batch is planned by the very functions the online writer uses
 *    (`quotationBatch`, `chooseParties`, `factCheckBatch` in src/graph/imports.ts). What the writer's MERGEs do
 *    against the graph is done here against compact sets of what was written already, so the CSV holds the
 *    nodes, relationships, labels, ids and properties an online import of the same files into an empty graph
 *    creates, each node once.
 * 2. neo4j-admin (the project's Neo4j, run from its jars) builds the database `neo4j` in the folder (admin.ts).
 * 3. Finishing: the folder's server is started once to give the properties CSV cannot hold their value (empty
 *    lists: `aliases`, `speakerQids`, `wikidataCandidates`), create the constraints and indexes
 *    (src/graph/constraints.ts `applySchema`; every later start of factgraph re-applies them, a no-op), and
 *    correct the rare statement date the CSV got too late; then it is stopped.
 *
 * Memory: every node and relationship that a MERGE could meet twice is remembered as a 64-bit fingerprint in an
 * open-addressing table (8 bytes a slot, at most 70% full: 11 to 23 bytes an entry, statements 4 more) whatever
 * the length of its id or URL: record ids, statements, articles, people, names, name links, about 20 bytes each,
 * so 10^8 records with 10^8 articles take some 5 GB. Besides, each name is kept with the people and organizations
 * it names (about 200 bytes a person: what the writer's name resolution and speaker candidates read), and the
 * unresolved speakers (names with 0 or several Wikidata ids) whole, as their candidate ids are gathered from
 * every record. Two ids sharing a fingerprint make the second count as written: the chance of any such pair among
 * n ids of one kind is about n² / 2^65 (0.03% for 10^8). The CSV takes about 1.6 times the disk of the JSON lines.
 */
import fs from "node:fs";
import path from "node:path";
import {
  CANDIDATE_LINK,
  chooseParties,
  factCheckBatch,
  ORIGIN,
  partiesOf,
  quotationBatch,
  quotationStatementId,
  setEmptyImportLists,
  setStatementDates,
  SPEAKER_CANDIDATE_LINK,
  uniqueRecords,
  type FactCheckRow,
  type QuotationBatch,
  type QuotationRow,
} from "../../graph/imports";
import type { Graph } from "../../graph/graph";
import type { MemorySettings } from "../../neo4j/local/pins";
import { factChecksOf, withClaimEmbeddings } from "../claimreview";
import { ImportRecordError } from "../problems";
import { Progress } from "../progress";
import { keptQuotations, type QuotationFilter } from "../quotebank";
import { readRecords, ReadError } from "../read";
import type { DatasetKind } from "../run";
import { finishBulkDatabase, instanceCsvDir, prepareBulkTarget, runNeo4jAdmin, type AdminOptions, type Finishing, type FinishSeconds } from "./admin";
import { csvArguments, CsvFile, Fingerprints, LIST_DELIMITER, num } from "./csv";

/** Records a batch, as `npm run import` writes them (run.ts): batches decide which row of a repeated id wins. */
const BATCH_SIZE = 5000;
const LABELS: Record<"Person" | "Organization", string[]> = { Person: ["Person", "Entity"], Organization: ["Organization", "Entity"] };

/**
 * The files, by what they hold: node files with their labels (neo4j-admin's `--nodes=A:B=file`), relationship
 * files with their type. JavaScript numbers reach Neo4j as floats through the driver, hence `:double`. An empty
 * field is no property: the empty lists (`aliases` of every entity, some `speakerQids` and `wikidataCandidates`)
 * are set when the database is finished.
 */
const NODE_FILES = {
  statements: { labels: "Statement", header: ["id:ID(Statement)", "text", "kind", "textKey", "saidOn", "origin"] },
  records: {
    labels: "DatasetRecord",
    header: ["id:ID(DatasetRecord)", "dataset", "recordId", "phase", "date", "numOccurrences:double", "speaker", "speakerQids:string[]", "probability:double", "file", "line:double", "origin"],
  },
  resolvedPeople: { labels: "Person:Entity", header: ["id:ID(Entity)", "wikidata", "name", "origin"] },
  unresolvedPeople: { labels: "Person:Entity", header: ["id:ID(Entity)", "name", "wikidataCandidates:string[]", "origin"] },
  partyPeople: { labels: "Person:Entity", header: ["id:ID(Entity)", "name", "kind", "origin"] },
  partyOrganizations: { labels: "Organization:Entity", header: ["id:ID(Entity)", "name", "kind", "origin"] },
  names: { labels: "Name", header: ["key:ID(Name)"] },
  articles: { labels: "Article", header: ["id:ID(Article)", "url", "text", "publishedOn", "title", "origin"] },
  evidence: { labels: "Evidence", header: ["id:ID(Evidence)", "start:double", "end:double", "excerpt", "dataset", "recordId", "origin"] },
  factChecks: {
    labels: "FactCheck",
    header: [
      "id:ID(FactCheck)", "url", "title", "claimReviewed", "claimantAsWritten", "claimDate", "reviewDate", "textualRating", "ratingValue:double",
      "bestRating:double", "worstRating:double", "language", "dataset", "file", "line:double", "origin", "claimEmbedding:float[]", "claimEmbeddedAs",
    ],
  },
} as const;

const RELATIONSHIP_FILES = {
  recordedIn: { type: "RECORDED_IN", header: [":START_ID(Statement)", ":END_ID(DatasetRecord)", "origin"] },
  saidBy: { type: "SAID_BY", header: [":START_ID(Statement)", ":END_ID(Entity)", "probability:double", "origin"] },
  names: { type: "NAMES", header: [":START_ID(Name)", ":END_ID(Entity)", "origin"] },
  recordCites: { type: "CITES", header: [":START_ID(DatasetRecord)", ":END_ID(Article)", "origin"] },
  checkCites: { type: "CITES", header: [":START_ID(FactCheck)", ":END_ID(Article)", "origin"] },
  inArticle: { type: "IN_ARTICLE", header: [":START_ID(Evidence)", ":END_ID(Article)"] },
  supportedBy: { type: "SUPPORTED_BY", header: [":START_ID(Statement)", ":END_ID(Evidence)"] },
  publishedBy: { type: "PUBLISHED_BY", header: [":START_ID(FactCheck)", ":END_ID(Entity)", "origin"] },
  claimedBy: { type: "CLAIMED_BY", header: [":START_ID(FactCheck)", ":END_ID(Entity)", "origin"] },
  candidates: { type: "CANDIDATE_SAME_AS", header: [":START_ID(Entity)", ":END_ID(Entity)", "score:double", "reason", "origin"] },
} as const;

type NodeFile = keyof typeof NODE_FILES;
type RelationshipFile = keyof typeof RELATIONSHIP_FILES;

/** A day as a number that sorts as the text does ("2015-03-02" -> 20150302); 0 for none. */
function dayNumber(date: string | null): number {
  if (date === null) return 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`a quotation date must be YYYY-MM-DD, not "${date}"`);
  return Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]);
}

export interface CsvSummary {
  dir: string;
  quotations: number;
  factChecks: number;
  /** Records a run of `npm run import` would find present: repeated ids. */
  present: number;
  filtered: number;
  skipped: number;
  brokenFiles: number;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  bytes: number;
  /** The fingerprint tables at their largest. */
  setBytes: number;
  /** Statements whose earliest date came after their first record: corrected when the database is finished. */
  dateCorrections: Map<string, string>;
  /** neo4j-admin's `--nodes` and `--relationships` arguments. */
  adminArgs: string[];
  seconds: number;
}

/**
 * Plays the online writer's MERGEs against what was written already, batch by batch, and appends what they
 * would create to the CSV files.
 */
class CsvGraph {
  private readonly nodes = {} as Record<NodeFile, CsvFile>;
  private readonly rels = {} as Record<RelationshipFile, CsvFile>;
  readonly quotationRecords = new Fingerprints();
  readonly factCheckRecords = new Fingerprints();
  /** Value: the statement's earliest day (`dayNumber`) times 2, plus 1 once it has its SAID_BY. */
  private readonly statements = new Fingerprints(true);
  private readonly entities = new Fingerprints();
  private readonly names = new Fingerprints();
  private readonly nameLinks = new Fingerprints();
  private readonly articles = new Fingerprints();
  private readonly evidence = new Fingerprints();
  private readonly evidenceLinks = new Fingerprints();
  private readonly candidateLinks = new Set<string>();
  private readonly unresolved = new Map<string, { name: string; candidates: string[] }>();
  /** The entities each name names: what the writer's name resolution and speaker candidates read. */
  private readonly named = new Map<string, { id: string; labels: string[] }[]>();
  readonly dateCorrections = new Map<string, string>();

  constructor(readonly dir: string) {
    for (const [name, spec] of Object.entries(NODE_FILES)) this.nodes[name as NodeFile] = new CsvFile(path.join(dir, `${name}.csv`), [...spec.header]);
    for (const [name, spec] of Object.entries(RELATIONSHIP_FILES)) this.rels[name as RelationshipFile] = new CsvFile(path.join(dir, `rel-${name}.csv`), [...spec.header]);
  }

  get setBytes(): number {
    const sets = [this.quotationRecords, this.factCheckRecords, this.statements, this.entities, this.names, this.nameLinks, this.articles, this.evidence, this.evidenceLinks];
    return sets.reduce((sum, s) => sum + s.bytes, 0);
  }

  /** One batch of quotation rows; returns [written, present]. */
  quotations(rows: QuotationRow[]): [number, number] {
    const fresh = rows.filter((r) => !this.quotationRecords.has(r.recordId));
    const unique = uniqueRecords(fresh);
    for (const r of unique) this.quotationRecords.add(r.recordId);
    if (unique.length) this.writeQuotations(quotationBatch(unique, quotationStatementId));
    return [unique.length, rows.length - fresh.length];
  }

  private writeQuotations(batch: QuotationBatch): void {
    const origin = ORIGIN.quotations;
    const { nodes, rels } = this;
    for (const s of batch.statements) {
      const day = dayNumber(s.date);
      if (this.statements.add(s.id)) {
        this.statements.value = day * 2;
        const f = nodes.statements;
        f.row([f.text(s.id), f.text(s.text), f.text("DIRECT_QUOTE"), f.text(s.key), f.text(s.date), f.text(origin)]);
        continue;
      }
      // ON MATCH: the earliest date of the statement's quotations.
      const known = this.statements.value >> 1;
      if (day && (!known || day < known)) {
        this.statements.value = day * 2 + (this.statements.value & 1);
        this.dateCorrections.set(s.id, s.date!);
      }
    }
    // As writePeople: those with a Wikidata id first, then the unresolved; a new one is linked to the people
    // its name already names.
    for (const p of [...batch.people.filter((x) => x.qid), ...batch.people.filter((x) => !x.qid)]) {
      let created = false;
      if (p.qid) {
        created = this.entities.add(p.id);
        if (created) {
          const f = nodes.resolvedPeople;
          f.row([f.text(p.id), f.text(p.qid), f.text(p.name), f.text(origin)]);
        }
      } else {
        const known = this.unresolved.get(p.id);
        if (known) known.candidates = [...new Set([...known.candidates, ...p.candidates])];
        else {
          this.unresolved.set(p.id, { name: p.name, candidates: p.candidates });
          created = this.entities.add(p.id);
        }
      }
      this.nameEntity(p.key, p.id, "Person", origin);
      if (!created) continue;
      for (const other of this.named.get(p.key) ?? []) {
        if (other.id !== p.id && other.labels.includes("Person")) this.candidate(p.id, other.id, SPEAKER_CANDIDATE_LINK, origin);
      }
    }
    for (const r of batch.records) {
      const f = nodes.records;
      const p = r.properties as { recordId: string; phase: string | null; date: string | null; numOccurrences: number | null; speaker: string | null; speakerQids: string[]; probability: number | null; file: string; line: number };
      f.row([
        f.text(r.id), f.text("Quotebank"), f.text(p.recordId), f.text(p.phase), f.text(p.date), num(p.numOccurrences), f.text(p.speaker),
        f.list(p.speakerQids), num(p.probability), f.text(p.file), num(p.line), f.text(origin),
      ]);
      rels.recordedIn.row([rels.recordedIn.text(r.statement), rels.recordedIn.text(r.id), rels.recordedIn.text(origin)]);
    }
    for (const s of batch.said) {
      this.statements.has(s.statement);
      if (this.statements.value & 1) continue;
      this.statements.value |= 1;
      rels.saidBy.row([rels.saidBy.text(s.statement), rels.saidBy.text(s.person), num(s.probability), rels.saidBy.text(origin)]);
    }
    const articleIds = this.writeArticles(batch.articles, origin);
    for (const c of batch.cites) rels.recordCites.row([rels.recordCites.text(c.record), rels.recordCites.text(articleIds.get(c.url)!), rels.recordCites.text(origin)]);
    for (const s of batch.spans) {
      const article = articleIds.get(s.url)!;
      if (this.evidence.add(s.id)) {
        const f = nodes.evidence;
        f.row([f.text(s.id), num(s.start), num(s.end), f.text(s.excerpt), f.text("Quotebank"), f.text(s.record), f.text(origin)]);
      }
      if (this.evidenceLinks.add(`${s.id}\n${article}`)) rels.inArticle.row([rels.inArticle.text(s.id), rels.inArticle.text(article)]);
      if (this.evidenceLinks.add(`${s.statement}\n${s.id}`)) rels.supportedBy.row([rels.supportedBy.text(s.statement), rels.supportedBy.text(s.id)]);
    }
  }

  /** One batch of fact-check rows; returns [written, present]. */
  factChecks(rows: FactCheckRow[]): [number, number] {
    const fresh = rows.filter((r) => !this.factCheckRecords.has(r.recordId));
    const unique = uniqueRecords(fresh);
    for (const r of unique) this.factCheckRecords.add(r.recordId);
    if (!unique.length) return [0, rows.length];
    const origin = ORIGIN.factChecks;
    const { nodes, rels } = this;
    const batch = factCheckBatch(unique, chooseParties(partiesOf(unique), this.named));
    for (const p of batch.parties) {
      if (this.entities.add(p.id)) {
        const f = p.label === "Person" ? nodes.partyPeople : nodes.partyOrganizations;
        f.row([f.text(p.id), f.text(p.name), f.text(p.kind), f.text(origin)]);
      }
      this.nameEntity(p.key, p.id, p.label, origin);
      for (const c of p.candidates) this.candidate(p.id, c, CANDIDATE_LINK, origin);
    }
    for (const c of batch.checks) {
      const f = nodes.factChecks;
      const p = c.properties as Record<string, string | number | null>;
      const t = (k: string) => f.text(p[k] as string | null);
      f.row([
        f.text(c.id), t("url"), t("title"), t("claimReviewed"), t("claimantAsWritten"), t("claimDate"), t("reviewDate"), t("textualRating"),
        num(p.ratingValue), num(p.bestRating), num(p.worstRating), t("language"), f.text("ClaimReview"), t("file"), num(p.line), f.text(origin),
        c.embedding ? c.embedding.join(LIST_DELIMITER) : "", t("claimEmbeddedAs"),
      ]);
      if (c.publisher) rels.publishedBy.row([rels.publishedBy.text(c.id), rels.publishedBy.text(c.publisher), rels.publishedBy.text(origin)]);
      if (c.claimant) rels.claimedBy.row([rels.claimedBy.text(c.id), rels.claimedBy.text(c.claimant), rels.claimedBy.text(origin)]);
    }
    const articleIds = this.writeArticles(batch.articles, origin);
    for (const c of batch.cites) rels.checkCites.row([rels.checkCites.text(c.record), rels.checkCites.text(articleIds.get(c.url)!), rels.checkCites.text(origin)]);
    return [unique.length, rows.length - fresh.length];
  }

  /** MERGE (k:Name {key}) MERGE (k)-[:NAMES]->(entity). */
  private nameEntity(key: string, id: string, label: "Person" | "Organization", origin: string): void {
    if (this.names.add(key)) this.nodes.names.row([this.nodes.names.text(key)]);
    if (!this.nameLinks.add(`${key}\n${id}`)) return;
    this.rels.names.row([this.rels.names.text(key), this.rels.names.text(id), this.rels.names.text(origin)]);
    const entities = this.named.get(key);
    const entity = { id, labels: LABELS[label] };
    if (entities) entities.push(entity);
    else this.named.set(key, [entity]);
  }

  /** MERGE (from)-[:CANDIDATE_SAME_AS]->(to) ON CREATE SET … */
  private candidate(from: string, to: string, link: { score: number; reason: string }, origin: string): void {
    if (this.candidateLinks.has(`${from}\n${to}`)) return;
    this.candidateLinks.add(`${from}\n${to}`);
    const f = this.rels.candidates;
    f.row([f.text(from), f.text(to), String(link.score), f.text(link.reason), f.text(origin)]);
  }

  /** MERGE (a:Article {url}) ON CREATE …; returns each url's article id. */
  private writeArticles(articles: { url: string; id: string; date: string | null; title: string | null }[], origin: string): Map<string, string> {
    const f = this.nodes.articles;
    for (const a of articles) if (this.articles.add(a.url)) f.row([f.text(a.id), f.text(a.url), f.text(""), f.text(a.date), f.text(a.title), f.text(origin)]);
    return new Map(articles.map((a) => [a.url, a.id]));
  }

  /** Writes the unresolved speakers, closes the files; returns the counts and neo4j-admin's arguments. */
  close(): Pick<CsvSummary, "nodes" | "relationships" | "bytes" | "adminArgs"> {
    const f = this.nodes.unresolvedPeople;
    for (const [id, p] of this.unresolved) f.row([f.text(id), f.text(p.name), f.list(p.candidates), f.text(ORIGIN.quotations)]);
    const files = [...Object.values(this.nodes), ...Object.values(this.rels)];
    for (const file of files) file.close();
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    const adminArgs: string[] = [];
    for (const [name, spec] of Object.entries(NODE_FILES)) {
      const file = this.nodes[name as NodeFile];
      const label = spec.labels.split(":")[0];
      nodes[label] = (nodes[label] ?? 0) + file.rows;
      if (file.rows) adminArgs.push(`--nodes=${spec.labels}=${file.file}`);
    }
    for (const [name, spec] of Object.entries(RELATIONSHIP_FILES)) {
      const file = this.rels[name as RelationshipFile];
      relationships[spec.type] = (relationships[spec.type] ?? 0) + file.rows;
      if (file.rows) adminArgs.push(`--relationships=${spec.type}=${file.file}`);
    }
    adminArgs.push(...csvArguments(files));
    return { nodes, relationships, bytes: files.reduce((sum, file) => sum + fs.statSync(file.file).size, 0), adminArgs };
  }
}

/** What one run of `npm run import` would be given: the kind, the files, and its options. */
export interface BulkRun {
  kind: DatasetKind;
  files: string[];
  filter?: QuotationFilter;
  /** The run's batch size (run.ts `batchSize`, default 5,000): which row of a repeated id wins depends on it. */
  batchSize?: number;
}

export interface BulkCsvOptions {
  log?: (message: string) => void;
  progressEveryMs?: number;
}

type Counts = Pick<CsvSummary, "quotations" | "factChecks" | "present" | "filtered" | "skipped" | "brokenFiles">;

/**
 * Each record of each file, mapped and batched as run.ts does it (a batch never spans two files); malformed
 * records and broken files are reported and counted.
 */
async function readBatches<Row>(
  run: BulkRun,
  map: (value: unknown, at: { file: string; line: number }) => { rows: Row[]; filtered: number },
  write: (batch: Row[]) => void | Promise<void>,
  counts: Counts,
  o: BulkCsvOptions,
): Promise<void> {
  const log = o.log ?? (() => undefined);
  for (const file of run.files) {
    const progress = new Progress(path.basename(file), log, o.progressEveryMs ?? 10_000);
    let pending: Row[] = [];
    let records = 0;
    try {
      for await (const item of readRecords(file, { onBytes: (done: number, total: number) => progress.bytes(done, total) })) {
        if (item.kind === "problem") {
          counts.skipped++;
          log(`${file}:${item.line}: ${item.message}; skipped`);
          continue;
        }
        records++;
        try {
          const { rows, filtered } = map(item.value, { file, line: item.line });
          counts.filtered += filtered;
          pending.push(...rows);
        } catch (error) {
          if (!(error instanceof ImportRecordError)) throw error;
          counts.skipped++;
          log(`${file}:${item.line}: ${error.message}; skipped`);
        }
        progress.record(records);
        if (pending.length >= (run.batchSize ?? BATCH_SIZE)) {
          await write(pending);
          pending = [];
        }
      }
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      counts.brokenFiles++;
      log(`${error.message}; what was read before this point is imported`);
    }
    await write(pending);
    progress.done(records);
  }
}

/**
 * Writes the CSV of the graph that the runs of `npm run import`, one after the other, would create in an empty
 * database.
 */
export async function writeBulkCsv(runs: BulkRun[], dir: string, o: BulkCsvOptions = {}): Promise<CsvSummary> {
  const started = Date.now();
  fs.mkdirSync(dir, { recursive: true });
  const csv = new CsvGraph(dir);
  const counts: Counts = { quotations: 0, factChecks: 0, present: 0, filtered: 0, skipped: 0, brokenFiles: 0 };
  for (const run of runs) {
    if (run.kind === "quotebank") {
      const filter = run.filter ?? {};
      await readBatches<QuotationRow>(
        run,
        (value, at) => keptQuotations(value, at, filter),
        (batch) => {
          const [written, present] = csv.quotations(batch);
          counts.quotations += written;
          counts.present += present;
        },
        counts,
        o,
      );
    } else {
      await readBatches<FactCheckRow>(
        run,
        (value, at) => ({ rows: factChecksOf(value, at), filtered: 0 }),
        async (batch) => {
          const [written, present] = csv.factChecks(await withClaimEmbeddings(batch));
          counts.factChecks += written;
          counts.present += present;
        },
        counts,
        o,
      );
    }
  }
  const setBytes = csv.setBytes;
  return { dir, ...counts, ...csv.close(), setBytes, dateCorrections: csv.dateCorrections, seconds: (Date.now() - started) / 1000 };
}


export interface BulkOptions extends BulkCsvOptions, AdminOptions {
  /** The instance folder of the new database: new, or one whose server never held a database `neo4j`. */
  dir: string;
  /** The server's memory while the database is finished (default: the developer server's). */
  memory?: MemorySettings;
  /** Keep the CSV (in `<dir>/import/bulk/`) after a successful build. */
  keepCsv?: boolean;
  /** Run on the finished database before its server stops. */
  check?: (graph: Graph) => Promise<void>;
}

export interface BulkSummary extends Omit<CsvSummary, "dateCorrections" | "adminArgs"> {
  /** Statements whose date the finishing moved back (`CsvSummary.dateCorrections`). */
  datesCorrected: number;
  csvSeconds: number;
  adminSeconds: number;
  finishSeconds: FinishSeconds;
}

/**
 * What CSV cannot do for these datasets: the empty lists the writer sets (`aliases`, `speakerQids`, unresolved
 * speakers' `wikidataCandidates`) and, once the indexes are in place, the statement dates corrected.
 */
export function datasetFinishing(dateCorrections: Map<string, string>, check?: (graph: Graph) => Promise<void>): Finishing {
  return {
    lists: setEmptyImportLists,
    afterSchema: async (graph) => `${await setStatementDates(graph, dateCorrections)} statement dates`,
    check,
  };
}

/** Builds a new database in `dir` from the files: CSV, neo4j-admin, finishing (see the top of this file). */
export async function bulkImport(runs: BulkRun[], o: BulkOptions): Promise<BulkSummary> {
  const log = o.log ?? (() => undefined);
  await prepareBulkTarget(o.dir, o);
  const csvDir = instanceCsvDir(o.dir);
  fs.rmSync(csvDir, { recursive: true, force: true });
  const csv = await writeBulkCsv(runs, csvDir, o);
  log(`CSV: ${csv.quotations.toLocaleString("en-US")} quotations, ${csv.factChecks.toLocaleString("en-US")} fact-checks, ${(csv.bytes / 2 ** 20).toFixed(0)} MB in ${csv.seconds.toFixed(1)} s`);
  const adminSeconds = await runNeo4jAdmin(o.dir, csv, o);
  const finishSeconds = await finishBulkDatabase(o.dir, datasetFinishing(csv.dateCorrections, o.check), { memory: o.memory, log });
  if (!o.keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });
  const { dateCorrections, adminArgs, ...rest } = csv;
  return { ...rest, datesCorrected: dateCorrections.size, csvSeconds: csv.seconds, adminSeconds, finishSeconds };
}

