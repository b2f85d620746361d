/**
 * Why: the one door to a dataset file for the importers: give a path, get its records one by one, each with the
 * line it starts on, and a problem for each record that cannot be read, never holding the file whole. The file's
 * name says its compression (.bz2, .gz) and its format (README.md has the rules).
 */
import * as path from "node:path";
import { decompressed, type Compression } from "./open";
import { InputFailure, ReadError } from "./error";
import { count, type Found } from "./found";
import { readHtml } from "./html";
import { MEMBER_ARRAYS, readJsonDocument } from "./json-document";
import { readJsonLines } from "./json-lines";

export { ReadError } from "./error";

export type ReadItem =
  /** `line`: the 1-based line where the record's text starts. */
  | { kind: "record"; file: string; line: number; value: unknown }
  /** A record skipped, and why (`message` has no "file:line: " prefix: the caller adds it). */
  | { kind: "problem"; file: string; line: number; message: string };

export interface ReadOptions {
  /**
   * Longest record accepted, in bytes of its text (default 1 MiB). A longer line is reported as a problem and
   * skipped without being held whole in memory.
   */
  maxRecordBytes?: number;
  /**
   * Called as the file is consumed: compressed bytes read so far and the file's size on disk, for progress and
   * time-left.
   */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
}

type Format = "json-lines" | "json" | "html";

const FORMATS: Record<string, Format> = {
  ".jsonl": "json-lines",
  ".ndjson": "json-lines",
  ".json": "json",
  ".jsonld": "json",
  ".html": "html",
  ".htm": "html",
};
const COMPRESSIONS: Record<string, Compression> = { ".bz2": "bzip2", ".gz": "gzip" };

export async function* readRecords(file: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxRecordBytes ?? 1 << 20;
  const { compression, format } = kindOf(file);
  const chunks = decompressed(file, compression, options.onBytes);
  const found =
    format === "json-lines"
      ? readJsonLines(chunks, maxBytes)
      : format === "html"
        ? readHtml(chunks, maxBytes)
        : readJsonOrLines(chunks, maxBytes);
  let records = 0;
  try {
    for await (const item of found) {
      if (item.kind === "record") records++;
      yield { ...item, file };
    }
  } catch (error) {
    if (!(error instanceof InputFailure)) throw error;
    const before =
      records === 0
        ? "no record was read before this point"
        : `the ${count(records)} record${records === 1 ? "" : "s"} before this point ${records === 1 ? "was" : "were"} read`;
    throw new ReadError(`${file}: ${error.what} (read ${count(error.bytesRead)} bytes); ${before}`);
  }
}

function kindOf(file: string): { compression: Compression; format: Format } {
  const name = path.basename(file).toLowerCase();
  const compressedAs = path.extname(name);
  const compression = COMPRESSIONS[compressedAs] ?? "none";
  const format = FORMATS[path.extname(compression === "none" ? name : name.slice(0, -compressedAs.length))];
  if (!format) {
    const accepted = Object.keys(FORMATS).join(", ");
    throw new ReadError(`${file}: cannot tell its format from its name; accepted: ${accepted}, each also as .gz or .bz2`);
  }
  return { compression, format };
}

/**
 * A .json file is JSON lines when its first non-blank line is a whole JSON object on its own (Quotebank ships JSON
 * lines named .json.bz2), unless that object has an `@graph` or `claims` array (a minified JSON-LD document or Fact
 * Check API answer, whose records are that array's elements); otherwise it is a JSON document. The bytes read to
 * tell are read again by the reader.
 */
async function* readJsonOrLines(chunks: AsyncGenerator<Buffer>, maxBytes: number): AsyncGenerator<Found> {
  const head: Buffer[] = [];
  let headBytes = 0;
  let verdict: boolean | undefined;
  try {
    while (verdict === undefined) {
      const next = await chunks.next();
      if (!next.done) {
        head.push(next.value);
        headBytes += next.value.length;
      }
      verdict = firstLineIsObject(Buffer.concat(head), next.done === true);
      if (verdict === undefined && headBytes > maxBytes) verdict = false; // a huge first line: a minified document
    }
    const all = replay(head, chunks);
    yield* verdict ? readJsonLines(all, maxBytes) : readJsonDocument(all, maxBytes);
  } finally {
    await chunks.return(undefined);
  }
}

async function* replay(head: Buffer[], rest: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  yield* rest;
}

/** Whether the first non-blank line is a JSON object (and a record); undefined while that line is not all there. */
function firstLineIsObject(head: Buffer, atEnd: boolean): boolean | undefined {
  for (let start = 0; start < head.length; ) {
    const newline = head.indexOf(0x0a, start);
    if (newline < 0 && !atEnd) return undefined;
    const end = newline < 0 ? head.length : newline;
    const text = head.toString("utf8", start, end).trim(); // trim() also drops a byte-order mark
    if (text) {
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
        return !Object.entries(value).some(([key, member]) => MEMBER_ARRAYS.has(key) && Array.isArray(member));
      } catch {
        return false;
      }
    }
    start = end + 1;
  }
  return atEnd ? false : undefined;
}
