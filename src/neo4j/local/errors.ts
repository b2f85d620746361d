/**
 * A setup problem the user can fix. Its message is one line: what is wrong, then what to do.
 * CLIs print only the message (no stack) for these.
 */
export class Neo4jSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "Neo4jSetupError";
  }
}

/** Keeps a foreign error message to one short line for embedding in ours. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
