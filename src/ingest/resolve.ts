/**
 * Entity resolution against the graph: each extracted entity either joins a node the graph already has, or
 * becomes a new node with a deterministic id. A name joins a node only when the context fits (same label, and
 * for a person a compatible office and place); a name that could mean several nodes, or a bare surname whose
 * context does not settle it, becomes its own node with CANDIDATE_SAME_AS links {score, reason} to what it may
 * be: two people are never merged silently.
 */
import { nameKey } from "../graph/model";
import type { GraphEntity, GraphNames } from "../graph/names";
import type { EntityType, ExtractedEntity, Extraction, KnownName } from "./extract";
import { US_STATES } from "./extract/lexicon";

/** The graph's names for the extractor to recognize. */
export function knownNames(graph: GraphNames): KnownName[] {
  const out: KnownName[] = [];
  for (const [key, ids] of graph.byKey) {
    const labels = new Set(ids.map((id) => graph.entities.get(id)!.label));
    // A short key ("ice", "trust act") is recognized with its label when all its entities share one.
    if (labels.size === 1 && key.length > 2) out.push({ name: key, type: [...labels][0] });
  }
  return out;
}

export interface CandidateLink {
  entity: number;
  candidate: string;
  score: number;
  reason: string;
}

export interface Resolution {
  /** The graph id of each extracted entity, by index. */
  ids: string[];
  /** Whether that id is a node the graph already has. */
  existing: boolean[];
  labels: EntityType[];
  candidates: CandidateLink[];
}

const PREFIX: Record<EntityType, string> = { Person: "person", Organization: "organization", Jurisdiction: "jurisdiction", Law: "law", Program: "program" };

export function slug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "x";
}

const surnameOf = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();
const titleWords = (titles: string[]) => new Set(titles.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((w) => !["state", "u.s.", "of", "the"].includes(w)));

function officesFit(entity: ExtractedEntity, candidate: GraphEntity): boolean | undefined {
  if (!entity.titles.length || !candidate.offices.length) return undefined;
  const mine = titleWords(entity.titles);
  return [...titleWords(candidate.offices)].some((w) => mine.has(w));
}

/** The new id of an entity the graph does not have: states and cities under their country and state. */
function newId(e: ExtractedEntity, extraction: Extraction): string {
  if (e.type === "Jurisdiction") {
    if (e.kind === "COUNTRY" && e.name === "United States") return "jurisdiction:us";
    if (e.kind === "STATE" && US_STATES[e.name]) return `jurisdiction:us-${US_STATES[e.name]}`;
    const state = e.partOf !== undefined ? extraction.entities[e.partOf] : undefined;
    if (state?.kind === "STATE" && US_STATES[state.name]) return `jurisdiction:us-${US_STATES[state.name]}-${slug(e.name)}`;
  }
  return `${PREFIX[e.type]}:${slug(e.name)}`;
}

export function resolveEntities(extraction: Extraction, graph: GraphNames, articleId: string): Resolution {
  const articleTag = articleId.replace(/^[a-z]+-/, "").slice(0, 8);
  const mentionedPlaces = new Set(extraction.entities.filter((e) => e.type === "Jurisdiction").map((e) => e.name.toLowerCase()));
  const ids: string[] = [];
  const existing: boolean[] = [];
  const candidates: CandidateLink[] = [];
  const placeFit = (c: GraphEntity) => c.places.some((p) => mentionedPlaces.has(p.toLowerCase()));
  for (const e of extraction.entities) {
    const sameLabel = (list: string[]) => [...new Set(list)].map((id) => graph.entities.get(id)!).filter((c) => c && c.label === e.type);
    let linked: GraphEntity | undefined;
    let ambiguous: { c: GraphEntity; score: number; reason: string }[] = [];
    if (e.kind === "COLLECTIVE") {
      // An unnamed group stands only for the group this article describes.
      ids.push(`organization:${articleTag}-${slug(e.name)}`.slice(0, 120));
      existing.push(false);
      continue;
    }
    if (e.type === "Person" && e.surnameOnly) {
      const surname = surnameOf(e.name);
      const pool = [...graph.entities.values()].filter((c) => c.label === "Person" && surnameOf(c.name) === surname);
      const scored = pool.map((c) => {
        const office = officesFit(e, c);
        const place = placeFit(c);
        const score = 0.4 + (office ? 0.3 : 0) + (place ? 0.3 : 0);
        const reason = `same surname "${e.name}"${office ? ", same office" : office === false ? ", different office" : ""}${place ? ", same jurisdiction" : ""}`;
        return { c, score, reason, fits: office !== false && (office === true || place) };
      });
      const fitting = scored.filter((s) => s.fits);
      if (pool.length === 1 && fitting.length === 1) linked = fitting[0].c;
      else ambiguous = scored;
    } else {
      const keys = [e.name, ...e.aliases].map(nameKey);
      const found = sameLabel(keys.flatMap((k) => graph.byKey.get(k) ?? []));
      if (e.type === "Person") {
        const fit = found.filter((c) => officesFit(e, c) !== false);
        if (fit.length === 1) linked = fit[0];
        else ambiguous = found.map((c) => ({ c, score: 0.6, reason: officesFit(e, c) === false ? "same name, different office" : "same name, several people" }));
      } else if (found.length === 1) linked = found[0];
      else if (found.length > 1) {
        // "Trust Act" names two laws: the one whose jurisdiction the article names.
        const fit = found.filter(placeFit);
        if (fit.length === 1) linked = fit[0];
        else ambiguous = found.map((c) => ({ c, score: 0.5, reason: `"${e.name}" names several ${e.type.toLowerCase()}s` }));
      }
    }
    if (linked) {
      ids.push(linked.id);
      existing.push(true);
      continue;
    }
    let id = newId(e, extraction);
    // A bare surname, or a name the graph gives another node, gets an id of this article's own.
    if (e.surnameOnly || graph.entities.has(id) || ambiguous.length) id = `${id}-${articleTag}`;
    while (ids.includes(id)) id = `${id}-2`;
    ids.push(id);
    existing.push(false);
    for (const a of ambiguous) candidates.push({ entity: e.index, candidate: a.c.id, score: a.score, reason: a.reason });
  }
  return { ids, existing, labels: extraction.entities.map((e) => e.type), candidates };
}
