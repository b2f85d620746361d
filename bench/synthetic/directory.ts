/**
 * The world as GraphPlans: first the entity nodes and their names, then directory articles stating each
 * entity, office, membership and structural link, one sentence each, which are their evidence.
 */
import { ArticleText, PlanBuilder, ref } from "./plan-builder";
import type { Entity, Person, World } from "./world";

const ENTITIES_PER_PLAN = 10_000;
const SENTENCES_PER_ARTICLE = 100;
const ARTICLES_PER_PLAN = 20;
const DIRECTORY_DATE = "2000-01-01";

function allEntities(world: World): Entity[] {
  const { country, states, cities, parties, outlets, organizations, laws, programs, speakers, reserved } = world;
  return [country, ...states, ...cities, ...parties, ...outlets, ...organizations, reserved.caucus, reserved.commission, ...laws, ...programs, reserved.chainEnd, ...speakers, reserved.colleague];
}

/** Plans holding only entity nodes and Name keys: everything later plans link to. */
export function* entityPlans(world: World): Generator<PlanBuilder> {
  const entities = allEntities(world);
  for (let i = 0; i < entities.length; i += ENTITIES_PER_PLAN) {
    const builder = new PlanBuilder();
    for (const e of entities.slice(i, i + ENTITIES_PER_PLAN)) builder.entity(e);
    yield builder;
  }
}

const KIND_PHRASE: Record<string, string> = {
  NEWS_OUTLET: "a news outlet",
  PARTY: "a political party",
  AGENCY: "a government agency",
  ADVOCACY_GROUP: "an advocacy group",
  LEGISLATURE: "a legislative caucus",
};

const the = (e: Entity) => (e.label === "Law" || (e.label === "Organization" && !e.name.startsWith("The ")) ? `the ${e.name}` : e.name);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One directory sentence: the text, and what it is evidence for. */
interface Description {
  sentence: string;
  /** The relation nodes the sentence states besides the entity itself. */
  facts: { label: "Office" | "Membership" | "Relation"; id: string }[];
  /** Adds those nodes and the entity's structural links to the plan. */
  write: () => void;
}

