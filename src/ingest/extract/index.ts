/**
 * Extraction of one article: pure functions from its normalized text (and the names the graph knows) to the
 * entities, relations, statements and numeric claims it states, every one with its spans into the text.
 */
import { quotationText, statementKey } from "../../graph/model";
import { extractClaims, type ExtractedClaim } from "./claims";
import { extractDescriptors, type ExtractedFact } from "./descriptors";
import { extractEntities, type EntityType, type ExtractedEntity, KIN_APPOSITION, type KnownName } from "./entities";
import { groupQuotes, notAStatement, quoteSegments } from "./quotes";
import { attributeQuote, findParaphrase, inferGenders, namedSpeakers, resolveSpeaker, roleIndex, roleMentions, speakerBefore, type Context, type Relay } from "./speakers";
import { allSentences, DATELINE, paragraphs, type Span, trimSpan, words } from "./text";

export type { ExtractedClaim } from "./claims";
export type { ExtractedFact } from "./descriptors";
export type { EntityType, ExtractedEntity, KnownName } from "./entities";
export type { Relay } from "./speakers";
export type { Span } from "./text";
export { normalizeText } from "./text";

export interface ExtractedStatement {
  kind: "DIRECT_QUOTE" | "PARAPHRASE";
  /** The quoted (or paraphrased) words, in order: a quote split by its attribution has several parts. */
  parts: Span[];
  /** The parts joined by a space. */
  text: string;
  /** The attributed passage: the quote with its attribution, or the paraphrasing sentence. */
  evidence: Span;
  speaker?: number;
  speakerLabel?: string;
  relays: Relay[];
  /** Laws and programs the passage names. */
  about: number[];
}

export interface Extraction {
  text: string;
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
  statements: ExtractedStatement[];
  claims: ExtractedClaim[];
  /** Quoted words that are not statements, and why (scare quotes, names): for review. */
  rejectedQuotes: { span: Span; reason: string }[];
}


const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

export interface ExtractOptions {
  /** The names the graph already knows, so that they are recognized. */
  known?: KnownName[];
  /** YYYY, YYYY-MM or YYYY-MM-DD: resolves "last year" in claims. */
  publishedOn?: string;
}

