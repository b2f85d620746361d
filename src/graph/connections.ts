/**
 * Why two entities are connected: the shortest chains between them, each hop an evidenced fact. In the graph a
 * hop between two entities passes through the node that states it (a Stance, an Office, a Statement, an
 * Event...) or is one of the structural links (PART_OF, IN_JURISDICTION, CONCERNS) whose evidence is that of
 * the node it leaves.
 */
import { readRows, type Reader } from "./read";

export interface Hop {
  from: string;
  to: string;
  relation: string;
  /** True when `from` is the subject of the relation as named (Campbell OPPOSES the law). */
  forward: boolean;
  evidence: string[];
}

export const MAX_HOPS = 6;
const TRAVERSED = "SUBJECT|OBJECT|SAID_BY|ABOUT|CREDITED_TO|INVOLVES|PART_OF|IN_JURISDICTION|CONCERNS";
const MAX_PATHS = 10;

interface RawNode {
  id: string;
  labels: string[];
  name: string | null;
  title: string | null;
  position: string | null;
  relation: string | null;
  evidence: string[];
}
interface RawEdge {
  type: string;
  start: string;
  end: string;
}

/** Shortest paths between two entities, as entity-to-entity hops, at most `maxHops` of them. */
export async function connectionsBetween(reader: Reader, fromId: string, toId: string, maxHops: number): Promise<Hop[][]> {
  const hops = Math.max(1, Math.min(MAX_HOPS, Math.trunc(maxHops)));
  // A hop crosses at most two intermediate nodes (a Statement and its Relay): three relationships. The bound is
  // an integer computed here, never text from a request.
  const bound = hops * 3;
  const rows = await readRows<{ nodes: RawNode[]; edges: RawEdge[] }>(
    reader,
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[:${TRAVERSED}*..${bound}]-(b))
     WITH p LIMIT ${MAX_PATHS}
     RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: n.name, title: n.title, position: n.position,
               relation: n.relation, evidence: [(n)-[:SUPPORTED_BY]->(ev) | ev.id]}] AS nodes,
            [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id}] AS edges`,
    { from: fromId, to: toId },
  );
  // Two raw paths can tell the same story (two statements saying the same thing); keep each story once, in a
  // stable order so the same question gets the same answer.
  const stories = new Map<string, Hop[]>();
  for (const row of rows) {
    const path = toHops(row.nodes, row.edges);
    if (path.length > hops) continue;
    const key = path.map((h) => `${h.from}|${h.relation}|${h.to}`).join("/");
    if (!stories.has(key)) stories.set(key, path);
  }
  return [...stories.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, path]) => path);
}

const isEntity = (n: RawNode) => n.labels.includes("Entity");

function toHops(nodes: RawNode[], edges: RawEdge[]): Hop[] {
  const hops: Hop[] = [];
  let start = 0;
  for (let i = 1; i < nodes.length; i++) {
    if (!isEntity(nodes[i])) continue;
    hops.push(describe(nodes[start], nodes.slice(start + 1, i), nodes[i], edges.slice(start, i)));
    start = i;
  }
  return hops;
}

/** Names the hop from `from` to `to` through the `between` nodes, and gathers its evidence. */
function describe(from: RawNode, between: RawNode[], to: RawNode, edges: RawEdge[]): Hop {
  const evidenceOf = (nodes: RawNode[]) => [...new Set(nodes.flatMap((n) => n.evidence))];
  if (between.length === 0) {
    // A structural link: its evidence is that of the node it leaves.
    const edge = edges[0];
    const forward = edge.start === from.id;
    return { from: from.id, to: to.id, relation: edge.type, forward, evidence: evidenceOf([forward ? from : to]) };
  }
  const fact = between[between.length - 1];
  const first = between[0];
  const label = first.labels.find((l) => l !== "Fact") ?? first.labels[0];
  const leaves = edges[0];
  // In SUBJECT/OBJECT facts the subject is the one the SUBJECT edge points at.
  const fromIsSubject = leaves.type === "SUBJECT" || leaves.type === "SAID_BY" || leaves.type === "CREDITED_TO";
  let relation: string;
  switch (label) {
    case "Stance":
      relation = first.position ?? "STANCE";
      break;
    case "Office":
      relation = `OFFICE: ${first.title}`;
      break;
    case "Membership":
      relation = "MEMBER_OF";
      break;
    case "Relation":
      relation = first.relation ?? "RELATED_TO";
      break;
    case "Statement":
      relation = between.length > 1 && fact.labels.includes("Relay") ? "STATEMENT_RELAYED_BY" : fromIsSubject || edges[1]?.type === "SAID_BY" ? "SAID_ABOUT" : "IN_SAME_STATEMENT";
      break;
    case "Claim":
      relation = fromIsSubject || edges[1]?.type === "CREDITED_TO" ? "CLAIMED_ABOUT" : "IN_SAME_CLAIM";
      break;
    case "Event":
      relation = `IN_SAME_EVENT: ${first.name}`;
      break;
    default:
      relation = label.toUpperCase();
  }
  const symmetric = relation.startsWith("IN_SAME_");
  return { from: from.id, to: to.id, relation, forward: symmetric || fromIsSubject, evidence: evidenceOf(between) };
}
