/**
 * Why: every reader sees a file as decoded bytes, chunk by chunk, whatever its compression. This is the one place
 * that opens files, runs the decompressor (gzip.ts, bzip2.ts), reports progress, and stops reading while the
 * consumer is busy, so memory stays bounded whatever the file's size. A decompressor's output is never paused (the
 * file is paused instead): a stream that fails has then handed over every byte it decoded before the failure,
 * which a paused stream would drop.
 */
import { open, type FileHandle } from "node:fs/promises";
import { bzip2Decoder } from "./bzip2";
import type { Settle } from "./decoder";
import { InputFailure, ReadError } from "./error";
import { gzipDecoder } from "./gzip";

export type Compression = "none" | "gzip" | "bzip2";

/** Decoded bytes that may wait for the consumer before the file stops being read. */
const QUEUED_BYTES = 1 << 20;
const CHUNK_BYTES = 64 << 10;

/** The decoded bytes of a file; throws ReadError if it cannot be opened, InputFailure if it breaks off. */
export async function* decompressed(
  file: string,
  compression: Compression,
  onBytes?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<Buffer> {
  const { handle, totalBytes } = await openFile(file);
  const input = handle.createReadStream({ highWaterMark: CHUNK_BYTES });

  const queue: Buffer[] = [];
  let queued = 0;
  let bytesRead = 0;
  let waitingForDrain = false;
  let outcome: { damage?: string } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const settle: Settle = (damage) => {
    if (outcome) return;
    outcome = { damage };
    notify();
  };
  const regulate = () => (queued < QUEUED_BYTES && !waitingForDrain ? input.resume() : input.pause());

  const decoder =
    compression === "gzip" ? gzipDecoder(settle) : compression === "bzip2" ? bzip2Decoder(settle) : undefined;
  const output = decoder?.output ?? input;
  output.on("data", (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    regulate();
    notify();
  });
  input.on("data", (chunk: Buffer | string) => {
    bytesRead += chunk.length;
    onBytes?.(bytesRead, totalBytes);
    if (decoder && !decoder.input.write(chunk)) {
      waitingForDrain = true;
      regulate();
    }
  });
  decoder?.input.on("drain", () => {
    waitingForDrain = false;
    regulate();
  });
  input.on("end", () => (decoder ? decoder.input.end() : settle()));
  input.on("error", (error) => settle(`reading the file failed (${error.message})`));

  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        regulate();
        yield chunk;
      } else if (outcome) {
        if (outcome.damage !== undefined) throw new InputFailure(outcome.damage, bytesRead);
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    input.destroy();
    decoder?.stop();
  }
}

const OPEN_FAILURES: Record<string, string> = {
  ENOENT: "there is no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EMFILE: "too many files are open",
};

async function openFile(file: string): Promise<{ handle: FileHandle; totalBytes: number }> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new ReadError(`${file}: cannot open it: ${OPEN_FAILURES[code ?? ""] ?? message}`);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new ReadError(`${file}: cannot open it: it is a folder`);
  }
  return { handle, totalBytes: stats.size };
}
