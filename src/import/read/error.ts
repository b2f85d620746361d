/**
 * Why: the two ways a file can fail as a whole. ReadError is public: the caller stops reading that file and says
 * why. InputFailure stays inside read/: the decoded stream broke (truncated or corrupt compressed data, a failed
 * read), and index.ts turns it into a ReadError that also counts the records read before the break.
 */

/** A file-level failure: cannot open it, or its compressed stream is truncated or corrupt. */
export class ReadError extends Error {
  override name = "ReadError";
}

/** The file's bytes stopped decoding part-way: `what` says why in plain words, after `bytesRead` bytes of the file. */
export class InputFailure extends Error {
  override name = "InputFailure";
  constructor(
    readonly what: string,
    readonly bytesRead: number,
  ) {
    super(what);
  }
}
