/**
 * One import run: read each file's records as a stream, map them, and write them a batch per transaction while
 * the next batch is read. A malformed record is reported with its file and line and skipped; a file that breaks
 * off (truncated, corrupt) keeps what was read before it; records the graph already holds are skipped, so a
 * killed or repeated run is resumed by running it again.
 */
import * as path from "node:path";
import type { Graph } from "../graph/graph";
import { keyStatements, presentRecords, writeFactChecks, writeQuotations, type FactCheckRow, type QuotationRow } from "../graph/imports";
import { embedMissingClaims, factChecksOf, withClaimEmbeddings } from "./claimreview";
import { ImportRecordError, type RecordAt } from "./problems";
import { Progress } from "./progress";
import { keptQuotations, type QuotationFilter } from "./quotebank";
import { readRecords, ReadError } from "./read";

export type DatasetKind = "quotebank" | "claimreview";

export interface ImportOptions {
  filter?: QuotationFilter;
  /** Records a transaction (default 5,000). */
  batchSize?: number;
  log?: (message: string) => void;
  /** How often progress is logged, in milliseconds (default 2,000). */
  progressEveryMs?: number;
}

export interface ImportSummary {
  /** Records written by this run. */
  imported: number;
  /** Records the graph held already. */
  present: number;
  /** Records left out by the filters. */
  filtered: number;
  /** Malformed records, reported and skipped. */
  skipped: number;
  /** Files that broke off; what was read before the break is imported. */
  brokenFiles: number;
}

interface Kind<Row> {
  label: "DatasetRecord" | "FactCheck";
  map(value: unknown, at: RecordAt): { rows: Row[]; filtered: number };
  /** What a batch of new records needs before its write, done while the batch before is written. */
  prepare?(rows: Row[]): Promise<Row[]>;
  write(graph: Graph, rows: Row[]): Promise<number>;
}

const KINDS = (filter: QuotationFilter): { quotebank: Kind<QuotationRow>; claimreview: Kind<FactCheckRow> } => ({
  quotebank: {
    label: "DatasetRecord",
    map: (value, at) => keptQuotations(value, at, filter),
    write: writeQuotations,
  },
  claimreview: {
    label: "FactCheck",
    map: (value, at) => ({ rows: factChecksOf(value, at), filtered: 0 }),
    prepare: withClaimEmbeddings,
    write: writeFactChecks,
  },
});

export async function importFiles(graph: Graph, kind: DatasetKind, files: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const log = options.log ?? (() => undefined);
  const handler = KINDS(options.filter ?? {})[kind] as Kind<{ recordId: string }>;
  const batchSize = options.batchSize ?? 5000;
  const summary: ImportSummary = { imported: 0, present: 0, filtered: 0, skipped: 0, brokenFiles: 0 };
  if (kind === "quotebank") {
    const keyed = await keyStatements(graph);
    if (keyed) log(`keyed ${keyed} statements written before quotation keys, so quotations find them`);
  }

  let pending: { recordId: string }[] = [];
  // The records new to the graph, prepared: those of the batch being written are not committed yet, so they are
  // left out by id (only one batch is written at a time, and the ones before it have committed).
  const prepareBatch = async (batch: { recordId: string }[], beingWritten: Set<string>) => {
    const present = await presentRecords(graph, handler.label, batch.map((r) => r.recordId));
    const fresh = batch.filter((r) => !present.has(r.recordId) && !beingWritten.has(r.recordId));
    summary.present += batch.length - fresh.length;
    return handler.prepare ? handler.prepare(fresh) : fresh;
  };
  let writing: Promise<void> = Promise.resolve();
  let beingWritten = new Set<string>();
  const flush = async () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const prepared = prepareBatch(batch, beingWritten); // while the batch before is written
    prepared.catch(() => undefined); // awaited below, once that write is done
    await writing; // one batch in flight: the next is read, mapped and prepared while this one is written
    beingWritten = new Set(batch.map((r) => r.recordId));
    writing = prepared.then(async (fresh) => {
      summary.imported += await handler.write(graph, fresh);
    });
    writing.catch(() => undefined); // awaited (and so thrown) at the next flush or at the end
  };

  for (const file of files) {
    const name = path.basename(file);
    const progress = new Progress(name, log, options.progressEveryMs ?? 2000);
    let records = 0;
    try {
      for await (const item of readRecords(file, { onBytes: (done, total) => progress.bytes(done, total) })) {
        if (item.kind === "problem") {
          summary.skipped++;
          log(`${file}:${item.line}: ${item.message}; skipped`);
          continue;
        }
        records++;
        try {
          const { rows, filtered } = handler.map(item.value, { file, line: item.line });
          summary.filtered += filtered;
          pending.push(...(rows as { recordId: string }[]));
        } catch (error) {
          if (!(error instanceof ImportRecordError)) throw error;
          summary.skipped++;
          log(`${file}:${item.line}: ${error.message}; skipped`);
        }
        progress.record(records);
        if (pending.length >= batchSize) await flush();
      }
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      summary.brokenFiles++;
      log(`${error.message}; what was read before this point is imported`);
    }
    await flush();
    await writing;
    progress.done(records);
  }
  await writing;
  if (kind === "claimreview") await embedMissingClaims(graph, log);
  return summary;
}
