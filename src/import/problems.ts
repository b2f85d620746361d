/** A record that cannot be imported: reported with its file and line, and skipped. */
export class ImportRecordError extends Error {}

/** Where a record starts, for its messages. */
export interface RecordAt {
  file: string;
  line: number;
}

export function requireString(value: Record<string, unknown>, field: string): string {
  const v = value[field];
  if (typeof v !== "string" || v.trim() === "") throw new ImportRecordError(`"${field}" is missing or not a text`);
  return v.trim();
}

export function optionalString(value: Record<string, unknown>, field: string): string | undefined {
  const v = value[field];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}
