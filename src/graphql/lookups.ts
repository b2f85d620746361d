/**
 * The Query fields that find things by the names people use. One Cypher template serves every entity type:
 * a name or alias is folded like `nameKey` (case, outer spaces, typographic apostrophes), found through the
 * indexed Name nodes, and ranked: an exact primary name first, then the entity with the most evidence.
 */

const NAME_MATCH = `MATCH (:Name {key: toLower(trim(replace(replace($name, '’', "'"), '‘', "'")))})-[:NAMES]->(e:%LABEL%)`;
const RANKING = "CASE WHEN toLower(e.name) = toLower(trim($name)) THEN 0 ELSE 1 END, COUNT { (e)-[:SUPPORTED_BY]->() } DESC, e.id";

function byName(label: string, many: boolean): string {
  const cypher = `${NAME_MATCH.replace("%LABEL%", label)} RETURN e ORDER BY ${RANKING}${many ? "" : " LIMIT 1"}`;
  return `@cypher(statement: ${JSON.stringify(cypher)}, columnName: "e")`;
}

export const LOOKUP_TYPE_DEFS = /* GraphQL */ `
type Query {
  "A person by name or alias, case-insensitive (\\"Campbell\\" finds Linda Campbell); null if none."
  person(name: String!): Person ${byName("Person", false)}
  "An organization by name or alias (\\"ICE\\"), case-insensitive; null if none."
  organization(name: String!): Organization ${byName("Organization", false)}
  "A jurisdiction by name or alias, case-insensitive; null if none."
  jurisdiction(name: String!): Jurisdiction ${byName("Jurisdiction", false)}
  """
  A law by name or alias, case-insensitive ("Massachusetts Trust Act"). A name several laws share ("Trust Act")
  gives the one with the most evidence; \`lookup\` lists them all.
  """
  law(name: String!): Law ${byName("Law", false)}
  "A program by name or alias, case-insensitive; null if none."
  program(name: String!): Program ${byName("Program", false)}
  "Every entity a name or alias can mean, best match first (a shared name such as \\"Trust Act\\" gives several)."
  lookup(name: String!): [Entity!]! ${byName("Entity", true)}
  "An article by id."
  article(id: ID!): Article @cypher(statement: "MATCH (a:Article {id: $id}) RETURN a", columnName: "a")
}
`;
