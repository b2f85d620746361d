/**
 * `npm run ingest -- <files or folders> [--title T] [--url U] [--publisher P] [--published YYYY-MM-DD]`: ingests
 * .txt and .html articles. Metadata comes from the flags (for a single file) or from a JSON sidecar next to each
 * file (`<file>.json`: {title, url, publisher, publishedOn}). Each article is its own transaction; a file that
 * cannot be read or is not an article is reported and skipped, and the summary says what was added.
 */
import * as fs from "fs";
import * as path from "path";
import { applySchema } from "../graph/constraints";
import type { Graph } from "../graph/graph";
import { isUnavailable } from "../neo4j/driver-errors";
import { checkInput, buildArticlePlan, IngestInputError, writeArticle, type IngestInput } from "./article";
import { htmlToArticle } from "./extract/html";
import { fetchGraphNames } from "../graph/names";

const FLAGS = { "--title": "title", "--url": "url", "--publisher": "publisher", "--published": "publishedOn" } as const;
type Metadata = Pick<IngestInput, "title" | "url" | "publisher" | "publishedOn">;

export function parseArgs(args: string[]): { paths: string[]; metadata: Metadata } {
  const paths: string[] = [];
  const metadata: Metadata = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as keyof typeof FLAGS;
    if (flag in FLAGS) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`${flag} needs a value`);
      metadata[FLAGS[flag]] = value;
    } else if (args[i].startsWith("--")) throw new Error(`unknown option ${args[i]} (known: ${Object.keys(FLAGS).join(", ")})`);
    else paths.push(args[i]);
  }
  if (!paths.length) throw new Error("give one or more .txt or .html files or folders to ingest");
  return { paths, metadata };
}

/** The .txt and .html files named, folders searched recursively, in name order. */
export function articleFiles(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new Error(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    else if (/\.(?:txt|html?)$/i.test(p)) out.push(p);
    else if (paths.includes(p)) throw new Error(`${p}: only .txt and .html files are ingested`);
  };
  paths.forEach(visit);
  return out;
}

/** Reads one file as an ingest input: strict UTF-8, HTML reduced to its story, the sidecar's metadata. */
export function readArticleFile(file: string, flags: Metadata): IngestInput {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new IngestInputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IngestInputError(`${file} is not UTF-8 text (binary data, or another encoding)`);
  }
  let sidecar: Metadata = {};
  if (fs.existsSync(`${file}.json`)) {
    try {
      sidecar = JSON.parse(fs.readFileSync(`${file}.json`, "utf8")) as Metadata;
    } catch (error) {
      throw new IngestInputError(`${file}.json is not valid JSON: ${(error as Error).message}`);
    }
  }
  const fromHtml = /\.html?$/i.test(file) ? htmlToArticle(raw) : undefined;
  return {
    text: fromHtml?.text ?? raw,
    title: flags.title ?? sidecar.title ?? fromHtml?.title,
    url: flags.url ?? sidecar.url ?? fromHtml?.url,
    publisher: flags.publisher ?? sidecar.publisher ?? fromHtml?.publisher,
    publishedOn: flags.publishedOn ?? sidecar.publishedOn ?? fromHtml?.publishedOn,
    file: path.basename(file),
  };
}

/** A progress bar on stderr, redrawn in place: plain text, no dependency. */
function progress(done: number, total: number, label: string): void {
  if (total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
  if (done === total) process.stderr.write("\n");
}

export const ingestCommand = {
  usage: "ingest <files or folders> [--title T --url U --publisher P --published YYYY-MM-DD]   ingest .txt/.html articles (metadata also from <file>.json)",
  run: async (graph: Graph, args: string[]): Promise<void> => {
    const { paths, metadata } = parseArgs(args);
    const files = articleFiles(paths);
    if (files.length > 1 && Object.keys(metadata).length) throw new Error("--title, --url, --publisher and --published apply to one file; for several, use a <file>.json sidecar each");
    await applySchema(graph);
    const totals = { created: 0, skipped: 0, failed: 0, statements: 0, claims: 0, entitiesNew: new Set<string>(), entitiesLinked: new Set<string>() };
    const failures: string[] = [];
    for (const [i, file] of files.entries()) {
      progress(i, files.length, path.basename(file));
      try {
        const source = checkInput(readArticleFile(file, metadata));
        // The graph's names are fetched per article, so one article's new entities are known to the next.
        const built = buildArticlePlan(source, await fetchGraphNames(graph));
        const result = await writeArticle(graph, built, source.url);
        if (result.created) {
          totals.created++;
          totals.statements += result.statementIds.length;
          totals.claims += result.claimIds.length;
          result.entitiesCreated.forEach((id) => totals.entitiesNew.add(id));
          result.entitiesLinked.forEach((id) => totals.entitiesLinked.add(id));
        } else totals.skipped++;
        if (files.length === 1) console.log(`${file}: ${result.created ? "ingested" : "already there"} as ${result.articleId}`);
      } catch (error) {
        totals.failed++;
        failures.push(`${file}: ${(error as Error).message}`);
        // Without the database every further article would fail the same way, each after the driver's retries.
        if (isUnavailable(error)) {
          const rest = files.slice(i + 1);
          totals.failed += rest.length;
          failures.push(...rest.map((f) => `${f}: not tried, Neo4j stopped answering`));
          process.stderr.write("\n");
          console.error(`[factgraph] Neo4j stopped answering; nothing is half-written: run the same command again to ingest the rest`);
          break;
        }
      }
    }
    if (!totals.failed) progress(files.length, files.length, "done");
    for (const f of failures) console.error(`[factgraph] not ingested: ${f}`);
    console.log(
      `articles: ${totals.created} created, ${totals.skipped} already there, ${totals.failed} failed; ` +
        `statements: ${totals.statements}; claims: ${totals.claims}; entities: ${totals.entitiesNew.size} new, ${totals.entitiesLinked.size} linked`,
    );
    if (totals.failed) process.exitCode = 1;
  },
};
