/**
 * The synthetic news: articles of 5 to 20 statements and claims, with prose between them, in date order from
 * 2000 to 2024. Speakers are drawn Zipf-wise (one is quoted everywhere, most once or twice); some statements
 * are re-reported verbatim in later articles (more appearances of one Statement), some re-typed with small
 * changes (a near-duplicate Statement of their own), some credited to an outlet that relayed them. Articles
 * also report stances on laws and programs, events in a law's life, and figures credited to a source.
 */
import { ArticleText, PlanBuilder, ref, type Span } from "./plan-builder";
import { Random, Zipf } from "./random";
import { SIGNATURE_APPEARANCES, TARGETS } from "./targets";
import { capitalize, Vocabulary } from "./vocabulary";
import type { Entity, Person, World } from "./world";

/** Statements a new article is expected to add (12.5 items, 75% statements, 10% of them re-reports). */
const NEW_STATEMENTS_PER_ARTICLE = 12.5 * 0.75 * 0.9;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;
/** Statements remembered for later re-reports and near-duplicates. */
const RECENT = 20_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** The planted stories (see writeStory): the first report, the re-reports, the misquotes, a re-reported figure. */
const STORIES = SIGNATURE_APPEARANCES + TARGETS.signature.variants.length + 1;

interface Said {
  id: string;
  text: string;
  speaker: Entity;
}

export interface Batch {
  builder: PlanBuilder;
  texts: Map<string, string>;
  /** Index of the batch's first article, from 0. */
  firstArticle: number;
  articles: number;
  statements: number;
  claims: number;
}

type Position = "SUPPORTS" | "OPPOSES" | "CRITICIZES";
const POSITION_VERB: Record<Position, string> = { SUPPORTS: "supports", OPPOSES: "opposes", CRITICIZES: "has criticized" };
const EVENTS = [
  { kind: "BILL_CONSIDERED", status: "PROPOSED", phrase: "was taken up by lawmakers in" },
  { kind: "BILL_BACKED", status: "PROPOSED", phrase: "won the backing of a committee in" },
  { kind: "LAW_ENACTED", status: "ENACTED", phrase: "was signed into law in" },
  { kind: "COURT_RULING", status: "BLOCKED", phrase: "was blocked by a judge in" },
  { kind: "STALLED", status: "STALLED", phrase: "stalled in" },
] as const;
const QUALIFIERS = ["more than", "at least", "only", "about", "nearly", null, null] as const;

/** "the Massachusetts Trust Act", "Secure Communities", "the Ohio Tenant Coalition", "The Boston Globe". */
const the = (e: Entity): string => (e.label === "Law" || (e.label !== "Person" && e.label !== "Jurisdiction" && !e.name.startsWith("The ") && !/Program|Initiative|Partnership|Communities/.test(e.name)) ? `the ${e.name}` : e.name);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Who an article has named so far: the first mention gives name and role, later ones the short name. */
class Mentions {
  private readonly seen = new Set<Entity>();

  name(who: Entity): { text: string; first: boolean } {
    const first = !this.seen.has(who);
    this.seen.add(who);
    if (who.label !== "Person") return { text: first ? the(who) : who.aliases[0] ?? the(who), first };
    const p = who as Person;
    if (!first) return { text: p.short, first };
    return { text: p.office ? `${p.name}, ${p.office.title} of ${p.office.of.name}` : `${p.name} of ${p.home.name}`, first };
  }
}

interface Page {
  id: string;
  date: string;
  text: ArticleText;
  b: PlanBuilder;
  mentions: Mentions;
  topic: Entity;
  place: Entity;
  cast: Entity[];
}

export class NewsGenerator {
  private readonly random: Random;
  private readonly vocabulary: Vocabulary;
  private readonly speakerRank: Zipf;
  private readonly organizationRank: Zipf;
  private readonly lawRank: Zipf;
  private readonly programRank: Zipf;
  private readonly outletRank: Zipf;
  private readonly expectedArticles: number;
  /** Article index -> the planted story it carries. */
  private readonly stories = new Map<number, number>();
  private readonly recent: Said[] = [];
  private readonly positions = new Map<string, Position>();
  private statements = 0;
  private claims = 0;
  private events = 0;
  private article = 0;
  storiesWritten = 0;

