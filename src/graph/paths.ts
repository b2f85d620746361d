/**
 * Why two entities are connected: the shortest chains between them, each hop an evidenced fact. In the graph a
 * hop between two entities passes through the node that states it (a Stance, an Office, a Statement, an
 * Event...) or is one of the structural links (PART_OF, IN_JURISDICTION, CONCERNS) whose evidence is that of
 * the node it leaves.
 */
import { byNameCypher } from "./names";
import type { Graph } from "./graph";

export interface Hop {
  from: string;
  to: string;
  relation: string;
  /** True when `from` is the subject of the relation as named (Campbell OPPOSES the law). */
  forward: boolean;
  evidence: string[];
}

export const MAX_HOPS = 6;
/** The relationships a connection may cross. */
export const TRAVERSED = "SUBJECT|OBJECT|SAID_BY|ABOUT|CREDITED_TO|INVOLVES|PART_OF|IN_JURISDICTION|CONCERNS";
/** Raw paths fetched at most: a few stories are enough to explain a connection. */
export const MAX_PATHS = 10;
/**
 * Whether a hop can cite path node `n`'s evidence (see `describe`): a fact's always, an entity's only when a
 * structural link of path `p` (PART_OF, IN_JURISDICTION, CONCERNS: stated by the spans of the entity it leaves)
 * leaves it. An entity's own evidence is every span naming it, thousands for a much-quoted person, so fetching
 * it for every path node cost most of the query on the 1M-statement bench corpus.
 */
export const CITED_PATH_NODE = `(NOT n:Entity OR ANY(r IN relationships(p) WHERE startNode(r) = n AND type(r) IN ['PART_OF', 'IN_JURISDICTION', 'CONCERNS']))`;

/** A node of a raw path, as the path query returns it. */
export interface RawNode {
  id: string;
  labels: string[];
  name: string | null;
  title: string | null;
  position: string | null;
  relation: string | null;
  evidence: string[];
}
export interface RawEdge {
  type: string;
  start: string;
  end: string;
}

/**
 * Cypher map projections to return with the path, built by the caller from the schema, never from request text
 * (see src/graphql/translate/projection.ts): of an entity (`from`, `to`: the same node seen as a hop's start
 * or end, over the variable `n`) and of an evidence node (over `ev`).
 */
export interface PathProjections {
  from?: string;
  to?: string;
  evidence?: string;
}

export interface Paths {
  paths: Hop[][];
  /** Entity id -> its `from` and `to` projections, for the entities of the paths (when asked). */
  from: Map<string, unknown>;
  to: Map<string, unknown>;
  /** Evidence id -> its projection (when asked). */
  evidence: Map<string, unknown>;
}

/**
 * The shortest paths between two entities named by the names people use (resolved as `byNameCypher` ranks them),
 * as entity-to-entity hops, at most `maxHops` of them: one query, names, path and projections together. No
 * paths when either name is unknown or both name the same entity.
 */
export async function pathsBetween(graph: Graph, fromName: string, toName: string, maxHops: number, project: PathProjections = {}): Promise<Paths> {
  const hops = Math.max(1, Math.min(MAX_HOPS, Math.trunc(maxHops)));
  // A hop crosses at most two intermediate nodes (a Statement and its Relay): three relationships. The bound is
  // an integer computed here, never text from a request.
  const bound = hops * 3;
  // A hop's start and end are usually selected alike (`from { id name } to { id name }`): then each entity is
  // projected once, as `from`, and serves both.
  const sameEnds = project.from !== undefined && project.from === project.to;
  const entity = (key: "from" | "to") => (project[key] && !(key === "to" && sameEnds) ? `, ${key}: CASE WHEN n:Entity THEN ${project[key]} END` : "");
  const rows = await graph.read<{ nodes: (Omit<RawNode, "evidence"> & { evidence: unknown[]; from?: unknown; to?: unknown })[]; edges: RawEdge[] }>(`CALL { ${byNameCypher("Entity", 1, "from", "a")} }
     CALL { ${byNameCypher("Entity", 1, "to", "b")} }
     WITH a, b WHERE a <> b
     MATCH p = allShortestPaths((a)-[:${TRAVERSED}*..${bound}]-(b))
     WITH p LIMIT ${MAX_PATHS}
     RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: n.name, title: n.title, position: n.position, relation: n.relation,
               evidence: CASE WHEN ${CITED_PATH_NODE} THEN [(n)-[:SUPPORTED_BY]->(ev) | ${project.evidence ?? "ev.id"}] ELSE [] END${entity("from")}${entity("to")}}] AS nodes,
            [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id}] AS edges`,
    { from: fromName, to: toName },
  );
  const result: Paths = { paths: [], from: new Map(), to: new Map(), evidence: new Map() };
  const raw: RawPath[] = rows.map((row) => ({
    edges: row.edges,
    nodes: row.nodes.map(({ from, to, evidence, ...node }) => {
      if (project.from && from) result.from.set(node.id, from);
      const end = sameEnds ? from : to;
      if (project.to && end) result.to.set(node.id, end);
      const ids = evidence.map((ev) => {
        if (!project.evidence) return ev as string;
        const id = (ev as { id: string }).id;
        result.evidence.set(id, ev);
        return id;
      });
      return { ...node, evidence: ids };
    }),
  }));
  result.paths = storiesOf(raw, hops);
  return result;
}

export interface RawPath {
  nodes: RawNode[];
  edges: RawEdge[];
}

/**
 * Raw paths as entity-to-entity hops, at most `maxHops` of them. Two raw paths can tell the same story (two
 * statements saying the same thing); each story is kept once, in a stable order so the same question gets the
 * same answer.
 */
export function storiesOf(rows: readonly RawPath[], maxHops: number): Hop[][] {
  const stories = new Map<string, Hop[]>();
  for (const row of rows) {
    const path = toHops(row.nodes, row.edges);
    if (path.length > maxHops) continue;
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
