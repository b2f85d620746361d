/**
 * Why: the one shape open.ts drives every decompressor through (gzip.ts, bzip2.ts), so reading, progress and
 * backpressure are written once.
 */
import type { Readable, Writable } from "node:stream";

/** A decompressor: compressed bytes are written to `input`, decoded bytes come out of `output`. */
export interface Decoder {
  input: Writable;
  output: Readable;
  /** Releases it before its end: the consumer stopped reading. */
  stop(): void;
}

/**
 * Called when the decoder's output is over, after its last byte was emitted: without an argument if it ended
 * cleanly, else with what went wrong in plain words. Calls after the first are ignored.
 */
export type Settle = (damage?: string) => void;
