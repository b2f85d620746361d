/**
 * Who said it: the attribution of each quote ("…,” said X", "X said: “…”", "X called it “…”"), paraphrases
 * ("Campbell said the issue …"), the outlet a statement was relayed through ("told CBS Austin", "according to
 * the Eagle Tribune report"), and the speaker resolved to an entity: a name, a surname, a pronoun or a title
 * ("he", "the sheriff") resolved to the nearest fitting person, or an unnamed group ("immigrant rights groups").
 */
import type { EntityMention, ExtractedEntity } from "./entities";
import { PARAPHRASE_VERBS, ROLE_NOUNS, SPEECH_VERB_RE } from "./lexicon";
import type { QuoteGroup } from "./quotes";
import { type Span, trimSpan, words } from "./text";

export interface Relay {
  via: number;
  evidence: Span;
}

export interface Attribution {
  /** The speaker as an entity index; undefined when the speaker could not be resolved. */
  speaker?: number;
  /** How the article names the speaker. */
  label: string;
  labelSpan: Span;
  /** The attributing words after or before the quote ("said state Rep. Linda Campbell, …"). */
  clause: Span;
  relays: Relay[];
}

export interface Context {
  text: string;
  entities: ExtractedEntity[];
  /** Spans inside quotation marks: names there are the speaker's words, not the article's. */
  quoted: Span[];
  /** Adds an unnamed group as an entity and returns its index. */
  collective(label: string, span: Span): number;
}

const VERB = SPEECH_VERB_RE.source;
const PARAPHRASE_VERB = `(?:${[...new Set(PARAPHRASE_VERBS)].join("|")})`;
const PRONOUNS: Record<string, "f" | "m" | "plural"> = { he: "m", she: "f", they: "plural", him: "m", her: "f" };
/** Nouns heading a phrase that names a group of people, which can speak as one. */
const GROUP_NOUNS = /\b(?:groups|opponents|proponents|supporters|critics|advocates|officials|lawmakers|legislators|democrats|republicans|chiefs|sheriffs|residents|members|leaders|activists|experts|candidates|organizations|officers|commissioners|councilors|prosecutors|immigrants|parents|police)\b/i;
/** Things that report but do not speak: "the report said" credits a document, not a speaker. */
const NOT_SPEAKERS = /^(?:the|a|an|this|that|its|their)?\s*(?:report|study|data|survey|documents?|figures|records|law|bill|ruling|opinion|decision|statement|letter|memo|analysis|estimate|numbers?|it|this|that|which)\b/i;

const inside = (spans: Span[], at: number) => spans.some((s) => s.start <= at && at < s.end);

