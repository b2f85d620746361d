/**
 * Turns curated knowledge (seeds/knowledge.yaml) into a GraphPlan, checking as it goes that every reference
 * names something of the right type and every excerpt is exactly its span of a news passage.
 */
import { createHash } from "crypto";
import type { NodeLabel } from "../graph/model";
import { nameKey, quotationText } from "../graph/model";
import type { GraphPlan, PlannedNode, PlannedRelationship, Properties } from "../graph/plan";
import type { DateValue, EvidenceRef, Knowledge } from "./knowledge";
import { checkSpan } from "../graph/spans";

export class KnowledgeError extends Error {}

/** A fact node's id, derived from what identifies it, so re-loading the same fact finds the same node. */
function derivedId(prefix: string, ...parts: string[]): string {
  return `${prefix}:${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16)}`;
}

function dateProperties(prefix: string, value: DateValue | null | undefined): Properties {
  return {
    [prefix]: value?.date,
    [`${prefix}Inferred`]: value ? value.inferred === true : undefined,
    [`${prefix}Basis`]: value?.basis,
  };
}

export function planKnowledge(knowledge: Knowledge, articleTexts: Map<string, string>): GraphPlan {
  const plan: GraphPlan = { nodes: [], relationships: [], names: [] };
  const labels = new Map<string, NodeLabel>();
  const problems: string[] = [];

  const addNode = (label: NodeLabel, id: string, properties: Properties, where: string): void => {
    if (labels.has(id)) {
      problems.push(`${where}: id "${id}" is used twice`);
      return;
    }
    labels.set(id, label);
    plan.nodes.push({ label, id, properties } satisfies PlannedNode);
  };
  const link = (type: PlannedRelationship["type"], fromId: string, toId: string, where: string, allowed?: readonly NodeLabel[], properties?: Properties): void => {
    const from = labels.get(fromId);
    const to = labels.get(toId);
    if (!from) return void problems.push(`${where}: "${fromId}" is not defined`);
    if (!to) return void problems.push(`${where}: "${toId}" is not defined`);
    if (allowed && !allowed.includes(to)) return void problems.push(`${where}: "${toId}" is a ${to}, expected ${allowed.join(" or ")}`);
    plan.relationships.push({ type, from: { label: from, id: fromId }, to: { label: to, id: toId }, properties });
  };

  // Articles first: evidence is checked against their text and furniture.
  const furniture = new Map<string, [number, number][]>();
  knowledge.articles.forEach((article, i) => {
    const text = articleTexts.get(article.id);
    if (text === undefined) return void problems.push(`articles.${i}: no text for "${article.id}"`);
    furniture.set(article.id, []);
    for (const f of article.furniture) {
      if (!f.at) problems.push(`articles.${i}.furniture: "${f.text}" has no span (run npm run seed:spans)`);
      else {
        try {
          checkSpan(text, f.at, f.text);
          furniture.get(article.id)!.push(f.at);
        } catch (e) {
          problems.push(`articles.${i}.furniture: ${(e as Error).message}`);
        }
      }
    }
    addNode("Article", article.id, { title: article.title, summary: article.summary, url: article.url, file: article.file, text, ...dateProperties("publishedOn", article.published) }, `articles.${i}`);
  });

  const evidenceIds = new Set<string>();
  const support = (factId: string, refs: EvidenceRef[], where: string, type: PlannedRelationship["type"] = "SUPPORTED_BY"): void => {
    refs.forEach((ref, j) => {
      const at = `${where}.${j}`;
      const text = articleTexts.get(ref.in);
      if (text === undefined) return void problems.push(`${at}: unknown article "${ref.in}"`);
      if (!ref.at) return void problems.push(`${at}: "${ref.text}" has no span (run npm run seed:spans)`);
      try {
        checkSpan(text, ref.at, ref.text);
      } catch (e) {
        return void problems.push(`${at}: ${(e as Error).message}`);
      }
      const [start, end] = ref.at;
      if (furniture.get(ref.in)!.some(([fs, fe]) => start < fe && fs < end)) problems.push(`${at}: cites page furniture: "${ref.text}"`);
      const evidenceId = `${ref.in}@${start}-${end}`;
      if (!evidenceIds.has(evidenceId)) {
        evidenceIds.add(evidenceId);
        addNode("Evidence", evidenceId, { start, end, excerpt: ref.text }, at);
        link("IN_ARTICLE", evidenceId, ref.in, at);
      }
      link(type, factId, evidenceId, at, ["Evidence"], type === "QUOTES" ? { order: j } : undefined);
    });
  };

  knowledge.entities.forEach((e, i) => {
    addNode(e.type, e.id, { name: e.name, aliases: e.aliases, kind: e.kind, description: e.description }, `entities.${i}`);
    for (const name of new Set([e.name, ...e.aliases].map(nameKey))) plan.names.push({ key: name, entity: { label: e.type, id: e.id } });
  });
  knowledge.entities.forEach((e, i) => {
    const where = `entities.${i}`;
    if (e.partOf) link("PART_OF", e.id, e.partOf, `${where}.partOf`, ["Jurisdiction"]);
    if (e.jurisdiction) link("IN_JURISDICTION", e.id, e.jurisdiction, `${where}.jurisdiction`, ["Jurisdiction"]);
    for (const c of e.concerns) link("CONCERNS", e.id, c, `${where}.concerns`);
    support(e.id, e.evidence, `${where}.evidence`);
  });
  knowledge.articles.forEach((a, i) => {
    if (a.publisher) link("PUBLISHED_BY", a.id, a.publisher, `articles.${i}.publisher`, ["Organization"]);
  });

  knowledge.offices.forEach((o, i) => {
    const id = derivedId("office", o.holder, o.title, o.of);
    addNode("Office", id, { title: o.title, from: o.from, to: o.to }, `offices.${i}`);
    link("SUBJECT", id, o.holder, `offices.${i}.holder`, ["Person"]);
    link("OBJECT", id, o.of, `offices.${i}.of`, ["Jurisdiction", "Organization"]);
    support(id, o.evidence, `offices.${i}.evidence`);
  });
  knowledge.memberships.forEach((m, i) => {
    const id = derivedId("membership", m.member, m.of);
    addNode("Membership", id, {}, `memberships.${i}`);
    link("SUBJECT", id, m.member, `memberships.${i}.member`, ["Person", "Organization"]);
    link("OBJECT", id, m.of, `memberships.${i}.of`, ["Organization"]);
    support(id, m.evidence, `memberships.${i}.evidence`);
  });
  knowledge.stances.forEach((s, i) => {
    addNode("Stance", s.id, { position: s.position }, `stances.${i}`);
    link("SUBJECT", s.id, s.holder, `stances.${i}.holder`, ["Person", "Organization", "Jurisdiction"]);
    link("OBJECT", s.id, s.on, `stances.${i}.on`, ["Law", "Program"]);
    support(s.id, s.evidence, `stances.${i}.evidence`);
  });
  knowledge.relations.forEach((r, i) => {
    const id = derivedId("relation", r.subject, r.relation, r.object);
    addNode("Relation", id, { relation: r.relation, note: r.note }, `relations.${i}`);
    link("SUBJECT", id, r.subject, `relations.${i}.subject`);
    link("OBJECT", id, r.object, `relations.${i}.object`);
    support(id, r.evidence, `relations.${i}.evidence`);
  });

  knowledge.statements.forEach((s, i) => {
    const where = `statements.${i}`;
    const text = quotationText(s.parts.map((p) => p.text));
    addNode("Statement", s.id, { text, kind: s.kind, speakerLabel: s.speakerLabel, ...dateProperties("saidOn", s.saidOn) }, where);
    if (s.speaker) link("SAID_BY", s.id, s.speaker, `${where}.speaker`, ["Person", "Organization"]);
    for (const a of s.about) link("ABOUT", s.id, a, `${where}.about`);
    support(s.id, s.parts, `${where}.parts`, "QUOTES");
    support(s.id, s.evidence, `${where}.evidence`);
  });
  knowledge.claims.forEach((c, i) => {
    const where = `claims.${i}`;
    addNode("Claim", c.id, { text: c.text, value: c.value, qualifier: c.qualifier, unit: c.unit, ...dateProperties("asOf", c.asOf) }, where);
    if (c.source) link("CREDITED_TO", c.id, c.source, `${where}.source`);
    for (const a of c.about) link("ABOUT", c.id, a, `${where}.about`);
    support(c.id, c.evidence, `${where}.evidence`);
  });
  knowledge.claims.forEach((c, i) => {
    if (!c.ratioOf) return;
    link("RATIO_OF", c.id, c.ratioOf.part, `claims.${i}.ratioOf.part`, ["Claim"], { role: "part" });
    link("RATIO_OF", c.id, c.ratioOf.whole, `claims.${i}.ratioOf.whole`, ["Claim"], { role: "whole" });
  });
  // A link between claims is the curator's analysis, not a span's: it carries its reasoning instead.
  knowledge.claimLinks.forEach((l, i) => {
    link(l.relation, l.claim, l.other, `claimLinks.${i}`, ["Claim"], { reasoning: l.reasoning });
  });
  knowledge.events.forEach((e, i) => {
    const where = `events.${i}`;
    addNode("Event", e.id, { kind: e.kind, name: e.name, lawStatus: e.lawStatus, ...dateProperties("date", e.date) }, where);
    for (const p of e.involves) link("INVOLVES", e.id, p, `${where}.involves`);
    support(e.id, e.evidence, `${where}.evidence`);
  });
  // Relays come last: they point at statements and facts defined above.
  knowledge.relays.forEach((r, i) => {
    const where = `relays.${i}`;
    const id = derivedId("relay", r.fact, r.via, ...r.evidence.map((e) => e.in));
    addNode("Relay", id, {}, where);
    link("SUBJECT", id, r.fact, `${where}.fact`, ["Statement", "Claim", "Stance", "Event"]);
    link("OBJECT", id, r.via, `${where}.via`, ["Organization"]);
    support(id, r.evidence, `${where}.evidence`);
  });

  if (problems.length > 0) {
    throw new KnowledgeError(`the knowledge has ${problems.length} problem(s):\n${problems.slice(0, 20).map((p) => `  ${p}`).join("\n")}`);
  }
  return plan;
}