  constructor(private readonly world: World, private readonly target: number, seed: string) {
    this.random = new Random(`${seed}-news`);
    this.vocabulary = new Vocabulary(new Random(`${seed}-words`), 4000 + Math.round(target / 50));
    this.speakerRank = new Zipf(world.speakers.length, 1, 10);
    this.organizationRank = new Zipf(world.organizations.length, 1, 2);
    this.lawRank = new Zipf(world.laws.length, 1, 3);
    this.programRank = new Zipf(world.programs.length, 1, 1);
    this.outletRank = new Zipf(world.outlets.length, 0.8, 2);
    this.expectedArticles = Math.max(50, Math.ceil(target / NEW_STATEMENTS_PER_ARTICLE));
    // Spread over the middle of the archive, so the first report has a date and later ones follow it.
    for (let j = 0; j < STORIES; j++) this.stories.set(Math.floor(this.expectedArticles * (0.3 + (0.5 * j) / (STORIES - 1))), j);
    this.positions.set(`${TARGETS.speaker.id}|${world.known.maTrustAct.id}`, "OPPOSES");
  }

  get done(): boolean {
    return this.statements >= this.target;
  }

  get complete(): boolean {
    return this.done && this.storiesWritten === STORIES;
  }

  /** The next `articles` articles as one plan; undefined once the corpus holds its target of statements. */
  next(articles: number): Batch | undefined {
    if (this.done) return undefined;
    const before = { statements: this.statements, claims: this.claims };
    const batch: Batch = { builder: new PlanBuilder(), texts: new Map(), firstArticle: this.article, articles: 0, statements: 0, claims: 0 };
    while (batch.articles < articles && !this.done) {
      const page = this.writeArticle(batch.builder);
      batch.texts.set(page.id, page.text.toString());
      batch.articles++;
    }
    batch.builder.checkSpans(batch.texts);
    batch.statements = this.statements - before.statements;
    batch.claims = this.claims - before.claims;
    return batch;
  }

  private dateOf(index: number): string {
    const t = Math.min(1, index / this.expectedArticles);
    return new Date(FIRST_DAY + Math.floor((t * (LAST_DAY - FIRST_DAY)) / DAY) * DAY).toISOString().slice(0, 10);
  }

  private writeArticle(b: PlanBuilder): Page {
    const r = this.random;
    const index = this.article++;
    const id = `bench-a${String(index).padStart(7, "0")}`;
    const topic = r.chance(0.6) ? this.world.laws[this.lawRank.sample(r)] : this.world.programs[this.programRank.sample(r)];
    const states = this.world.states;
    const place = topic.jurisdiction && topic.jurisdiction.kind !== "COUNTRY" ? topic.jurisdiction : states[Math.min(states.length - 1, Math.floor(-Math.log(1 - r.next()) * 8))];
    const publisher = this.world.outlets[this.outletRank.sample(r)];
    const cast: Entity[] = [];
    for (const n = r.int(1, 4); cast.length < n; ) {
      const who = r.chance(0.9) ? this.world.speakers[this.speakerRank.sample(r)] : this.world.organizations[this.organizationRank.sample(r)];
      if (!cast.includes(who)) cast.push(who);
    }
    const page: Page = { id, date: this.dateOf(index), text: new ArticleText(id), b, mentions: new Mentions(), topic, place, cast };

    page.text.add(`${place.name.toUpperCase()} (${publisher.name}) — `);
    const items = r.int(5, 20);
    for (let item = 0; item < items && !this.done; item++) {
      if (r.chance(0.5)) page.text.add(`${this.vocabulary.prose(r)} `);
      if (r.chance(0.75)) this.writeStatement(page);
      else this.writeClaim(page);
      page.text.add(r.chance(0.3) ? "\n\n" : " ");
      if (item === 0 && r.chance(0.4)) this.writeStance(page, cast.find((c) => c.label === "Person") ?? cast[0], topic.label === "Law" ? topic : this.world.laws[this.lawRank.sample(r)]);
      if (item === 1 && topic.label === "Law" && r.chance(0.3)) this.writeEvent(page);
    }
    const story = this.stories.get(index);
    if (story !== undefined) {
      this.writeStory(page, story);
      this.storiesWritten++;
    }

    const title = `${topic.name}: ${capitalize(this.vocabulary.noun(r))} and ${this.vocabulary.noun(r)} in ${place.name}`;
    b.node("Article", id, { title, summary: `News from ${place.name} about ${the(topic)}.`, url: `https://news.example/${publisher.id.split(":")[1]}/${id}`, text: page.text.toString(), publishedOn: page.date, publishedOnInferred: false });
    b.link("PUBLISHED_BY", { label: "Article", id }, ref(publisher));
    return page;
  }

