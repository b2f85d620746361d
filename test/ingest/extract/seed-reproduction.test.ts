/**
 * Extracting the two seed articles automatically, against the statements and claims curated by hand in
 * seeds/knowledge.yaml. Extraction only (no database). The differences are printed.
 */
import { extractArticle, normalizeText, type Extraction } from "../../../src/ingest/extract";
import { quoteKey, unitsMatch } from "../../../src/ingest/eval";
import { slug } from "../../../src/ingest/resolve";
import { readSeed } from "../../../src/seed/seed";

const seed = readSeed();
const extractions = new Map<string, Extraction>();
for (const [id, text] of seed.articleTexts) extractions.set(id, extractArticle(normalizeText(text)));

/** The seed id an extracted speaker would have: people by their name; unnamed groups compared by label. */
function speakerMatches(x: Extraction, index: number | undefined, curatedId: string | null, curatedLabel: string): boolean {
  if (index === undefined || !curatedId) return false;
  const e = x.entities[index];
  if (e.kind === "COLLECTIVE") return quoteKey(curatedLabel).includes(quoteKey(e.name)) || quoteKey(e.name).includes(quoteKey(curatedLabel));
  return `${e.type.toLowerCase()}:${slug(e.name)}` === curatedId;
}

interface Outcome {
  id: string;
  kind: string;
  found: boolean;
  speakerRight: boolean;
  note: string;
}

const statements: Outcome[] = seed.knowledge.statements.map((s) => {
  const article = s.parts[0].in;
  const x = extractions.get(article)!;
  const key = quoteKey(s.parts.map((p) => p.text).join(" "));
  const hit = x.statements.find((e) => e.kind === s.kind && quoteKey(e.text) === key);
  if (!hit) return { id: s.id, kind: s.kind, found: false, speakerRight: false, note: "not extracted" };
  const speakerRight = speakerMatches(x, hit.speaker, s.speaker, s.speakerLabel);
  const said = hit.speaker === undefined ? "no one" : x.entities[hit.speaker].name;
  return { id: s.id, kind: s.kind, found: true, speakerRight, note: speakerRight ? `by ${said}` : `speaker ${said}, curated ${s.speaker}` };
});

const claims = seed.knowledge.claims.map((c) => {
  const x = extractions.get(c.evidence[0].in)!;
  const hit = x.claims.find((e) => e.value === c.value && unitsMatch(c.unit ?? "", e.unit));
  return { id: c.id, found: !!hit, note: hit ? `${hit.qualifier ?? ""} ${hit.value} ${hit.unit}`.trim() : `not extracted (${c.value} ${c.unit})` };
});

/** Statements extracted that the curator did not record. */
const extra = [...extractions].flatMap(([article, x]) =>
  x.statements
    .filter((e) => !seed.knowledge.statements.some((s) => s.parts[0].in === article && quoteKey(s.parts.map((p) => p.text).join(" ")) === quoteKey(e.text)))
    .map((e) => `${article}: ${e.kind} "${e.text.slice(0, 70)}"`),
);

afterAll(() => {
  const lines = [
    "seed reproduction: curated statements",
    ...statements.map((s) => `  ${s.found && s.speakerRight ? "ok  " : "DIFF"} ${s.kind.padEnd(12)} ${s.id}: ${s.note}`),
    "curated claims",
    ...claims.map((c) => `  ${c.found ? "ok  " : "DIFF"} ${c.id}: ${c.note}`),
    `extracted statements the curator did not record: ${extra.length ? "" : "none"}`,
    ...extra.map((e) => `  ${e}`),
  ];
  console.log(lines.join("\n"));
});

test("every curated direct quote is extracted, whole, with its speaker", () => {
  const quotes = statements.filter((s) => s.kind === "DIRECT_QUOTE");
  expect(quotes.length).toBe(2);
  expect(quotes.filter((s) => !s.found || !s.speakerRight)).toEqual([]);
});

test("most curated paraphrases are extracted with their speaker", () => {
  const paraphrases = statements.filter((s) => s.kind === "PARAPHRASE");
  const right = paraphrases.filter((s) => s.found && s.speakerRight).length;
  // Measured: 6 of 7 (the miss, "Republican candidates have blamed …", has no verb of speech).
  expect(paraphrases.length).toBe(7);
  expect(right).toBeGreaterThanOrEqual(6);
});

test("most curated claims are extracted with their value and unit", () => {
  // Measured: 12 of 13 (the miss, "no Republican supporters", is a zero the extractor does not read).
  expect(claims.filter((c) => c.found).length).toBeGreaterThanOrEqual(12);
});

test("the seed articles are already normalized, so extracted spans are spans of the stored texts", () => {
  for (const text of seed.articleTexts.values()) expect(normalizeText(text)).toBe(text);
});
