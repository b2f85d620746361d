/**
 * What an article says about a person where it names them: the office a title gives ("Calder County Sheriff
 * Dale Whitcomb", "state Rep. Linda Campbell"), the party and home town of "a Democrat from Methuen,
 * Massachusetts", and the post in "director of the Massachusetts Immigrant and Refugee Advocacy Coalition".
 */
import type { EntityType, ExtractedEntity } from "./entities";
import { LOCAL_OFFICES, PARTIES, STATE_OFFICES } from "./lexicon";
import { type Span, trimSpan } from "./text";

export interface ExtractedFact {
  label: "Office" | "Membership" | "Relation";
  subject: number;
  object: number;
  /** An Office's title. */
  title?: string;
  /** A Relation's name (FROM). */
  relation?: string;
  evidence: Span;
}

export type AddEntity = (type: EntityType, name: string, kind: string | undefined, mention: Span) => number;

function mentionAt(entities: ExtractedEntity[], at: number, types: EntityType[]): ExtractedEntity | undefined {
  return entities.find((e) => types.includes(e.type) && e.mentions.some((m) => m.start === at));
}

function mentionEndingAt(entities: ExtractedEntity[], end: number, types: EntityType[]): ExtractedEntity | undefined {
  return entities.find((e) => types.includes(e.type) && e.mentions.some((m) => m.end === end));
}