  /** Names `who` in the sentence being written; on a first mention the sentence is also a person's evidence. */
  private named(page: Page, who: Entity, firstMentions: Entity[]): string {
    const { text, first } = page.mentions.name(who);
    if (first && who.label === "Person") firstMentions.push(who);
    return text;
  }

  private supportMentions(page: Page, firstMentions: Entity[], sentence: Span): void {
    for (const who of firstMentions) page.b.support(ref(who), sentence);
  }

  /**
   * `"part one," said <speaker>[, according to a report in <outlet>]. "Part two."` The statement's QUOTES are
   * the quoted words, its evidence the whole attributed passage, a relay's evidence the "according to" phrase.
   */
  private quote(page: Page, parts: string[], speaker: Entity, via?: Entity): { sentence: Span; quoted: Span[]; relay?: Span; said: string } {
    const { text } = page;
    const mentions: Entity[] = [];
    const start = text.position;
    text.add('"');
    const quoted = [text.add(parts[0])];
    const said = this.named(page, speaker, mentions);
    text.add(`," said ${said}`);
    const relay = via ? text.add(`, according to a report in ${the(via)}`) : undefined;
    text.add(".");
    for (const part of parts.slice(1)) {
      text.add(' "');
      quoted.push(text.add(part));
      text.add('."');
    }
    const sentence = text.span(start, text.position);
    this.supportMentions(page, mentions, sentence);
    return { sentence, quoted, relay, said };
  }

  private addStatement(page: Page, id: string, statementText: string, kind: "DIRECT_QUOTE" | "PARAPHRASE", speaker: Entity, said: string, sentence: Span, quoted: Span[], about: Entity[]): void {
    const b = page.b;
    const node = b.node("Statement", id, { text: statementText, kind, speakerLabel: said, saidOn: page.date, saidOnInferred: false });
    b.link("SAID_BY", node, ref(speaker));
    for (const a of new Set(about)) b.link("ABOUT", node, ref(a));
    quoted.forEach((span, order) => b.link("QUOTES", node, b.evidence(span), { order }));
    b.support(node, sentence);
    this.statements++;
  }

  private relay(page: Page, of: { label: "Statement" | "Claim"; id: string }, via: Entity, span: Span): void {
    const id = `relay:${of.id}@${page.id}`;
    const node = page.b.node("Relay", id, {});
    page.b.link("SUBJECT", node, of);
    page.b.link("OBJECT", node, ref(via));
    page.b.support(node, span);
  }

  private remember(said: Said): void {
    if (this.recent.length < RECENT) this.recent.push(said);
    else this.recent[this.statements % RECENT] = said;
  }

