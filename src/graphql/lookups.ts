/** The Query fields that find things by the names people use (one Cypher template, graph/names.ts), and by id. */
import { byNameCypher, type LookupLabel } from "../graph/names";

function byName(label: LookupLabel, one: boolean): string {
  return `@cypher(statement: ${JSON.stringify(byNameCypher(label, one ? 1 : undefined))}, columnName: "e")`;
}

export const LOOKUP_TYPE_DEFS = /* GraphQL */ `
type Query {
  "A person by name or alias, case-insensitive (\\"Campbell\\" finds Linda Campbell); null if none."
  person(name: String!): Person ${byName("Person", true)}
  "An organization by name or alias (\\"ICE\\"), case-insensitive; null if none."
  organization(name: String!): Organization ${byName("Organization", true)}
  "A jurisdiction by name or alias, case-insensitive; null if none."
  jurisdiction(name: String!): Jurisdiction ${byName("Jurisdiction", true)}
  """
  A law by name or alias, case-insensitive ("Massachusetts Trust Act"). A name several laws share ("Trust Act")
  gives the one with the most evidence; \`lookup\` lists them all.
  """
  law(name: String!): Law ${byName("Law", true)}
  "A program by name or alias, case-insensitive; null if none."
  program(name: String!): Program ${byName("Program", true)}
  "Every entity a name or alias can mean, best match first (a shared name such as \\"Trust Act\\" gives several)."
  lookup(name: String!): [Entity!]! ${byName("Entity", false)}
  "An article by id."
  article(id: ID!): Article @cypher(statement: "MATCH (a:Article {id: $id}) RETURN a", columnName: "a")
  "A statement by id (as searchStatements, a speaker's statements or an article give it), to trace it; null if none."
  statement(id: ID!): Statement @cypher(statement: "MATCH (s:Statement {id: $id}) RETURN s", columnName: "s")
  "A numeric claim by id; null if none."
  claim(id: ID!): Claim @cypher(statement: "MATCH (c:Claim {id: $id}) RETURN c", columnName: "c")
  "An event by id; null if none."
  event(id: ID!): Event @cypher(statement: "MATCH (e:Event {id: $id}) RETURN e", columnName: "e")
}
`;
