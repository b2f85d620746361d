/** Events in the life of a jurisdiction, law or program, including those of the laws and places within it. */
import neo4j from "neo4j-driver";
import { byNameCypher } from "./names";
import type { Graph } from "./graph";

export interface TimelineEvent {
  id: string;
  /** The event as `project` returned it, when asked. */
  node?: unknown;
}

/**
 * The events of the entity a name best means (ranked as `byNameCypher` ranks), oldest first, undated last;
 * none when the name means nothing. The name is resolved inside the query: one transaction, not one per step.
 * `project` is a Cypher map projection of the event `e`, built by the caller from the schema, never from
 * request text (src/graphql/translate/projection.ts). `page` keeps `limit` events (all when undefined)
 * after the first `offset`.
 */
export async function timelineByName(graph: Graph, name: string, project?: string, page: { limit?: number; offset?: number } = {}): Promise<TimelineEvent[]> {
  return graph.read<TimelineEvent>(`CALL { ${byNameCypher("Entity", 1, "name", "x")} }
     CALL (x) {
       MATCH (e:Event)-[:INVOLVES]->(x) RETURN e
       UNION
       MATCH (e:Event)-[:INVOLVES]->(:Entity)-[:IN_JURISDICTION|PART_OF*1..3]->(x) RETURN e
     }
     WITH DISTINCT e ORDER BY e.date IS NULL, e.date, e.name, e.id
     SKIP $offset${page.limit === undefined ? "" : " LIMIT $limit"}
     RETURN e.id AS id${project ? `, ${project} AS node` : ""}`,
    { name, offset: neo4j.int(page.offset ?? 0), ...(page.limit === undefined ? {} : { limit: neo4j.int(page.limit) }) },
  );
}