  private writeStatement(page: Page): void {
    const r = this.random;
    const roll = r.next();
    if (roll < 0.1 && this.recent.length > 0) {
      // A re-report: the same words, the same Statement, one more appearance.
      const earlier = r.pick(this.recent);
      const { sentence } = this.quote(page, [earlier.text], earlier.speaker);
      page.b.support({ label: "Statement", id: earlier.id }, sentence);
      return;
    }
    const about = [...(r.chance(0.7) ? [page.topic] : []), ...(r.chance(0.4) ? [page.place] : [])];
    if (about.length === 0) about.push(page.topic);
    const id = `statement:b${this.statements}`;
    if (roll < 0.15 && this.recent.length > 0) {
      // A near-duplicate: re-typed or misremembered, a Statement of its own.
      const earlier = r.pick(this.recent);
      const text = this.vocabulary.variant(r, earlier.text, r.int(1, 3));
      const q = this.quote(page, [text], earlier.speaker);
      this.addStatement(page, id, text, "DIRECT_QUOTE", earlier.speaker, q.said, q.sentence, q.quoted, about);
      return;
    }
    const speaker = r.pick(page.cast);
    if (r.chance(0.2)) {
      // A paraphrase: "<speaker> said that ...", in the article's words.
      const words = lowerFirst(this.vocabulary.quote(r));
      const mentions: Entity[] = [];
      const start = page.text.position;
      const said = this.named(page, speaker, mentions);
      page.text.add(`${capitalize(said)} said that `);
      const quoted = [page.text.add(words)];
      page.text.add(".");
      const sentence = page.text.span(start, page.text.position);
      this.supportMentions(page, mentions, sentence);
      this.addStatement(page, id, words, "PARAPHRASE", speaker, said, sentence, quoted, about);
      this.remember({ id, text: words, speaker });
      return;
    }
    const parts = r.chance(0.2) ? [this.vocabulary.quote(r), this.vocabulary.quote(r)] : [this.vocabulary.quote(r)];
    const via = parts.length === 1 && r.chance(0.15) ? this.world.outlets[this.outletRank.sample(r)] : undefined;
    const q = this.quote(page, parts, speaker, via);
    const text = parts.join(" ");
    this.addStatement(page, id, text, "DIRECT_QUOTE", speaker, q.said, q.sentence, q.quoted, about);
    if (via && q.relay) this.relay(page, { label: "Statement", id }, via, q.relay);
    this.remember({ id, text, speaker });
  }

  private writeClaim(page: Page): void {
    const r = this.random;
    const { topic, place } = page;
    const year = Math.max(2000, Number(page.date.slice(0, 4)) - r.int(0, 3));
    const month = r.chance(0.5) ? r.int(1, 12) : undefined;
    const asOf = month ? `${year}-${String(month).padStart(2, "0")}` : String(year);
    const when = month ? `as of ${MONTHS[month - 1]} ${year}` : `in ${year}`;
    const qualifier = r.pick(QUALIFIERS);
    const q = qualifier ? `${qualifier} ` : "";
    const via = topic.label === "Program" ? `through ${the(topic)}` : `under ${the(topic)}`;
    const kind = r.int(0, 4);
    const value = kind === 1 ? r.int(2, 98) : Math.round(10 ** (1 + r.next() * 5));
    const v = value.toLocaleString("en-US");
    const [unit, statement] = (
      [
        ["people deported", `${q}${v} people were deported ${via} in ${place.name} ${when}`],
        ["percent", `${q}${v} percent of residents in ${place.name} backed ${the(topic)} ${when}`],
        ["dollars", `${q}$${v} was spent on ${the(topic)} in ${place.name} ${when}`],
        ["arrests", `${q}${v} arrests were made ${via} in ${place.name} ${when}`],
        ["jobs", `${q}${v} jobs in ${place.name} depended on ${the(topic)} ${when}`],
      ] as const
    )[kind];
    const roll = r.next();
    const source = roll < 0.5 ? this.world.outlets[this.outletRank.sample(r)] : roll < 0.9 ? this.world.organizations[this.organizationRank.sample(r)] : r.pick(page.cast);
    const id = `claim:b${this.claims++}`;
    this.addClaim(page, id, `${capitalize(statement)}.`, { value, unit, qualifier, asOf }, source, [topic, place]);
  }

  /** `<Claim>, according to <source>.`: the claim is the sentence's first part, its evidence the whole. */
  private addClaim(page: Page, id: string, claimText: string, figures: { value: number; unit: string; qualifier: string | null; asOf: string }, source: Entity, about: Entity[]): void {
    const mentions: Entity[] = [];
    const start = page.text.position;
    page.text.add(`${claimText.slice(0, -1)}, according to ${this.named(page, source, mentions)}.`);
    const sentence = page.text.span(start, page.text.position);
    this.supportMentions(page, mentions, sentence);
    const b = page.b;
    const node = b.node("Claim", id, { text: claimText, ...figures, asOfInferred: false });
    b.link("CREDITED_TO", node, ref(source));
    for (const a of new Set(about)) b.link("ABOUT", node, ref(a));
    b.support(node, sentence);
  }

