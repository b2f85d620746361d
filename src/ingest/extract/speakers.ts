/**
 * Who said it: the attribution of each quote ("…,” said X", "X said: “…”", "X called it “…”"), paraphrases
 * ("Campbell said the issue …"), the outlet a statement was relayed through ("told CBS Austin", "according to
 * the Eagle Tribune report"), and the speaker resolved to an entity: a name, a surname, a pronoun or a title
 * ("he", "the sheriff") resolved to the nearest fitting person, or an unnamed group ("immigrant rights groups").
 */
import { type EntityMention, type ExtractedEntity, firstName, KIN_APPOSITION, KIN_GENDER } from "./entities";
import { PARAPHRASE_VERBS, PHRASE_VERB_RE, ROLE_NOUNS, SPEECH_VERB_RE } from "./lexicon";
import type { QuoteGroup } from "./quotes";
import { isAbbreviation, maskAbbreviations, type Span, trimSpan, words } from "./text";

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
  /** Adds an unnamed group as an entity and returns its index (undefined where groups are not speakers). */
  collective(label: string, span: Span): number | undefined;
  /** People and organizations the text names as speaking somewhere ("Pekarek said", "said Ochoa"). */
  named: Set<number>;
  /** Role words each person is described by ("sheriff", "county executive", "spokeswoman"), by entity index. */
  roles: Map<number, Set<string>>;
  /** The sentence that holds `at`. */
  sentenceOf(at: number): Span;
  /** The sentences inside a span (a paragraph), in order. */
  sentencesIn(span: Span): Span[];
  /** "the sheriff", "the chairman": where the text calls a person by role, and whom it means. */
  roleMentions: { start: number; entity: number }[];
}

const VERB = SPEECH_VERB_RE.source;
const PARAPHRASE_VERB = `(?:${[...new Set(PARAPHRASE_VERBS)].join("|")})`;
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

/** The people and organizations named in `span`, in order. */
const speakersIn = (ctx: Context, span: Span) => mentionsIn(ctx, span).filter((x) => x.entity.type === "Person" || x.entity.type === "Organization");

/** The latest mention of `e` before `at`, outside quotes; -1 when none. */
function lastMentionBefore(ctx: Context, e: ExtractedEntity, at: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < at && m.start > best && !inside(ctx.quoted, m.start)) best = m.start;
  return best;
}

/**
 * Where a reader last met the person before `at`: by name (not as a possessor, "Fontaine’s ally"), or by the
 * role the text calls them by ("The sheriff said he had not seen it").
 */
