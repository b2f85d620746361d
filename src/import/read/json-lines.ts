/**
 * Why: JSON lines (Quotebank's format): one record a line, each line decoded and parsed on its own, so a bad line
 * is one problem and its neighbours are read as usual.
 */
import { count, problem, sizeInWords, type Found } from "./found";
import { lines } from "./lines";
import { decodeUtf8, hexByte } from "./utf8";

export async function* readJsonLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Found> {
  for await (const item of lines(chunks, maxBytes)) {
    if ("tooLong" in item) {
      yield problem(item.line, `the line is longer than ${sizeInWords(maxBytes)} (${count(item.tooLong)} bytes)`);
      continue;
    }
    const text = decodeUtf8(item.bytes);
    if (typeof text !== "string") {
      yield problem(item.line, `the line is not valid UTF-8 (byte ${hexByte(text.byte)} at column ${text.at + 1})`);
      continue;
    }
    const json = text.trim(); // trim() also drops a byte-order mark
    if (json) yield parsed(item.line, json);
  }
}

function parsed(line: number, json: string): Found {
  try {
    return { kind: "record", line, value: JSON.parse(json) };
  } catch (error) {
    return problem(line, `not valid JSON: ${(error as Error).message}`);
  }
}
