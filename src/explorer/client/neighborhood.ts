/**
 * A node's neighborhood as graph elements. Relation nodes of the graph (Office, Membership, Stance, Relation,
 * Relay) become labeled edges carrying their own evidence; the structural links (SAID, ABOUT, INVOLVES, PART_OF,
 * IN_JURISDICTION, CONCERNS, CREDITED_TO) carry the evidence of the node they leave, as in the graph model.
 */
import type { Api } from "./api";
import { truncate } from "./dom";
import { KIND_STYLES, isNodeKind, type NodeKind, type NodeRef } from "./kinds";
import type * as Op from "../generated/operations";

export interface NodeData {
  id: string;
  kind: NodeKind;
  /** What is drawn: a name, or a shortened quote, claim or event. */
  label: string;
  /** The full name or text. */
  name: string;
  color: string;
  shape: string;
}

/** How an edge is colored: for, against, or neither. */
type Tone = "positive" | "negative" | "neutral" | "structural";

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  /** OPPOSES, OFFICE: Governor, SAID, PART_OF, ... */
  label: string;
  /** The label as drawn, shortened. */
  caption: string;
  tone: Tone;
  /** Ids of the Evidence nodes behind it. */
  evidence: string[];
  /** A curator's note or the reasoning linking two claims. */
  note?: string;
  /** Outlets the fact reached the article through. */
  relayedBy?: string[];
  /** For links that read the same both ways (CORROBORATES). */
  undirected?: boolean;
}

export interface Elements {
  nodes: Map<string, NodeData>;
  edges: Map<string, EdgeData>;
}

type Ref = Op.RefFragment;
type Ids = { id: string }[];

const POSITIVE = new Set(["SUPPORTS", "CORROBORATES"]);
const NEGATIVE = new Set(["OPPOSES", "CRITICIZES", "THREATENED_VETO", "PUSHES_BACK_AGAINST", "CONFLICTS_WITH"]);
const STRUCTURAL = new Set(["PART_OF", "IN_JURISDICTION", "ABOUT", "RELAYED_BY", "INVOLVES", "CONCERNS", "CREDITED_TO"]);

function toneOf(label: string): Tone {
  if (POSITIVE.has(label)) return "positive";
  if (NEGATIVE.has(label)) return "negative";
  return STRUCTURAL.has(label) ? "structural" : "neutral";
}

function edgeId(source: string, label: string, target: string): string {
  return `${source}|${label}|${target}`;
}

function nodeData(ref: NodeRef): NodeData {
  const { color, shape } = KIND_STYLES[ref.kind];
  const label =
    ref.kind === "Statement" ? `“${truncate(ref.name, 40)}”` : ref.kind === "Claim" || ref.kind === "Event" ? truncate(ref.name, 40) : ref.name;
  return { id: ref.id, kind: ref.kind, name: ref.name, label, color, shape };
}

/** Collects nodes and edges, each once however often the query mentions it. */
class ElementSet implements Elements {
  readonly nodes = new Map<string, NodeData>();
  readonly edges = new Map<string, EdgeData>();

  node(ref: NodeRef): string {
    if (!this.nodes.has(ref.id)) this.nodes.set(ref.id, nodeData(ref));
    return ref.id;
  }

  entity(ref: Ref): string {
    if (!isNodeKind(ref.__typename)) throw new Error(`unexpected entity type ${ref.__typename}`);
    return this.node({ id: ref.id, kind: ref.__typename, name: ref.name });
  }

  /** An edge named by its fact's id, or by its ends and label for a structural link. */
  edge(source: string, label: string, target: string, evidence: Ids, extra: Partial<EdgeData> & { id?: string } = {}): void {
    const id = extra.id ?? edgeId(source, label, target);
    if (this.edges.has(id)) return;
    const caption = truncate(label, 40);
    this.edges.set(id, { tone: toneOf(label), ...extra, id, source, target, label, caption, evidence: evidence.map((e) => e.id) });
  }

  /** A statement, with its SAID edge when the speaker is known (given, or selected with it). */
  statement(s: Op.StatementNodeFragment & { speaker?: Ref | null }, speaker = s.speaker ? this.entity(s.speaker) : undefined): string {
    this.node({ id: s.id, kind: "Statement", name: s.text });
    if (speaker) this.edge(speaker, "SAID", s.id, s.evidence);
    return s.id;
  }

  /** A claim, with its CREDITED_TO edge when the source is known (given, or selected with it). */
  claim(c: Op.ClaimNodeFragment & { source?: Ref | null }, source = c.source ? this.entity(c.source) : undefined): string {
    this.node({ id: c.id, kind: "Claim", name: c.text });
    if (source) this.edge(c.id, "CREDITED_TO", source, c.evidence);
    return c.id;
  }

