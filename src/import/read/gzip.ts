/** Why: .gz files, decoded by node:zlib (gzip members one after another included), their failures told plainly. */
import { createGunzip } from "node:zlib";
import type { Decoder, Settle } from "./decoder";

export function gzipDecoder(settle: Settle): Decoder {
  const stream = createGunzip();
  stream.on("end", () => settle());
  stream.on("error", (error: NodeJS.ErrnoException) =>
    settle(
      error.code === "Z_BUF_ERROR"
        ? "the gzip stream ends early, the file looks truncated"
        : `the gzip data is corrupt (${error.message})`,
    ),
  );
  return { input: stream, output: stream, stop: () => stream.destroy() };
}
