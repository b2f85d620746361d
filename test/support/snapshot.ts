/**
 * A whole graph as sorted text, to compare two graphs that should be the same (a bulk-built database against the
 * online writer's).
 */
import neo4j from "neo4j-driver";
import type { Graph } from "../../src/graph/graph";
import { TEST_MEMORY } from "../../src/neo4j/local/pins";

export interface Snapshot {
  nodes: string[];
  relationships: string[];
}

/** Every node (labels, properties with their types) and relationship (ends, type, properties), sorted. */
export async function snapshot(graph: Graph): Promise<Snapshot> {
  const value = (v: unknown): unknown =>
    neo4j.isInt(v) ? `int:${v.toString()}` : typeof v === "number" ? `float:${v}` : Array.isArray(v) ? v.map(value) : v;
  const canonical = (props: Record<string, unknown>) => JSON.stringify(Object.keys(props).sort().map((k) => [k, value(props[k])]));
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props");
  const rels = await graph.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    "MATCH (a)-[r]->(b) RETURN apoc.text.join(apoc.coll.sort(labels(a)), ':') + ' ' + coalesce(a.id, a.key) AS from, type(r) AS type, apoc.text.join(apoc.coll.sort(labels(b)), ':') + ' ' + coalesce(b.id, b.key) AS to, properties(r) AS props",
  );
  return {
    nodes: nodes.map((n) => `${[...n.labels].sort().join(":")} ${canonical(n.props)}`).sort(),
    relationships: rels.map((r) => `${r.from} -${r.type}-> ${r.to} ${canonical(r.props)}`).sort(),
  };
}

/** What `a` holds and `b` does not: the first few, to read. */
export function onlyIn(a: Snapshot, b: Snapshot): Snapshot {
  const only = (x: string[], y: string[]) => {
    const other = new Set(y);
    return x.filter((item) => !other.has(item)).slice(0, 10);
  };
  return { nodes: only(a.nodes, b.nodes), relationships: only(a.relationships, b.relationships) };
}

/**
 * Options for a bulk build in a test (small memory), whose `check` captures the built graph before its server
 * stops: its snapshot and its index names, in `built`.
 */
export function captureBuilt(): { options: { heap: string; offHeap: string; memory: typeof TEST_MEMORY; check: (graph: Graph) => Promise<void> }; built: { snapshot?: Snapshot; indexes: string[] } } {
  const built: { snapshot?: Snapshot; indexes: string[] } = { indexes: [] };
  const check = async (graph: Graph) => {
    built.snapshot = await snapshot(graph);
    built.indexes = (await graph.read<{ name: string }>("SHOW INDEXES YIELD name RETURN name")).map((i) => i.name);
  };
  return { options: { heap: "512m", offHeap: "512m", memory: TEST_MEMORY, check }, built };
}