function lastSeenBefore(ctx: Context, e: ExtractedEntity, at: number): number {
  let best = -1;
  for (const m of e.mentions) {
    if (m.start >= at || m.start <= best || inside(ctx.quoted, m.start) || /^[’']s\b/.test(ctx.text.slice(m.end, m.end + 3))) continue;
    best = m.start;
  }
  for (const r of ctx.roleMentions) if (r.entity === e.index && r.start < at && r.start > best) best = r.start;
  return best;
}

/** The entity among `candidates` mentioned last before `at`. */
function latest(ctx: Context, candidates: ExtractedEntity[], at: number): ExtractedEntity | undefined {
  let best: { e: ExtractedEntity; at: number } | undefined;
  for (const e of candidates) {
    const m = lastMentionBefore(ctx, e, at);
    if (m >= 0 && (!best || m > best.at)) best = { e, at: m };
  }
  return best?.e;
}

/** Does the mention at `at` open its sentence (after a title or a role), i.e. is the person its subject? */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  // (A quotation closing mid-sentence ends no sentence: "… law” to hold Abelardo Quintero".)
  const full = /(?:^|[.!?][”"]?\s+|[,:][”"]\s+|\n)([^.!?\n”"]*)$/.exec(before)?.[1] ?? before;
  // "The state’s attorney general, Dwight Harlow, …", "One of them, 17-year-old Dan Ortiz, …", "Oakley's older
  // brother, Marcus Oakley, …": a name in apposition to the subject is the subject.
  // "At Hemlock Hollow, school nurse Bev Ostrander …": a leading phrase of place or time comes before the subject.
  const lead = full
    .replace(/^(?:At|In|On|During|Across|Inside|Outside|Near|After|Before|Since|Back|Meanwhile|Later|Earlier|Throughout)\b[^,]{0,50},\s+/u, "")
    .replace(/^(?:The|A|An|One|\p{Lu}[\p{L}-]*[’']s)\s+[^,]{1,60},\s+(?=(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}$)/u, "");
  return /^(?:(?:The|A|An|[A-Z][\p{L}.’'-]*)\s+)*(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}$/u.test(lead) && !/,/.test(lead);
}

/** "He pressed ": a sentence whose subject is the pronoun, up to a name it acts on. */
const PRONOUN_SUBJECT = { f: /^She\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,6}$/u, m: /^He\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,6}$/u };

/**
 * "he", "she": the person a reader takes it for. The latest fitting person, unless that person is only
 * mentioned (never named as speaking) and not the subject of their sentence; then the latest fitting speaker.
 */
function resolvePronoun(ctx: Context, gender: "f" | "m", at: number): number | undefined {
  const fits = ctx.entities.filter((e) => e.type === "Person" && (!e.gender || e.gender === gender));
  const seen = (candidates: ExtractedEntity[]) => {
    let best: { e: ExtractedEntity; at: number } | undefined;
    for (const e of candidates) {
      const m = lastSeenBefore(ctx, e, at);
      if (m >= 0 && (!best || m > best.at)) best = { e, at: m };
    }
    return best;
  };
  const anyone = seen(fits);
  const spokesperson = spokespersonSince(ctx, gender, anyone?.at ?? -1, at);
  if (spokesperson !== undefined) return spokesperson;
  // "Antoinette Pruden’s son, Marcus, hanged himself. ¶ “…,” she said.": the one of that gender the paragraph
  // before opens with, though as a possessor.
  let own = ctx.text.lastIndexOf("\n", at);
  while (own > 0 && ctx.text[own - 1] === "\n") own--;
  const before = ctx.text.lastIndexOf("\n", own - 1);
  // (Not one after another's "says": "Carrizales says Bolling's coverage was restored.")
  const subjectBefore = (m: EntityMention) => ctx.entities.some((o) => o.type === "Person" && o.mentions.some((x) => x.start >= ctx.sentenceOf(m.start).start && x.end <= m.start));
  const possessor = ctx.entities.find((e) => e.type === "Person" && e.gender === gender && e.mentions.some((m) => m.start > Math.max(before, anyone?.at ?? -1) && m.start < own && /^[’']s\s/.test(ctx.text.slice(m.end, m.end + 3)) && opensSentence(ctx.text, m.start) && !subjectBefore(m)));
  if (possessor && own > 0 && !/[“"]/.test(ctx.text.slice(before + 1, own))) return possessor.index;
  if (!anyone) return undefined;
  // "He pressed Dunleavy on … ¶ “…,” he asked.": the subject the earlier "he" stood for, not the object.
  const held = ctx.sentenceOf(anyone.at);
  // "When Harrell read the vote, she put her head down": the "she" of the main clause is someone met before.
  const aside = /^(?:When|After|As|While|Before|Once|Until|Because|Although)\s[^,]*$/.test(ctx.text.slice(held.start, anyone.at)) && new RegExp(`^[^,]*,\\s+${gender === "f" ? "she" : "he"}\\b`).test(ctx.text.slice(anyone.at, held.end));
  if (aside && held.start < at) {
    const topic = resolvePronoun(ctx, gender, held.start);
    if (topic !== undefined && topic !== anyone.e.index) return topic;
  }
  const object = PRONOUN_SUBJECT[gender].test(ctx.text.slice(held.start, anyone.at));
  if (object) return resolvePronoun(ctx, gender, held.start);
  // "Lassiter shot back that the case Whitlow described … “…,” he said.": the sentence's subject, not a name inside it.
  if (!opensSentence(ctx.text, anyone.at)) {
    // (Not a subject whose gender the text never tells over one it does: "Fortenberry submitted letters, including one
    // from Cowart's wife, Tammy Cowart. “…,” she wrote.")
    const subject = fits.find((e) => e !== anyone.e && !(e.gender === undefined && anyone.e.gender === gender) && e.mentions.some((m) => m.start >= held.start && m.start < anyone.at && !inside(ctx.quoted, m.start) && !/^[’']s\b/.test(ctx.text.slice(m.end, m.end + 3)) && opensSentence(ctx.text, m.start)));
    if (subject) return subject.index;
    // ("On cross-examination, the detective acknowledged that nothing tying Sokol to the gun was found.": the role.)
    const role = ctx.roleMentions.find((r) => r.start >= held.start && r.start < anyone.at && r.entity !== anyone.e.index && fits.some((e) => e.index === r.entity));
    if (role) return role.entity;
  }
  if (ctx.named.has(anyone.e.index)) return anyone.e.index;
  // "Jaylen Moritz, 17, a senior …, said the numbers matched what she sees." ¶ "“…,” she said.": the subject who just
  // spoke, though the text never told their gender, over someone quoted before.
  const spoke = anyone.e.gender === undefined && opensSentence(ctx.text, anyone.at) && new RegExp(`^[^.“”"]*?\\b(?:${VERB})\\b`).test(ctx.text.slice(anyone.at, held.end));
  const paragraphs = (ctx.text.slice(anyone.at, at).match(/\n\s*\n/g) ?? []).length;
  if (spoke && paragraphs <= 1) return anyone.e.index;
  // "Kenzie is back in class. “I’m fine now,” she says.": a person of that gender named in the pronoun's paragraph.
  if (anyone.e.gender === gender && !ctx.text.slice(anyone.at, at).includes("\n")) return anyone.e.index;
  const speaker = seen(fits.filter((e) => ctx.named.has(e.index)));
  if (!speaker) return anyone.e.index;
  // "His wife, Marisela Canales, is still waiting …": a name in apposition to "His wife" is its sentence's subject,
  // unless the sentence is someone else's report ("Her deputy, X, spent the night there, she said.").
  // ("The union's president, Ray Gallegos, spoke from the steps.": so is one after a role the sentence opens with.)
  const apposed = /^(?:His|Her|Their|The|Its)\s+[\p{Ll}’' -]{2,40},\s+$/u.test(ctx.text.slice(held.start, anyone.at)) && !/,\s+(?:he|she)\s+(?:said|says)\b/.test(ctx.text.slice(anyone.at, held.end));
  if (apposed && anyone.e.gender !== (gender === "f" ? "m" : "f")) return anyone.e.index;
  // "Among them was Alma Reyes-Booker …": a person the sentence introduces is its topic, as a subject is.
  const introduced = /\b(?:was|were|is)\s+(?:(?:the\s+)?(?:Rev|Dr|Mr|Mrs|Ms)\.\s+)?$/.test(ctx.text.slice(Math.max(0, anyone.at - 20), anyone.at));
  // (One introduced so needs no pronoun of their own to tell their gender: none of theirs contradicts it.)
  return (opensSentence(ctx.text, anyone.at) && anyone.e.gender === gender) || (introduced && anyone.e.gender !== (gender === "f" ? "m" : "f")) ? anyone.e.index : speaker.e.index;
}

/** "it", "the group": the organization last named before `at` (a news outlet only when nothing else is). */
function latestOrganization(ctx: Context, at: number, fits: (e: ExtractedEntity) => boolean = () => true): number | undefined {
  const orgs = ctx.entities.filter((e) => e.type === "Organization" && e.kind !== "PARTY" && e.kind !== "COLLECTIVE" && fits(e));
  return (latest(ctx, orgs.filter((e) => e.kind !== "NEWS_OUTLET"), at) ?? latest(ctx, orgs, at))?.index;
}

/** Courts, agencies and legislatures: never what "the group" or "the coalition" means. */
const isGovernment = (e: ExtractedEntity) =>
  e.kind === "AGENCY" || e.kind === "LEGISLATURE" || /\b(?:Court|Department|Office|Bureau|Agency|Commission|Board|Legislature|Senate|House|Congress|Administration|Police|Patrol)$/.test(e.name);

const singular = (w: string) => w.replace(/(?:wo)?men$/, (m) => (m === "women" ? "woman" : "man")).replace(/ies$/, "y").replace(/(?<!s)s$/, "");

/** "the sheriff", "the county executive", "the special agent": the person described so, last named. */
/** Role nouns that name the same office: "the congresswoman" is "Rep. Ellen Marchetti". */
const SAME_ROLE: Record<string, string[]> = {
  congressman: ["representative"], congresswoman: ["representative"], congressmember: ["representative"],
  lawmaker: ["representative", "senator", "delegate", "assemblyman", "assemblywoman", "assemblymember", "legislator"],
  legislator: ["representative", "senator", "delegate", "assemblyman", "assemblywoman", "assemblymember", "lawmaker"],
  chief: ["police chief"], executive: ["county executive"], prosecutor: ["district attorney", "attorney"], attorney: ["district attorney"],
  spokesman: ["spokesperson"], spokeswoman: ["spokesperson"], chairman: ["chair"], chairwoman: ["chair"], chair: ["chairman", "chairwoman"],
  councilman: ["councilor", "council member", "councilmember"], councilwoman: ["councilor", "council member", "councilmember"], councilor: ["council member", "councilman", "councilwoman", "councilmember"],
  councilmember: ["councilor", "council member", "councilman", "councilwoman"], councilperson: ["councilor", "council member", "councilmember"],
};

function resolveRole(ctx: Context, words: string[], at: number): number | undefined {
  const head = singular(words[words.length - 1]);
  const names = [head, ...(SAME_ROLE[head] ?? []).map((r) => r.split(" ").pop()!)];
  const candidates = ctx.entities.filter((e) => e.type === "Person" && names.some((n) => ctx.roles.get(e.index)?.has(n)));
  if (!candidates.length) return undefined;
  // "the chairman" is the chair, not the vice chair, unless the text says so.
  const lesser = ["vice", "deputy", "assistant", "associate", "former"].filter((w) => !words.includes(w));
  const score = (e: ExtractedEntity) => {
    const roles = ctx.roles.get(e.index)!;
    return words.filter((w) => roles.has(singular(w))).length - lesser.filter((w) => roles.has(w)).length;
  };
  const best = Math.max(...candidates.map(score));
  return latest(ctx, candidates.filter((e) => score(e) === best), at)?.index ?? latest(ctx, candidates, at + ctx.text.length)?.index;
}

/** Documents that speak for whoever issued them: "the statement said", "the letter stated". */
const DOCUMENTS = /^(?:the|that|this)\s+(?:written\s+|joint\s+|agency's\s+|agency’s\s+)?(statement|release|news release|press release|letter|email|e-mail|memo|filing|post|message|announcement|report|study|audit|analysis|review|survey|ruling|order|opinion|response|complaint|lawsuit|suit|petition|note|fiscal note|brief|motion)$/i;

/** "the auditors", "the researchers": the makers of the report the text last named. */
const AUTHORS = /^the\s+(?:auditors|researchers|authors|analysts|investigators|consultants|report’s authors|report's authors)$/i;

const ISSUER_WINDOW = 6000;

/** Names of one court document, which a text may switch between ("The suit …" ¶ "the lawsuit says"). */
const SUIT_NOUNS = "lawsuit|suit|complaint|petition";
/** "X filed the suit", "a lawsuit the X Project filed": who brought it (the second names the filer in group 1). */
const FILED_SUIT = new RegExp(`\\b(?:filed|brought)\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${SUIT_NOUNS})\\b|\\b(?:${SUIT_NOUNS})\\s+(?:that\\s+)?((?:the\\s+)?(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,6})(?:had\\s+)?(?:filed|brought)\\b`, "gu");

/**
 * Who issued the document a text last mentioned: "ICE said in a statement", "a letter from the group". With a
 * noun ("the audit said"), the last document of that kind, when the text says who made one.
 */
function issuerOf(ctx: Context, at: number, noun?: string): number | undefined {
  // The document was named in the last few thousand characters; reading all of a long article each time is quadratic.
  const from = Math.max(0, at - ISSUER_WINDOW);
  const before = ctx.text.slice(from, at);
  const inText = <T extends RegExpMatchArray>(m: T | undefined): T | undefined => (m ? Object.assign(m, { index: m.index! + from }) : undefined);
  const issued = [...before.matchAll(/\b(?:(?:in|via|through)\s+(?:a|an|its|his|her|their)|according\s+to\s+(?:its|his|her|their))\s+(?:[\p{Ll}-]+\s+)?(?:statement|release|news release|press release|letter|email|e-mail|memo|filing|post|message|opinion|ruling|complaint|lawsuit|petition|response)\b|\b(?:issued|released|sent|wrote|signed|delivered|submitted|handed|gave|presented|mailed|emailed|posted|published|circulated)\s+(?:[\p{L}-]+\s+){0,4}?(?:a|an)\s+(?:[\p{Ll}\d-]+\s+)?(?:statement|letter|memo|release|email|e-mail|message|note)\b|\b(?:had\s+)?(?:wrote|written)\s+to\b|\b(?:posted|wrote|said)\s+on\s+(?:Facebook|X|Twitter|Instagram|social media)\b/giu)].map((m) => inText(m)!);
  if (noun) {
    // ("a letter from the police union" ¶ "The association urged the council in a letter": the later letter.)
    // ("The suit, filed in June by the Ohio Justice Collaborative" ¶ "the lawsuit says": one document, two names.)
    const suit = new RegExp(`^(?:${SUIT_NOUNS})$`).test(noun);
    const nouns = suit ? SUIT_NOUNS : noun;
    const nounRe = new RegExp(`\\b(?:${nouns})\\b`);
    const later = issued.filter((m) => nounRe.test(m[0].toLowerCase())).pop();
    const kind = inText(lastMadeBy(before, nouns));
    const maker = kind && !(later && later.index! > kind.index!) ? madeBy(ctx, kind.index! + kind[0].length) : undefined;
    if (maker !== undefined) return maker;
    // "Brenda Hatcher filed the suit Sept. 4": a suit speaks for whoever filed it.
    // ("In March, the Southeast Detention Defense Project sued Ridgeway": so does whoever sued.)
    const lastFiled = suit ? inText([...before.matchAll(FILED_SUIT)].pop()) : undefined;
    const sued = suit ? inText([...before.matchAll(/((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,6})sued\b/gu)].pop()) : undefined;
    const filed = sued && (!lastFiled || sued.index! > lastFiled.index!) ? sued : lastFiled;
    // ("a lawsuit the Southern Prison Project filed in May": the filer inside the relative clause.)
    const filerAt = filed && (filed[1] ? { start: filed.index! + filed[0].indexOf(filed[1]), end: filed.index! + filed[0].indexOf(filed[1]) + filed[1].length } : { start: filed.index! - 60, end: filed.index! });
    const filer = filerAt && mentionsIn(ctx, filerAt).filter((x) => x.entity.type === "Person" || x.entity.type === "Organization").pop();
    if (filer) return filer.entity.index;
    // ("The lawsuit, Tejano Voting Rights Fund v. Brazos Bend County,": the caption names the plaintiff first.)
    const caption = suit ? inText([...before.matchAll(/((?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:of|for|and|the)\s+)?){1,8})v\.\s+\p{Lu}/gu)].pop()) : undefined;
    const plaintiff = caption && mentionsIn(ctx, { start: caption.index!, end: caption.index! + caption[1].trimEnd().length }).filter((x) => x.entity.type === "Person" || x.entity.type === "Organization").shift();
    if (plaintiff) return plaintiff.entity.index;
  }
  // "a memo obtained by the Courier" names who has it, not who wrote it.
  // ("The opinion, requested in January by state Sen. Voight": who asked for it did not make it either.)
  let made = inText(lastMadeBy(before, "report|study|audit|analysis|review|survey|letter|memo|statement|ruling|opinion|order|response|complaint|lawsuit|petition"));
  // "a letter he and 10 other pastors sent": whoever the relative clause says sent it.
  // ("a campus-wide email that President Lorraine Petrakis sent April 22": an email too.)
  // ("a letter his mother, Irma Stucky, wrote", "a short note she had written": so is a kin's name, or "written".)
  const sentBy = inText([...before.matchAll(/\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:letter|statement|memo|petition|email|e-mail|message|note)\s+(?:that\s+)?(?:the\s+)?(?:(?:his|her|their)\s+\p{Ll}+,\s+)?(he|she|they|(?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*(?=,?\s))(?:[^.“”"]{0,40}?)\b(?:sent|wrote|written|signed|issued|circulated|delivered)\b/gu)].pop());
  if (sentBy && (!made || sentBy.index! > made.index!) && !issued.some((m) => m.index! > sentBy.index!)) {
    const at = sentBy.index! + sentBy[0].indexOf(sentBy[1], sentBy[0].search(/\s(?:letter|statement|memo|petition|email|e-mail|message|note)\s/));
    const who = resolveSpeaker(ctx, { start: at, end: at + sentBy[1].trim().length }, at);
    if (who !== undefined) return who;
  }
  // "a letter … signed by 23 religious and community groups": a maker the text does not name is no maker.
  const maker = made && madeBy(ctx, made.index! + made[0].length);
  if (made && maker === undefined) made = undefined;
  for (const m of issued.reverse()) {
    if (made && made.index! > m.index!) break;
    const sentence = ctx.sentenceOf(m.index!);
    const clause = trimSpan(ctx.text, { start: clauseStart(ctx.text, sentence, m.index!), end: m.index! });
    const found = mentionsIn(ctx, clause).filter((x) => x.entity.type === "Person" || x.entity.type === "Organization");
    // "The principal of Aspen Ridge Elementary, Carol Whitley, sent a letter": the person in apposition.
    const appositive = found.find((x) => x.entity.type === "Person" && /^(?:the|a|an)\s[^,]*,\s*$/i.test(ctx.text.slice(clause.start, x.mention.start)));
    // ("College President Renee Whitlock sent an email": the name the subject ends with, not a word of its title.)
    const head = found.find((x) => x.entity.type === "Person" && x !== found[0] && /^\s*$/.test(ctx.text.slice(x.mention.end, clause.end)) && x.mention.start - found[0].mention.end < 30 && !/[,;]/.test(ctx.text.slice(found[0].mention.end, x.mention.start)));
    if (found.length) return (appositive ?? head ?? found[0]).entity.index;
    const pronoun = /^(he|she|it)\b/i.exec(ctx.text.slice(clause.start, clause.end))?.[1]?.toLowerCase();
    if (pronoun === "it") return latestOrganization(ctx, clause.start);
    if (pronoun) return resolvePronoun(ctx, pronoun === "she" ? "f" : "m", clause.start);
    // "The department said in a statement", "The network issued a statement": the body the text named before.
    const verb = new RegExp(`\\s+(?:${VERB})$`).exec(ctx.text.slice(clause.start, clause.end));
    const subject = verb ? { start: clause.start, end: clause.start + verb.index } : clause;
    const body = subject.end > subject.start && !DOCUMENTS.test(ctx.text.slice(subject.start, subject.end)) ? resolveSpeaker(ctx, subject, clause.start) : undefined;
    if (body !== undefined) return body;
    // "In a pastoral letter read on Sunday, he wrote …": the subject follows.
    // "…, the association’s president, Sheriff Curtis Bellamy of Wye County, wrote": with its appositive.
    // (An abbreviation's period, "dated Oct. 12,", "U.S.", does not end the phrase.)
    // ("In its written response, which is included in the report, the department said": past the relative clause.)
    const relative = /^,\s+(?:which|that)\b[^,]*(?=,)/.exec(ctx.text.slice(m.index! + m[0].length, sentence.end))?.[0].length ?? 0;
    const rest = maskAbbreviations(ctx.text.slice(m.index! + m[0].length + relative, sentence.end));
    const after = new RegExp(`^[^.]*?,\\s+([^,.]{1,60}?(?:,\\s+[^,.]{1,60}?)?),?\\s+(?:${VERB})\\b`).exec(rest);
    if (after) {
      const at = m.index! + m[0].length + relative + after[0].lastIndexOf(after[1]);
      const subject = resolveSpeaker(ctx, { start: at, end: at + after[1].length }, m.index!);
      if (subject !== undefined) return subject;
    }
    // ("In a letter delivered Monday, Okonkwo-Reyes and 10 other pastors asked ICE to …": the name the sentence
    // opens its subject with, whatever the verb.)
    const comma = /^in\s/i.test(m[0]) ? /^[^.]*?,\s+/.exec(rest) : null;
    if (comma) {
      const at = m.index! + m[0].length + relative + comma[0].length;
      const opener = mentionsIn(ctx, { start: at, end: at + 60 }).find((x) => (x.entity.type === "Person" || x.entity.type === "Organization") && x.mention.start === at);
      if (opener) return opener.entity.index;
    }
  }
  return maker;
}

/** The last "<document> … by|from " in `text` for one of `nouns` (an alternation), past whoever only obtained it. */
function lastMadeBy(text: string, nouns: string): RegExpMatchArray | undefined {
  // (An abbreviation's period ends no sentence: "filed in U.S. District Court by the center".)
  return [...maskAbbreviations(text).matchAll(new RegExp(`\\b(?:${nouns})\\b[^.“”"]{0,70}?\\b(?<!(?:obtained|seen|reviewed|leaked|released|provided|requested|commissioned|sought)\\s)(?:by|from)\\s+`, "gi"))]
    .filter((m) => !/\b(?:obtained|requested|commissioned|sought)\s+(?:\S+\s+){0,3}(?:by|from)\s+$/.test(m[0]))
    .pop();
}

/** Who the words after "by" or "from" name: "by the Dorrance Bar Association", "signed by the sheriff". */
function madeBy(ctx: Context, by: number): number | undefined {
  // (Within its sentence: "signed by 264 parents …. The letter called Rowe" names no maker.)
  const end = by + (/[.;“”"]/.exec(maskAbbreviations(ctx.text.slice(by, by + 80)))?.index ?? 80);
  // ("a letter from Darnell’s daughter, Kiara,": the relative in apposition, not the one she is kin to.)
  const kin = /^(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*[’']s\s+\p{Ll}+,\s+/u.exec(ctx.text.slice(by, end));
  const named = mentionsIn(ctx, { start: kin ? by + kin[0].length : by, end }).find((x) => x.entity.type !== "Jurisdiction")?.entity.index;
  const role = /^the\s+[\p{Ll}-]+(?=[\s,.;])/u.exec(ctx.text.slice(by, by + 40));
  // ("a letter from him": whom the pronoun stands for.)
  const pronoun = /^(him|her)(?=[\s,.;])/.exec(ctx.text.slice(by, by + 6))?.[1];
  return named ?? (role ? resolveSpeaker(ctx, { start: by, end: by + role[0].length }, by) : pronoun ? resolvePronoun(ctx, pronoun === "her" ? "f" : "m", by) : undefined);
}

const SPOKESPERSON = /^(?:an?|the)\s+(?:([\p{L}’'. -]+?)\s+)?(?:spokes(?:man|woman|person)|lobbyist)(?:\s+(?:for|of|with|at)\s+(.+))?$/iu;
const SPOKESPERSON_MENTION = /\b(?:an?|the) +(?:[\p{L}’'.-]+ +){0,3}?(?:spokes(?:man|woman|person)|lobbyist)(?: +(?:for|of|with|at) +[^,.;:“”"\n]{1,60})?/giu;

/**
 * "a spokeswoman for the group", "a lobbyist for the coalition", and later "the spokesperson": a spokesperson
 * or lobbyist the text never names speaks for the body they represent. Undefined when a named person holds the role.
 */
function unnamedSpokesperson(ctx: Context, head: string, headSpan: Span, before: number): number | undefined {
  const m = SPOKESPERSON.exec(head);
  if (!m) return undefined;
  if (m[2]) return representedBody(ctx, { start: headSpan.end - m[2].length, end: headSpan.end }, before);
  const byRole = resolveRole(ctx, [head.split(/\s+/).pop()!.toLowerCase()], before);
  if (byRole !== undefined) return byRole;
  // "an agency spokeswoman": the agency (a body named in the phrase was already taken by the caller).
  if (m[1]) {
    const body = resolveSpeaker(ctx, { start: headSpan.start, end: headSpan.start + head.lastIndexOf(" ") }, before);
    if (body !== undefined) return body;
    // ("A Bluegrass Valley spokeswoman" after "Bluegrass Valley Power": a company called by its name's first words.)
    const words = head.slice(0, head.lastIndexOf(" ")).replace(/^(?:an?|the)\s+/i, "");
    return /^\p{Lu}/u.test(words) ? ctx.entities.find((e) => e.type === "Organization" && e.name.startsWith(`${words} `) && e.mentions.some((x) => x.start < before))?.index : undefined;
  }
  // "the spokesperson": the one the text introduced before.
  const earlier = [...ctx.text.slice(Math.max(0, headSpan.start - 1500), headSpan.start).matchAll(SPOKESPERSON_MENTION)].pop();
  if (!earlier || /^the\s+spokes\S+$/i.test(earlier[0])) {
    // ("KAZB reached out to ICE about the policy. A spokesperson sent this statement:": the body just named.)
    if (!/^an?\s/i.test(head)) return undefined;
    const body = latestOrganization(ctx, headSpan.start, (e) => e.kind !== "NEWS_OUTLET");
    return body !== undefined && ctx.entities[body].mentions.some((x) => x.start < headSpan.start && x.start > headSpan.start - 300) ? body : undefined;
  }
  const start = Math.max(0, headSpan.start - 1500) + earlier.index!;
  return resolveSpeaker(ctx, { start, end: start + earlier[0].length }, start);
}

/** "A spokeswoman for the agency said … “…,” she said.": an unnamed spokesperson introduced after `since`. */
function spokespersonSince(ctx: Context, gender: "f" | "m", since: number, at: number): number | undefined {
  const from = Math.max(since + 1, at - 400);
  const noun = gender === "f" ? "spokeswoman" : "spokesman";
  const mention = [...ctx.text.slice(from, at).matchAll(SPOKESPERSON_MENTION)].filter((m) => m[0].toLowerCase().includes(noun)).pop();
  if (!mention) return undefined;
  const start = from + mention.index!;
  // ("Keisha Durant, a spokeswoman for the district, said …": a named one is the person.)
  const named = ctx.entities.some((e) => e.type === "Person" && e.mentions.some((m) => m.end <= start && /^,\s*$/.test(ctx.text.slice(m.end, start))));
  if (named) return undefined;
  const body = resolveSpeaker(ctx, { start, end: start + mention[0].length }, start);
  return body !== undefined && ctx.entities[body].type === "Organization" ? body : undefined;
}

/** "ICE’s field office in Chicago", "the group": the body a spokesperson speaks for, up to any verb after it. */
function representedBody(ctx: Context, span: Span, before: number): number | undefined {
  const verb = new RegExp(`\\s(?:${VERB})\\b`).exec(ctx.text.slice(span.start, span.end));
  const object = { start: span.start, end: verb ? span.start + verb.index : span.end };
  const named = mentionsIn(ctx, object).find((x) => x.entity.type === "Organization" && x.entity.kind !== "PARTY");
  return named?.entity.index ?? resolveSpeaker(ctx, object, before);
}

const LEADING_WORDS = /^(?:(?:but|and|yet|so|still|now|instead|however|meanwhile|later|also|then|again|finally|in response|asked about (?:it|that|this))[\s,]+)+/i;
const ORG_NOUNS = "association|authority|utility|hospital|trust|agency|coalition|department|office|project|group|union|center|centre|institute|council|committee|company|firm|organization|alliance|network|campaign|administration|board|commission|senate|bureau|university|college|district|church|clinic|foundation|fund|caucus|chamber|society|league|federation|partnership|nonprofit|plant|lab|clearinghouse|consortium|court";

/** "Students in the clinic", "researchers at the center". */
const WITHIN_BODY = new RegExp(`^(?:[\\p{L}-]+\\s+){1,2}(?:in|at|with|of|from|for)\\s+(the\\s+(?:${ORG_NOUNS}))$`, "iu");

const PLACE_ROLES = "Republican|Democrat|senator|representative|lawmaker|legislator|delegate|congressman|congresswoman|assemblyman|assemblywoman";
const PLACE_ROLE = new RegExp(`^[Tt]he\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3})(?:${PLACE_ROLES})$`, "u");
const PLACE_ROLE_MENTION = new RegExp(`\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}(?:${PLACE_ROLES})\\b`, "gu");

/**
 * "the Coldwater Bend Republican", "the Elm Prairie senator": the person the text placed there ("Rep. Tobias
 * Wendt, R-Coldwater Bend", "a Republican from Linnford"), last named.
 */
function fromPlace(ctx: Context, head: string, before: number): number | undefined {
  const place = PLACE_ROLE.exec(head)?.[1].trim();
  if (!place) return undefined;
  const placed = ctx.entities.filter((e) => e.type === "Person" && e.mentions.some((m) => ctx.text.slice(m.end, m.end + 90).split(/[.;“"]/)[0].includes(place)));
  return latest(ctx, placed, before)?.index;
}

/**
 * The person last tied to a party before `at` ("The lone Republican to vote no was Sen. Dwight Oberholtzer", "Rep.
 * Curt Dominguez, R-Castle Rock", "her Republican challenger, … Mark Haverford"), else the person last named.
 */
function partisanBefore(ctx: Context, party: "R" | "D", at: number): number | undefined {
  const people = ctx.entities.filter((e) => e.type === "Person");
  // The party right after the name (", R-Castle Rock", ", a Republican"), or before it with no one else between
  // ("The lone Republican to vote no was Sen. Dwight Oberholtzer", "her Republican challenger, … Mark Haverford").
  const tiedTo = (e: ExtractedEntity, p: "R" | "D") => {
    const word = p === "R" ? "(?:Republican|GOP)" : "(?:Democrat|Democratic)";
    const after = new RegExp(`^,?\\s+(?:\\(|an?\\s+|the\\s+)?(?:${p}-|${word}\\b)`, "u");
    const before = new RegExp(`\\b${word}\\b[^.;“”"]{0,60}$`, "u");
    return e.mentions.some((m) => {
      if (m.start >= at || inside(ctx.quoted, m.start)) return false;
      const start = (m.withTitle ?? m).start;
      const from = Math.max(ctx.sentenceOf(m.start).start, start - 60);
      const named = before.exec(ctx.text.slice(from, start));
      const between = named && people.some((o) => o !== e && o.mentions.some((x) => x.start >= from + named.index && x.end <= start));
      return after.test(ctx.text.slice(m.end, m.end + 30)) || (!!named && !between);
    });
  };
  const tied = people.filter((e) => tiedTo(e, party));
  const untied = people.filter((e) => !tiedTo(e, party === "R" ? "D" : "R"));
  return (latest(ctx, tied, at) ?? latest(ctx, untied, at))?.index;
}

/** Resolves a speaker phrase ("state Rep. Linda Campbell, a Democrat …", "she", "the sheriff", "ICE"). */
export function resolveSpeaker(ctx: Context, phrase: Span, before: number): number | undefined {
  const raw = ctx.text.slice(phrase.start, phrase.end);
  // "… in its most recent proposal, which she": the pronoun at the end is the subject.
  // "“…” to keep him there, she": the rest of the sentence, then its subject.
  const trailing = /(?:^|[\s,])(?:which|that|and|but|as|where|because|what)\s+(he|she|they|it)$|^\p{Ll}[^“”"]*,\s+(he|she)$|^(?:after|before|during|later|earlier|then|at|in|on)\b[^,“”"]{0,40}\s(he|she)$/iu.exec(raw);
  const pronoun = trailing?.[1] ?? trailing?.[2] ?? trailing?.[3];
  if (pronoun) return resolveSpeaker(ctx, { start: phrase.end - pronoun.length, end: phrase.end }, before);
  // "Haines's office released a statement", "the sheriff's office said its own review": who did it; "the statement,
  // from campaign spokeswoman Kelsey Amundsen": whom it was from.
  const issued = /^(.+?)\s+(?:released|issued|put out|sent|posted|shared)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|email|post|message|memo)\b/u.exec(raw) ?? /^(.+?)\s+(?:said|says)\s+(?:its|his|her|their)\s/u.exec(raw);
  if (issued && !/[“”"]/.test(issued[1])) return resolveSpeaker(ctx, { start: phrase.start, end: phrase.start + issued[1].length }, before);
  const from = /^(?:the|a|an)\s+(?:statement|letter|email|post|message|memo),\s+from\s+/i.exec(raw);
  if (from) return resolveSpeaker(ctx, { start: phrase.start + from[0].length, end: phrase.end }, before);
  // "the Republican governor said he agreed that … “…”": the one who said it, whom the pronoun repeats.
  const saidHe = /^(.*\S)\s+(?:said|says|wrote|writes|added|adds)\s+(?:that\s+)?(?:he|she)$/u.exec(raw);
  if (saidHe) return resolveSpeaker(ctx, { start: phrase.start, end: phrase.start + saidHe[1].length }, before);
  // ("she asked residents not to water lawns … and [said]": the pronoun a clause of its own opens with.)
  const opening = /^(he|she)\s+(?:also\s+)?\p{Ll}{2,}(?:ed|s)\b[^“”"]*\band$/iu.exec(raw);
  if (opening) return resolveSpeaker(ctx, { start: phrase.start, end: phrase.start + opening[1].length }, before);
  const lead = LEADING_WORDS.exec(raw)?.[0].length ?? 0;
  const start = phrase.start + lead;
  const text = raw.slice(lead);
  // "The judge rejected that, writing that …": the subject of the clause the words hang on.
  const clause = /^((?:the|The)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:also\s+)?\p{Ll}{3,}ed\b[^,“”"]*,?$/u.exec(text);
  if (clause) return resolveSpeaker(ctx, { start, end: start + clause[1].length }, before);
  // "Police spokesman Lt. Marcus Dade said Chief Andrea Kowalczyk had not read it but": the one who said it.
  const sayer = /^([^,“”"]{2,80}?)\s+(?:said|says)\s+(?!that\b)(?=\p{Lu})/u.exec(text);
  if (sayer && mentionsIn(ctx, { start, end: start + sayer[1].length }).some((x) => x.entity.type === "Person" || x.entity.type === "Organization")) return resolveSpeaker(ctx, { start, end: start + sayer[1].length }, before);
  // The head: the phrase up to its first comma or relative clause; appositives after it name it again.
  const headLength = text.search(/,|\s+(?:who|which|whose)\b/);
  const head = (headLength >= 0 ? text.slice(0, headLength) : text).trim();
  const headSpan = { start, end: start + head.length };
  const local = fromPlace(ctx, head, before);
  if (local !== undefined) return local;
  // "the Republican said": the person the text tied to that party last, else the person it named last.
  const partisan = /^the\s+(?:(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})?(Republican|Democrat)$/iu.exec(head);
  if (partisan) {
    const member = partisanBefore(ctx, partisan[1].toLowerCase() === "republican" ? "R" : "D", before);
    if (member !== undefined) return member;
  }
  // "Sheriff Harlan Beaudry declined. In a statement, his office said": the office the person's title heads.
  const office = /^(his|her)\s+office$/i.exec(head);
  if (office) {
    const person = resolvePronoun(ctx, office[1].toLowerCase() === "her" ? "f" : "m", before);
    const titles = person !== undefined ? ctx.entities[person].titles : [];
    const body = titles.length ? latestOrganization(ctx, before, (e) => titles.some((t) => new RegExp(`\\b${t.split(" ").pop()}[’']s\\s+(?:Office|Department)$`, "i").test(e.name))) : undefined;
    if (body !== undefined) return body;
  }
  // ("The attorney general's office notes …" after "the Missouri Attorney General's annual report": that office.)
  const titled = /^the\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)[’']s\s+office$/iu.exec(head);
  if (titled) {
    const title = titled[1].toLowerCase();
    const body = latestOrganization(ctx, before, (e) => [title, `${title}'s office`].some((t) => ` ${e.name.toLowerCase().replace(/’/g, "'")}`.endsWith(` ${t}`)));
    if (body !== undefined) return body;
  }
  const speakers = (span: Span) => mentionsIn(ctx, span).filter((x) => !inside(ctx.quoted, x.mention.start) && (x.entity.type === "Person" || x.entity.type === "Organization"));
  // "The ACLU’s complaint argued", "the mayor's letter said": a document speaks for whose it is.
  const owned = /^((?:[Tt]he\s+)?[^,]+?)[’']s\s+(?:[\p{Ll}-]+\s+)?(?:complaint|lawsuit|suit|letter|statement|memo|filing|motion|brief|petition|ruling|opinion|order|release|post|email)$/u.exec(head);
  if (owned) {
    const owner = speakers({ start, end: start + owned[1].length }).pop()?.entity.index ?? resolveSpeaker(ctx, { start, end: start + owned[1].length }, before);
    if (owner !== undefined) return owner;
  }
  // "Teague’s spokesman", "the center’s research director": the possessor is not the speaker.
  const inHead = speakers(headSpan).filter((x) => !/^[’']s\b/.test(ctx.text.slice(x.mention.end, x.mention.end + 3)));
  const people = inHead.filter((x) => x.entity.type === "Person");
  // "Holt spokesman Evan Marchetti": the person a role noun names, not whose role it is.
  const named = people.length > 1 && ROLE_NOUNS.includes(singular(words(ctx.text.slice(people[0].mention.end, people[people.length - 1].mention.start)).pop()?.toLowerCase() ?? "")) ? people[people.length - 1] : people[0];
  // "A Haskett spokesman, Brad Kimes,": the role's holder in apposition, not the person whose role it is.
  // ("A spokeswoman for Harmon County Prosecutor Steven Marchetti, Kara Lundgren,": so is "a role for the named".)
  const roleFor = /^(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:for|to|of|with)\s/u.exec(head);
  const roleOfNamed = people.length === 1 && ((people[0].mention.end < headSpan.end && ROLE_NOUNS.includes(singular(words(ctx.text.slice(people[0].mention.end, headSpan.end)).pop()?.toLowerCase() ?? ""))) ||
    (!!roleFor && ROLE_NOUNS.includes(singular(roleFor[1]))));
  // ("A spokesman for the Michigan Democratic Party, Caleb Ferrante,": so is a role for a body, named in apposition.)
  const roleForBody = !people.length && !!roleFor && ROLE_NOUNS.includes(singular(roleFor[1])) && /^,\s/.test(ctx.text.slice(headSpan.end, headSpan.end + 2));
  const holder = roleOfNamed || roleForBody ? speakers({ start: headSpan.end, end: Math.min(phrase.end, headSpan.end + 70) }).find((x) => x.entity.type === "Person") : undefined;
  if (holder) return holder.entity.index;
  if (named) return named.entity.index;
  const headWords = head.toLowerCase().split(/\s+/).filter(Boolean);
  const first = headWords[0] ?? "";
  if (headWords.length <= 2 && (first === "he" || first === "she")) return resolvePronoun(ctx, first === "she" ? "f" : "m", before);
  if (headWords.length === 1 && first === "it") {
    // ("The letter called Rowe “…” It warned that …": "it" is the document the sentence before opened with.)
    const previous = ctx.sentenceOf(Math.max(0, ctx.sentenceOf(phrase.start).start - 2));
    const opened = /^(?:The|That|This)\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|memo|release|email|post|message|report|audit|study|complaint|lawsuit|suit|petition|ruling|opinion|order|response)(?=\s+\p{Ll})/u.exec(ctx.text.slice(previous.start, previous.end));
    if (opened && previous.start < phrase.start) {
      const issuer = resolveSpeaker(ctx, { start: previous.start, end: previous.start + opened[0].length }, previous.start);
      if (issuer !== undefined) return issuer;
    }
  }
  if (headWords.length === 1 && (first === "it" || first === "its")) return latestOrganization(ctx, before);
  if (headWords.length === 1 && first === "they") {
    const groups = ctx.entities.filter((e) => e.type === "Organization" && e.kind !== "PARTY" && e.kind !== "NEWS_OUTLET");
    return latest(ctx, groups, before)?.index;
  }
  // "his spokeswoman, Dana Kowal", "An ICE spokesman, Dashiell Moreno": the appositive names the speaker.
  const appositive = speakers({ start: start + head.length, end: Math.min(phrase.end, start + head.length + 70) }).find((x) => x.entity.type === "Person");
  const lastWord = singular(headWords[headWords.length - 1] ?? "");
  if (appositive && ROLE_NOUNS.includes(lastWord)) return appositive.entity.index;
  // "…,” according to a statement released Tuesday by Mitchell Brandstetter: whoever released it.
  const released = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|release|email|post|message)\s+(?:filed|written|signed|issued|sent|circulated|released|published)\b[^.;“”"]{0,40}?\bby\s+/u.exec(ctx.text.slice(headSpan.start, ctx.sentenceOf(headSpan.start).end));
  const releaser = released ? speakers({ start: headSpan.start + released[0].length, end: headSpan.start + released[0].length + 80 })[0] : undefined;
  if (releaser) return releaser.entity.index;
  if (DOCUMENTS.test(head) || AUTHORS.test(head)) {
    // "…,” says the complaint, filed on his behalf by the Northwest Liberty Law Center.
    const rest = ctx.text.slice(headSpan.end, ctx.sentenceOf(headSpan.start).end);
    const by = /^,?\s+(?:filed|written|signed|issued|sent|circulated|released|published)\b[^.;“”"]{0,40}?\bby\s+/.exec(rest);
    const maker = by ? speakers({ start: headSpan.end + by[0].length, end: headSpan.end + by[0].length + 80 })[0] : undefined;
    return maker?.entity.index ?? issuerOf(ctx, before, DOCUMENTS.exec(head)?.[1]);
  }
  const org = inHead.find((x) => x.entity.type === "Organization" && x.entity.kind !== "PARTY");
  // "the sheriff's office" is an office; "ICE spokeswoman" with no name is ICE speaking; "advocates with the
  // coalition" speak for it, "immigrant rights groups" for no one in particular.
  const beforeOrg = org ? head.slice(0, org.mention.start - start) : "";
  if (org && (!GROUP_NOUNS.test(beforeOrg) || /\b(?:with|from|at|of|for)\s+(?:the\s+)?$/.test(beforeOrg))) return org.entity.index;
  if (appositive) return appositive.entity.index;
  // "ICE's statement", "the mayor's letter": whoever the possessor names issued it.
  const documentOf = /^(.+?)[’']s\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|post|email|memo|release|tweet|message)$/u.exec(head);
  const issuer = documentOf ? speakers({ start, end: start + documentOf[1].length }).pop() : undefined;
  if (issuer) return issuer.entity.index;
  // "Brenneman's office", "Dunleavy's answer": the person whose office or words they are.
  const officeOf = /^(.+?)[’']s\s+(?:office|campaign|staff|aides?|answer|reply|response|retort|message|explanation)$/.exec(head);
  if (officeOf) {
    const owner = mentionsIn(ctx, { start, end: start + officeOf[1].length }).find((x) => x.entity.type === "Person");
    if (owner) return owner.entity.index;
    // "the mayor’s office": the person the role names ("the sheriff’s office" is an agency of its own).
    const role = /^the\s+((?:[\p{Ll}-]+\s+){0,2}(?:mayor|governor|president|senator|congressman|congresswoman|representative|chancellor|superintendent))$/u.exec(officeOf[1]);
    if (role) {
      const byRole = resolveRole(ctx, role[1].split(/\s+/), before);
      if (byRole !== undefined) return byRole;
    }
  }
  // "ICE's Seattle field office", "the county's health department": a body's own office speaks for it.
  const owner = speakers(headSpan).find((x) => x.entity.type === "Organization" && /^[’']s\b/.test(ctx.text.slice(x.mention.end, x.mention.end + 3)));
  if (owner && new RegExp(`\\b(?:${ORG_NOUNS})$`).test(head)) return owner.entity.index;
  // "Its owner, Castellan Foods of Omaha,": an organization in apposition to a description.
  const appositiveOrg = speakers({ start: start + head.length, end: Math.min(phrase.end, start + head.length + 70) }).find((x) => x.entity.type === "Organization");
  if (appositiveOrg && /^(?:his|her|their|its|the|a|an)\b|[’']s\s/i.test(head)) return appositiveOrg.entity.index;
  // "his office", "her campaign": the person behind it; "its volunteers", "their lawyers": the organization.
  // "his wife said": the one the text named as someone's wife ("his wife, Maribel Salinas,").
  const kin = /^(?:his|her|their)\s+(\p{Ll}+)$/iu.exec(head)?.[1].toLowerCase();
  if (kin && Object.hasOwn(KIN_GENDER, kin)) {
    const relatives = ctx.entities.filter((e) => e.type === "Person" && e.mentions.some((m) => m.start < before && KIN_APPOSITION.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start))?.[1].toLowerCase() === kin));
    const relative = latest(ctx, relatives, before);
    if (relative) return relative.index;
  }
  const possessive = /^(his|her)\s+(?:office|campaign|staff|spokes(?:man|woman|person)|lawyers?|attorneys?|aides?|administration)$|^(its|their)\s+[\p{Ll}-]+$/iu.exec(head);
  if (possessive) {
    if (possessive[2]) return latestOrganization(ctx, before);
    return resolvePronoun(ctx, possessive[1].toLowerCase() === "her" ? "f" : "m", before);
  }
  const spokesperson = unnamedSpokesperson(ctx, head, headSpan, before);
  if (spokesperson !== undefined) return spokesperson;
  // "the agency’s Atlanta field office": an agency's field office speaks for the agency ("the university’s budget
  // office" is an office of its own).
  // ("the trust's board warned": the body whose board it is.)
  const possessor = new RegExp(`^the\\s+(?:${ORG_NOUNS})(?=[’']s\\s(?:(?:[\\p{L}-]+\\s+){0,3}(?:field|regional|area)\\s+office|board|trustees|leadership|leaders)$)`, "iu").exec(head);
  if (possessor) {
    const body = resolveSpeaker(ctx, { start, end: start + possessor[0].length }, before);
    if (body !== undefined) return body;
  }
  // "the county argued", "the City of Danford said": a place's government speaks as the place.
  const place = /^the\s+(county|city|town|village|township|parish|borough)$/i.exec(head);
  if (place && head === text.trim()) {
    const noun = place[1].toLowerCase();
    const kind = noun === "county" || noun === "parish" ? "COUNTY" : "CITY";
    const named = latest(ctx, ctx.entities.filter((e) => e.type === "Jurisdiction" && (e.kind === kind || new RegExp(`\\b${noun}$`, "i").test(e.name))), before);
    if (named) return named.index;
  }
  const article = /^(?:the|a|an|that|this)\s+(.+)$/i.exec(head);
  if (article) {
    const words = article[1].toLowerCase().replace(/[’']s\b/g, "").split(/\s+/);
    const noun = words[words.length - 1];
    const orgNoun = new RegExp(`^(?:${ORG_NOUNS})$`).test(noun);
    if (orgNoun) {
      // "the district" is also a school system named without the word ("Loup Crossing Public Schools").
      // "the company" is a firm ("Meridian Correctional Health LLC"), never a government body.
      const company = /^(?:company|firm|contractor|vendor)$/.test(noun) && /\b(?:LLC|Inc\.?|Corp\.?|Co\.|Company|Corporation|Holdings|Partners|Group|Industries|Foods|Farms|Services)$/;
      // ("the university" after "the Kessler Student Center at Harmon State University": the one the noun heads.)
      const heads = new RegExp(`(?:^|\\s)${noun}(?:$|\\s+(?:of|for)\\s)`);
      const headed = latestOrganization(ctx, before, (e) => heads.test(e.name.toLowerCase()) && !/\s(?:at|of)\s.*\s/.test(e.name.toLowerCase().split(noun)[0]));
      // ("the Executive Office for Immigration Review, the Justice Department agency that runs …": the body the
      // appositive calls an agency, not the one that names its kind.)
      const modifier = (e: ExtractedEntity) => e.mentions.filter((m) => m.start < before).every((m) => new RegExp(`^\\s+${noun}\\b`).test(ctx.text.slice(m.end, m.end + noun.length + 2)));
      const named = headed ?? latestOrganization(ctx, before, (e) => !modifier(e) && (e.name.toLowerCase().includes(noun) || (noun === "agency" && (e.kind === "AGENCY" || isGovernment(e))) || (noun === "district" && /\bSchools?\b/.test(e.name)) || (company !== false && company.test(e.name))));
      // "the sheriff’s office", "the budget office": only an office of that kind, never just any body.
      // ("The Georgia secretary of state's office": a place's office of that kind, named by description only.)
      const place = mentionsIn(ctx, headSpan).find((x) => x.entity.type === "Jurisdiction" && x.mention.start === start + head.length - article[1].length);
      const described = place ? article[1].slice(place.mention.end - place.mention.start) : article[1];
      const kind = /\p{Lu}/u.test(described) ? [] : described.toLowerCase().replace(/[’']s\b/g, "").split(/\s+/).slice(0, -1).filter((w) => w && !/^(?:the|of|state|county|city|federal|local|new|own)$/.test(w));
      if (kind.length) {
        const office = latestOrganization(ctx, before, (e) => kind.every((w) => e.name.toLowerCase().includes(w)) && e.name.toLowerCase().includes(noun));
        return office ?? (place ? ctx.collective(head.replace(/^the\s+/i, ""), headSpan) : undefined);
      }
      // "the group", "the association": a body of people, not a government agency.
      const civic = /^(?:association|coalition|group|union|alliance|network|organization|nonprofit|caucus|league|federation|society|campaign)$/.test(noun);
      // ("the court noted": only a court the text named.)
      if (noun === "court") return named;
      // ("the company" is never a school, a church or a government body.)
      if (company !== false) return named ?? latestOrganization(ctx, before, (e) => !isGovernment(e) && e.kind !== "NEWS_OUTLET" && !/\b(?:Schools?|University|College|Church|Alliance|Coalition|Association|Union|Council|Committee|Project|Network|Institute|Foundation|Center)\b/.test(e.name));
      return named ?? latestOrganization(ctx, before, (e) => !civic || !isGovernment(e)) ?? latestOrganization(ctx, before);
    }
    // "the 71-year-old said": the person the text met last (an age describes no body).
    // ("the retired school bus driver says": so does a description the text gives no one else, "retired" or "former".)
    const introduces = /^(?:retired|former|longtime|veteran|\d{1,3}-year-old)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+$/u.test(article[1]) && PERSON_NOUN.test(singular(noun)) && ![...ctx.roles.values()].some((set) => set.has(singular(noun)));
    if (/^\d{1,3}-year-old$/.test(article[1]) || introduces) {
      // (The person a sentence opened with: "Earl Dietz, a retired steelworker, said … His father came through Ellis Island".)
      let best: { index: number; at: number } | undefined;
      for (const e of ctx.entities) {
        if (e.type !== "Person") continue;
        for (const m of e.mentions) if (m.start < before && (!best || m.start > best.at) && !inside(ctx.quoted, m.start) && (introduces || (m.withTitle ?? m).start === ctx.sentenceOf(m.start).start)) best = { index: e.index, at: m.start };
      }
      if (best) return best.index;
    }
    // "the party said": the political party the text named last.
    if (noun === "party" && words.length <= 2) {
      const party = latestOrganization(ctx, before, (e) => /\bParty$/.test(e.name));
      if (party !== undefined) return party;
    }
    // ("Aaliyah Brooks, a junior at …" ¶ "the junior said": a noun for a person the text has described someone by.)
    const described = PERSON_NOUN.test(singular(noun)) && [...ctx.roles.values()].some((set) => set.has(singular(noun)));
    if (words.length <= 4 && (ROLE_NOUNS.includes(singular(noun)) || described)) {
      const byRole = resolveRole(ctx, words, before);
      if (byRole !== undefined) return byRole;
    }
  }
  // "Students in the clinic", "researchers at the center": the body they work in.
  const within = WITHIN_BODY.exec(head);
  if (within) {
    const at = headSpan.end - within[1].length;
    const body = resolveSpeaker(ctx, { start: at, end: headSpan.end }, before);
    if (body !== undefined) return body;
  }
  // "the inspectors wrote": the people of the body whose report the text is reading.
  if (/^the\s+(?:inspectors|auditors|investigators|researchers|evaluators|analysts|examiners)$/i.test(head)) {
    const body = issuerOf(ctx, before, "report|audit|review|study|inspection|investigation|analysis|evaluation");
    if (body !== undefined) return body;
  }
  // "police estimate": the police department the article names (before, else after).
  if (/^police$/i.test(head)) {
    const isPolice = (e: ExtractedEntity) => /\bPolice(?: Department)?$/.test(e.name);
    const department = latestOrganization(ctx, before, isPolice) ?? latestOrganization(ctx, ctx.text.length, isPolice);
    if (department !== undefined) return department;
  }
  if (GROUP_NOUNS.test(head) && !NOT_SPEAKERS.test(head) && words(head).length <= 8) {
    return ctx.collective(head.replace(/^the\s+/i, ""), headSpan);
  }
  return undefined;
}

/**
 * The gender of people whose first name does not tell it, from the pronoun that first follows their mentions
 * ("Ray Lundquist … He said"), when no other person is named in between and the pronouns agree.
 */
export function inferGenders(text: string, entities: ExtractedEntity[], quoted: Span[]): void {
  const people = entities.filter((e) => e.type === "Person");
  const starts = people.flatMap((e) => e.mentions.map((m) => ({ e, start: m.start }))).sort((a, b) => a.start - b.start);
  for (const person of people) {
    // ("Yaretzi, a senior and the group's president, spoke": a person known by a first name alone still has its gender.)
    person.gender ??= firstName(person.name.split(" ")[0]).gender;
    if (person.gender) continue;
    // "His mother, Shonda Lavergne,": a kin noun in apposition tells the gender.
    const kin = person.mentions.map((m) => KIN_APPOSITION.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]).find((k) => k !== undefined && KIN_GENDER[k.toLowerCase()] !== undefined);
    if (kin) {
      person.gender = KIN_GENDER[kin.toLowerCase()];
      continue;
    }
    // "Mirna Colindres, a Honduran woman whose claim was denied": the noun in apposition tells it too.
    const noun = person.mentions.map((m) => /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(woman|man|mother|father|grandmother|grandfather|widow|widower|wife|husband|daughter|son|sister|brother|girl|boy|businesswoman|businessman|congresswoman|congressman|chairwoman|chairman|spokeswoman|spokesman)\b/u.exec(text.slice(m.end, m.end + 80))?.[1]).find(Boolean);
    if (noun) {
      person.gender = /(?:woman|mother|grandmother|widow|wife|daughter|sister|girl)$/.test(noun) ? "f" : "m";
      continue;
    }
    const votes = { m: 0, f: 0 };
    for (const m of person.mentions) {
      if (inside(quoted, m.start)) continue;
      const next = starts.find((x) => x.start > m.start && x.e !== person)?.start ?? text.length;
      const window = text.slice(m.end, Math.min(next, m.end + 200));
      // A subject pronoun after the mention ("… Henderson nurse. She said …"), not one attributing a quote
      // ("“…,” he said": that is what this resolves) nor an object ("killed her brother": someone else).
      // ("Marchbanks … says the caseload has grown. When she started, …": after a subordinating word too.)
      const pronoun = /(?:^|[.;,]\s+(?:(?:When|After|Before|Since|If|Although|While|Because|Until|Once)\s+)?|\band\s+|\bbut\s+|\b(?:when|after|before|since|because|while|although|until|once)\s+)(He|She|he|she)\b/.exec(window);
      // ("Nhia Lor Xiong, 84, spoke … as his granddaughter translated": a possessive in the person's own sentence.)
      // (Not after someone else the sentence brings in: "the case of a woman who fled a gang that had killed her brother".)
      const own = /^(?:(?!\b(?:who|whom|whose|that|which|a|an)\b)[^.;“”"])*?\b(his|her)\s+(?:\p{Ll}+\s+)?(?:granddaughter|grandson|daughter|son|wife|husband|mother|father|sister|brother|children|kids|family|niece|nephew)\b/u.exec(window);
      if (own && !inside(quoted, m.end + own.index) && (!pronoun || own.index < pronoun.index)) {
        votes[own[1] === "his" ? "m" : "f"]++;
        continue;
      }
      if (!pronoun || inside(quoted, m.end + pronoun.index) || /[”"],?\s*$/.test(window.slice(0, pronoun.index + pronoun[0].length - pronoun[1].length))) continue;
      votes[/^he$/i.test(pronoun[1]) ? "m" : "f"]++;
    }
    if (votes.m > 0 && votes.f === 0) person.gender = "m";
    else if (votes.f > 0 && votes.m === 0) person.gender = "f";
  }
}

const ROLE_MENTION = new RegExp(`\\b[Tt]he\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLE_NOUNS.join("|")})s?)\\b`, "gu");

/** Where the text calls a person by role outside quotes ("the sheriff said he …"), for pronouns to follow. */
export function roleMentions(ctx: Omit<Context, "roleMentions">): { start: number; entity: number }[] {
  const out: { start: number; entity: number }[] = [];
  for (const m of ctx.text.matchAll(ROLE_MENTION)) {
    const words = m[1].split(/\s+/);
    // Only as a subject ("The sheriff said he …"): "said the sheriff was …" leaves the speaker in focus.
    if (inside(ctx.quoted, m.index!) || !opensSentence(ctx.text, m.index!)) continue;
    const entity = resolveRole({ ...ctx, roleMentions: [] }, words, m.index!);
    if (entity !== undefined) out.push({ start: m.index!, entity });
  }
  // "The Harrow Creek Republican said …": the person placed there, as a subject too.
  for (const m of ctx.text.matchAll(PLACE_ROLE_MENTION)) {
    if (inside(ctx.quoted, m.index!) || !opensSentence(ctx.text, m.index!)) continue;
    const entity = fromPlace({ ...ctx, roleMentions: [] }, m[0], m.index!);
    if (entity !== undefined) out.push({ start: m.index!, entity });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Who the text names as speaking: "Pekarek said", "said Sen. Okafor", "Whitt, who …, put it bluntly: “…”". */
export function namedSpeakers(text: string, entities: ExtractedEntity[], quoted: Span[]): Set<number> {
  const out = new Set<number>();
  const after = new RegExp(`^(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,.“”"]{0,80})?(?:(?:,[^,.“”"]{0,90}){1,2},)?,?\\s+(?:who\\s+)?(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${VERB}|estimated|estimates)\\b(?!\\s+(?:for|on|to|off|up)\\b)|^[^.“”"]{0,90}:\\s*[“"]`, "u");
  // ("according to his wife, Yolanda Cienfuegos": a role in front, set off by a comma.)
  const before = new RegExp(`\\b(?:${VERB}|according to(?:\\s+(?:his|her|their|the)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?,)?)\\s+(?:(?:\\p{Lu}[\\p{L}.’'-]*|state|former|the|county|city|federal)\\s+){0,4}$`, "u");
  for (const e of entities) {
    if (e.type !== "Person" && e.type !== "Organization") continue;
    for (const m of e.mentions) {
      if (inside(quoted, m.start)) continue;
      if (after.test(text.slice(m.end, m.end + 120)) || before.test(text.slice(Math.max(0, m.start - 60), (m.withTitle ?? m).start))) {
        out.add(e.index);
        break;
      }
    }
  }
  return out;
}

/** Nouns for people, beyond the offices of ROLE_NOUNS: a class year, kin, a trade ("roofer", "machinist"). */
const PERSON_NOUN = /^(?:freshman|sophomore|junior|senior|mother|father|grandmother|grandfather|widow|widower|wife|husband|son|daughter|sister|brother|aunt|uncle|cousin|veteran|retiree|mom|dad|(?!(?:letter|order|paper|number|quarter|matter|center|error|chapter|poster|flyer|meter|water|border|corner|winter|summer|sector|factor|motor|floor|door|color|minor|major)$)\p{Ll}{3,}(?:er|or|ist|ian|man|woman))$/u;

const ROLE_STOP = /^(?:the|a|an|his|her|its|their|who|is|was|has|had|been|became|serves|served|as|longtime|then|now|current|veteran|retired|acting|interim|newly|elected|appointed)$/;

/** The role words each person is described by: titles, "a staff attorney with …", "who has been sheriff …". */
export function roleIndex(text: string, entities: ExtractedEntity[]): Map<number, Set<string>> {
  const roles = new Map<number, Set<string>>();
  const add = (e: ExtractedEntity, phrase: string) => {
    const set = roles.get(e.index) ?? new Set<string>();
    for (const w of phrase.toLowerCase().replace(/[’']s\b/g, "").split(/[\s-]+/)) if (w && !ROLE_STOP.test(w)) set.add(singular(w));
    roles.set(e.index, set);
  };
  const appositive = /^,\s+(?:who\s+(?:is|was|has been|had been|became|serves as|served as)\s+)?((?:[\p{L}’'.-]+\s+){0,6}?[\p{L}’'.-]+)(?=\s+(?:of|for|with|at|in|from|since|who|whose|and|on|to|until|representing)\b|\s*[,.;:]|$)/u;
  for (const e of entities) {
    if (e.type !== "Person") continue;
    for (const t of e.titles) add(e, t);
    for (const m of e.mentions) {
      // "Chief Justice Ana Ruiz": every title word in front of the name, not only the office it maps to.
      if (m.withTitle) add(e, text.slice(m.withTitle.start, m.start));
      // ("Sen. Curtis Vandermeer, R-Osage Bend, the bill's sponsor": past the party and home tag.)
      const after = appositive.exec(text.slice(m.end, m.end + 160).replace(/^,\s+[RDI]-\p{Lu}[\p{L}.’' -]{0,30}(?=,)/u, ""));
      if (after) add(e, after[1].split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).join(" "));
      const from = (m.withTitle ?? m).start;
      const lower = /((?:\p{Ll}[\p{L}’'-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, from - 50), from));
      if (lower) add(e, lower[1]);
      const fronted = /\b(?:the|a|an|its|his|her|their)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+),\s+$/iu.exec(text.slice(Math.max(0, from - 70), from));
      if (fronted) add(e, fronted[1].split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).join(" "));
    }
  }
  return roles;
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
  let cut = Math.max(before.lastIndexOf(", and "), before.lastIndexOf(", but "), before.lastIndexOf("; "), before.lastIndexOf(": "), before.lastIndexOf(" — "));
  // ", and " and ", but " are six characters long, "; ", ": " two and " — " (after a dateline) three.
  let start = cut >= 0 ? sentence.start + cut + (before[cut] === "," ? 6 : before[cut] === " " ? 3 : 2) : sentence.start;
  // "Asked about it Wednesday, she …", "In an op-ed …, former state prosecutor Daniel Mercer wrote"
  const lead = /^(?:In|On|At|During|After|Before|Since|Until|When|While|Although|Though|Once|Despite|Throughout|Asked|Speaking|Within|Like|Unlike|Under|Meanwhile|Still)\b[^,]*,\s+/.exec(text.slice(start, at));
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
      if (c === "." && isAbbreviation(text, i)) continue;
      return i;
    }
  }
  return limit;
}

/** Where a speaker label after a verb stops: ", according to", ", who", "in a statement", "on Tuesday". */
const LABEL_END = new RegExp(
  [
    ",\\s+(?:according to|who|which|in a|in an|on|during|at a|at the|adding|noting|saying|citing|referring|as|before|after|while|when)\\b",
    "\\s+(?:on|at|in|during|via|through|to|after|before|while|from)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a|an|the|his|her|their|its|an?)\\b",
    "\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently|earlier|later|afterward|afterwards|last|this|previously|repeatedly|again|then|flatly|bluntly|simply)\\b",
  ].join("|"),
);

/** The speaker label of a phrase after a verb: up to ", according to", ", who", "in a statement". */
function labelAfterVerb(text: string, span: Span): Span {
  const part = text.slice(span.start, span.end);
  const cut = part.search(LABEL_END);
  return trimSpan(text, { start: span.start, end: cut >= 0 ? span.start + cut : span.end }, ",.");
}

/** "…,” the statement read. */
const DOCUMENT_READS = /^[\s,]*(?:the|that|this|its|their)\s+(?:statement|letter|release|memo|email|notice)\s+(reads?)\b/;
const leadingVerb = new RegExp(`^[\\s,]*(?:(${VERB})|(according to))\\s+`);
const anyVerb = new RegExp(`(?:^|\\s)(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+|would\\s+)?(${VERB})\\b`);

function attributeAfter(ctx: Context, from: number, limit: number, before: number): Attribution | undefined {
  const { text } = ctx;
  const end = clauseEnd(text, from, limit);
  const clause = { start: from, end };
  const part = text.slice(from, end);
  // "…,” said state Rep. Linda Campbell, a Democrat from Methuen, … / "…,” according to the sheriff.
  let m = leadingVerb.exec(part);
  if (m && !/^[\s,]*(?:that|it)\b/.test(part.slice(m[0].length))) {
    const labelSpan = labelAfterVerb(text, { start: from + m[0].length, end });
    return { speaker: resolveSpeaker(ctx, labelSpan, before), label: text.slice(labelSpan.start, labelSpan.end), labelSpan, clause, relays: relaysIn(ctx, clause) };
  }
  // "…,” read the letter, signed by …: the letter speaks for whoever issued it.
  const reads = /^[\s,]*reads?\s+((?:the|that|this|its|their)\s+(?:statement|letter|release|memo|email|notice))\b/.exec(part);
  if (reads) {
    const at = from + reads[0].length - reads[1].length;
    const labelSpan = { start: at, end: at + reads[1].length };
    return { speaker: resolveSpeaker(ctx, labelSpan, before), label: reads[1], labelSpan, clause, relays: [] };
  }
  // "…,” Whitcomb said. / "…,” the sheriff said. / "…,” his spokeswoman, Dana Kowal, said in an email.
  m = anyVerb.exec(part);
  const document = m ? undefined : DOCUMENT_READS.exec(part);
  const labelEnd = m ? m.index : document ? document[0].length - document[1].length : -1;
  if (labelEnd >= 0) {
    const label = part.slice(0, labelEnd).replace(/^[\s,]+/, "").replace(/\s+$/, "");
    // One clause: "…,” the union’s president, Carla J. Whitfield, said." but not a sentence in between.
    // ("Capt. Russ Haldane, who is challenging the sheriff in the Nov. 5 election,": an abbreviation's period ends nothing.)
    if (!label || words(label).length > 16 || /[.!?]\s/.test(maskAbbreviations(label).replace(/\b(?:[A-Z]\.)+|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Del|Lt|St|Rev|Gen|Col|Sgt|Capt|Maj|Cpl|Det|Prof|Supt|Atty)\./g, "X"))) return undefined;
    const labelSpan = trimSpan(text, { start: from + part.indexOf(label), end: from + labelEnd }, ",");
    return { speaker: resolveSpeaker(ctx, labelSpan, before), label: text.slice(labelSpan.start, labelSpan.end), labelSpan, clause, relays: relaysIn(ctx, clause) };
  }
  return undefined;
}

/**
 * An attribution before the quote in its sentence: "X said: “…”", "X called it “…”", "X wrote that … “…”",
 * or a quote a colon introduces after its speaker ("Whitt, who voted no, put it bluntly: “…”").
 */
function attributeBefore(ctx: Context, sentence: Span, open: number): Attribution | undefined {
  const { text } = ctx;
  const part = text.slice(sentence.start, open);
  // "since it was announced", "30 calls", "barred from asking": a passive, a noun or a gerund attributes nothing.
  // ("Oduya, who took office in 2018, said": a number that ends a clause is no count of what follows.)
  const notAVerb = /\b(?:was|were|been|being|be|is|are|the|a|an|his|her|its|their|from|about|for|of|by|without|\d(?:[\d,]*\d)?)\s+$/;
  // "…, opened the debate by saying, “…”": a gerund after "by" is the subject's own words.
  // ("Haverford opened by accusing the incumbent of voting “…”".)
  const byGerund = (v: RegExpMatchArray) => /^(?:saying|telling|writing|adding|declaring|noting|arguing|warning|accusing|calling|urging|insisting|promising|vowing|describing)$/.test(v[0]) && /\bby\s+$/.test(part.slice(0, v.index));
  // (A verb of praise, blame or promise only where no verb of speech is: "he said a new jail, which the firm estimated
  // …, is “…”" is his.)
  const verbs = [...part.matchAll(new RegExp(SPEECH_VERB_RE.test(part) ? VERB : `${VERB}|${PHRASE_VERB_RE.source}`, "g"))].filter((v) => !inside(ctx.quoted, sentence.start + v.index!) && (byGerund(v) || !notAVerb.test(part.slice(0, v.index))));
  const verb = verbs[verbs.length - 1];
  const colon = /:\s*$/.test(part);
  // "According to the group’s director, Philomena Osei-Brandt, the county could hire “…”"
  const according = /^According to\s+/.exec(part);
  if (!verb && according) {
    const labelSpan = trimSpan(text, { start: sentence.start + according[0].length, end: open });
    const speaker = resolveSpeaker(ctx, labelSpan, open);
    if (speaker !== undefined) return { speaker, label: text.slice(labelSpan.start, labelSpan.end), labelSpan, clause: { start: sentence.start, end: open }, relays: [] };
  }
  // "Tilley's phrase “our own tax money”": whose words the quotation repeats.
  const whose = !verb && !colon ? /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)[’']s\s+(?:phrase|words|claim|line|promise|assertion|slogan|description|characterization|charge|accusation)\s*,?\s*$/u.exec(part) : null;
  if (whose) {
    const labelSpan = { start: sentence.start + whose.index!, end: sentence.start + whose.index! + whose[1].length };
    const speaker = resolveSpeaker(ctx, labelSpan, open);
    if (speaker !== undefined) return { speaker, label: whose[1], labelSpan, clause: { start: labelSpan.start, end: open }, relays: [] };
  }
  if (!verb && !colon) return undefined;
  const verbAt = verb ? sentence.start + verb.index! : sentence.start + part.lastIndexOf(":");
  const start = clauseStart(text, sentence, verbAt);
  let labelSpan = trimSpan(text, { start, end: verbAt });
  if (!verb) {
    // The subject of the clause before the colon: up to its verb ("put it bluntly", "had a warning").
    const subject = /^(?:[^,]*?(?:,[^,]*,)?)(?=\s+(?:\p{Ll}+ed|put|had|has|was|is|gave|offered|made|kept|took|summed|struck|spelled)\b)/u.exec(text.slice(labelSpan.start, labelSpan.end));
    if (subject) labelSpan = trimSpan(text, { start: labelSpan.start, end: labelSpan.start + subject[0].length }, ",");
  }
  labelSpan = trimSpan(text, { start: labelSpan.start, end: labelSpan.end - (/\s(?:has|have|had|also|would|will)$/.exec(text.slice(labelSpan.start, labelSpan.end))?.[0].length ?? 0) });
  // "Meridian Credit Ratings affirmed the rating Tuesday, but said in a note that the deal “…”": a verb joined by
  // "but" or "and" has the sentence's subject.
  if (verb && /^(?:(?:but|and|yet)\s*)?$/i.test(text.slice(labelSpan.start, labelSpan.end).replace(/^[\s,]+/, "")) || /[\s,](?:but|and|yet)$/i.test(text.slice(labelSpan.start, labelSpan.end))) {
    const subject = speakersIn(ctx, sentence).find((x) => x.mention.start < verbAt && opensSentence(text, x.mention.start));
    if (subject) return { speaker: subject.entity.index, label: subject.mention.text, labelSpan: subject.mention, clause: { start: sentence.start, end: open }, relays: relaysIn(ctx, { start: verbAt, end: open }) };
  }
  if (labelSpan.end <= labelSpan.start) return undefined;
  const clause = { start, end: open };
  // "…, a Durham group that has called it “…”": the one the relative clause is about.
  const relative = /\s+(?:that|who|which)$/.exec(text.slice(labelSpan.start, labelSpan.end));
  // ("Nadia Orsini, an economist at Wrenfield University, who called it": "who" is a person.)
  const candidates = relative ? speakersIn(ctx, { start: labelSpan.start, end: labelSpan.end - relative[0].length }) : [];
  const antecedent = (/who$/.test(relative?.[0] ?? "") ? candidates.filter((x) => x.entity.type === "Person").pop() : undefined) ?? candidates.pop();
  if (antecedent) {
    const { entity, mention } = antecedent;
    return { speaker: entity.index, label: mention.text, labelSpan: mention, clause: { start, end: open }, relays: relaysIn(ctx, { start: verbAt, end: open }) };
  }
  // "The plan, the mayor said, “…”": the speaker is what stands right before the verb.
  let speaker = resolveSpeaker(ctx, labelSpan, open);
  const label = text.slice(labelSpan.start, labelSpan.end);
  const lastComma = label.lastIndexOf(", ");
  if (speaker === undefined && lastComma > 0 && !/,\s*$/.test(label)) {
    const inner = trimSpan(text, { start: labelSpan.start + lastComma + 2, end: labelSpan.end });
    speaker = resolveSpeaker(ctx, inner, open);
    if (speaker !== undefined) labelSpan = inner;
  }
  if (speaker === undefined) {
    const inner = subjectInLabel(ctx, labelSpan);
    speaker = inner && resolveSpeaker(ctx, inner, open);
    if (speaker !== undefined) labelSpan = inner!;
  }
  // "The commissioner said he plans to write …, asking them to “fix this mess”": the participle's subject is
  // the finite verb's.
  const finite = verbs.length > 1 && /ing$/.test(verb[0]) ? verbs[verbs.length - 2] : undefined;
  if (speaker === undefined && finite) {
    const at = sentence.start + finite.index!;
    const outer = trimSpan(text, { start: clauseStart(text, sentence, at), end: at });
    const subject = outer.end > outer.start ? resolveSpeaker(ctx, outer, open) : undefined;
    if (subject !== undefined) return { speaker: subject, label: text.slice(outer.start, outer.end), labelSpan: outer, clause, relays: relaysIn(ctx, { start: at, end: open }) };
  }
  if (!verb && speaker === undefined) return undefined;
  return { speaker, label: text.slice(labelSpan.start, labelSpan.end), labelSpan, clause, relays: relaysIn(ctx, { start: verbAt, end: open }) };
}

/** "He declined to be interviewed, (saying …)": a participle's subject opens the clause before it. */
function subjectInLabel(ctx: Context, label: Span): Span | undefined {
  const s = ctx.text.slice(label.start, label.end);
  // ("Afterward he said he agreed …": after a leading adverb too.)
  const opening = /^((?:Afterward|Afterwards|Later|Earlier|Then|Still|Now|Instead|Meanwhile|Privately|Publicly),?\s+)?(?:He|She|They|It|he|she|they)\b(?=\s+\p{Ll}+)/u.exec(s);
  const lead = opening?.[1]?.length ?? 0;
  return opening && (lead > 0 || /^\p{Lu}/u.test(s)) ? { start: label.start + lead, end: label.start + opening[0].length } : undefined;
}

/** "That was Pardo, speaking to reporters …": a paragraph after a bare quote that names who said it. */
function attributeFollowing(ctx: Context, paragraph: Span): Attribution | undefined {
  const p = ctx.text.slice(paragraph.start, paragraph.end);
  const named = (labelSpan: Span): Attribution | undefined => {
    const speaker = resolveSpeaker(ctx, labelSpan, labelSpan.start);
    return speaker === undefined ? undefined : { speaker, label: ctx.text.slice(labelSpan.start, labelSpan.end), labelSpan, clause: { start: paragraph.start, end: labelSpan.end }, relays: [] };
  };
  // "That’s how Superintendent Karen Vossberg sees it.": whose view the quote was.
  const how = /^(?:That|This)(?:[’']s|\s+is|\s+was)\s+how\s+([^,.“”"]{3,100}?)\s+(?:sees|saw|puts|put|describes|described|explains|explained|views|viewed|sums|summed)\s+(?:it|things)\b/u.exec(p);
  const byHow = how ? named({ start: paragraph.start + how[0].indexOf(how[1], 8), end: paragraph.start + how[0].indexOf(how[1], 8) + how[1].length }) : undefined;
  if (byHow) return byHow;
  // "Chairwoman Evelyn Moss said that Tuesday night, …", "Moss said it at the hearing": "that" is the quote.
  // ("Councilwoman Beatriz Anaya-Holt, who wrote the ordinance, said that minutes after the vote": past an appositive.)
  const said = /^([^,“”"]{3,120}?(?:,[^,“”"]{1,80},)?)\s+(?:said|says|wrote|writes|posted|told [\p{L} ]{2,40}?)\s+(?:that|this|it|those words)(?=\s+(?:\p{Lu}\p{Ll}+day|on|at|in|during|before|after|minutes|hours|last|this|to|from)\b|[,.])/u.exec(p);
  const bySaid = said ? named({ start: paragraph.start, end: paragraph.start + said[1].length }) : undefined;
  if (bySaid) return bySaid;
  // "That was Yancey's argument to fellow commissioners": the argument's owner.
  const owned = /^(?:That|This)(?:[’']s|\s+was|\s+is)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*?)[’']s?\s+(?:\p{Ll}+\s+)?(?:argument|point|view|message|answer|response|case|pitch|plea|warning|reasoning|take|assessment|position)\b/u.exec(p);
  if (owned) {
    const labelSpan = { start: paragraph.start + owned[0].indexOf(owned[1]), end: paragraph.start + owned[0].indexOf(owned[1]) + owned[1].length };
    const person = mentionsIn(ctx, labelSpan).find((x) => x.entity.type === "Person");
    if (person) return { speaker: person.entity.index, label: owned[1], labelSpan, clause: { start: paragraph.start, end: labelSpan.end }, relays: [] };
  }
  const m = /^(?:That|Those|This|These)(?:[’']s\s+|\s+(?:[\p{Ll}]+\s+){0,2}?(?:was|were|is|are|comes?|came)\s+)(?:from\s+)?(?:the\s+words\s+of\s+)?/u.exec(p);
  if (!m) return undefined;
  const from = paragraph.start + m[0].length;
  return named(labelAfterVerb(ctx.text, { start: from, end: clauseEnd(ctx.text, from, paragraph.end) }));
}

/**
 * The attribution of a quote group: after one of its segments in the same paragraph, else before its first
 * segment in the same sentence, else in a paragraph right after that names the speaker. Returns undefined for
 * a quote the text does not attribute where it stands.
 */
export function attributeQuote(ctx: Context, group: QuoteGroup, sentenceOf: (at: number) => Span, paragraphs: Span[]): Attribution | undefined {
  const segments = group.segments;
  const first = segments[0];
  if (group.form === "partial") {
    const sentence = sentenceOf(first.open);
    return attributeBefore(ctx, sentence, first.open) ?? attributeAfter(ctx, segments[segments.length - 1].after, sentence.end, first.open);
  }
  const last = segments[segments.length - 1];
  const following = paragraphs[last.paragraph + 1];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const next = segments[k + 1];
    const limit = next && next.paragraph === s.paragraph ? next.open : paragraphs[s.paragraph].end;
    if (s.after >= limit) continue;
    const found = attributeAfter(ctx, s.after, limit, first.open);
    // "“…,” the union leader said. ¶ That was Dana Vell, …": a role the text names only afterwards.
    if (found && found.speaker === undefined && following) return attributeFollowing(ctx, following) ?? found;
    if (found) return found;
  }
  const before = attributeBefore(ctx, sentenceOf(first.open), first.open);
  if (before) return before;
  // "The claim: “…” — Brad Kettering, Republican candidate for Congress": a fact-check's claim and its claimant.
  const dash = /^\s*[—–]\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)(?=,|\s+in\b|\s*$)/mu.exec(ctx.text.slice(last.after, paragraphs[last.paragraph].end));
  if (dash) {
    const labelSpan = { start: last.after + dash[0].length - dash[1].length, end: last.after + dash[0].length };
    const speaker = resolveSpeaker(ctx, labelSpan, labelSpan.start);
    if (speaker !== undefined) return { speaker, label: dash[1], labelSpan, clause: { start: last.after, end: labelSpan.end }, relays: [] };
  }
  const bare = last.after >= paragraphs[last.paragraph].end - 1;
  return bare && following ? attributeFollowing(ctx, following) : undefined;
}

/**
 * Who a bare quote paragraph belongs to when the paragraph before names them without quoting them: its last
 * sentence introduces the quote ("He told the Courier:"), paraphrases someone ("But Lindqvist said the arrests
 * worry her."), or has a person as its subject ("He does not see the program as symbolic").
 */
export function speakerBefore(ctx: Context, sentence: Span, paragraph?: Span): number | undefined {
  const { text } = ctx;
  if (ctx.quoted.some((q) => q.start < sentence.end && sentence.start < q.end)) return undefined;
  const paraphrase = findParaphrase(ctx, sentence);
  if (paraphrase?.speaker !== undefined) return paraphrase.speaker;
  const s = text.slice(sentence.start, sentence.end);
  // "Her son spent 11 months in jail, she told lawmakers, and …": the one an aside attributes the sentence to.
  const aside = /,\s+(she|he)\s+(?:told|tells|said|says|testified|added|adds|recalled|recalls)\b[^,“”"]{0,40},/.exec(s);
  if (aside) {
    const who = resolvePronoun(ctx, aside[1] === "she" ? "f" : "m", sentence.start + aside.index);
    if (who !== undefined) return who;
  }
  // "Asked about it Tuesday, her spokesman, Colin Barfield, sent a brief reply:": the subject after the clause.
  // ("In a statement, the agency said:", "On Tuesday, the mayor posted:")
  const leading = /:$/.test(s.trim()) ? /^(?:(?:Asked|Reached|Contacted|Pressed|Questioned)\b[^,:“”"]{0,60}|In (?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|email|interview|letter|release|post|response)\b[^,:“”"]{0,40}|(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Later|Earlier|Afterward|(?:(?:Hours|Minutes|Days|Weeks|Shortly|Just|Moments|Soon)\s+)?(?:[Bb]efore|[Aa]fter)\s[^,:“”"]{1,40}),\s+/u.exec(s) : null;
  const lead = leading?.[0].length ?? 0;
  // "Baeza read aloud a message from the parish priest, the Rev. Tomás Villalba, who was away:": its sender's words.
  const sent = /:$/.test(s.trim()) ? /\b(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:message|statement|letter|note|post|email|text)\s+(?:from|by)\s+/u.exec(s) : null;
  if (sent) {
    const from = sentence.start + sent.index + sent[0].length;
    const sender = ctx.entities
      .flatMap((e) => (e.type === "Person" || e.type === "Organization" ? e.mentions.filter((m) => m.start >= from && m.start <= from + 60).map((m) => ({ e, at: m.start })) : []))
      .sort((a, b) => a.at - b.at)[0];
    if (sender) return sender.e.index;
  }
  const introduces = new RegExp(`^(.{1,80}?)\\s+(?:${VERB})\\b[^.:]*:$`).exec(s.slice(lead).trim());
  // ("The district went on to say:": the subject, past "went on to".)
  const introduced = introduces?.[1].replace(/\s+(?:went on to|goes on to|continued to|continues to|went on|then|also|later)$/, "") ?? issuedBefore(s.slice(lead).trim());
  // "His wife, Yesenia Villanueva, says two men stopped him. He is now held in …": the one the paragraph quotes
  // in other words, before the one it last talks about.
  if (!introduced && paragraph) {
    const earlier = ctx.sentencesIn(paragraph).filter((x) => x.end <= sentence.start && !ctx.quoted.some((q) => q.start < x.end && x.start < q.end));
    for (const x of earlier.reverse()) {
      const said = findParaphrase(ctx, x);
      if (said?.speaker !== undefined && ctx.entities[said.speaker].type === "Person") return said.speaker;
    }
  }
  // "Reyes now works two jobs …": the person the last sentence is about.
  // ("Marisela Fuentes, whose husband is held at the jail, spoke during public comment.": past an apposition.)
  const named = /^(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+(?=\s+(?:now\s+|still\s+|also\s+)?\p{Ll}|,\s)/u.exec(s)?.[0];
  // "College President Renee Whitlock sent an email … Part of it read:": whoever issued what "it" is.
  // ("It put out a statement:" is a body speaking.)
  const documentVerb = /^\s+(?:read|reads|went on|goes on|continued|continues|said|says|stated|states)\b/.test(s.trim().slice(introduced?.length ?? 0));
  if (introduced && documentVerb && /^(?:(?:part|much|some) of\s+)?it$/i.test(introduced.trim())) return issuerOf(ctx, sentence.start);
  // "In the statement, the agency also defends the operation:": whoever the clause before the colon is about.
  const colonClause = !introduced ? /^((?:In|On|At|With|Later|Earlier|Elsewhere)\b[^,:]{0,60},\s+)?((?:[^,:\s]+\s+){0,4}?[^,:\s]+)\s+(?:also\s+|again\s+|then\s+|later\s+)?(?:\p{Ll}{3,}(?:s|ed)|put|gave|made|took|kept|laid|set|spoke|summed|stood|rose|got|began|came|went|sat|told|wrote|read|said)\b[^:“”"]*:$/u.exec(s) : null;
  if (colonClause) {
    const at = sentence.start + (colonClause[1]?.length ?? 0);
    // "The opinion cites … It concludes:": "it" is the document, and its issuer speaks.
    const who = /^it$/i.test(colonClause[2]) ? issuerOf(ctx, sentence.start) : resolveSpeaker(ctx, { start: at, end: at + colonClause[2].length }, sentence.start);
    if (who !== undefined) return who;
  }
  // "Among them was Yesenia Carrillo, a nurse …": the person the sentence introduces.
  const among = !introduced ? /^(?:Among|One of)\s+(?:them|those|the speakers)\b[^,]{0,40}?\s(?:was|were|is)\s+/.exec(s) : null;
  if (among) {
    const at = sentence.start + among[0].length;
    const end = s.indexOf(",", among[0].length);
    const who = resolveSpeaker(ctx, { start: at, end: end > 0 ? sentence.start + end : sentence.end }, sentence.start);
    if (who !== undefined && ctx.entities[who].type === "Person") return who;
  }
  // "Now she works as an aide.": the pronoun after a leading adverb is the subject.
  // ("Before the vote, she read a prepared statement.")
  const pronoun = !introduced ? /^((?:Now|Today|These days|Since then|Then|Later|Still|(?:Before|After|During|At|Near)\s[^,“”"]{2,40}),?\s+)?(He|She|he|she)\b/.exec(s) : null;
  // "His wife, Lucía Arreola, spoke to KRCN by phone.": the person in apposition to the subject.
  const apposed = !introduced && !pronoun ? /^(?:His|Her|Their|Its|The|A|An)\s+[\p{Ll}’' -]{2,40},\s+((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s/u.exec(s) : null;
  const apposedAt = apposed ? sentence.start + apposed[0].lastIndexOf(apposed[1]) : -1;
  const byApposition = apposed && personNamed(ctx, apposedAt, apposed[1].length) ? apposed[1] : undefined;
  const subjectAt = byApposition ? apposedAt : sentence.start + (introduced ? lead : pronoun?.[1]?.length ?? 0);
  const subject = introduced ?? pronoun?.[2] ?? (named && personNamed(ctx, sentence.start, named.length) ? named : undefined) ?? byApposition;
  if (!subject) return undefined;
  const speaker = resolveSpeaker(ctx, { start: subjectAt, end: subjectAt + subject.length }, sentence.start);
  // A colon hands the quote over to whoever the sentence names, a body too ("The network issued a statement:").
  return speaker !== undefined && (/:$/.test(s.trim()) || ctx.entities[speaker].type === "Person") ? speaker : undefined;
}

/** Does a person's name (all of it or part) stand at [start, start + length)? */
function personNamed(ctx: Context, start: number, length: number): boolean {
  return ctx.entities.some((e) => e.type === "Person" && e.mentions.some((m) => m.start === start && m.end <= start + length));
}

/** "The sheriff, whose office runs the jail, issued a statement:", "The statement went on:": the subject of a sentence that hands over to a quote. */
function issuedBefore(s: string): string | undefined {
  if (!s.endsWith(":")) return undefined;
  return /^[^,]*?(?:,[^,]*,)?(?=\s+(?:issued|released|posted|sent|gave|offered|put out|read|reads|spoke|went on|goes on|continued|continues)\b)/u.exec(s)?.[0] || undefined;
}

/** "…, the sheriff said (Friday)." at the end of a sentence: the reported part before it, with a lazy or greedy cut. */
function trailingAttribution(ctx: Context, sentence: Span, lazy: string): Paraphrase | undefined {
  const { text } = ctx;
  const s = text.slice(sentence.start, sentence.end);
  const m = new RegExp(`^(.{20,}${lazy}),\\s+((?:[^,“”"]+,\\s+){0,2}[^,“”"]+?)\\s+(?:also\\s+|later\\s+)?(?:${PARAPHRASE_VERB})(?:\\s+(?:in a statement|(?:on\\s+)?\\p{Lu}\\p{Ll}+day|in an interview|in an email|last week|this week))?(?:,\\s+(?:citing|referring to|pointing to|adding that)\\s[^“”"]{1,120})?[.]?$`, "su").exec(s);
  if (!m || /\b(?:that|when)$/.test(m[1]) || words(m[2]).length > 12) return undefined;
  const part = trimSpan(text, { start: sentence.start, end: sentence.start + m[1].length });
  const labelStart = sentence.start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
  const labelSpan = trimSpan(text, { start: labelStart, end: labelStart + m[2].length }, ",");
  const speaker = resolveSpeaker(ctx, labelSpan, sentence.start);
  const entity = speaker !== undefined ? ctx.entities[speaker] : undefined;
  if (!entity || !(entity.type === "Person" || (entity.type === "Organization" && entity.kind !== "NEWS_OUTLET"))) return undefined;
  return { speaker, label: text.slice(labelSpan.start, labelSpan.end), labelSpan, part, evidence: sentence, relays: [] };
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
  // "The jail books about 1,000 people a month, the sheriff said." / "…, the city's finance director, Ken Moreau, said."
  // The shortest reported part first; then, past a long clause with commas of its own, the last comma's.
  for (const lazy of ["?", ""]) {
    const trailing = trailingAttribution(ctx, sentence, lazy);
    if (trailing) return trailing;
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
    // ("City data show officers responded to 11,400 calls": what a record shows is no one's words.)
    if (/\b(?:show|shows|showed|indicate|indicates|indicated)\s/.test(label)) continue;
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
