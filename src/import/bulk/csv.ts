/**
 * What the bulk loaders write with: compact sets of what was written already, and CSV files for neo4j-admin.
 */
import fs from "node:fs";

/** Two 32-bit lanes of a cyrb53-style string hash: a 64-bit fingerprint. */
let laneA = 0;
let laneB = 0;
function fingerprint(text: string): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  laneA = h1 >>> 0;
  laneB = h2 >>> 0 || 1; // (0, 0) marks an empty slot
}

/** A set of strings as 64-bit fingerprints, with an optional 32-bit value each. */
export class Fingerprints {
  private keys: Uint32Array;
  private values: Int32Array | undefined;
  private mask: number;
  size = 0;
  /** The slot `add` or `has` last found: `value` is that slot's. */
  private slot = -1;

  constructor(withValues = false, capacity = 1 << 12) {
    this.keys = new Uint32Array(capacity * 2);
    this.values = withValues ? new Int32Array(capacity) : undefined;
    this.mask = capacity - 1;
  }

  get bytes(): number {
    return this.keys.byteLength + (this.values?.byteLength ?? 0);
  }

  has(text: string): boolean {
    fingerprint(text);
    return this.find();
  }

  /** Adds `text`; false when it was there already. */
  add(text: string): boolean {
    fingerprint(text);
    if (this.find()) return false;
    if (this.size + 1 > (this.mask + 1) * 0.7) {
      this.grow();
      this.find();
    }
    this.keys[this.slot * 2] = laneA;
    this.keys[this.slot * 2 + 1] = laneB;
    this.size++;
    return true;
  }

  get value(): number {
    return this.values![this.slot];
  }

  set value(v: number) {
    this.values![this.slot] = v;
  }

  /** Linear probing from the fingerprint's home slot; leaves `slot` at the match or at the free slot. */
  private find(): boolean {
    for (let i = (laneA ^ Math.imul(laneB, 0x9e3779b1)) & this.mask; ; i = (i + 1) & this.mask) {
      const a = this.keys[i * 2];
      const b = this.keys[i * 2 + 1];
      this.slot = i;
      if (a === laneA && b === laneB) return true;
      if (a === 0 && b === 0) return false;
    }
  }

  /** Twice the slots; keeps the fingerprint being looked up. */
  private grow(): void {
    const [a, b] = [laneA, laneB];
    const { keys, values } = this;
    const capacity = (this.mask + 1) * 2;
    this.keys = new Uint32Array(capacity * 2);
    this.values = values ? new Int32Array(capacity) : undefined;
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length / 2; i++) {
      laneA = keys[i * 2];
      laneB = keys[i * 2 + 1];
      if (laneA === 0 && laneB === 0) continue;
      this.find();
      this.keys[this.slot * 2] = laneA;
      this.keys[this.slot * 2 + 1] = laneB;
      if (values) this.values![this.slot] = values[i];
    }
    [laneA, laneB] = [a, b];
  }
}

/** Between the items of a list property: Wikidata ids, or names checked not to hold it (src/import/bulk/plans.ts). */
export const LIST_DELIMITER = ";";
export const num = (n: unknown): string => (typeof n === "number" && Number.isFinite(n) ? String(n) : "");

/**
 * The CSV format. neo4j-admin reads a file whose texts span lines in parallel chunks (`--multiline-fields-format=v2`),
 * finding each chunk's last row by reading backwards. That works only if no row starts with a quoted field and no
 * text holds the delimiter or the quote, so every row starts with an ignored `0`, and the quote and the delimiter
 * are control characters that news text does not hold. A text over lines that holds one, or that ends in a
 * backslash (read backwards as an escape), sends the files through the serial reader (`v1`), about twice as slow.
 */
const QUOTE = "\u0007";
const DELIMITER = "\u001f";
const ROW_START = "0";

/** One CSV file for neo4j-admin: every text quoted, an empty field for a missing value. */
export class CsvFile {
  private readonly fd: number;
  /** Rows not written yet, joined once when flushed: appending to one string builds a rope that is garbage. */
  private pending: string[] = [];
  private pendingLength = 0;
  rows = 0;
  /** Whether a text spans lines: neo4j-admin must be told, and reads those files by chunks of whole rows. */
  multiline = false;
  /** Whether a text could mislead the chunker (above). */
  misleading = false;

  constructor(readonly file: string, header: string[]) {
    this.fd = fs.openSync(file, "w");
    this.pending.push(`:IGNORE${DELIMITER}${header.join(DELIMITER)}\n`);
  }

  text(value: string | null | undefined): string {
    if (value === null || value === undefined) return "";
    if (!this.multiline && (value.includes("\n") || value.includes("\r"))) this.multiline = true;
    if (!this.misleading && (value.includes(QUOTE) || value.includes(DELIMITER) || value.endsWith("\\"))) this.misleading = true;
    return QUOTE + (value.includes(QUOTE) ? value.replaceAll(QUOTE, QUOTE + QUOTE) : value) + QUOTE;
  }

  list(values: string[]): string {
    return values.length ? this.text(values.join(LIST_DELIMITER)) : "";
  }

  /** The fields of one row as one flat string, for `write` (and for hashing it whole). */
  fields(fields: string[]): string {
    return fields.join(DELIMITER);
  }

  /** One row: its fields, each a `text`, a `num`, a `list` or "" (none). */
  row(fields: string[]): void {
    this.write(this.fields(fields));
  }

  /** One row made by `fields`. */
  write(fields: string): void {
    this.pending.push(ROW_START + DELIMITER, fields, "\n");
    this.pendingLength += fields.length + 3;
    this.rows++;
    if (this.pendingLength >= 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending.length) fs.writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** What neo4j-admin must know of a file written. */
export type CsvFileSummary = Pick<CsvFile, "file" | "rows" | "multiline" | "misleading">;

/** neo4j-admin's arguments to read these files (their format, above). */
export function csvArguments(files: CsvFileSummary[]): string[] {
  const args = [`--quote=${QUOTE}`, `--delimiter=${DELIMITER}`, `--array-delimiter=${LIST_DELIMITER}`];
  const multiline = files.filter((file) => file.multiline && file.rows);
  if (multiline.some((file) => file.misleading)) args.push("--multiline-fields-format=v1", "--multiline-fields=true");
  else if (multiline.length) args.push("--multiline-fields-format=v2", `--multiline-fields=${multiline.map((file) => file.file).join(",")}`);
  return args;
}
