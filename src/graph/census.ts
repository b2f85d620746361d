import type { Graph } from "./graph";

/**
 * Nodes by their set of labels and relationships by type, each with the number of properties they hold: what a
 * bulk-built graph and an online import of the same files must agree on.
 */
export async function graphCensus(graph: Graph): Promise<{ nodes: Record<string, [number, number]>; relationships: Record<string, [number, number]> }> {
  const nodes = await graph.read<{ labels: string[]; count: number; properties: number }>(
    "MATCH (n) WITH labels(n) AS labels, n RETURN apoc.coll.sort(labels) AS labels, count(*) AS count, sum(size(keys(n))) AS properties",
  );
  const rels = await graph.read<{ type: string; count: number; properties: number }>(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count, sum(size(keys(r))) AS properties",
  );
  const sorted = (entries: [string, number, number][]) =>
    Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([key, count, properties]) => [key, [Number(count), Number(properties)] as [number, number]]));
  return {
    nodes: sorted(nodes.map((n) => [n.labels.join(":"), n.count, n.properties])),
    relationships: sorted(rels.map((r) => [r.type, r.count, r.properties])),
  };
}
