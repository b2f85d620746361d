/**
 * Constraints and indexes. Every statement is idempotent (IF NOT EXISTS), so applying them on each start is safe.
 */
import neo4j from "neo4j-driver";
import { MODEL } from "../embedding/model";
import type { Graph } from "./graph";
import { ENTITY_LABELS, NODE_LABELS } from "./model";

export const SCHEMA_STATEMENTS: string[] = [
  // Ids are unique per concrete label (so MATCH (n:Person {id}) is an index seek) and across each family.
  ...[...NODE_LABELS, "Entity", "Fact"].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
  "CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT person_wikidata IF NOT EXISTS FOR (n:Person) REQUIRE n.wikidata IS UNIQUE",
  "CREATE INDEX statement_key IF NOT EXISTS FOR (n:Statement) ON (n.textKey)",
  "CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)",
  "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
  // @neo4j/graphql filters on the concrete type (`people(where: {name: ...})` is `MATCH (this:Person) WHERE
  // this.name = ...`), which the Entity index cannot serve: without these it scans every Person.
  ...ENTITY_LABELS.map((label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`),
  "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedOn)",
  "CREATE INDEX evidence_span IF NOT EXISTS FOR (n:Evidence) ON (n.start)",
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]",
  "CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]",
  "CREATE FULLTEXT INDEX factcheck_claim IF NOT EXISTS FOR (n:FactCheck) ON EACH [n.claimReviewed]",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.description]",
  // Reviewed claims by meaning: their sentence embeddings (src/embedding/), compared by cosine.
  `CREATE VECTOR INDEX factcheck_claim_embedding IF NOT EXISTS FOR (n:FactCheck) ON n.claimEmbedding
   OPTIONS { indexConfig: { \`vector.dimensions\`: ${MODEL.dimensions}, \`vector.similarity_function\`: 'cosine' } }`,
];

/** @param awaitSeconds how long the new indexes may take to come online before this throws. */
export async function applySchema(graph: Graph, awaitSeconds = 60): Promise<void> {
  await graph.schema(SCHEMA_STATEMENTS);
  await graph.write((tx) => tx.run("CALL db.awaitIndexes($seconds)", { seconds: neo4j.int(awaitSeconds) }));
}