/** Extracts an article. `text` must already be normalized (normalizeText): every span is into it. */
export function extractArticle(text: string, { known = [], publishedOn }: ExtractOptions = {}): Extraction {
  const paras = paragraphs(text);
  const sentences = allSentences(text, paras);
  const segments = quoteSegments(text, paras);
  const groups = groupQuotes(text, segments, paras);
  const entities = extractEntities(text, known);
  const addEntity = (type: EntityType, name: string, kind: string | undefined, mention: Span): number => {
    const index = entities.length;
    entities.push({ index, type, name, kind, aliases: [], mentions: [{ ...mention, text: text.slice(mention.start, mention.end) }], titles: [] });
    return index;
  };
  const facts = extractDescriptors(text, entities, addEntity);
  inferGenders(text, entities, segments);
  const ctx: Context = {
    text,
    entities,
    quoted: segments,
    collective: (label, span) => {
      const name = label[0].toUpperCase() + label.slice(1);
      const existing = entities.find((e) => e.kind === "COLLECTIVE" && fold(e.name) === fold(name));
      if (existing) return existing.index;
      return addEntity("Organization", name, "COLLECTIVE", span);
    },
    named: namedSpeakers(text, entities, segments),
    roles: roleIndex(text, entities),
    sentenceOf: (at) => sentenceOf(at),
    sentencesIn: (span) => sentences.filter((x) => x.start >= span.start && x.end <= span.end),
    roleMentions: [],
  };
  ctx.roleMentions = roleMentions(ctx);
  const sentenceOf = (at: number): Span => sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  const lawsIn = (span: Span) =>
    entities.filter((e) => (e.type === "Law" || e.type === "Program") && e.mentions.some((m) => m.start >= span.start && m.end <= span.end)).map((e) => e.index);

  const statements: ExtractedStatement[] = [];
  const rejectedQuotes: Extraction["rejectedQuotes"] = [];
  /** The last speaker the text attributed words to, and in which paragraph: a bare quote paragraph is theirs. */
  let lastSpeaker: { speaker?: number; label?: string; paragraph: number; asks?: boolean; turn?: boolean } | undefined;
  /** The speaker before the last, when the two quoted one after the other a paragraph apart: a dialogue. */
  let lastButOne: typeof lastSpeaker;
  for (const group of groups) {
    const first = group.segments[0];
    const last = group.segments[group.segments.length - 1];
    const sentence = sentenceOf(first.open);
    const reason = notAStatement(text, group, sentence);
    if (reason) {
      rejectedQuotes.push({ span: { start: first.open, end: last.after }, reason });
      continue;
    }
    const attribution = attributeQuote(ctx, group, sentenceOf, paras);
    let speaker = attribution?.speaker;
    let speakerLabel = attribution?.label;
    // "Ventura said" when a wife and a husband share the name: the one the paragraph before has speaking ("…, she
    // said through an interpreter.", "His wife, X, says …").
    if (speaker !== undefined && speakerLabel && /^\p{Lu}[\p{L}’'-]+$/u.test(speakerLabel) && first.paragraph > 0) {
      const sharing = entities.filter((e) => e.type === "Person" && e.name.split(" ").pop() === speakerLabel);
      const previous = paras[first.paragraph - 1];
      const said = [...text.slice(previous.start, previous.end).matchAll(/\b(she|he)\s+(?:said|says|added|told)\b/gi)].pop()?.[1].toLowerCase();
      const byGender = said ? sharing.filter((e) => e.gender === (said === "she" ? "f" : "m")) : [];
      // (A paragraph that has no one speaking, "His wife, Ana Tuyuc, was not released.", hands on no speaker.)
      const speaking = /\b(?:said|says|told|tells|added|adds|testified|recalled|recalls|explained|explains|asked|asks|spoke|speaks|spoken)\b/.test(text.slice(previous.start, previous.end));
      const spoke = sharing.length > 1 ? (byGender.length === 1 ? byGender[0].index : speaking ? speakerBefore(ctx, sentenceOf(previous.end - 1), previous) : undefined) : undefined;
      if (spoke !== undefined && spoke !== speaker && sharing.some((e) => e.index === spoke)) speaker = spoke;
    }
    const asks = /\?\W*$/.test(text.slice(last.open, last.after));
    let takesTurn = false;
    // "Beatriz Ocampo said the count is probably low. “We're only there three mornings a week.”": the quote goes on
    // from the sentence before it in its paragraph, whose speaker is named there.
    const before = !attribution && first.open > paras[first.paragraph].start ? sentenceOf(first.open - 1) : undefined;
    const inParagraph = before && before.start >= paras[first.paragraph].start && before.end <= first.open ? speakerBefore(ctx, before, paras[first.paragraph]) : undefined;
    if (inParagraph !== undefined) {
      speaker = inParagraph;
      speakerLabel = entities[inParagraph].name;
    } else if (!attribution && lastSpeaker && first.paragraph - lastSpeaker.paragraph <= 1) {
      ({ speaker, label: speakerLabel } = lastSpeaker);
      // A question and its answer, then a short bare line: the exchange goes on, taking turns
      // ("…?" the judge asked. ¶ "Four," Freeman said. ¶ "For 400 men?" ¶ "Yes, ma'am.").
      const other = lastButOne;
      const turn = other && other.paragraph === lastSpeaker.paragraph - 1 && lastSpeaker.paragraph === first.paragraph - 1 && other.speaker !== lastSpeaker.speaker;
      const length = words(text.slice(first.open, last.after)).length;
      const short = length <= 12 && first.open === paras[first.paragraph].start;
      // (After an answer, a terse line goes back to whoever asked: "So it's a choice."; a longer one goes on with the answer.)
      const terse = length <= 6;
      // (So does a line that picks up from the answer, whatever its length: "Some of them might," he said. ¶ "Then
      // we've paid …")
      const picksUp = /^[“"]?(?:And|But|So|Then|Well|Yet)\b/.test(text.slice(first.open, last.after));
      const opening = first.open === paras[first.paragraph].start;
      // (And a line put to the one who just answered: "You got it back after a detective told you …"; once the
      // exchange has turned, an answer of any length to a question goes back to the one who answered before.)
      const addresses = /^[“"]?You\b/.test(text.slice(first.open, last.after));
      // (Once lines take turns, the next short bare line takes its turn too: "So it's a choice." ¶ "It's a practice.")
      // ("“That's not my question.” ¶ “Then no. I can't tell them …”": once lines take turns, one that picks up answers.)
      const taking = !!turn && ((short && !!((asks && other.asks) || (lastSpeaker.asks && !asks && !other.asks) || (other.asks && !lastSpeaker.asks && terse) || lastSpeaker.turn)) || (opening && !!other.asks && !lastSpeaker.asks && (picksUp || addresses)) || (opening && !!lastSpeaker.turn && !!lastSpeaker.asks && !asks && !other.asks) || (opening && !!lastSpeaker.turn && picksUp && !asks));
      // ("“… what's the ride going to be?” Haines asked." ¶ "“About 40 minutes, each way.”": an answer to a question put
      // to the one who spoke before the asker, though a paragraph or two stood between them.)
      const answers = !taking && !turn && opening && !!lastSpeaker.asks && !asks && !!other && other.speaker !== undefined && other.speaker !== lastSpeaker.speaker &&
        lastSpeaker.paragraph === first.paragraph - 1 && lastSpeaker.paragraph - other.paragraph <= 3;
      // ("Kendra Holloway testified … Under questioning by Behr, she said …" ¶ "“Did you call a doctor?” Behr asked." ¶
      // "“I called the on-call provider.”": the one the paragraph before the question has speaking, when no one else spoke.)
      const asked = !taking && !turn && !answers && opening && !!lastSpeaker.asks && !asks && lastSpeaker.paragraph === first.paragraph - 1 && lastSpeaker.paragraph > 0 ? paras[lastSpeaker.paragraph - 1] : undefined;
      // (Not the asker named in it: "Under questioning by Behr, she said …" is still the witness's.)
      const named = asked ? entities.flatMap((e) => (e.type === "Person" ? e.mentions.filter((m) => m.start >= asked.start && m.end <= asked.end).map((m) => ({ index: e.index, at: m.start })) : [])).sort((a, b) => a.at - b.at) : [];
      const questioned = asked && [speakerBefore(ctx, sentenceOf(asked.end - 1), asked), ...named.map((x) => x.index)].find((e) => e !== undefined && e !== lastSpeaker!.speaker);
      // ("Rep. Harlan Voight … asked Kittle how many …" ¶ "“I couldn't give you an exact number,” Kittle said." ¶
      // "“Roughly?”": a short question after the answer is the one who put the first, in paraphrase.)
      const prior = !taking && !answers && asks && short && lastSpeaker.paragraph === first.paragraph - 1 && lastSpeaker.paragraph > 0 ? paras[lastSpeaker.paragraph - 1] : undefined;
      const answerer = lastSpeaker.speaker !== undefined ? entities[lastSpeaker.speaker] : undefined;
      const putTo = (from: number, to: number) => answerer?.mentions.some((m) => m.start >= from && m.end <= to) || /\b(?:him|her)\b/.test(text.slice(from, to));
      const asker = prior && answerer ? entities.find((e) => e.type === "Person" && e !== answerer && e.mentions.some((m) => {
        const put = /^[^.“”"]{0,120}?\basked\b/.exec(text.slice(m.end, prior.end));
        return m.start >= prior.start && m.end <= prior.end && !!put && putTo(m.end + put[0].length, Math.min(prior.end, m.end + put[0].length + 40));
      })) : undefined;
      if ((taking || answers) && other) ({ speaker, label: speakerLabel } = other);
      else if (asker) ({ index: speaker, name: speakerLabel } = asker);
      else if (questioned !== undefined && questioned !== lastSpeaker.speaker && entities[questioned].type === "Person") ({ index: speaker, name: speakerLabel } = entities[questioned]);
      takesTurn = taking || answers || !!asker || (questioned !== undefined && speaker === questioned);
    }
    else if (!attribution && first.paragraph > 0 && first.open === paras[first.paragraph].start) {
      const previous = paras[first.paragraph - 1];
      speaker = speakerBefore(ctx, sentenceOf(previous.end - 1), previous);
      // ("For Deborah Kilgallen, the numbers are personal. Her son, Tanner Kilgallen, died … He was 24." ¶ "“…”": the
      // one the paragraph is about, not the relative it names in apposition.)
      // (Not one who speaks there: "His wife, Yesenia Villanueva, says two men stopped him.")
      const inPrevious = speaker !== undefined ? entities[speaker].mentions.filter((m) => m.start >= previous.start && m.end <= previous.end) : [];
      const relative = inPrevious.length > 0 && inPrevious.every((m) => KIN_APPOSITION.test(text.slice(Math.max(0, m.start - 40), m.start)) && !/^[^.]{0,40}?\b(?:says|said|told|tells|recalls|recalled|added|adds)\b/.test(text.slice(m.end, m.end + 50)));
      const topic = speaker !== undefined && relative ? entities.find((e) => e.type === "Person" && e.index !== speaker && e.mentions.some((m) => m.start >= previous.start && m.start < Math.min(previous.end, previous.start + 60))) : undefined;
      if (topic) speaker = topic.index;
      if (speaker !== undefined) speakerLabel = entities[speaker].name;
    }
    // 'The form "does not command anything," the judge wrote, and the county "chose to comply with it"': a second
    // quotation in the sentence of an attributed one is the same speaker's.
    const sameSentence = speaker === undefined ? statements.filter((st) => st.speaker !== undefined && st.evidence.start >= sentence.start && st.evidence.start < first.open).pop() : undefined;
    if (sameSentence) ({ speaker, speakerLabel } = sameSentence);
    // A quote paragraph no one is named for, then a paragraph that opens by introducing a person: theirs
    // ("“I've been a citizen for 22 years …” ¶ Hortensia Vallejo, 61, a retired housekeeper, drew the longest applause").
    const next = paras[last.paragraph + 1];
    // (After a dateline too: "MARLOWE, Ky. (WDKN) - “I'm boiling pots on the stove …”" ¶ "Keisha Lamont says …")
    const opensParagraph = first.open === paras[first.paragraph].start || DATELINE.exec(text.slice(paras[first.paragraph].start, first.open))?.[0].length === first.open - paras[first.paragraph].start;
    if (!attribution && next && opensParagraph && last.after >= paras[last.paragraph].end - 1 && !/[“"]/.test(text.slice(next.start, next.end))) {
      // ("The speaker was Olga Brisbin, a retired bookkeeper, …")
      // ("So said Darnell Witcher, …", "The woman who said it was Tammy Rowe of Bent Creek.")
      const reveal = /^(?:The (?:speaker|woman|man|voice|person)(?: who (?:said|spoke|wrote) (?:it|that|them|those words))? (?:was|is)|That (?:was|is)|Those (?:were|are) the words of|So (?:said|says)|(?:She|He) gave (?:her|his) name (?:only )?as)\s+/.exec(text.slice(next.start, next.end))?.[0].length ?? 0;
      const introduced = entities.find((e) => e.type === "Person" && (e.name.includes(" ") || reveal > 0) && e.mentions[0]?.start === next.start + reveal && /^(?:[,.]|\s+of\s+\p{Lu})/u.test(text.slice(e.mentions[0].end, e.mentions[0].end + 6)));
      // ("The words came from Ofelia Marquez, who …", "That line came near midnight, from a woman who gave her name only
      // as Tanya": the first person named after "from".)
      const cameFrom = /^(?:The|That|Those|This)\s+(?:words?|line|lines|comment|remark|question|plea)\s+came\b[^.]*?\bfrom\s+/.exec(text.slice(next.start, next.end));
      const sentenceEnd = cameFrom ? sentenceOf(next.start).end : 0;
      const from = cameFrom && entities.filter((e) => e.type === "Person").flatMap((e) => e.mentions.filter((m) => m.start >= next.start + cameFrom[0].length && m.start < sentenceEnd).map((m) => ({ e, at: m.start }))).sort((a, b) => a.at - b.at)[0];
      // (An explicit reveal overrides the guess that a bare quote goes on with the last speaker.)
      // ("“We are asking officers to be social workers …” ¶ Councilmember Ana Lucero says she pushed for it": a TV
      // story's bare quote, then the person it introduces, title and all, when no one else was speaking.)
      const opens = speaker === undefined ? entities.find((e) => e.type === "Person" && e.name.includes(" ") && e.mentions[0] !== undefined && (e.mentions[0].withTitle ?? e.mentions[0]).start === next.start) : undefined;
      if (introduced && (speaker === undefined || reveal > 0)) ({ index: speaker, name: speakerLabel } = introduced);
      else if (from) ({ index: speaker, name: speakerLabel } = from.e);
      else if (opens) ({ index: speaker, name: speakerLabel } = opens);
    }
    const parts = group.segments.map((s) => trimSpan(text, s));
    let evidence: Span;
    if (group.form === "partial") evidence = trimSpan(text, sentence);
    else if (attribution && attribution.clause.start < first.open) evidence = { start: attribution.clause.start, end: last.after };
    else evidence = { start: first.open, end: Math.max(last.after, attribution && attribution.clause.start >= last.after ? attribution.clause.end : 0) };
    evidence = trimSpan(text, evidence);
    if (text[evidence.end] === "." && evidence.end < sentenceOf(evidence.end - 1).end) evidence.end++;
    statements.push({
      kind: "DIRECT_QUOTE",
      parts,
      text: quotationText(parts.map((p) => text.slice(p.start, p.end))),
      evidence,
      speaker,
      speakerLabel,
      relays: attribution?.relays ?? [],
      about: lawsIn(evidence),
    });
    if (speaker !== undefined) {
      lastButOne = lastSpeaker;
      lastSpeaker = { speaker, label: speakerLabel, paragraph: last.paragraph, asks, turn: takesTurn };
    }
  }
  statements.push(...headlineQuotes(text, paras, statements, lawsIn));
  for (const sentence of sentences) {
    if (statements.some((s) => s.evidence.start < sentence.end && sentence.start < s.evidence.end)) continue;
    const p = findParaphrase(ctx, sentence);
    if (!p) continue;
    statements.push({
      kind: "PARAPHRASE",
      parts: [p.part],
      text: text.slice(p.part.start, p.part.end),
      evidence: trimSpan(text, p.evidence),
      speaker: p.speaker,
      speakerLabel: p.label,
      relays: p.relays,
      about: lawsIn(p.evidence),
    });
  }
  statements.sort((a, b) => a.evidence.start - b.evidence.start);
  const creditOf = (at: number) => {
    const statement = statements.find((s) => s.parts.some((p) => p.start <= at && at < p.end));
    // "X said the county's immigrants make up 22 percent, according to the Census Bureau": the census says it.
    if (statement?.kind === "PARAPHRASE" && /\baccording to\b/i.test(text.slice(at, statement.evidence.end))) return undefined;
    return statement?.speaker;
  };
  // A figure is credited to someone named, never to an unnamed group ("two-thirds of responding sheriffs").
  const credits: Context = { ...ctx, collective: () => undefined };
  // An office named only by description is, like an unnamed group, this article's alone.
  const unnamedOffice = (label: string, span: Span) => ctx.collective(label, span)!;
  // A record no one is named as making is credited as itself; it is held as an entity only while claims are read.
  const records = new Map<number, Span>();
  const unnamedDocument = (label: string, span: Span) => {
    const known = [...records].find(([, at]) => fold(text.slice(at.start, at.end)) === fold(label));
    if (known) return known[0];
    const index = addEntity("Organization", label, "DOCUMENT", span);
    records.set(index, span);
    return index;
  };
  const claims = extractClaims({ text, sentences, entities, creditOf, resolve: (phrase, before) => resolveSpeaker(credits, phrase, before), publishedOn, unnamedOffice, unnamedDocument });
  // The article's own outlet, named in its byline ("By Marcus Oyelowo, Missouri Civic Desk"), is never a figure's
  // source: its own analysis is the article's word, as an uncredited figure is.
  const NAMES = String.raw`(?:\p{Lu}[\p{L}.’'-]* *){2,4}(?: *and +(?:\p{Lu}[\p{L}.’'-]* *){2,4})?`;
  // ("Corinne Haskett | WDPR News": a byline without its "By".)
  const at = paras.slice(0, 3).findIndex((p) => new RegExp(`^(?:By +${NAMES}(?:\\s*[,|—–]\\s+[^\\n.]{3,80})?|${NAMES} *\\| *[^\\n.]{3,80})$`, "u").test(text.slice(p.start, p.end).trim()));
  // ("By Marisol Ybarra-Kent, Tribune Staff Writer", or the title on a line of its own: the outlet's name inside its
  // staff's title.)
  const titleLine = at >= 0 && /^[^\n.]{3,80}$/.test(text.slice(paras[at + 1]?.start ?? 0, paras[at + 1]?.end ?? 0).trim()) && !/[,|—–]/.test(text.slice(paras[at].start, paras[at].end)) ? paras[at + 1] : undefined;
  const byline = at >= 0 ? { start: paras[at].start, end: (titleLine ?? paras[at]).end } : undefined;
  const outletPart = byline && ` ${text.slice(byline.start, byline.end).replace(new RegExp(`^(?:By +)?${NAMES}\\s*[,|—–]?`, "u"), "").trim().split(/\s+/).join(" ")} `;
  const ownOutlets = !byline || !outletPart!.trim() ? [] : entities.filter((e) => e.type === "Organization" && (e.mentions.some((m) => m.start > byline.start && m.end <= byline.end) || outletPart!.includes(` ${e.name.replace(/^The\s+/, "")} `)));
  // ("The Lone Star Justice Desk is a nonprofit newsroom that covers …": an outlet that says it wrote the story.)
  const selfDescribed = entities.filter((e) => e.type === "Organization" && e.mentions.some((m) => SELF_DESCRIBED.test(text.slice(m.end, m.end + 80))));
  // (Nor are its reporters, named in the byline.)
  const reporters = byline ? entities.filter((e) => e.type === "Person" && e.mentions.some((m) => m.start >= byline.start && m.end <= byline.end)) : [];
  for (const outlet of [...ownOutlets, ...selfDescribed, ...reporters]) for (const c of claims) if (c.source === outlet.index) c.source = undefined;
  return { text, entities: withoutRecords(entities, records, claims), facts, statements, claims, rejectedQuotes };
}

/**
 * A headline quotes in single marks ("'They were shopping for a cartel': 11 charged …", "… texted 'I fixed it' after
 * …"): the words are the speaker's whom the story quotes saying them. (A closing mark is also an apostrophe, as in
 * "my kids' blood tests?'", so the longest span the story quotes is the quotation.)
 */
function headlineQuotes(text: string, paras: Span[], statements: ExtractedStatement[], lawsIn: (span: Span) => number[]): ExtractedStatement[] {
  const headline = paras.length > 1 ? trimSpan(text, paras[0]) : undefined;
  if (!headline || /[“"\n]/.test(text.slice(headline.start, headline.end))) return [];
  const line = text.slice(headline.start, headline.end);
  const out: ExtractedStatement[] = [];
  let taken = 0;
  for (const open of line.matchAll(/(?<![\p{L}\d])['‘]/gu)) {
    const from = open.index! + 1;
    if (from <= taken) continue;
    const closes = [...line.slice(from).matchAll(/['’](?![\p{L}\d])/gu)].map((c) => from + c.index!).reverse();
    for (const close of closes) {
      const quoted = line.slice(from, close);
      if (quoted.trim().split(/\s+/).length < 3) continue;
      const key = ` ${statementKey(quoted)} `;
      const source = statements.find((st) => st.kind === "DIRECT_QUOTE" && st.speaker !== undefined && ` ${statementKey(st.text)} `.includes(key));
      if (!source) continue;
      out.push({ kind: "DIRECT_QUOTE", parts: [{ start: headline.start + from, end: headline.start + close }], text: quoted, evidence: headline, speaker: source.speaker, speakerLabel: source.speakerLabel, relays: [], about: lawsIn(headline) });
      taken = close;
      break;
    }
  }
  return out;
}

const SELF_DESCRIBED = /^\s+is\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}(?:newsroom|news organization|news outlet|news site|news service)\s+(?:that|which)\s+(?:covers|reports|investigates)\b/u;

/** The entities without the records, renumbered; a claim credited to a record names it as its document. */
function withoutRecords(entities: ExtractedEntity[], records: Map<number, Span>, claims: ExtractedClaim[]): ExtractedEntity[] {
  if (records.size === 0) return entities;
  const kept = entities.filter((e) => !records.has(e.index));
  const renumbered = new Map(kept.map((e, i) => [e.index, i]));
  // Records are added while claims are read, after every entity statements, facts and relations refer to.
  for (const c of claims) {
    c.about = c.about.map((a) => renumbered.get(a)!);
    if (c.source === undefined) continue;
    const record = records.get(c.source);
    if (record) {
      c.document = record;
      c.source = undefined;
    } else c.source = renumbered.get(c.source)!;
  }
  return kept.map((e, i) => ({ ...e, index: i }));
}