function mentionsIn(ctx: Context, span: Span): { entity: ExtractedEntity; mention: EntityMention }[] {
  const out: { entity: ExtractedEntity; mention: EntityMention }[] = [];
  for (const entity of ctx.entities) for (const mention of entity.mentions) if (mention.start >= span.start && mention.end <= span.end) out.push({ entity, mention });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** The nearest person mentioned before `at`, outside quotes, fitting the gender or role asked for. */
function nearestPerson(ctx: Context, at: number, fits: (e: ExtractedEntity, m: EntityMention) => boolean): number | undefined {
  let best: { index: number; start: number } | undefined;
  for (const e of ctx.entities) {
    if (e.type !== "Person") continue;
    for (const m of e.mentions) {
      if (m.start >= at || inside(ctx.quoted, m.start) || !fits(e, m)) continue;
      if (!best || m.start > best.start) best = { index: e.index, start: m.start };
    }
  }
  return best?.index;
}

/** Resolves a speaker phrase ("state Rep. Linda Campbell, a Democrat …", "she", "the sheriff", "ICE"). */
export function resolveSpeaker(ctx: Context, phrase: Span, before: number): number | undefined {
  const text = ctx.text.slice(phrase.start, phrase.end);
  const head = text.replace(/,.*$/s, "").replace(/\s+who\b.*$/s, "").trim();
  const found = mentionsIn(ctx, phrase).filter((x) => !inside(ctx.quoted, x.mention.start));
  const person = found.find((x) => x.entity.type === "Person" && x.mention.start - phrase.start < 60);
  if (person && (head.length < 80 || person.mention.start === phrase.start)) return person.entity.index;
  const first = head.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (PRONOUNS[first] && head.split(/\s+/).length <= 2) {
    const gender = PRONOUNS[first];
    if (gender === "plural") return undefined;
    return nearestPerson(ctx, before, (e) => !e.gender || e.gender === gender);
  }
  const role = /^(?:the|a)\s+(?:\w+\s+)?(\w+)$/i.exec(head)?.[1]?.toLowerCase();
  if (role && ROLE_NOUNS.includes(role)) {
    const byRole = nearestPerson(ctx, before, (e) => e.titles.some((t) => t.toLowerCase().includes(role)));
    if (byRole !== undefined) return byRole;
  }
  const org = found.find((x) => x.entity.type === "Organization" && x.mention.start - phrase.start < 40);
  if (org && !GROUP_NOUNS.test(head.slice(0, org.mention.start - phrase.start))) return org.entity.index;
  // "The association", "the agency": the nearest organization of that kind named before.
  const orgNoun = /^the\s+(association|agency|coalition|department|office|project|group|union|center|institute|council|committee|county|city)$/i.exec(head)?.[1];
  if (orgNoun) {
    const candidates = ctx.entities.filter((e) => (e.type === "Organization" || e.type === "Jurisdiction") && (e.name.toLowerCase().includes(orgNoun.toLowerCase()) || (orgNoun === "agency" && e.kind === "AGENCY")));
    const nearest = candidates
      .map((e) => ({ e, at: Math.max(-1, ...e.mentions.filter((m) => m.start < before).map((m) => m.start)) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    if (nearest) return nearest.e.index;
  }
  if (GROUP_NOUNS.test(head) && !NOT_SPEAKERS.test(head) && words(head).length <= 8) {
    return ctx.collective(head, { start: phrase.start, end: phrase.start + head.length });
  }
  return undefined;
}

/** Outlets an attribution credits: "told CBS Austin", "according to the Eagle Tribune report". */
function relaysIn(ctx: Context, clause: Span): Relay[] {
  const out: Relay[] = [];
  const part = ctx.text.slice(clause.start, clause.end);
  for (const m of part.matchAll(/\b(?:told|according to|in an interview with|speaking to|speaking with)\s+(?:the\s+)?/g)) {
    const at = clause.start + m.index! + m[0].length;
    const org = ctx.entities.find((e) => e.type === "Organization" && e.mentions.some((x) => x.start === at || x.start === at - 4));
    if (!org) continue;
    const mention = org.mentions.find((x) => x.start >= at - 4 && x.start <= at)!;
    let end = mention.end;
    const tail = /^\s+(?:report|newspaper|story|article|interview|broadcast)\b/.exec(ctx.text.slice(end, end + 16));
    if (tail) end += tail[0].length;
    out.push({ via: org.index, evidence: { start: clause.start + m.index!, end } });
  }
  return out;
}

/** Where the clause that holds `at` starts: after ", and", ";" or the sentence start (past a leading phrase). */
function clauseStart(text: string, sentence: Span, at: number): number {
  const before = text.slice(sentence.start, at);
  let cut = Math.max(before.lastIndexOf(", and "), before.lastIndexOf(", but "), before.lastIndexOf("; "), before.lastIndexOf(": "));
  // ", and " and ", but " are six characters long, "; " and ": " two.
  let start = cut >= 0 ? sentence.start + cut + (before[cut] === "," ? 6 : 2) : sentence.start;
  // "Asked about it Wednesday, she …", "In an op-ed …, former state prosecutor Daniel Mercer wrote"
  const lead = /^(?:In|On|At|During|After|Asked|Speaking|Within|Like|Unlike|Under|Meanwhile|Still)\b[^,]*,\s+/.exec(text.slice(start, at));
  if (lead) start += lead[0].length;
  cut = text.slice(start, at).lastIndexOf("” ");
  if (cut >= 0 && text.slice(start, start + cut).split("“").length === 1) start += cut + 2;
  return start;
}

/** The end of the attributing clause after `from`: the sentence end, or the next quote mark. */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "“" || c === '"') return i;
    if ((c === "." || c === "!" || c === "?") && /[\s”"]/.test(text[i + 1] ?? " ")) {
      const word = /([A-Za-z.]+)$/.exec(text.slice(from, i))?.[1] ?? "";
      if (/^(?:Rep|Sen|Gov|Lt|Dr|Mr|Mrs|Ms|St|Jr|[A-Z](?:\.[A-Z])*)$/.test(word)) continue;
      return i;
    }
  }
  return limit;
}

/** The speaker label of a phrase after a verb: up to ", according to" or ", who". */
function labelAfterVerb(text: string, span: Span): Span {
  const part = text.slice(span.start, span.end);
  const cut = part.search(/,\s+(?:according to|who|which|in a|in an|on|during|at a|at the)\b|\s+(?:on|at|in|during)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a news|an interview|the)\b/);
  return trimSpan(text, { start: span.start, end: cut >= 0 ? span.start + cut : span.end }, ",.");
}

function attributeAfter(ctx: Context, from: number, limit: number, before: number): Attribution | undefined {
  const { text } = ctx;
  const end = clauseEnd(text, from, limit);
  const clause = { start: from, end };
  const part = text.slice(from, end);
  // "…,” said state Rep. Linda Campbell, a Democrat from Methuen, …
  let m = new RegExp(`^[\\s,]*(${VERB})\\s+`).exec(part);
  if (m && !/^[\s,]*(?:that|it)\b/.test(part.slice(m[0].length))) {
    const labelSpan = labelAfterVerb(text, { start: from + m[0].length, end });
    return { speaker: resolveSpeaker(ctx, labelSpan, before), label: text.slice(labelSpan.start, labelSpan.end), labelSpan, clause, relays: relaysIn(ctx, clause) };
  }
  // "…,” Whitcomb said. / “…,” the sheriff said. / “…,” he told NPR.
  m = new RegExp(`^[\\s,]*((?:[\\p{L}.’'-]+\\s+){0,5}?[\\p{L}.’'-]+)\\s+(?:also\\s+|later\\s+|then\\s+)?(${VERB})\\b`, "u").exec(part);
  if (m) {
    const start = from + m[0].indexOf(m[1]);
    const labelSpan = { start, end: start + m[1].length };
    return { speaker: resolveSpeaker(ctx, labelSpan, before), label: m[1], labelSpan, clause, relays: relaysIn(ctx, clause) };
  }
  return undefined;
}

/** An attribution before the quote in its sentence: "X said: “…”", "X called it “…”", "X wrote that … “…”". */
function attributeBefore(ctx: Context, sentence: Span, open: number): Attribution | undefined {
  const { text } = ctx;
  const part = text.slice(sentence.start, open);
  const verbs = [...part.matchAll(new RegExp(VERB, "g"))].filter((v) => !inside(ctx.quoted, sentence.start + v.index!));
  const verb = verbs[verbs.length - 1];
  if (!verb) return undefined;
  const verbAt = sentence.start + verb.index!;
  // "…, said X, that …" is rare before a quote; the subject stands before the verb.
  const start = clauseStart(text, sentence, verbAt);
  let labelSpan = trimSpan(text, { start, end: verbAt });
  labelSpan = trimSpan(text, { start: labelSpan.start, end: labelSpan.end - (/\s(?:has|have|had|also|would|will)$/.exec(text.slice(labelSpan.start, labelSpan.end))?.[0].length ?? 0) });
  if (labelSpan.end <= labelSpan.start) return undefined;
  const clause = { start, end: open };
  return { speaker: resolveSpeaker(ctx, labelSpan, open), label: text.slice(labelSpan.start, labelSpan.end), labelSpan, clause, relays: relaysIn(ctx, { start: verbAt, end: open }) };
}

/**
 * The attribution of a quote group: after one of its segments in the same paragraph, else before its first
 * segment in the same sentence. Returns undefined for a quote the text does not attribute where it stands.
 */
export function attributeQuote(ctx: Context, group: QuoteGroup, sentenceOf: (at: number) => Span, paragraphEnd: (at: number) => number): Attribution | undefined {
  const segments = group.segments;
  const first = segments[0];
  if (group.form === "partial") {
    const sentence = sentenceOf(first.open);
    return attributeBefore(ctx, sentence, first.open) ?? attributeAfter(ctx, segments[segments.length - 1].after, sentence.end, first.open);
  }
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const next = segments[k + 1];
    const limit = next && next.paragraph === s.paragraph ? next.open : paragraphEnd(s.after);
    if (s.after >= limit) continue;
    const found = attributeAfter(ctx, s.after, limit, first.open);
    if (found) return found;
  }
  return attributeBefore(ctx, sentenceOf(first.open), first.open);
}