  event(e: Op.EventNodeFragment): string {
    return this.node({ id: e.id, kind: "Event", name: `${e.date ?? "undated"} · ${e.name}` });
  }
}

/** The facts entity types share; each type's query selects the ones it has. */
interface EntityFacts {
  id: string;
  stances?: (Op.StanceFactFragment & { on?: Ref | null; holder?: Ref | null })[];
  relations?: (Op.RelationFactFragment & { object: Ref | null })[];
  relatedBy?: (Op.RelationFactFragment & { subject: Ref | null })[];
  events?: Op.EventNodeFragment[];
  /** What the entity itself said, or is credited with. */
  statements?: Op.StatementNodeFragment[];
  claims?: Op.ClaimNodeFragment[];
  statementsAbout?: Op.StatementWithSpeakerFragment[];
  claimsAbout?: Op.ClaimWithSourceFragment[];
}

function addEntityFacts(set: ElementSet, e: EntityFacts): void {
  for (const s of e.stances ?? []) {
    const relayedBy = s.relays.flatMap((r) => (r.via ? [r.via.name] : []));
    if (s.on) set.edge(e.id, s.position, set.entity(s.on), s.evidence, { id: s.id, relayedBy });
    if (s.holder) set.edge(set.entity(s.holder), s.position, e.id, s.evidence, { id: s.id, relayedBy });
  }
  for (const r of e.relations ?? []) if (r.object) set.edge(e.id, r.relation, set.entity(r.object), r.evidence, { id: r.id, note: r.note ?? undefined });
  for (const r of e.relatedBy ?? []) if (r.subject) set.edge(set.entity(r.subject), r.relation, e.id, r.evidence, { id: r.id, note: r.note ?? undefined });
  for (const ev of e.events ?? []) set.edge(set.event(ev), "INVOLVES", e.id, ev.evidence);
  for (const s of e.statements ?? []) set.statement(s, e.id);
  for (const c of e.claims ?? []) set.claim(c, e.id);
  for (const s of e.statementsAbout ?? []) set.edge(set.statement(s), "ABOUT", e.id, s.evidence);
  for (const c of e.claimsAbout ?? []) set.edge(set.claim(c), "ABOUT", e.id, c.evidence);
}

function offices(set: ElementSet, offices: (Op.OfficeFactFragment & { of?: Ref | null; holder?: Ref | null })[], self: string): void {
  for (const o of offices) {
    const label = `OFFICE: ${o.title}`;
    if (o.of) set.edge(self, label, set.entity(o.of), o.evidence, { id: o.id });
    if (o.holder) set.edge(set.entity(o.holder), label, self, o.evidence, { id: o.id });
  }
}

function relays(set: ElementSet, from: string, relays: Op.RelayFactFragment[]): void {
  for (const r of relays) if (r.via) set.edge(from, "RELAYED_BY", set.entity(r.via), r.evidence, { id: r.id });
}

function person(set: ElementSet, p: Op.PersonNeighborhoodQuery["people"][number]): void {
  set.entity(p);
  offices(set, p.offices, p.id);
  for (const m of p.memberships) if (m.organization) set.edge(p.id, "MEMBER_OF", set.entity(m.organization), m.evidence, { id: m.id });
  addEntityFacts(set, p);
}

function organization(set: ElementSet, o: Op.OrganizationNeighborhoodQuery["organizations"][number]): void {
  set.entity(o);
  offices(set, o.offices, o.id);
  for (const m of o.members) if (m.member) set.edge(set.entity(m.member), "MEMBER_OF", o.id, m.evidence, { id: m.id });
  for (const m of o.memberships) if (m.organization) set.edge(o.id, "MEMBER_OF", set.entity(m.organization), m.evidence, { id: m.id });
  for (const r of o.relays) {
    // A relayed stance is an edge, not a node: its relays are shown with its evidence instead.
    if (!r.reported || !("__typename" in r.reported)) continue;
    const reported = r.reported;
    const from = reported.__typename === "Statement" ? set.statement(reported) : reported.__typename === "Claim" ? set.claim(reported) : set.event(reported);
    set.edge(from, "RELAYED_BY", o.id, r.evidence, { id: r.id });
  }
  for (const law of o.lawsConcerning) set.edge(set.entity(law), "CONCERNS", o.id, law.evidence);
  addEntityFacts(set, o);
}

