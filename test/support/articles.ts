/**
 * Article texts of any length for tests and benchmarks that need big or many articles: the evaluation articles'
 * paragraphs in turn: news prose with quotes, attributions and figures.
 */
import { evalTexts } from "../../src/ingest/eval";

let paragraphs: string[] | undefined;

/** Every paragraph of the evaluation articles, development part first. */
export function evalParagraphs(): string[] {
  paragraphs ??= evalTexts()
    .flatMap(({ text }) => text.split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return paragraphs;
}

/**
 * A text of exactly `length` characters: `headline`, then the evaluation paragraphs in turn from the one
 * `variant` picks, the last cut to fit. A different headline makes a different article (its id is its text's hash).
 */
export function articleText(length: number, headline: string, variant = 0): string {
  const all = evalParagraphs();
  let text = headline;
  for (let i = variant; text.length < length; i++) text += `\n\n${all[i % all.length]}`;
  return text.slice(0, length);
}
