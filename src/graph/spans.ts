/**
 * Evidence spans: where an excerpt stands in its article's text, as [start, end) in JavaScript string offsets.
 */

/**
 * Curators type straight quotes where articles print curly ones; folding them (one character for one, so
 * offsets are kept) lets an excerpt be found before its exact characters are copied back from the article.
 */
export function foldForSearch(text: string): string {
  return text.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[–—]/g, "-");
}

export class SpanError extends Error {}

/** Finds `excerpt` in `text`; an excerpt that occurs more than once is ambiguous and refused. */
export function locate(text: string, excerpt: string): [number, number] {
  const haystack = foldForSearch(text);
  const needle = foldForSearch(excerpt);
  const start = haystack.indexOf(needle);
  if (start < 0) throw new SpanError(`excerpt not found: "${excerpt}"`);
  const again = haystack.indexOf(needle, start + 1);
  if (again >= 0) throw new SpanError(`excerpt occurs more than once (at ${start} and ${again}); give its "at": "${excerpt}"`);
  return [start, start + excerpt.length];
}

/** Checks that a stated span holds exactly its excerpt. */
export function checkSpan(text: string, at: [number, number], excerpt: string): void {
  const [start, end] = at;
  if (!(start >= 0 && start < end && end <= text.length)) {
    throw new SpanError(`span [${start}, ${end}) is outside the article (length ${text.length}): "${excerpt}"`);
  }
  const actual = text.slice(start, end);
  if (actual !== excerpt) throw new SpanError(`span [${start}, ${end}) holds "${actual}", not "${excerpt}"`);
}