  private writeStance(page: Page, holder: Entity, on: Entity, position?: Position): void {
    const key = `${holder.id}|${on.id}`;
    const r = this.random;
    const stance = position ?? this.positions.get(key) ?? (r.chance(0.45) ? "SUPPORTS" : r.chance(0.82) ? "OPPOSES" : "CRITICIZES");
    this.positions.set(key, stance);
    const mentions: Entity[] = [];
    const start = page.text.position;
    page.text.add(`${capitalize(this.named(page, holder, mentions))} ${POSITION_VERB[stance]} ${the(on)}. `);
    const sentence = page.text.span(start, page.text.position - 1);
    this.supportMentions(page, mentions, sentence);
    const node = page.b.node("Stance", `stance:${holder.id}:${on.id}`, { position: stance });
    page.b.link("SUBJECT", node, ref(holder));
    page.b.link("OBJECT", node, ref(on));
    page.b.support(node, sentence);
  }

  private writeEvent(page: Page): void {
    const event = this.random.pick(EVENTS);
    const law = page.topic;
    const where = law.jurisdiction ?? page.place;
    const [y, m, d] = page.date.split("-").map(Number);
    const sentence = page.text.add(`On ${MONTHS[m - 1]} ${d}, ${y}, ${the(law)} ${event.phrase} ${where.name === "United States" ? "Congress" : where.name}.`);
    page.text.add(" ");
    const node = page.b.node("Event", `event:b${this.events++}`, { kind: event.kind, name: `${law.name}: ${event.kind.toLowerCase().replace(/_/g, " ")}`, date: page.date, dateInferred: false, lawStatus: event.status });
    page.b.link("INVOLVES", node, ref(law));
    if (where.name !== "United States") page.b.link("INVOLVES", node, ref(where));
    page.b.support(node, sentence);
  }

  /**
   * The planted stories: 0 is the first report of the signature remark (relayed by a local paper), the
   * speaker's stance on the Trust Act and the program figures; then re-reports of the remark, some relayed;
   * then its misquotes; last, the figure again.
   */
  private writeStory(page: Page, story: number): void {
    const { speaker: campbell, known } = { speaker: this.world.speakers[0], known: this.world.known };
    const signature = { label: "Statement" as const, id: TARGETS.signature.id };
    const variants = TARGETS.signature.variants;
    page.text.add("\n\n");
    if (story === 0) {
      const q = this.quote(page, [TARGETS.signature.text], campbell, known.tribune);
      this.addStatement(page, signature.id, TARGETS.signature.text, "DIRECT_QUOTE", campbell, q.said, q.sentence, q.quoted, [known.maTrustAct, known.massachusetts]);
      this.relay(page, signature, known.tribune, q.relay!);
      page.text.add(" ");
      this.writeStance(page, campbell, known.maTrustAct, "OPPOSES");
      this.addClaim(page, TARGETS.claim.id, TARGETS.claim.text, { value: 46, unit: "percent", qualifier: "only", asOf: "2012-12" }, known.globe, [known.secureCommunities, known.massachusetts]);
      page.text.add(" ");
      this.addClaim(page, "claim:sc-deported-768", "768 Massachusetts immigrants had been deported through Secure Communities as of December 2012.", { value: 768, unit: "people deported", qualifier: null, asOf: "2012-12" }, known.globe, [known.secureCommunities, known.massachusetts]);
    } else if (story < SIGNATURE_APPEARANCES) {
      const via = story % 3 === 0 ? (story % 2 ? known.globe : known.tribune) : undefined;
      const q = this.quote(page, [TARGETS.signature.text], campbell, via);
      page.b.support(signature, q.sentence);
      if (via && q.relay) this.relay(page, signature, via, q.relay);
    } else if (story < SIGNATURE_APPEARANCES + variants.length) {
      const k = story - SIGNATURE_APPEARANCES;
      const q = this.quote(page, [variants[k]], campbell);
      this.addStatement(page, `${signature.id}-v${k + 1}`, variants[k], "DIRECT_QUOTE", campbell, q.said, q.sentence, q.quoted, [known.maTrustAct]);
    } else {
      const mentions: Entity[] = [];
      const start = page.text.position;
      page.text.add(`${TARGETS.claim.text.slice(0, -1)}, according to ${this.named(page, known.globe, mentions)}.`);
      page.b.support({ label: "Claim", id: TARGETS.claim.id }, page.text.span(start, page.text.position));
    }
  }
}
