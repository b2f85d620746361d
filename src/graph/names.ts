/**
 * Finding entities by the names people use. A name or alias is folded like `nameKey` (case, outer spaces,
 * typographic apostrophes), found through the indexed Name nodes, and ranked: an exact primary name first,
 * then the entity with the most evidence.
 */
import { readRows, type Reader } from "./read";

const ENTITY_LABELS_OR_ANY = ["Entity", "Person", "Organization", "Jurisdiction", "Law", "Program"] as const;
export type LookupLabel = (typeof ENTITY_LABELS_OR_ANY)[number];

/** Cypher taking `$name`, binding the matching entities to `e`, best first. `label` is from a closed list. */
export function byNameCypher(label: LookupLabel, limit?: 1): string {
  if (!ENTITY_LABELS_OR_ANY.includes(label)) throw new Error(`not an entity label: ${label}`);
  return (
    `MATCH (:Name {key: toLower(trim(replace(replace($name, '’', "'"), '‘', "'")))})-[:NAMES]->(e:${label}) ` +
    `RETURN e ORDER BY CASE WHEN toLower(e.name) = toLower(trim($name)) THEN 0 ELSE 1 END, ` +
    `COUNT { (e)-[:SUPPORTED_BY]->() } DESC, e.id${limit ? " LIMIT 1" : ""}`
  );
}

/** The id of the entity a name best means, or undefined. */
export async function resolveName(reader: Reader, name: string, label: LookupLabel = "Entity"): Promise<string | undefined> {
  const rows = await readRows<{ id: string }>(reader, byNameCypher(label, 1).replace(/RETURN e /, "RETURN e.id AS id "), { name });
  return rows[0]?.id;
}
