/**
 * Why: bzip2 is Quotebank's format, and decoding it is the slowest step of an import. The system's `bzip2 -dc`
 * decodes about 3x faster than pure JavaScript, on the other core; unbzip2-stream is the fallback where no `bzip2`
 * is on the PATH (README.md has the measurements). Either way the failure is told in plain words: truncated,
 * corrupt, or not bzip2 at all.
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import * as path from "node:path";
import unbzip2Stream from "unbzip2-stream";
import type { Decoder, Settle } from "./decoder";

const TRUNCATED = "the bzip2 stream ends early, the file looks truncated";
const NOT_BZIP2 = "the file is not bzip2 data";
const CORRUPT = "the bzip2 data is corrupt";

export function bzip2Decoder(settle: Settle): Decoder {
  const program = bzip2Program();
  return program ? nativeBzip2(program, settle) : javascriptBzip2(settle);
}

/** The `bzip2` program on the PATH, if any (looked up on each file, so a changed PATH counts). */
function bzip2Program(): string | undefined {
  const name = process.platform === "win32" ? "bzip2.exe" : "bzip2";
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, name);
    try {
      const stats = statSync(candidate);
      if (stats.isFile() && (stats.mode & 0o111) !== 0) return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

function nativeBzip2(program: string, settle: Settle): Decoder {
  const child = spawn(program, ["-dc"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  // Writing on after bzip2 gave up on corrupt data fails with EPIPE; its exit status says what went wrong.
  child.stdin.on("error", () => undefined);
  child.on("error", (error) => settle(`bzip2 could not be run (${error.message})`));
  // "close" comes after stdout has ended, so every decoded byte was handed over before the verdict.
  child.on("close", (code, signal) => settle(code === 0 ? undefined : nativeFailure(stderr, code, signal)));
  return {
    input: child.stdin,
    output: child.stdout,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

function nativeFailure(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  if (/ends unexpectedly/i.test(stderr)) return TRUNCATED;
  if (/not a bzip2 file/i.test(stderr)) return NOT_BZIP2;
  if (/integrity|crc/i.test(stderr)) return `${CORRUPT} (bzip2 found a data integrity error)`;
  const said = stderr.trim().split("\n")[0];
  return `bzip2 failed (${signal ? `signal ${signal}` : `exit code ${code}`}${said ? `: ${said}` : ""})`;
}

function javascriptBzip2(settle: Settle): Decoder {
  const stream = unbzip2Stream();
  stream.on("end", () => settle());
  stream.on("error", (error: Error) => settle(javascriptFailure(error)));
  return { input: stream, output: stream, stop: () => stream.destroy() };
}

/**
 * unbzip2-stream throws a Bzip2Error when the data is wrong; running out of input shows as any other error (its
 * own "input stream ended prematurely", or a TypeError from reading past the last byte).
 */
function javascriptFailure(error: Error): string {
  if (error.name !== "Bzip2Error") return TRUNCATED;
  return /magic number|not a bzip/i.test(error.message) ? NOT_BZIP2 : CORRUPT;
}
