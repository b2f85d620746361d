/**
 * Why: what every format reader (json-lines.ts, json-document.ts, html.ts) yields, and the wording they share;
 * index.ts adds the file name.
 */

export type Found =
  | { kind: "record"; line: number; value: unknown }
  | { kind: "problem"; line: number; message: string };

export const problem = (line: number, message: string): Found => ({ kind: "problem", line, message });

/** 1234567 → "1,234,567". */
export const count = (n: number): string => n.toLocaleString("en-US");

/** A size limit in words: 1048576 → "1 MiB", 65536 → "64 KiB", 1000 → "1,000 bytes". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${count(bytes / (1 << 20))} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${count(bytes / (1 << 10))} KiB`;
  return `${count(bytes)} bytes`;
}
