/**
 * Finding entities by the names people use. A name or alias is folded like `nameKey` (case, outer spaces,
 * typographic apostrophes), found through the indexed Name nodes, and ranked: an exact primary name first,
 * then the entity with the most evidence.
 */
import { isCypherIdentifier } from "./identifier";

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
    `MATCH (:Name {key: toLower(trim(replace(replace(${p}, '’', "'"), '‘', "'")))})-[:NAMES]->(${e}:${label}) ` +
    `RETURN ${e} ORDER BY CASE WHEN toLower(${e}.name) = toLower(trim(${p})) THEN 0 ELSE 1 END, ` +
    `COUNT { (${e})-[:SUPPORTED_BY]->() } DESC, ${e}.id${limit ? " LIMIT 1" : ""}`
  );
}

