/**
 * Why: JSON lines are split on bytes, before any decoding, so a bad byte stays in its own line, and a line longer
 * than the limit is measured and dropped as it streams past instead of being held whole.
 */

export type Line =
  /** The line's bytes, without its "\n" or "\r\n". */
  | { line: number; bytes: Buffer }
  /** A line over the limit: only its length (without "\r\n") was kept. */
  | { line: number; tooLong: number };

const LF = 0x0a;
const CR = 0x0d;

/** Every line of the text, numbered from 1; a last line without "\n" included. */
export async function* lines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let line = 1;
  let parts: Buffer[] = [];
  let length = 0;
  let lastByte = -1;
  const take = (): Line => {
    const textLength = lastByte === CR ? length - 1 : length;
    const taken: Line =
      textLength > maxBytes
        ? { line, tooLong: textLength }
        : { line, bytes: Buffer.concat(parts, length).subarray(0, textLength) };
    line++;
    parts = [];
    length = 0;
    lastByte = -1;
    return taken;
  };

  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(LF, from);
      const end = newline === -1 ? chunk.length : newline;
      if (end > from) {
        length += end - from;
        lastByte = chunk[end - 1];
        // One byte over the limit may still be the "\r" of "\r\n"; past that the line is only counted.
        if (length <= maxBytes + 1) parts.push(chunk.subarray(from, end));
        else parts = [];
      }
      if (newline === -1) break;
      yield take();
      from = newline + 1;
    }
  }
  if (length > 0) yield take();
}