function describe(builder: PlanBuilder, e: Entity, world: World): Description {
  const facts: Description["facts"] = [];
  const links: (() => void)[] = [];
  let sentence: string;
  const self = ref(e);
  if (e.label === "Jurisdiction") {
    sentence = e.kind === "COUNTRY" ? `The ${e.name} is a country.` : `${e.name} is a ${e.kind === "STATE" ? "state of" : "city in"} ${e.partOf!.name === "United States" ? "the United States" : e.partOf!.name}.`;
    if (e.partOf) links.push(() => builder.link("PART_OF", self, ref(e.partOf!)));
  } else if (e.label === "Law") {
    const concerns = e.concerns?.length ? `, concerning ${the(e.concerns[0])}` : "";
    sentence = `${capital(the(e))} is a ${e.kind === "LOCAL_POLICY" ? "local policy" : e.kind === "EXECUTIVE_ORDER" ? "executive order" : e.kind === "STATUTE" ? "statute" : "bill"} of ${e.jurisdiction!.name === "United States" ? "the United States" : e.jurisdiction!.name}${concerns}.`;
    links.push(() => builder.link("IN_JURISDICTION", self, ref(e.jurisdiction!)));
    for (const c of e.concerns ?? []) links.push(() => builder.link("CONCERNS", self, ref(c)));
  } else if (e.label === "Program") {
    sentence = e.jurisdiction ? `${e.name} is a program of ${e.jurisdiction.name === "United States" ? "the United States" : e.jurisdiction.name}.` : `The ${e.name} is a program.`;
    if (e.jurisdiction) links.push(() => builder.link("IN_JURISDICTION", self, ref(e.jurisdiction!)));
  } else if (e.label === "Organization") {
    sentence = `${capital(the(e))}${e.aliases[0] && e.kind !== "NEWS_OUTLET" && e.kind !== "PARTY" ? ` (${e.aliases[0]})` : ""} is ${KIND_PHRASE[e.kind ?? ""] ?? "an organization"}`;
    if (e === world.reserved.commission) {
      // The last hop of the four-hop chain: the commission runs the program.
      const program = world.reserved.chainEnd;
      const id = `relation:${e.id}:RUNS:${program.id}`;
      sentence += ` that runs the ${program.name}`;
      facts.push({ label: "Relation", id });
      links.push(() => {
        builder.node("Relation", id, { relation: "RUNS" });
        builder.link("SUBJECT", { label: "Relation", id }, self);
        builder.link("OBJECT", { label: "Relation", id }, ref(program));
      });
    }
    sentence += ".";
  } else {
    const p = e as Person;
    const roles: string[] = [];
    if (p.office) {
      const id = `office:${p.id}`;
      roles.push(`${/^[aeiou]/i.test(p.office.title) ? "an" : "a"} ${p.office.title} of ${the(p.office.of)}`);
      facts.push({ label: "Office", id });
      const office = p.office;
      links.push(() => {
        builder.node("Office", id, { title: office.title });
        builder.link("SUBJECT", { label: "Office", id }, self);
        builder.link("OBJECT", { label: "Office", id }, ref(office.of));
      });
    } else {
      const id = `relation:${p.id}:FROM:${p.home.id}`;
      roles.push(`from ${p.home.name}`);
      facts.push({ label: "Relation", id });
      links.push(() => {
        builder.node("Relation", id, { relation: "FROM" });
        builder.link("SUBJECT", { label: "Relation", id }, self);
        builder.link("OBJECT", { label: "Relation", id }, ref(p.home));
      });
    }
    for (const org of [p.party, p.caucus]) {
      if (!org) continue;
      const id = `membership:${p.id}:${org.id}`;
      roles.push(`a member of ${the(org)}`);
      facts.push({ label: "Membership", id });
      links.push(() => {
        builder.node("Membership", id, {});
        builder.link("SUBJECT", { label: "Membership", id }, self);
        builder.link("OBJECT", { label: "Membership", id }, ref(org));
      });
    }
    sentence = `${p.name} is ${roles.length > 1 ? `${roles.slice(0, -1).join(", ")} and ${roles[roles.length - 1]}` : roles[0]}.`;
  }
  return { sentence, facts, write: () => links.forEach((link) => link()) };
}

/** Directory articles, ARTICLES_PER_PLAN to a plan, each sentence the evidence of what it states. */
export function* directoryPlans(world: World): Generator<{ builder: PlanBuilder; texts: Map<string, string> }> {
  const entities = allEntities(world);
  let builder = new PlanBuilder();
  let texts = new Map<string, string>();
  const perPlan = SENTENCES_PER_ARTICLE * ARTICLES_PER_PLAN;
  for (let i = 0; i < entities.length; i += SENTENCES_PER_ARTICLE) {
    const article = `bench-directory-${String(i / SENTENCES_PER_ARTICLE + 1).padStart(4, "0")}`;
    const text = new ArticleText(article);
    text.add(`Directory, part ${i / SENTENCES_PER_ARTICLE + 1}.\n\n`);
    for (const e of entities.slice(i, i + SENTENCES_PER_ARTICLE)) {
      const { sentence, facts, write } = describe(builder, e, world);
      const span = text.add(sentence);
      text.add("\n");
      write();
      builder.support(ref(e), span);
      for (const f of facts) builder.support(f, span);
    }
    const body = text.toString();
    builder.node("Article", article, { title: `Who is who, part ${i / SENTENCES_PER_ARTICLE + 1}`, summary: "A directory of the people, places, laws, programs and organizations in the news.", text: body, publishedOn: DIRECTORY_DATE, publishedOnInferred: false });
    texts.set(article, body);
    if ((i + SENTENCES_PER_ARTICLE) % perPlan === 0 || i + SENTENCES_PER_ARTICLE >= entities.length) {
      builder.checkSpans(texts);
      yield { builder, texts };
      builder = new PlanBuilder();
      texts = new Map();
    }
  }
}