export interface Paraphrase {
  speaker?: number;
  label: string;
  labelSpan: Span;
  /** The reported words. */
  part: Span;
  /** The whole sentence. */
  evidence: Span;
  relays: Relay[];
}

const LEADING_TIME = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in an? (?:statement|email|interview|letter|news release|post)(?: to [^,]*?)?|during [^,]*?|at a news conference|last (?:week|month|year)|this (?:week|month)|earlier|later|previously|repeatedly)\s*/i;

/** A paraphrase in a sentence with no quote of its own: "X said (that) …", "…, said X.", "X, who say that …". */
export function findParaphrase(ctx: Context, sentence: Span): Paraphrase | undefined {
  const { text } = ctx;
  const s = text.slice(sentence.start, sentence.end);
  // "…, said Eva Millona, director of …" and "…, the Eagle Tribune reported."
  let m = new RegExp(`^(.{20,}?),\\s+(${PARAPHRASE_VERB})\\s+([^,]+(?:,[^,]+)*?)[.]?$`, "su").exec(s);
  if (m && !/\b(?:that|when)$/.test(m[1])) {
    const part = trimSpan(text, { start: sentence.start, end: sentence.start + m[1].length });
    const after = sentence.start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length;
    const labelSpan = labelAfterVerb(text, trimSpan(text, { start: after, end: sentence.end }, "."));
    const speaker = resolveSpeaker(ctx, labelSpan, sentence.start);
    if (speaker !== undefined && ctx.entities[speaker]?.type === "Person") {
      return { speaker, label: text.slice(labelSpan.start, labelSpan.end), labelSpan, part, evidence: sentence, relays: [] };
    }
  }
  // "Among the critics are police chiefs and sheriffs, who say that …"
  m = /(?:^|\s)([^,]{3,80}),\s+who\s+(?:say|says|said|argue|argued|contend|warn|warned)\s+(?:that\s+)?/u.exec(s);
  if (m) {
    const np = m[1].replace(/^.*\b(?:are|is|were|was|include|includes|including)\s+/, "");
    const start = sentence.start + m.index! + m[0].indexOf(m[1]) + (m[1].length - np.length);
    const labelSpan = { start, end: start + np.length };
    const speaker = resolveSpeaker(ctx, labelSpan, sentence.start);
    const part = trimSpan(text, { start: sentence.start + m.index! + m[0].length, end: sentence.end });
    if (speaker !== undefined && words(text.slice(part.start, part.end)).length >= 3) return { speaker, label: np, labelSpan, part, evidence: sentence, relays: [] };
  }
  // "X said (that) …": the first attributing verb whose subject resolves to a speaker.
  for (const v of s.matchAll(new RegExp(`\\b(${PARAPHRASE_VERB})\\b`, "g"))) {
    const verbAt = sentence.start + v.index!;
    if (inside(ctx.quoted, verbAt)) continue;
    const start = clauseStart(text, sentence, verbAt);
    let labelSpan = trimSpan(text, { start, end: verbAt });
    const aux = /\s(?:has|have|had|also|would|will|has also|have also)$/.exec(text.slice(labelSpan.start, labelSpan.end));
    if (aux) labelSpan = trimSpan(text, { start: labelSpan.start, end: labelSpan.end - aux[0].length });
    const label = text.slice(labelSpan.start, labelSpan.end);
    if (!label || NOT_SPEAKERS.test(label) || words(label.replace(/,.*?,/s, "").replace(/\s+who\b.*$/s, "")).length > 7) continue;
    let rest = text.slice(verbAt + v[0].length, sentence.end);
    const relays = relaysIn(ctx, { start: verbAt, end: sentence.end });
    let restStart = verbAt + v[0].length;
    const told = /^\s+(?:the\s+)?(?:[A-Z][\p{L}.’'-]*\s+){0,4}?(?=that\b)/u.exec(rest);
    if (v[1] === "told" && told) restStart += told[0].length;
    rest = text.slice(restStart, sentence.end);
    const lead = /^\s+/.exec(rest)?.[0].length ?? 0;
    let body = rest.slice(lead);
    const time = LEADING_TIME.exec(body);
    if (time) body = body.slice(time[0].length);
    const that = /^that\s+/.exec(body);
    if (that) body = body.slice(that[0].length);
    const partStart = sentence.end - body.length;
    const part = trimSpan(text, { start: partStart, end: sentence.end });
    if (words(body).length < 3 || /^[,.]/.test(body)) continue;
    const speaker = resolveSpeaker(ctx, labelSpan, verbAt);
    if (speaker === undefined) continue;
    return { speaker, label, labelSpan, part, evidence: sentence, relays };
  }
  return undefined;
}