/** The jurisdiction of a kind the article names most (its subject state, county or city). */
function dominant(entities: ExtractedEntity[], kinds: string[]): ExtractedEntity | undefined {
  return entities.filter((e) => e.type === "Jurisdiction" && kinds.includes(e.kind ?? "")).sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** An organization named by a head noun ("the project") before `at`. */
function orgByNoun(entities: ExtractedEntity[], noun: string, at: number): ExtractedEntity | undefined {
  return entities
    .filter((e) => e.type === "Organization" && e.name.toLowerCase().includes(noun.toLowerCase()) && e.mentions.some((m) => m.start < at))
    .sort((a, b) => Math.max(...b.mentions.map((m) => m.start)) - Math.max(...a.mentions.map((m) => m.start)))[0];
}

export function extractDescriptors(text: string, entities: ExtractedEntity[], addEntity: AddEntity): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const seen = new Set<string>();
  const push = (f: ExtractedFact) => {
    const key = `${f.label}|${f.subject}|${f.object}|${f.title ?? f.relation ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    facts.push(f);
  };
  const party = (name: string, span: Span) => {
    const existing = entities.find((e) => e.type === "Organization" && e.name === name);
    if (existing) {
      existing.mentions.push({ ...span, text: text.slice(span.start, span.end) });
      return existing.index;
    }
    return addEntity("Organization", name, "PARTY", span);
  };
  const state = dominant(entities, ["STATE"]);
  for (const person of entities.filter((e) => e.type === "Person")) {
    for (const m of [...person.mentions]) {
      const titleStart = m.withTitle?.start ?? m.start;
      let evidenceStart = titleStart;
      // "Republican Gov. Charlie Baker", "state Rep. Linda Campbell", "Calder County Sheriff Dale Whitcomb"
      const prefix = /(?:(Democratic|Republican|Democrat)\s+)?(?:(state|State|former|U\.S\.)\s+)?$/.exec(text.slice(Math.max(0, titleStart - 30), titleStart))!;
      if (prefix[0]) evidenceStart = titleStart - prefix[0].length;
      if (prefix[1]) {
        const at = evidenceStart;
        push({ label: "Membership", subject: person.index, object: party(PARTIES[prefix[1]], { start: at, end: at + prefix[1].length }), evidence: { start: at, end: m.end } });
      }
      // The appositive after the name: ", a Democrat from Methuen, Massachusetts", ", director of the …"
      const after = text.slice(m.end, Math.min(text.length, m.end + 160));
      let descriptorEnd = m.end;
      let from: ExtractedEntity | undefined;
      const partyFrom = /^,\s+(?:a|an)\s+(Democrat|Republican|Independent)(?:\s+from\s+([A-Z][\p{L}.’' -]+?))?(?=,\s+(?:who|and|a|the|[a-z])|[,.;]|\s+(?:who|and)\b)/u.exec(after);
      if (partyFrom) {
        const partyAt = m.end + partyFrom[0].indexOf(partyFrom[1]);
        let end = m.end + partyFrom[0].length;
        push({ label: "Membership", subject: person.index, object: party(PARTIES[partyFrom[1]], { start: partyAt, end: partyAt + partyFrom[1].length }), evidence: { start: partyAt - 2, end } });
        if (partyFrom[2]) {
          const placeAt = m.end + partyFrom[0].lastIndexOf(partyFrom[2]);
          from = mentionAt(entities, placeAt, ["Jurisdiction"]);
          if (!from) {
            const index = addEntity("Jurisdiction", partyFrom[2], "CITY", { start: placeAt, end: placeAt + partyFrom[2].length });
            from = entities[index];
          }
          // "from Methuen, Massachusetts": the state named after the town is part of the evidence.
          const stateAfter = /^,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(text.slice(end, end + 30));
          const stateEntity = stateAfter ? mentionAt(entities, end + stateAfter[0].indexOf(stateAfter[1]), ["Jurisdiction"]) : undefined;
          if (stateEntity?.kind === "STATE") {
            end += stateAfter![0].length;
            if (from.partOf === undefined && from.index !== stateEntity.index) from.partOf = stateEntity.index;
          }
          push({ label: "Relation", relation: "FROM", subject: person.index, object: from.index, evidence: { start: partyAt - 2, end } });
        }
        descriptorEnd = end;
      }
      const post = /^,\s+(?:a|an|the)?\s*(?:former\s+)?([a-z][a-z-]+(?:\s[a-z-]+){0,3}?)\s+(?:of|with|for|at)\s+(?:the\s+)?/.exec(after);
      if (post && !partyFrom) {
        const at = m.end + post[0].length;
        let org = mentionAt(entities, at, ["Organization", "Jurisdiction"]);
        const noun = /^(project|association|coalition|agency|department|office|group|center|institute|council|committee)\b/.exec(text.slice(at, at + 20))?.[1];
        if (!org && noun) org = orgByNoun(entities, noun, at);
        if (org && post[1] !== "member") {
          const orgEnd = org.mentions.find((x) => x.start === at)?.end ?? at + (noun?.length ?? 0);
          const title = post[1][0].toUpperCase() + post[1].slice(1);
          push({ label: "Office", subject: person.index, object: org.index, title, evidence: { start: m.start, end: orgEnd } });
          descriptorEnd = orgEnd;
        } else if (org && org.type === "Organization") {
          const orgEnd = org.mentions.find((x) => x.start === at)?.end ?? at;
          push({ label: "Membership", subject: person.index, object: org.index, evidence: { start: m.start, end: orgEnd } });
        }
      }
      if (!m.title) continue;
      // The office a title names, and where it is held.
      let title = m.title;
      let of: ExtractedEntity | undefined;
      const local = mentionEndingAt(entities, titleStart - 1, ["Jurisdiction", "Organization"]);
      const ofAfter = /^\s+of\s+(?:the\s+)?/.exec(after);
      const afterOrg = ofAfter ? mentionAt(entities, m.end + ofAfter[0].length, ["Organization", "Jurisdiction"]) : undefined;
      if (STATE_OFFICES.has(title)) {
        if (/^state$/i.test(prefix[2] ?? "")) title = `state ${title}`;
        of = (from?.partOf !== undefined ? entities[from.partOf] : undefined) ?? state;
      } else if (title === "President") {
        const us = entities.find((e) => e.type === "Jurisdiction" && e.kind === "COUNTRY" && e.name === "United States");
        of = us ?? entities[addEntity("Jurisdiction", "United States", "COUNTRY", { start: titleStart, end: m.end })];
      } else if (afterOrg) {
        of = afterOrg;
        descriptorEnd = Math.max(descriptorEnd, afterOrg.mentions.find((x) => x.start === m.end + ofAfter![0].length)!.end);
      } else if (local) {
        of = local;
        evidenceStart = Math.min(evidenceStart, local.mentions.find((x) => x.end === titleStart - 1)!.start);
      } else if (LOCAL_OFFICES.has(title)) {
        of = /Sheriff|Commissioner/.test(title) ? dominant(entities, ["COUNTY"]) : dominant(entities, ["CITY", "TOWN"]);
      }
      if (of && of.index !== person.index) {
        push({ label: "Office", subject: person.index, object: of.index, title, evidence: trimSpan(text, { start: evidenceStart, end: Math.max(descriptorEnd, m.end) }) });
      }
    }
  }
  return facts;
}
