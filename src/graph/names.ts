/**
 * Finding entities by the names people use. A name or alias is folded by `nameKey` (case, spacing,
 * typographic quotes), found through the indexed Name nodes, and ranked: an exact primary name first,
 * then the entity with the most evidence.
 */
import type { Graph } from "./graph";
import { isCypherIdentifier } from "./identifier";
import { nameKeyCypher, type EntityLabel } from "./model";

const ENTITY_LABELS_OR_ANY = ["Entity", "Person", "Organization", "Jurisdiction", "Law", "Program"] as const;
export type LookupLabel = (typeof ENTITY_LABELS_OR_ANY)[number];

/**
 * Cypher taking `$name` (or `$<param>`), binding the matching entities to `e` (or `<variable>`), best first.
 * `label` is from a closed list; `param` and `variable` are the caller's identifiers, never request text.
 */
export function byNameCypher(label: LookupLabel, limit?: 1, param = "name", variable = "e"): string {
  if (!ENTITY_LABELS_OR_ANY.includes(label)) throw new Error(`not an entity label: ${label}`);
  if (!isCypherIdentifier(param) || !isCypherIdentifier(variable)) throw new Error("not a Cypher identifier");
  const [p, e] = [`$${param}`, variable];
  return (
    `MATCH (:Name {key: ${nameKeyCypher(p)}})-[:NAMES]->(${e}:${label}) ` +
    `RETURN ${e} ORDER BY CASE WHEN ${nameKeyCypher(`${e}.name`)} = ${nameKeyCypher(p)} THEN 0 ELSE 1 END, ` +
    `COUNT { (${e})-[:SUPPORTED_BY]->() } DESC, ${e}.id${limit ? " LIMIT 1" : ""}`
  );
}


export interface GraphEntity {
  id: string;
  label: EntityLabel;
  name: string;
  /** Office titles the person holds ("Governor"). */
  offices: string[];
  /** Jurisdictions the entity is tied to: where an office is held, home town, a law's jurisdiction, PART_OF. */
  places: string[];
}

/** What the graph knows by name, fetched once per ingest. */
export interface GraphNames {
  entities: Map<string, GraphEntity>;
  /** Name key (nameKey) to the ids of the entities it names. */
  byKey: Map<string, string[]>;
}

export async function fetchGraphNames(graph: Graph): Promise<GraphNames> {
  const rows = await graph.read<GraphEntity & { keys: string[] }>(`MATCH (n:Name)-[:NAMES]->(e:Entity)
     WITH e, collect(n.key) AS keys
     RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, keys,
            [(e)<-[:SUBJECT]-(o:Office)-[:OBJECT]->(j) | o.title] AS offices,
            [(e)<-[:SUBJECT]-(:Office)-[:OBJECT]->(j) | j.name] + [(e)-[:IN_JURISDICTION|PART_OF]->(j) | j.name] +
            [(e)<-[:SUBJECT]-(:Relation {relation: 'FROM'})-[:OBJECT]->(j) | j.name] AS places`,
    {},
  );
  const entities = new Map<string, GraphEntity>();
  const byKey = new Map<string, string[]>();
  for (const { id, label, name, keys, offices, places } of rows) {
    entities.set(id, { id, label, name, offices, places });
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return { entities, byKey };
}
