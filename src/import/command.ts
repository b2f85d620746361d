/**
 * `npm run import -- <quotebank|claimreview> <files…> [options]`: imports dataset files into the graph and prints
 * what it imported, found already present, filtered out and skipped. Exits 0 unless `--strict` is given and a
 * record was skipped, or a file broke off (truncated or corrupt), since then data the user asked for is missing.
 * With `--bulk <folder>` it builds a new database in that Neo4j instance folder instead (bulk/datasets.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { applySchema } from "../graph/constraints";
import type { Graph } from "../graph/graph";
import { localInstanceDir } from "../neo4j/local/paths";
import { checkBulkTarget } from "./bulk/admin";
import { bulkImport } from "./bulk/datasets";
import { importFiles, type DatasetKind, type ImportSummary } from "./run";
import type { QuotationFilter } from "./quotebank";

export const USAGE = `import <quotebank|claimreview> <files…> [--strict] [--batch N]
         Quotebank only: [--speaker-qid Q1,Q2] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--min-probability P]
         files: .json .jsonl .jsonld .html, each also as .bz2 or .gz; re-running skips what is already imported
         --bulk <folder>: first loads of very large dumps: build a NEW database in that Neo4j instance folder with
           neo4j-admin instead of writing to the graph (e.g. .neo4j/local before its first start)`;

export interface ImportArgs {
  kind: DatasetKind;
  files: string[];
  strict: boolean;
  batchSize?: number;
  filter: QuotationFilter;
  /** The instance folder to build a new database in (`--bulk`). */
  bulk?: string;
}

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function parseImportArgs(args: string[]): ImportArgs {
  const [kind, ...rest] = args;
  if (kind !== "quotebank" && kind !== "claimreview") throw new Error(`say what to import: quotebank or claimreview (got ${kind ?? "nothing"})`);
  const out: ImportArgs = { kind, files: [], strict: false, filter: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--strict") out.strict = true;
    else if (arg === "--batch") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error("--batch must be a whole number from 1 to 100000");
      out.batchSize = n;
    } else if (arg === "--speaker-qid") {
      const qids = value().split(",").map((q) => q.trim());
      const bad = qids.filter((q) => !/^Q\d+$/.test(q));
      if (bad.length) throw new Error(`--speaker-qid takes Wikidata ids such as Q22686, not ${bad.join(", ")}`);
      out.filter.speakerQids = qids;
    } else if (arg === "--from" || arg === "--to") {
      const date = value();
      if (!DATE.test(date)) throw new Error(`${arg} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${date}"`);
      out.filter[arg === "--from" ? "from" : "to"] = date;
    } else if (arg === "--min-probability") {
      const p = Number(value());
      if (!(p >= 0 && p <= 1)) throw new Error("--min-probability takes a number from 0 to 1");
      out.filter.minProbability = p;
    } else if (arg === "--bulk") out.bulk = path.resolve(value());
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else out.files.push(arg);
  }
  if (!out.files.length) throw new Error(`give one or more files to import\n${USAGE}`);
  if (kind === "claimreview" && Object.keys(out.filter).length) throw new Error("--speaker-qid, --from, --to and --min-probability filter Quotebank imports only");
  for (const file of out.files) if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  if (out.bulk) checkBulkTarget(out.bulk);
  return out;
}

export function summaryLine(s: ImportSummary): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return `imported ${n(s.imported)}, already present ${n(s.present)}, filtered out ${n(s.filtered)}, skipped ${n(s.skipped)} malformed` +
    (s.brokenFiles ? `; ${s.brokenFiles} file(s) broke off before their end` : "");
}

/** `--bulk`: needs no graph, only the folder; returns the exit code. */
export async function bulkImportCommand(args: string[], log: (message: string) => void): Promise<number> {
  const parsed = parseImportArgs(args);
  const dir = parsed.bulk;
  if (!dir) throw new Error("--bulk needs the folder to build the new database in");
  const s = await bulkImport([{ kind: parsed.kind, files: parsed.files, filter: parsed.filter, batchSize: parsed.batchSize }], { dir, log });
  const n = (x: number) => x.toLocaleString("en-US");
  log(
    `built a new database in ${dir}: ${n(s.quotations + s.factChecks)} records, ${n(Object.values(s.nodes).reduce((a, b) => a + b, 0))} nodes, ` +
      `${n(Object.values(s.relationships).reduce((a, b) => a + b, 0))} relationships; already present ${n(s.present)}, filtered out ${n(s.filtered)}, ` +
      `skipped ${n(s.skipped)} malformed` + (s.brokenFiles ? `; ${s.brokenFiles} file(s) broke off before their end` : ""),
  );
  log(
    dir === localInstanceDir()
      ? "It is the local Neo4j's folder: npm start serves it."
      : `To serve it: stop the local Neo4j (npm run neo4j -- stop), move .neo4j/local aside and this folder in its place ` +
          `(mv ${dir} .neo4j/local: the folder is a whole instance, config and password included), then npm start. Or give its ` +
          "database (data/databases/neo4j and data/transactions/neo4j) to another stopped Neo4j 5.26 with APOC, start that, and set " +
          "NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD for it. Constraints and indexes are in place; npm start re-applies them (a no-op).",
  );
  return s.brokenFiles > 0 || (parsed.strict && s.skipped > 0) ? 1 : 0;
}

/** Runs the command; returns the exit code. `--bulk` leaves `graph` alone (bulkImportCommand). */
export async function importCommand(graph: Graph, args: string[], log: (message: string) => void): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed.bulk) return bulkImportCommand(args, log);
  await applySchema(graph);
  const summary = await importFiles(graph, parsed.kind, parsed.files, { filter: parsed.filter, batchSize: parsed.batchSize, log });
  log(summaryLine(summary));
  return summary.brokenFiles > 0 || (parsed.strict && summary.skipped > 0) ? 1 : 0;
}