function jurisdiction(set: ElementSet, j: Op.JurisdictionNeighborhoodQuery["jurisdictions"][number]): void {
  set.entity(j);
  if (j.partOf) set.edge(j.id, "PART_OF", set.entity(j.partOf), j.evidence);
  for (const part of j.parts) set.edge(set.entity(part), "PART_OF", j.id, part.evidence);
  for (const x of [...j.laws, ...j.programs]) set.edge(set.entity(x), "IN_JURISDICTION", j.id, x.evidence);
  offices(set, j.offices, j.id);
  addEntityFacts(set, j);
}

function law(set: ElementSet, l: Op.LawNeighborhoodQuery["laws"][number]): void {
  set.entity(l);
  if (l.jurisdiction) set.edge(l.id, "IN_JURISDICTION", set.entity(l.jurisdiction), l.evidence);
  for (const c of l.concerns) set.edge(l.id, "CONCERNS", set.entity(c), l.evidence);
  addEntityFacts(set, l);
}

function program(set: ElementSet, p: Op.ProgramNeighborhoodQuery["programs"][number]): void {
  set.entity(p);
  if (p.jurisdiction) set.edge(p.id, "IN_JURISDICTION", set.entity(p.jurisdiction), p.evidence);
  addEntityFacts(set, p);
}

function statement(set: ElementSet, s: Op.StatementNeighborhoodQuery["statements"][number]): void {
  set.statement(s);
  for (const a of s.about) set.edge(s.id, "ABOUT", set.entity(a), s.evidence);
  relays(set, s.id, s.relays);
}

function claim(set: ElementSet, c: Op.ClaimNeighborhoodQuery["claims"][number]): void {
  set.claim(c);
  for (const a of c.about) set.edge(c.id, "ABOUT", set.entity(a), c.evidence);
  relays(set, c.id, c.relays);
  const links = [
    ...c.corroboratesConnection.edges.map((e) => ({ ...e, label: "CORROBORATES" })),
    ...c.conflictsWithConnection.edges.map((e) => ({ ...e, label: "CONFLICTS_WITH" })),
  ];
  for (const link of links) {
    // Undirected in meaning: one edge per pair whichever claim was expanded first.
    const [a, b] = [c.id, set.claim(link.node)].sort();
    set.edge(a, link.label, b, [...c.evidence, ...link.node.evidence], { note: link.properties.reasoning, undirected: true });
  }
}

function event(set: ElementSet, e: Op.EventNeighborhoodQuery["events"][number]): void {
  set.event(e);
  for (const x of e.involves) set.edge(e.id, "INVOLVES", set.entity(x), e.evidence);
  relays(set, e.id, e.relays);
}

/** Fetches what is one hop from `node` and returns it (with the node itself) as elements. */
export async function fetchNeighborhood(api: Api, node: NodeRef): Promise<Elements> {
  const set = new ElementSet();
  const variables = { id: node.id };
  switch (node.kind) {
    case "Person":
      (await api.personNeighborhood(variables)).people.forEach((x) => person(set, x));
      break;
    case "Organization":
      (await api.organizationNeighborhood(variables)).organizations.forEach((x) => organization(set, x));
      break;
    case "Jurisdiction":
      (await api.jurisdictionNeighborhood(variables)).jurisdictions.forEach((x) => jurisdiction(set, x));
      break;
    case "Law":
      (await api.lawNeighborhood(variables)).laws.forEach((x) => law(set, x));
      break;
    case "Program":
      (await api.programNeighborhood(variables)).programs.forEach((x) => program(set, x));
      break;
    case "Statement":
      (await api.statementNeighborhood(variables)).statements.forEach((x) => statement(set, x));
      break;
    case "Claim":
      (await api.claimNeighborhood(variables)).claims.forEach((x) => claim(set, x));
      break;
    case "Event":
      (await api.eventNeighborhood(variables)).events.forEach((x) => event(set, x));
      break;
  }
  if (!set.nodes.has(node.id)) throw new Error(`${node.name} is no longer in the graph`);
  return set;
}

export type PathStep = Op.ConnectionsQuery["connections"][number]["steps"][number];

/** A hop as an edge: IN_SAME_* hops are symmetric; otherwise the arrow points from the relation's subject. */
export function pathEdge(step: PathStep): { id: string; source: string; target: string; undirected: boolean } {
  const undirected = step.relation.startsWith("IN_SAME_");
  const [source, target] = step.forward || undirected ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
  return { id: edgeId(source, step.relation, target), source, target, undirected };
}

/** The chains `connections` found, as elements: entities, and one edge per distinct hop. */
export function pathElements(paths: Op.ConnectionsQuery["connections"]): Elements {
  const set = new ElementSet();
  for (const step of paths.flatMap((p) => p.steps)) {
    set.entity(step.from);
    set.entity(step.to);
    const edge = pathEdge(step);
    set.edge(edge.source, step.relation, edge.target, step.evidence, { undirected: edge.undirected });
  }
  return set;
}
