/**
 * Why: a bad byte must be reported where it is and must not spoil the text around it. TextDecoder (fatal) decodes
 * and rejects; it does not say where, so on a rejection firstInvalidByte finds the byte, by the same rules
 * (WHATWG UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF).
 */

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export interface InvalidUtf8 {
  /** Offset of the first byte of the bad sequence. */
  at: number;
  byte: number;
}

/** The text of `bytes`, or where its first invalid sequence starts. */
export function decodeUtf8(bytes: Uint8Array): string | InvalidUtf8 {
  try {
    return strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    return { at, byte: bytes[at] };
  }
}

/** "0xE9". */
export const hexByte = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/** Decoded text, chunk by chunk, ending with the place of the first invalid sequence if there is one. */
export async function* utf8Text(chunks: AsyncIterable<Buffer>): AsyncGenerator<string | InvalidUtf8> {
  let carried = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = carried.length > 0 ? Buffer.concat([carried, chunk]) : chunk;
    const whole = bytes.length - incompleteTail(bytes);
    carried = Buffer.from(bytes.subarray(whole));
    const text = decodeUtf8(bytes.subarray(0, whole));
    if (typeof text === "string") {
      yield text;
    } else {
      yield strict.decode(bytes.subarray(0, text.at));
      yield text;
      return;
    }
  }
  if (carried.length > 0) yield { at: 0, byte: carried[0] };
}

/** How many bytes at the end begin a sequence that the next chunk may complete (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if (byte >= 0x80 && byte < 0xc0) continue; // a continuation byte: look further back for its lead
    return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

/** The length a lead byte announces; 0 for a byte that cannot start a sequence. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte of the first invalid (or unfinished) sequence; bytes.length if there is none. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range depends on the lead: it rules out overlong forms, surrogates and > U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
